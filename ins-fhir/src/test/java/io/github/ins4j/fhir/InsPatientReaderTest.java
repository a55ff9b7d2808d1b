package io.github.ins4j.fhir;

import io.github.ins4j.disclosure.Disclosure;
import static io.github.ins4j.fhir.FhirRecords.CLOCK;
import static io.github.ins4j.fhir.FhirRecords.QUALIFIER;
import static io.github.ins4j.fhir.FhirRecords.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
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

    /**
     * Reads a GARCIA Patient changed by {@code change}; expects it read, with a refusal for
     * {@code reason} and no INS unless only the status was refused; no refusal message nor the
     * masked form shows a value.
     */
    private static ClaimedIdentity refused(Reason reason, Consumer<Patient> change) {
        Patient patient = garciaPatient();
        change.accept(patient);
        ClaimedIdentity read = InsPatientReader.read(patient, CLOCK);
        assertThat(read.refusals()).extracting(Refusal::reason).contains(reason);
        if (read.refusals().stream().anyMatch(r -> r.part() != Refusal.Part.STATUS)) {
            assertThat(read.insIdentity()).isEmpty();
        }
        assertThat(read.refusals()).allSatisfy(r -> assertThat(r.message())
                .doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("GARCIA").doesNotContain("SARAH")
                .doesNotContain("1989"));
        assertThat(read.toString()).doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("GARCIA");
        return read;
    }

    private static String message(ClaimedIdentity read, Refusal.Part part) {
        return read.refusal(part).orElseThrow().message();
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

        ClaimedIdentity read = InsPatientReader.read(patient, CLOCK);

        assertThat(json(patient)).isEqualTo(before);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.version()).isEqualTo(FormatVersion.FR_CORE_NEXT);
        assertThat(read.status()).contains(IdentityStatus.QUALIFIED);
        assertThat(read.validationMode()).contains(IdentityDocument.PASSPORT);
        assertThat(read.insIdentity()).contains(garcia().insIdentity().orElseThrow());
        assertThat(read.toString()).doesNotContain("GARCIA").doesNotContain(MATRICULE.substring(0, 13))
                .contains("QUAL").contains("PA");
    }

    @Test
    void DIS_1_two_official_ins_identifiers_are_refused() {
        refused(Reason.TWO_INS, p -> p.addIdentifier(insIdentifier("184067505614435",
                "1.2.250.1.213.1.4.10", "INS-NIR-TEST", IdentifierUse.OFFICIAL)));
    }

    @Test
    void MAT_1_a_matricule_whose_key_is_wrong_is_refused() {
        ClaimedIdentity read = refused(Reason.INVALID_MATRICULE,
                p -> p.getIdentifierFirstRep().setValue(MATRICULE.substring(0, 13) + "19"));
        assertThat(message(read, Refusal.Part.INS)).contains("KEY_MISMATCH");
        assertThat(read.traits()).contains(TRAITS);   // the Patient is read, its INS is not kept
        assertThat(read.status()).contains(IdentityStatus.QUALIFIED);
        refused(Reason.INVALID_MATRICULE, p -> p.getIdentifierFirstRep().setValue(null));
    }

    @Test
    void MAT_5_an_identifier_without_type_is_recognised_as_the_ins_by_its_oid() {
        Patient patient = garciaPatient();
        patient.getIdentifierFirstRep().setType(null);
        ClaimedIdentity read = InsPatientReader.read(patient);
        assertThat(read.insIdentity()).contains(garcia().insIdentity().orElseThrow());
        patient.getIdentifierFirstRep().setValue("289046912312019");   // and refused when its key is wrong
        assertThat(InsPatientReader.read(patient).insIdentity()).isEmpty();
        assertThat(InsPatientReader.read(patient).refusal(Refusal.Part.INS)).isPresent();
    }

    @Test
    void MAT_5_an_unknown_oid_is_refused_and_the_nss_oid_is_not_an_ins() {
        refused(Reason.WRONG_OID, p -> p.getIdentifierFirstRep().setSystem("urn:oid:1.2.250.1.213.1.4.99"));
        ClaimedIdentity nss = refused(Reason.WRONG_OID,
                p -> p.getIdentifierFirstRep().setSystem("urn:oid:1.2.250.1.213.1.4.13"));
        assertThat(message(nss, Refusal.Part.INS)).contains("BILLING_NSS");
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

        ClaimedIdentity read = InsPatientReader.read(patient, CLOCK);

        assertThat(read.status()).contains(IdentityStatus.PROVISIONAL);
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.refusals()).isEmpty();
        assertThat(read.traits()).contains(TRAITS);
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
        refused(Reason.INCONSISTENT_FIRST_NAME, p -> p.getNameFirstRep().getGiven().get(0).setValue("MARIE"));
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

        assertThat(InsPatientReader.read(patient, CLOCK).traits()).contains(TRAITS);
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
        ClaimedIdentity unknownDocument = refused(Reason.UNKNOWN_CODE, p -> reliability(p)
                .getExtensionByUrl(FrCore.VALIDATION_MODE).setValue(new Coding(FrCore.VALIDATION_MODE_SYSTEM, "XX", null)));
        assertThat(unknownDocument.status()).contains(IdentityStatus.QUALIFIED);   // the mode alone is dropped
        assertThat(unknownDocument.validationMode()).isEmpty();
        assertThat(unknownDocument.insIdentity()).isPresent();
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
    /** GARCIA as FR Core 2.2.0 writes her: {@code VALI} of table 0445, then each extra code in its own extension. */
    private static Patient published(String... extraCodes) {
        Patient patient = garciaPatient();
        reliability(patient).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                .setValue(new Coding(InsPatientReader.V2_0445_SYSTEM, "VALI", null));
        for (String code : extraCodes) {
            patient.addExtension().setUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).addExtension(FrCore.IDENTITY_STATUS,
                    new Coding(InsPatientReader.V2_0445_SYSTEM, code, null));
        }
        return patient;
    }

    @Test
    void INT_2_published_vali_with_an_ins_is_qualified_and_alone_validated() {
        ClaimedIdentity read = InsPatientReader.read(published(), CLOCK);
        assertThat(read.version()).isEqualTo(FormatVersion.FR_CORE_2);
        assertThat(read.status()).contains(IdentityStatus.QUALIFIED);
        assertThat(read.insIdentity()).contains(garcia().insIdentity().orElseThrow());
        assertThat(read.refusals()).isEmpty();

        Patient alone = published();
        alone.getIdentifier().clear();
        assertThat(InsPatientReader.read(alone, CLOCK).status()).contains(IdentityStatus.VALIDATED);

        Patient versioned = published();
        versioned.getMeta().getProfile().clear();
        versioned.getMeta().addProfile(FrCore.PATIENT_INS_PROFILE + "|2.1.0");
        assertThat(InsPatientReader.read(versioned, CLOCK).version()).isEqualTo(FormatVersion.FR_CORE_2_1);
        versioned.getMeta().getProfile().clear();
        versioned.getMeta().addProfile("https://example.org/StructureDefinition/other|2.2.0");
        assertThat(InsPatientReader.read(versioned, CLOCK).version()).isEqualTo(FormatVersion.FR_CORE_2);
    }

    @Test
    void INT_2_published_attributes_are_further_status_codes_and_management_codes_are_ignored() {
        ClaimedIdentity homonym = InsPatientReader.read(published("HOMA", "DESA", "COLV"), CLOCK);
        assertThat(homonym.attributes()).containsExactly(io.github.ins4j.qualification.IdentityAttribute.HOMONYM);
        assertThat(homonym.status()).contains(IdentityStatus.QUALIFIED);
        refused(Reason.INCOHERENT_ATTRIBUTES, p -> {
            reliability(p).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                    .setValue(new Coding(InsPatientReader.V2_0445_SYSTEM, "VALI", null));
            p.addExtension().setUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).addExtension(FrCore.IDENTITY_STATUS,
                    new Coding(InsPatientReader.V2_0445_SYSTEM, "DOUT", null));
        });
        refused(Reason.MISSING_STATUS, p -> {
            reliability(p).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                    .setValue(new Coding(InsPatientReader.V2_0445_SYSTEM, "VALI", null));
            p.addExtension().setUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).addExtension(FrCore.IDENTITY_STATUS,
                    new Coding(InsPatientReader.V2_0445_SYSTEM, "PROV", null));
        });
        refused(Reason.INS_NOT_QUALIFIED, p -> reliability(p).getExtensionByUrl(FrCore.IDENTITY_STATUS)
                .setValue(new Coding(InsPatientReader.V2_0445_SYSTEM, "PROV", null)));
    }

    @Test
    void INT_2_an_ins_nia_may_be_official_or_temp_an_ins_nir_only_official() {
        Patient nia = published();
        nia.getIdentifier().set(0, insIdentifier(MATRICULE, "1.2.250.1.213.1.4.9", "INS-NIA", IdentifierUse.OFFICIAL));
        assertThat(InsPatientReader.read(nia, CLOCK).insIdentity()).isPresent();
        nia.getIdentifierFirstRep().setUse(IdentifierUse.TEMP);
        assertThat(InsPatientReader.read(nia, CLOCK).insIdentity()).isPresent();
        nia.getIdentifierFirstRep().setUse(IdentifierUse.USUAL);
        assertThat(InsPatientReader.read(nia, CLOCK).refusal(Refusal.Part.INS).orElseThrow().reason())
                .isEqualTo(Reason.INVALID_USE);
    }

    @Test
    void the_status_of_a_patient_without_reliability_is_missing_and_its_ins_is_refused() {
        ClaimedIdentity read = refused(Reason.INS_NOT_QUALIFIED, p -> p.getExtension().removeIf(
                e -> e.getUrl().equals(FrCore.IDENTITY_RELIABILITY_EXTENSION)));
        assertThat(read.status()).isEmpty();
        assertThat(read.refusal(Refusal.Part.STATUS).orElseThrow().reason()).isEqualTo(Reason.MISSING_STATUS);
        assertThat(read.traits()).contains(TRAITS);
    }
}
