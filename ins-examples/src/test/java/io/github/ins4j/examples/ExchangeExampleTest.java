package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.cda.CdaException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExchangeExampleTest {

    @Test
    void cda_and_pid_carry_the_ins_of_a_qualified_patient_an_invoice_is_refused_a_walk_in_goes_without() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExchangeExample.Outcomes outcomes =
                ExchangeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcomes.recordTarget())
                .contains("<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>")
                .contains("<family qualifier=\"BR\">GARCIA</family>")
                .contains("<birthplace><place><addr><county>69123</county></addr></place></birthplace>");
        assertThat(outcomes.cdaBack().insIdentity()).contains(outcomes.insi());
        assertThat(outcomes.invoice()).doesNotContain("2890469123120").contains("<family qualifier=\"BR\">GARCIA</family>");
        assertThat(outcomes.pid().segment()).isEqualTo("PID|||289046912312018^^^ASIP-SANTE-INS-NIR"
                + "&1.2.250.1.213.1.4.10&ISO^INS||GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L||19890412|F|||^^^^^^BDL^^69123");
        assertThat(outcomes.pidBack().insIdentity()).contains(outcomes.insi());
        assertThat(outcomes.provisionalPid().pid3()).isEmpty();

        assertThat(trace)
                .contains("CDA recordTarget: <recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole>"
                        + "<id root=\"1.2.250.1.213.1.4.10\" extension=\"2 89 ** ** *** *** 18\"/>")
                .contains("read back       : InsIdentity[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]")
                .contains("invoice         : traits only")
                .contains("PID segment     : PID|||2 89 ** ** *** *** 18^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||")
                .contains("provisional     : PID-3 empty, PID-5 GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L")
                .doesNotContain("289046912312018")
                .doesNotContainPattern("\\d{13}");
    }
}
