package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.github.ins4j.fhir.FrCoreVersion;
import io.github.ins4j.fhir.InsPatientException;
import io.github.ins4j.fhir.WrittenPatient;
import io.github.ins4j.qualification.IdentityStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FhirExampleTest {

    /** One FHIR context: it is expensive to create. */
    private static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void writes_the_ins_for_the_qualified_identity_only_and_reads_it_back() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FhirExample.Outcomes outcomes = FhirExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String trace = bytes.toString(StandardCharsets.UTF_8);
        String walkIn = FHIR.newJsonParser().encodeResourceToString(outcomes.walkIn());

        assertThat(outcomes.written().patient().getIdentifierFirstRep().getSystem())
                .isEqualTo("urn:oid:1.2.250.1.213.1.4.10");
        assertThat(outcomes.written().version()).isEqualTo(FrCoreVersion.V2_2_0);
        assertThat(outcomes.written().leftOut()).isEmpty();
        assertThat(walkIn).doesNotContain("2890469123120").doesNotContain("1.2.250.1.213.1.4.10")
                .contains("\"family\":\"GARCIA\"");
        assertThat(outcomes.invoice().patient().getIdentifier()).isEmpty();
        assertThat(outcomes.invoice().patient().getNameFirstRep().getFamily()).isEqualTo("GARCIA");
        assertThat(outcomes.invoice().leftOut()).containsExactly(WrittenPatient.LeftOut.QUALIFIED_STATUS);
        assertThat(outcomes.read().status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(outcomes.read().insIdentity().orElseThrow().identifier().matricule().value())
                .isEqualTo("289046912312018");
        assertThat(outcomes.wrongKey().reason()).isEqualTo(InsPatientException.Reason.INVALID_MATRICULE);
        assertThat(trace)
                .contains("INS identifier : urn:oid:1.2.250.1.213.1.4.10 INS-NIR-TEST official")
                .contains("walk-in        : 0 identifier")
                .contains("written        : WrittenPatient[FR Core 2.2.0, left out: []]")
                .contains("invoice        : 0 identifier, left out [QUALIFIED_STATUS]")
                .contains("read back      : QUAL InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]")
                .contains("wrong key      : INVALID_MATRICULE")
                .doesNotContain("2890469123120").doesNotContain("GARCIA").doesNotContain("1989");
        assertThat(trace.replace(" ", "")).doesNotContainPattern("[0-9]{5}[0-9AB][0-9AB][0-9]{6}");
    }
}
