package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoreIdentityExampleTest {

    @Test
    void QUA_9_stores_the_record_as_json_and_in_a_database_and_restores_it() throws IOException {
        IdentityRecord qualified = QualifyIdentityExample.run(new PrintStream(PrintStream.nullOutputStream()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IdentityRecord restored = StoreIdentityExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                qualified);
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(restored).isEqualTo(qualified);
        assertThat(restored.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(restored.auditTrail()).isEqualTo(qualified.auditTrail());
        assertThat(trace)
                .contains("from JSON      : QUALIFIED, 3 audit entries, same record: true")
                .contains("from database  : QUALIFIED, same audit trail: true")
                .contains("JSON form      : version 1, ")
                .contains("desk-1 DOCUMENT_CHECK RECUP -> QUAL")
                .doesNotContain("GARCIA").doesNotContain("289046912312018");
    }
}
