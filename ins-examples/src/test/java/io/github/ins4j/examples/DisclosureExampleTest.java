package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.mssante.MssanteAddressException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DisclosureExampleTest {

    @Test
    void care_document_with_ins_invoice_without_address_for_qualified_only() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DisclosureExample.Outcomes outcomes =
                DisclosureExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(outcomes.decisions().get(0).level()).isEqualTo(DisclosureDecision.Level.INS_AND_TRAITS);
        assertThat(outcomes.decisions().get(1).identity()).isInstanceOf(DisclosedIdentity.TraitsOnly.class);
        assertThat(outcomes.address().value()).isEqualTo("184067505614435@patient.mssante.fr");
        assertThat(outcomes.refusal().reason()).isEqualTo(MssanteAddressException.Reason.NOT_QUALIFIED);
        assertThat(trace)
                .contains("care document  : INS_AND_TRAITS (QUALIFIED_IDENTITY)")
                .contains("invoice        : TRAITS_ONLY (BILLING_OR_INSURER)")
                .contains("MSSanté address: 184**********35@patient.mssante.fr")
                .contains("provisional    : NOT_QUALIFIED")
                .doesNotContain("184067505614435").doesNotContain("MARTIN");
    }
}
