package io.github.ins4j.fhir;

import io.github.ins4j.disclosure.Disclosure;
import static io.github.ins4j.fhir.FhirRecords.CLOCK;
import static io.github.ins4j.fhir.FhirRecords.QUALIFIER;
import static io.github.ins4j.fhir.FhirRecords.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.InsPatientException.Reason;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What contradicts the FR Core Patient INS profile or the disclosure rules, refused with its reason. */
class InsPatientReaderTest {

    /** A test identity of the INSi test environment (OID 1.2.250.1.213.1.4.10). */
    static final String MATRICULE = "289046912312018";
    static final Traits TRAITS = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");

    /** A qualified GARCIA test identity: INSi answer, then passport. */
    static IdentityRecord garcia() {
        InsIdentity insi = InsIdentity.of(InsIdentifier.parse(MATRICULE, "1.2.250.1.213.1.4.10"), TRAITS);
        IdentityRecord record = QUALIFIER.start(TRAITS, "desk-1");
        record = QUALIFIER.apply(record, InsiAnswer.found(insi), "desk-1");
        return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
    }

    private static Patient garciaPatient() {
        return FhirRecords.continuous(Disclosure.decide(garcia(), DocumentPurpose.CARE_DOCUMENT));
    }

    /** Reads a GARCIA Patient changed by {@code change}; expects a refusal with {@code reason}. */
    private static InsPatientException refused(Reason reason, Consumer<Patient> change) {
        Patient patient = garciaPatient();
        change.accept(patient);
        InsPatientException e = org.junit.jupiter.api.Assertions.assertThrows(InsPatientException.class,
                () -> InsPatientReader.read(patient, CLOCK));
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).startsWith("Refused (" + reason + "): ")
                .doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("GARCIA").doesNotContain("SARAH")
                .doesNotContain("1989");
        return e;
    }

    private static Extension reliability(Patient patient) {
        return patient.getExtensionByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION);
    }

    private static void setStatus(Patient patient, String code) {
        reliability(patient).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                .setValue(new Coding(FrCore.IDENTITY_STATUS_SYSTEM, code, null));
    }

    private static Identifier insIdentifier(String value, String oid, String type, IdentifierUse use) {
        return new Identifier().setUse(use).setSystem("urn:oid:" + oid).setValue(value)
                .setType(new CodeableConcept(new Coding(FrCore.IDENTIFIER_TYPE_SYSTEM, type, null)));
    }

    @Test
    void reads_back_what_the_writer_wrote_without_changing_the_patient() {
        Patient patient = garciaPatient();
        String before = json(patient);

        InsPatient read = InsPatientReader.read(patient, CLOCK);

        assertThat(json(patient)).isEqualTo(before);
        assertThat(read.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(read.validationMode()).contains(IdentityDocument.PASSPORT);
        assertThat(read.insIdentity()).contains(garcia().insIdentity().orElseThrow());
        assertThat(read.toString()).doesNotContain("GARCIA").doesNotContain(MATRICULE.substring(0, 13))
                .contains("QUAL").contains("PA");
    }

    @Test
    void DIS_1_two_official_ins_identifiers_are_refused() {
        refused(Reason.SEVERAL_ACTIVE_INS, p -> p.addIdentifier(insIdentifier("184067505614435",
                "1.2.250.1.213.1.4.10", "INS-NIR-TEST", IdentifierUse.OFFICIAL)));
    }

    @Test
    void MAT_1_a_matricule_whose_key_is_wrong_is_refused() {
        InsPatientException e = refused(Reason.INVALID_MATRICULE,
                p -> p.getIdentifierFirstRep().setValue(MATRICULE.substring(0, 13) + "19"));
        assertThat(e.getCause()).hasMessageContaining("KEY_MISMATCH");
        refused(Reason.INVALID_MATRICULE, p -> p.getIdentifierFirstRep().setValue(null));
    }

    @Test
    void MAT_5_an_unknown_oid_is_refused_and_the_nss_oid_is_not_an_ins() {
        refused(Reason.UNKNOWN_OID, p -> p.getIdentifierFirstRep().setSystem("urn:oid:1.2.250.1.213.1.4.99"));
        InsPatientException nss = refused(Reason.UNKNOWN_OID,
                p -> p.getIdentifierFirstRep().setSystem("urn:oid:1.2.250.1.213.1.4.13"));
        assertThat(((InvalidOidException) nss.getCause()).reason()).isEqualTo(InvalidOidException.Reason.BILLING_NSS);
        refused(Reason.TYPE_MISMATCH, p -> p.getIdentifierFirstRep().setSystem("urn:oid:1.2.250.1.213.1.4.8"));
    }

    @ParameterizedTest
    @EnumSource(value = IdentityStatus.class, names = {"PROVISIONAL", "RETRIEVED", "VALIDATED"})
    void DIS_1_an_ins_on_an_identity_that_is_not_qualified_is_refused_VALI_included(IdentityStatus status) {
        refused(Reason.INS_NOT_QUALIFIED, p -> setStatus(p, status.code()));
    }

    @Test
    void DIS_5_an_nss_identifier_is_not_an_ins_and_may_go_without_qualification() {
        IdentityRecord provisional = QUALIFIER.start(TRAITS, "desk-1");
        Patient patient = FhirRecords.continuous(Disclosure.decide(provisional, DocumentPurpose.CARE_DOCUMENT));
        patient.addIdentifier(new Identifier().setUse(IdentifierUse.OFFICIAL)
                .setSystem("urn:oid:1.2.250.1.213.1.4.8").setValue("289046912312018")
                .setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "NH", null))));

        InsPatient read = InsPatientReader.read(patient, CLOCK);

        assertThat(read.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.traits()).isEqualTo(TRAITS);
    }

    @Test
    void the_use_of_an_active_ins_is_the_profiles() {
        refused(Reason.INVALID_USE, p -> p.getIdentifierFirstRep().setUse(IdentifierUse.TEMP));
        refused(Reason.INVALID_USE, p -> p.getIdentifierFirstRep().setUse(null));
    }

    @Test
    void MAT_6_earlier_identifiers_go_with_one_active_identifier_that_they_do_not_repeat() {
        refused(Reason.MISSING_ACTIVE_INS, p -> p.getIdentifierFirstRep().setUse(IdentifierUse.OLD));
        refused(Reason.DUPLICATE_INS, p -> p.addIdentifier(insIdentifier(MATRICULE, "1.2.250.1.213.1.4.10",
                "INS-NIR-TEST", IdentifierUse.OLD)));
    }

    @Test
    void DIS_4_missing_traits_are_refused() {
        refused(Reason.MISSING_TRAIT, p -> p.getName().clear());
        refused(Reason.MISSING_TRAIT, p -> p.getNameFirstRep().setFamily(null));
        refused(Reason.MISSING_TRAIT, p -> p.getNameFirstRep().getGiven().clear());
        refused(Reason.MISSING_TRAIT, p -> p.getNameFirstRep().getExtension().clear());
        refused(Reason.MISSING_TRAIT, p -> p.setGender(null));
        refused(Reason.MISSING_TRAIT, p -> p.setBirthDateElement(null));
        refused(Reason.MISSING_TRAIT, p -> p.getExtension().removeIf(
                e -> e.getUrl().equals(FrCore.BIRTH_PLACE_EXTENSION)));
        refused(Reason.MISSING_TRAIT, p -> p.getExtensionByUrl(FrCore.BIRTH_PLACE_EXTENSION).getValue()
                .getExtension().clear());
    }

    @Test
    void TRT_1_TRT_2_traits_that_are_not_insi_strict_or_consistent_are_refused() {
        refused(Reason.INVALID_TRAIT, p -> p.getNameFirstRep().setFamily("Garcia"));
        refused(Reason.INVALID_TRAIT, p -> p.getNameFirstRep().getGiven().get(0).setValue("MARIE"));
        refused(Reason.INVALID_TRAIT, p -> p.setGender(AdministrativeGender.UNKNOWN));
        refused(Reason.INVALID_TRAIT, p -> p.getBirthDateElement().setValueAsString("2030-01-01"));
        refused(Reason.INVALID_TRAIT, p -> p.addName().setUse(org.hl7.fhir.r4.model.HumanName.NameUse.OFFICIAL));
        refused(Reason.INVALID_TRAIT, p -> p.getNameFirstRep()
                .getExtensionByUrl(FrCore.BIRTH_LIST_GIVEN_NAME_EXTENSION).setValue(new StringType("sarah-lou")));
    }

    @Test
    void TRT_2_a_given_name_consistent_with_the_list_is_accepted() {
        Patient patient = garciaPatient();
        patient.getNameFirstRep().getGiven().get(0).setValue("Sarah Lou");

        assertThat(InsPatientReader.read(patient, CLOCK).traits()).isEqualTo(TRAITS);
    }

    @Test
    void the_identity_reliability_extension_needs_one_known_status() {
        refused(Reason.MISSING_STATUS, p -> p.getExtension().removeIf(
                e -> e.getUrl().equals(FrCore.IDENTITY_RELIABILITY_EXTENSION)));
        refused(Reason.MISSING_STATUS, p -> reliability(p).addExtension(FrCore.IDENTITY_STATUS,
                new Coding(FrCore.IDENTITY_STATUS_SYSTEM, "QUAL", null)));
        refused(Reason.UNKNOWN_CODE, p -> setStatus(p, "VIDE"));
        refused(Reason.UNKNOWN_CODE, p -> reliability(p).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                .setValue(new Coding("https://example.org/status", "QUAL", null)));
        refused(Reason.UNKNOWN_CODE, p -> reliability(p).getExtensionByUrl(FrCore.VALIDATION_MODE)
                .setValue(new Coding(FrCore.VALIDATION_MODE_SYSTEM, "XX", null)));
    }

    @Test
    void QUA_1_QUA_2_incoherent_attributes_are_refused() {
        refused(Reason.INCOHERENT_ATTRIBUTES, p -> reliability(p).addExtension(FrCore.COMMENT,
                new CodeableConcept(new Coding(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM, "DOUT", null))));
        refused(Reason.INCOHERENT_ATTRIBUTES, p -> {
            setStatus(p, "PROV");
            p.getIdentifier().clear();
            reliability(p).addExtension(FrCore.COMMENT,
                    new CodeableConcept(new Coding(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM, "FICT", null)));
            reliability(p).addExtension(FrCore.COMMENT,
                    new CodeableConcept(new Coding(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM, "HOMA", null)));
        });
    }

    @Test
    void management_comment_codes_are_ignored() {
        Patient patient = garciaPatient();
        reliability(patient).addExtension(FrCore.COMMENT,
                new CodeableConcept(new Coding(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM, "DPOT", null)));

        assertThat(InsPatientReader.read(patient, CLOCK).attributes()).isEmpty();
    }
}
