package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.insi.InsiPersonas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InsiExampleTest {

    @Test
    void de_vinci_is_refined_with_the_birth_place_and_qualified_with_a_masked_trace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IdentityRecord record = InsiExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(record.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(record.insIdentity()).contains(InsiPersonas.DE_VINCI.identity());
        assertThat(trace)
                .contains("INSi call      : 02, birth place sent: false")
                .contains("INSi call      : 00, birth place sent: true")
                .contains("after INSi     : RETRIEVED")
                .contains("passport seen  : QUALIFIED")
                .contains("refused        : NOT_STRICT at index 1")
                .contains("fake server    : 2 requests, 0 with a violation")
                .doesNotContain("VINCI", "LEONARDO", "1140263220833", "2014-02-01", "63220");
    }
}
