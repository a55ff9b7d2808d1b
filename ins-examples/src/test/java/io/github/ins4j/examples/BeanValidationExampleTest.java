package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeanValidationExampleTest {

    @Test
    void the_typo_the_incoherent_sex_and_the_leaked_ins_are_reported_in_french() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> messages = BeanValidationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(messages).containsExactlyInAnyOrder(
                "matricule n'est pas un matricule INS valide : la clé (deux derniers chiffres) ne correspond"
                        + " pas aux 13 premiers caractères",
                "sex ne correspond pas au chiffre du sexe du matricule INS",
                "comment contient un matricule INS, qu'un document de facturation ou destiné à un organisme"
                        + " d'assurance ne doit jamais porter");
        assertThat(trace).doesNotContain("2890469123120").doesNotContain("GARCIA");
    }
}
