package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every region {@code // tag::name[]} … {@code // end::name[]} of the example sources appears in
 * README.md exactly (dedented), so that the README never shows code that does not compile or run.
 */
class ReadmeSnippetsTest {

    private static final List<Path> EXAMPLES = List.of(Path.of("src/main/java/io/github/ins4j/examples"),
            Path.of("src/test/java/io/github/ins4j/examples"),
            Path.of("../it/spring-boot-4.0/src/main/java/io/github/ins4j/it/boot"));
    private static final Path README = Path.of("../README.md");
    private static final Pattern REGION =
            Pattern.compile("(?m)^[ \\t]*// tag::([\\w-]+)\\[\\]\\R(.*?)^[ \\t]*// end::\\1\\[\\]", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\R(.*?)```");

    @Test
    void every_tagged_example_region_is_in_the_readme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> regions = regions();
        assertThat(regions).isNotEmpty();
        for (String region : regions) {
            assertThat(readme).as("README.md must contain this example region verbatim").contains(region);
        }
    }

    @Test
    void every_java_block_of_the_readme_comes_from_an_example() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> regions = regions();
        Matcher blocks = JAVA_BLOCK.matcher(readme);
        int count = 0;
        while (blocks.find()) {
            count++;
            String block = blocks.group(1);
            assertThat(regions).as("README java block #%d must be an example region", count).contains(block);
        }
        assertThat(count).isPositive();
    }

    private static List<String> regions() throws IOException {
        List<String> regions = new ArrayList<>();
        for (Path directory : EXAMPLES) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        regions.add(dedent(m.group(2)));
                    }
                }
            }
        }
        return regions;
    }

    private static String dedent(String region) {
        String[] lines = region.split("\\R", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return sb.toString();
    }
}
