package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ins-bom pins the versions that make ins-fhir's tree converge for users (it does not inherit from
 * the parent): they must stay the parent's versions, or a user would run other versions than the
 * ones ins4j is tested with.
 */
class BomPinsTest {

    @Test
    void the_bom_pins_the_versions_of_the_parent_pom() throws IOException {
        String parent = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
        String bom = Files.readString(Path.of("../ins-bom/pom.xml"), StandardCharsets.UTF_8);
        Map<String, String> pins = Map.of(
                "hapi-fhir-base", property(parent, "hapi-fhir.version"),
                "commons-lang3", property(parent, "hapi-pin.commons-lang3.version"),
                "kotlin-stdlib", property(parent, "hapi-pin.kotlin-stdlib.version"),
                "opentelemetry-instrumentation-annotations", property(parent, "hapi-pin.otel-annotations.version"),
                "slf4j-api", property(parent, "slf4j.version"));
        pins.forEach((artifact, version) -> assertThat(bom).as(artifact)
                .containsPattern("<artifactId>" + Pattern.quote(artifact) + "</artifactId>\\s*<version>"
                        + Pattern.quote(version) + "</version>"));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
