package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QualifyIdentityExampleTest {

    @Test
    void walks_from_provisional_to_qualified_and_refuses_the_shortcut() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IdentityRecord record = QualifyIdentityExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(record.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(record.auditTrail()).hasSize(3);
        assertThat(trace)
                .contains("created        : PROVISIONAL")
                .contains("INSi answer 00 : RETRIEVED")
                .contains("refused        : INSI_TRAITS_NOT_EDITABLE")
                .contains("passport seen  : QUALIFIED")
                .contains("desk-1 INSI_ANSWER PROV -> RECUP (INSi 00)")
                .doesNotContain("GARCIA");
    }
}
