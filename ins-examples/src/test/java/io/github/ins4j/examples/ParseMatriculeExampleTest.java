package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParseMatriculeExampleTest {

    @Test
    void reads_the_insi_fields_and_refuses_the_mistyped_matricule() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InsIdentifier ins = ParseMatriculeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(ins.oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(ins.matricule().value()).isEqualTo("289046912312018");
        assertThat(trace)
                .contains("INS identifier : InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]")
                .contains("birth place    : Department[69***]")
                .contains("refused        : KEY_MISMATCH at index 19")
                .contains("isValid        : false");
    }

    @Test
    void the_tour_never_prints_a_matricule_whole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Tour.main(new String[0]);
        } finally {
            System.setOut(previous);
        }
        String trace = bytes.toString(StandardCharsets.UTF_8);
        assertThat(trace).isNotBlank();
        // No run of 13 digits/letters of a matricule, with or without display spaces.
        assertThat(trace.replace(" ", "")).doesNotContainPattern("[0-9]{6}[0-9AB][0-9]{6}");
    }
}
