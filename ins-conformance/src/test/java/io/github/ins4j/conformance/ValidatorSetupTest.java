package io.github.ins4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.FrCore;
import io.github.ins4j.fhir.FrCoreVersion;
import io.github.ins4j.fhir.InsPatientWriter;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.TestIdentities;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * The validator is set up so that it can fail: loaded with FR Core 2.2.0, it accepts the package's
 * own example Patient, and refuses what the issue found in the Patients ins-fhir wrote before
 * (sub-extensions and codes 2.2.0 does not have, an INS-NIA with use temp, a validation mode outside
 * the Patient INS binding), a Patient INS without its INS (fr-core-1) and an INSEE code in another
 * code system. The terminology it tolerates is only what the package does not carry, and each
 * tolerance is needed.
 */
class ValidatorSetupTest {

    private static final FrCoreValidator VALIDATOR = FrCoreValidator.get();

    private static DisclosureDecision qualified(InsOid oid) {
        InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
        InsIdentity ins = InsIdentity.of(InsIdentifier.of(garcia.identifier().matricule(), oid), garcia.traits());
        IdentityRecord record = Corpus.QUALIFIER.start(ins.traits(), "conformance");
        record = Corpus.QUALIFIER.apply(record, InsiAnswer.found(ins), "conformance");
        record = Corpus.QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "conformance");
        return Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT);
    }

    private static Patient written(InsOid oid) {
        return InsPatientWriter.write(qualified(oid)).patient();
    }

    private static String errors(Patient patient) {
        return String.join("\n", FrCoreValidator.errors(VALIDATOR.validate(patient)));
    }

    @Test
    void INT_1_the_package_example_patients_are_valid_apart_from_the_tolerated_terminology() {
        List<String> examples = FrCoreValidator.packageExamples("Patient");

        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            List<SingleValidationMessage> messages = VALIDATOR.validate(example);
            assertThat(FrCoreValidator.errors(messages)).isEmpty();
            assertThat(FrCoreValidator.tolerated(messages)).isNotEmpty();   // it has a birth place
        }
    }

    @Test
    void INT_1_the_continuous_build_output_is_not_valid_fr_core_2_2_0() {
        Patient next = InsPatientWriter.write(qualified(InsOid.NIR), FrCoreVersion.CONTINUOUS_BUILD).patient();
        next.getMeta().getProfile().get(0).setValue(FrCore.PATIENT_INS_PROFILE + "|2.2.0");

        List<SingleValidationMessage> messages = VALIDATOR.validate(next);
        assertThat(String.join("\n", FrCoreValidator.errors(messages)))
                .contains("[Extension_EXT_SubExtension_Invalid]").contains("'dateInterrogationINSi'");
        // The status binding is extensible: a code of another code system is a warning, not an error.
        assertThat(messages).anySatisfy(m -> assertThat(FrCoreValidator.line(m)).startsWith("WARNING")
                .contains("fr-core-cs-identity-status#QUAL"));
    }

    @Test
    void INT_1_an_ins_nia_with_use_temp_is_not_valid_fr_core_2_2_0() {
        Patient patient = written(InsOid.NIA);
        assertThat(errors(patient)).isEmpty();

        patient.getIdentifierFirstRep().setUse(IdentifierUse.TEMP);
        assertThat(errors(patient)).contains("identifier[0]").contains("temp");
    }

    @Test
    void INT_1_a_validation_mode_outside_the_patient_ins_binding_is_not_valid_fr_core_2_2_0() {
        Patient patient = written(InsOid.NIR);
        Extension reliability = patient.getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).get(0);
        ((Coding) reliability.getExtensionByUrl(FrCore.VALIDATION_MODE).getValue()).setCode("CS");

        assertThat(errors(patient)).contains("fr-core-cs-mode-validation-identity#CS")
                .contains("fr-core-vs-mode-validation-identity-ins");
    }

    @Test
    void INT_1_a_patient_ins_without_its_ins_breaks_fr_core_1() {
        Patient patient = written(InsOid.NIR_TEST);
        patient.getIdentifier().clear();

        assertThat(errors(patient)).contains("fr-core-1");
    }

    @Test
    void INT_1_an_insee_code_in_another_code_system_is_not_tolerated() {
        Patient patient = written(InsOid.NIR_DEMO);
        Extension place = patient.getExtensionByUrl(FrCore.BIRTH_PLACE_EXTENSION);
        ((Coding) place.getValue().getExtensionByUrl(FrCore.ADDRESS_INSEE_CODE_EXTENSION).getValue())
                .setSystem("https://example.org/insee");

        assertThat(errors(patient)).contains("https://example.org/insee");
    }

    @Test
    void INT_1_every_tolerated_error_is_needed_and_is_about_the_ans_terminology_only() {
        Set<Tolerated> seen = EnumSet.noneOf(Tolerated.class);
        for (Corpus.Case sample : Corpus.all().subList(0, 5)) {
            seen.addAll(FrCoreValidator.tolerated(VALIDATOR.validate(InsPatientWriter.write(sample.decision()).patient())));
        }
        assertThat(seen).containsExactlyInAnyOrder(Tolerated.values());
        assertThat(EnumSet.allOf(Tolerated.class).stream().map(Tolerated::messageId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Terminology_PassThrough_TX_Message", "Terminology_TX_NoValid_12");
    }
}
