package io.github.ins4j.fhir;

import static io.github.ins4j.fhir.FhirRecords.CLOCK;
import static io.github.ins4j.fhir.FhirRecords.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.InsAssertions;
import io.github.ins4j.testing.assertions.ClaimedIdentityAssert;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader corpus ({@code src/test/resources/corpus}, see its README for where each Patient comes
 * from and its licence): every Patient is read, with the verdict the README gives (INT-2, INT-3).
 */
class ReaderCorpusTest {

    static ClaimedIdentity read(String file) {
        try (InputStream in = ReaderCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return InsPatientReader.read(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), CLOCK);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // file, version recognised, status, INS: KEPT / ABSENT / the reason of its refusal
        "fr-core-2.2.0-Patient-FRCorePatientExample.json, FR_CORE_2,    QUALIFIED,   INVALID_MATRICULE",
        "fr-core-2.2-vali-homa.json,                      FR_CORE_2_2,  QUALIFIED,   KEPT",
        "fr-core-2.1-vali-without-ins.json,               FR_CORE_2_1,  VALIDATED,   ABSENT",
        "fr-core-2.0-prov-with-ins.json,                  FR_CORE_2_0,  PROVISIONAL, INS_NOT_QUALIFIED",
        "fr-core-2.2-nia-official.json,                   FR_CORE_2,    QUALIFIED,   KEPT",
        "fr-core-2.2-nir-with-old-nia.json,               FR_CORE_2,    QUALIFIED,   KEPT",
        "fr-core-next-qual-dout.json,                     FR_CORE_NEXT, PROVISIONAL, ABSENT",
        "fr-core-2.2-lower-case-with-ins.json,            FR_CORE_2,    QUALIFIED,   INVALID_TRAIT",
    })
    void INT_2_INT_3_every_patient_of_the_corpus_is_read_with_its_verdict(String file, FormatVersion version,
            IdentityStatus status, String ins) {
        ClaimedIdentityAssert read = InsAssertions.assertThat(read(file))
                .hasVersion(version).hasStatus(status).keepsLocalIdentity();
        switch (ins) {
            case "KEPT" -> read.hasIns().hasNoRefusals();
            case "ABSENT" -> read.hasNoIns();
            default -> read.hasInsRefused(ExchangeException.Reason.valueOf(ins));
        }
    }

    @Test
    void the_published_fr_core_example_is_read_its_ins_refused_for_its_key_its_names_as_typed() {
        ClaimedIdentity read = read("fr-core-2.2.0-Patient-FRCorePatientExample.json");
        assertThat(read.refusal(Refusal.Part.INS).orElseThrow().message()).contains("KEY_MISMATCH");
        assertThat(read.refusal(Refusal.Part.TRAITS).orElseThrow().reason())
                .isEqualTo(ExchangeException.Reason.INVALID_TRAIT);   // "Durand": not in INS form
        assertThat(read.localTraits().birthName().orElseThrow().value()).isEqualTo("DURAND");
        assertThat(read.localTraits().firstNames().orElseThrow().value()).isEqualTo("PIERRE YVES");
        assertThat(read.localTraits().birthPlace().orElseThrow().value()).isEqualTo("01006");
        assertThat(read.traits()).isEmpty();
    }

    @Test
    void INT_2_a_second_reliability_extension_carries_an_attribute() {
        ClaimedIdentity read = read("fr-core-2.2-vali-homa.json");
        assertThat(read.attributes()).containsExactly(IdentityAttribute.HOMONYM);
        assertThat(read.validationMode()).contains(IdentityDocument.NATIONAL_ID_CARD);
        assertThat(read.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(read("fr-core-next-qual-dout.json").attributes()).containsExactly(IdentityAttribute.DOUBTFUL);
    }

    @Test
    void INT_2_an_ins_nia_is_official_in_2_2_and_an_old_one_is_an_earlier_identifier() {
        assertThat(read("fr-core-2.2-nia-official.json").insIdentity().orElseThrow().identifier().oid())
                .isEqualTo(InsOid.NIA);
        var ins = read("fr-core-2.2-nir-with-old-nia.json").insIdentity().orElseThrow();
        assertThat(ins.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(ins.history()).hasSize(1);
        assertThat(ins.history().get(0).identifier().oid()).isEqualTo(InsOid.NIA);
    }
}
