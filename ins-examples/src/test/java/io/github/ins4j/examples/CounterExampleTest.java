package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.qualification.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CounterExampleTest {

    @Test
    void one_patient_from_the_counter_to_the_dmp_header_and_the_invoice() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CounterExample.Outcomes outcomes = CounterExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcomes.match().verdict()).isEqualTo(Verdict.MATCH);
        assertThat(outcomes.record().status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(outcomes.record().auditTrail()).hasSize(3);
        assertThat(outcomes.dmp().level()).isEqualTo(DisclosureDecision.Level.INS_AND_TRAITS);
        assertThat(outcomes.header()).contains("<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>")
                .contains("<family qualifier=\"BR\">GARCIA</family>");
        assertThat(outcomes.invoice().level()).isEqualTo(DisclosureDecision.Level.TRAITS_ONLY);
        assertThat(trace)
                .contains("created         : PROVISIONAL")
                .contains("INSi answer     : MATCH")
                .contains("retrieved       : RETRIEVED")
                .contains("passport seen   : QUALIFIED")
                .contains("DMP header      : INS_AND_TRAITS (QUALIFIED_IDENTITY)")
                .contains("invoice         : TRAITS_ONLY (BILLING_OR_INSURER)")
                .doesNotContain("2890469123120").doesNotContain("GARCIA").doesNotContain("García")
                .doesNotContain("1989").doesNotContain("12/04");
    }
}
