package io.github.ins4j.fhir;

import static io.github.ins4j.fhir.FhirRecords.QUALIFIER;
import static io.github.ins4j.fhir.FhirRecords.json;
import static io.github.ins4j.fhir.InsPatientReaderTest.MATRICULE;
import static io.github.ins4j.fhir.InsPatientReaderTest.TRAITS;
import static io.github.ins4j.fhir.InsPatientReaderTest.garcia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureException;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.WrittenPatient.LeftOut;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GARCIA test identity, written as FR Core 2.2.0 (the default) and its continuous build expect it. */
class InsPatientWriterTest {

    private static final String RELIABILITY = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";

    private static final InsIdentity INSI = InsIdentity.of(InsIdentifier.parse(MATRICULE, "1.2.250.1.213.1.4.10"), TRAITS);

    @Test
    void INT_1_a_qualified_test_identity_is_written_as_an_fr_core_2_2_0_patient_ins() {
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.SHARED_RECORD));
        String json = json(written.patient());

        assertThat(written.version()).isEqualTo(FrCoreVersion.V2_2_0);
        assertThat(written.leftOut()).isEmpty();
        assertThat(json)
                .contains("\"profile\":[\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins|2.2.0\"]")
                .contains("\"identifier\":[{\"use\":\"official\",\"type\":{\"coding\":[{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203\",\"code\":\"INS-NIR-TEST\"}]},"
                        + "\"system\":\"urn:oid:1.2.250.1.213.1.4.10\",\"value\":\"" + MATRICULE + "\"}]")
                .contains("\"name\":[{\"extension\":[{\"url\":"
                        + "\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name\","
                        + "\"valueString\":\"SARAH-LOU MARIE\"}],\"use\":\"official\",\"family\":\"GARCIA\","
                        + "\"given\":[\"SARAH-LOU\"]}]")
                .contains("\"gender\":\"female\",\"birthDate\":\"1989-04-12\"")
                .contains("{\"url\":\"http://hl7.org/fhir/StructureDefinition/patient-birthPlace\",\"valueAddress\":"
                        + "{\"extension\":[{\"url\":\"https://hl7.fr/ig/fhir/core/StructureDefinition/"
                        + "fr-core-address-insee-code\",\"valueCoding\":{\"system\":"
                        + "\"https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM\","
                        + "\"code\":\"69123\"}}]}}")
                .contains("{\"url\":\"" + RELIABILITY + "\",\"extension\":["
                        + "{\"url\":\"identityStatus\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445\",\"code\":\"VALI\"}},"
                        + "{\"url\":\"validationDate\",\"valueDate\":\"2026-11-26\"},"
                        + "{\"url\":\"validationMode\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-mode-validation-identity\","
                        + "\"code\":\"PA\"}},"
                        + "{\"url\":\"methodCollection\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-method-collection\",\"code\":\"INSI\"}},"
                        + "{\"url\":\"dateCollection\",\"valueDate\":\"2026-11-26\"}]}")
                .doesNotContain("dateInterrogationINSi").doesNotContain("QUAL").doesNotContain("comment");
    }

    @Test
    void INT_3_the_continuous_build_is_written_on_explicit_choice() {
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.SHARED_RECORD),
                FrCoreVersion.CONTINUOUS_BUILD);

        assertThat(written.version()).isEqualTo(FrCoreVersion.CONTINUOUS_BUILD);
        assertThat(written.leftOut()).isEmpty();
        assertThat(json(written.patient()))
                .contains("\"profile\":[\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins\"]")
                .contains("{\"url\":\"" + RELIABILITY + "\","
                        + "\"extension\":[{\"url\":\"dateInterrogationINSi\",\"valueDate\":\"2026-11-26\"},"
                        + "{\"url\":\"identityStatus\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status\",\"code\":\"QUAL\"}},"
                        + "{\"url\":\"validationDate\",\"valueDate\":\"2026-11-26\"},"
                        + "{\"url\":\"validationMode\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-mode-validation-identity\","
                        + "\"code\":\"PA\"}}]}");
        assertThat(written.toString()).isEqualTo("WrittenPatient[FR Core current, left out: []]");
    }

    @Test
    void INT_1_a_retrieved_identity_is_prov_collected_from_insi_in_2_2_0_and_says_so() {
        IdentityRecord retrieved = QUALIFIER.apply(QUALIFIER.start(TRAITS, "desk-1"), InsiAnswer.found(INSI), "desk-1");
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(retrieved, DocumentPurpose.CARE_DOCUMENT));

        assertThat(written.leftOut()).containsExactly(LeftOut.RETRIEVED_STATUS);
        assertThat(written.patient().getIdentifier()).isEmpty();
        assertThat(json(written.patient()))
                .contains("\"code\":\"PROV\"").contains("\"code\":\"INSI\"")
                .contains("{\"url\":\"dateCollection\",\"valueDate\":\"2026-11-26\"}")
                .doesNotContain("RECUP");
        assertThat(InsPatientWriter.write(Disclosure.decide(retrieved, DocumentPurpose.CARE_DOCUMENT),
                FrCoreVersion.CONTINUOUS_BUILD).leftOut()).isEmpty();
    }

    @Test
    void INT_1_a_qualified_identity_on_an_invoice_is_vali_in_2_2_0_and_says_so() {
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.BILLING));

        assertThat(written.leftOut()).containsExactly(LeftOut.QUALIFIED_STATUS);
        assertThat(written.patient().getIdentifier()).isEmpty();
        assertThat(json(written.patient())).contains("\"code\":\"VALI\"")
                .contains("fr-core-patient|2.2.0\"").doesNotContain(MATRICULE.substring(0, 13));
    }

    @Test
    void INT_1_a_carte_vitale_application_read_has_no_validation_mode_in_2_2_0_and_says_so() {
        IdentityRecord record = QUALIFIER.apply(QUALIFIER.start(TRAITS, "desk-1"), CarteVitaleAppRead.of(INSI), "desk-1");
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));

        assertThat(written.leftOut()).containsExactly(LeftOut.VALIDATION_MODE);
        assertThat(json(written.patient())).contains("\"code\":\"VALI\"").contains("validationDate")
                .doesNotContain("validationMode").doesNotContain("methodCollection");
        assertThat(json(InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT),
                FrCoreVersion.CONTINUOUS_BUILD).patient())).contains("\"code\":\"AV\"");
    }

    @Test
    void INT_1_an_insi_call_that_gave_no_identity_is_left_out_of_2_2_0() {
        IdentityRecord record = QUALIFIER.apply(QUALIFIER.start(TRAITS, "desk-1"), InsiAnswer.notFound(), "desk-1");
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));

        assertThat(written.leftOut()).containsExactly(LeftOut.INSI_CALL_DATE);
        assertThat(json(written.patient())).contains("\"code\":\"PROV\"")
                .doesNotContain("dateCollection").doesNotContain("methodCollection");
    }

    @ParameterizedTest
    @EnumSource(IdentityDocument.class)
    void INT_1_each_document_is_coded_in_the_2_2_0_binding_of_each_profile_or_left_out(IdentityDocument document) {
        var ins = InsPatientWriter.validationMode220(document, true);
        var patient = InsPatientWriter.validationMode220(document, false);

        ins.ifPresent(code -> assertThat(code).isIn("PA", "CN", "AN", "LE"));
        patient.ifPresent(code -> assertThat(code)
                .isIn("AN", "CC", "CE", "CM", "CN", "CS", "LE", "PA", "PC", "TC", "DC", "AC", "IE"));
        ins.ifPresent(code -> assertThat(patient).contains(code));
        switch (document) {
            case FOREIGN_MINOR_TRAVEL_DOCUMENT -> assertThat(patient).contains("DC");   // 2.2.0's CC is another document
            case CARTE_VITALE_APP, FAMILY_RECORD_BOOK_WITH_VITALE -> assertThat(patient).isEmpty();
            case PASSPORT, NATIONAL_ID_CARD -> assertThat(ins).contains(document.code());
            default -> assertThat(patient).isPresent();
        }
    }

    @Test
    void INT_1_an_ins_nia_is_official_and_an_exception_document_is_written_when_2_2_0_has_it() {
        InsIdentity nia = InsIdentity.of(InsIdentifier.of(INSI.identifier().matricule(), InsOid.NIA), TRAITS);
        IdentityRecord record = QUALIFIER.apply(QUALIFIER.apply(QUALIFIER.start(TRAITS, "desk-1"),
                InsiAnswer.found(nia), "desk-1"), DocumentCheck.inContext(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK,
                ExceptionContext.MINOR), "desk-1");
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));

        assertThat(written.patient().getIdentifierFirstRep().getUse()).isEqualTo(IdentifierUse.OFFICIAL);
        assertThat(written.leftOut()).isEmpty();
        assertThat(json(written.patient())).contains("\"code\":\"LE\"");
    }

    @Test
    void DIS_2_a_provisional_identity_goes_with_its_traits_and_its_attributes_but_no_ins() {
        IdentityRecord record = QUALIFIER.apply(garcia(), new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-1");
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PROFESSIONAL));
        Patient patient = written.patient();
        String json = json(patient);

        assertThat(patient.getIdentifier()).isEmpty();
        assertThat(json).doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("1.2.250.1.213.1.4.10")
                .contains("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient|2.2.0\"")
                .contains("\"code\":\"PROV\"")
                .contains("{\"url\":\"" + RELIABILITY + "\",\"extension\":[{\"url\":\"identityStatus\","
                        + "\"valueCoding\":{\"system\":\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445\","
                        + "\"code\":\"DOUT\"}}]}")
                .doesNotContain("validationMode")
                .contains("\"family\":\"GARCIA\"");
        assertThat(written.leftOut()).containsExactly(LeftOut.INSI_CALL_DATE);   // its INSi identity is cleared (QUA-5)
    }

    @Test
    void DIS_3_an_invoice_gets_no_patient_ins_and_research_nothing() {
        String invoice = json(InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.BILLING)).patient());
        assertThat(invoice).doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("1.2.250.1.213.1.4.10")
                .contains("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient|2.2.0\"")
                .contains("\"family\":\"GARCIA\"");
        for (FrCoreVersion version : FrCoreVersion.values()) {
            assertThatThrownBy(() -> InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.RESEARCH), version))
                    .isInstanceOfSatisfying(InsPatientException.class,
                            e -> assertThat(e.reason()).isEqualTo(InsPatientException.Reason.NOTHING_IDENTIFYING));
        }
    }

    @Test
    void DIS_6_a_missing_purpose_is_refused_by_the_disclosure_rules_and_a_missing_version_by_the_writer() {
        assertThatThrownBy(() -> InsPatientWriter.write(Disclosure.decide(garcia(), null)))
                .isInstanceOfSatisfying(DisclosureException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisclosureException.Reason.UNKNOWN_PURPOSE));
        assertThatThrownBy(() -> InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.CARE_DOCUMENT), null))
                .isInstanceOf(NullPointerException.class).hasMessage("version must not be null");
        assertThatThrownBy(() -> InsPatientWriter.write(null, FrCoreVersion.V2_2_0))
                .isInstanceOf(NullPointerException.class).hasMessage("decision must not be null");
    }

    @Test
    void TRT_3_a_lunar_date_without_day_is_written_as_a_year_and_month() {
        Traits lunar = new Traits(TRAITS.birthName(), TRAITS.firstNames(), BirthDate.parse("1989-04-00"),
                TRAITS.sex(), TRAITS.birthPlace());
        var decision = Disclosure.decide(QUALIFIER.start(lunar, "desk-1"), DocumentPurpose.CARE_DOCUMENT);

        assertThat(json(InsPatientWriter.write(decision).patient())).contains("\"birthDate\":\"1989-04\"");
        assertThat(InsPatientReader.read(FhirRecords.continuous(decision)).traits()).isEqualTo(lunar);
    }

    @Test
    void the_version_and_what_was_left_out_are_logged_without_personal_data() {
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.BILLING));

        assertThat(written.toString()).isEqualTo("WrittenPatient[FR Core 2.2.0, left out: [QUALIFIED_STATUS]]");
        assertThat(written.patient()).isSameAs(written.patient());
        assertThat(LeftOut.QUALIFIED_STATUS.explanation()).contains("VALI").doesNotContain("GARCIA");
        assertThat(FrCoreVersion.defaultVersion()).isEqualTo(FrCoreVersion.V2_2_0);
        assertThat(FrCoreVersion.V2_2_0.canonicalVersion()).contains("2.2.0");
        assertThat(FrCoreVersion.CONTINUOUS_BUILD.canonicalVersion()).isEmpty();
        assertThatThrownBy(() -> written.leftOut().add(LeftOut.VALIDATION_MODE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
