package io.github.ins4j.fhir;

import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.disclosure.Disclosure;
import static io.github.ins4j.fhir.FhirRecords.QUALIFIER;
import static io.github.ins4j.fhir.FhirRecords.json;
import static io.github.ins4j.fhir.InsPatientReaderTest.MATRICULE;
import static io.github.ins4j.fhir.InsPatientReaderTest.TRAITS;
import static io.github.ins4j.fhir.InsPatientReaderTest.garcia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DisclosureException;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The GARCIA test identity, written as FR Core expects it. */
class InsPatientWriterTest {

    @Test
    void a_qualified_test_identity_is_written_as_an_fr_core_patient_ins() {
        String json = json(InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.SHARED_RECORD)));

        assertThat(json)
                .contains("\"profile\":[\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins\"]")
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
                .contains("{\"url\":\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability\","
                        + "\"extension\":[{\"url\":\"dateInterrogationINSi\",\"valueDate\":\"2026-11-26\"},"
                        + "{\"url\":\"identityStatus\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status\",\"code\":\"QUAL\"}},"
                        + "{\"url\":\"validationDate\",\"valueDate\":\"2026-11-26\"},"
                        + "{\"url\":\"validationMode\",\"valueCoding\":{\"system\":"
                        + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-mode-validation-identity\","
                        + "\"code\":\"PA\"}}]}");
    }

    @Test
    void DIS_2_a_provisional_identity_goes_with_its_traits_and_its_attributes_but_no_ins() {
        IdentityRecord record = QUALIFIER.apply(garcia(), new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-1");
        Patient patient = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PROFESSIONAL));
        String json = json(patient);

        assertThat(patient.getIdentifier()).isEmpty();
        assertThat(json).doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("1.2.250.1.213.1.4.10")
                .contains("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient\"")
                .contains("\"code\":\"PROV\"")
                .contains("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status-comment\","
                        + "\"code\":\"DOUT\"")
                .doesNotContain("validationMode")
                .contains("\"family\":\"GARCIA\"");
    }

    @Test
    void DIS_3_an_invoice_gets_no_patient_ins_and_research_nothing() {
        String invoice = json(InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.BILLING)));
        assertThat(invoice).doesNotContain(MATRICULE.substring(0, 13)).doesNotContain("1.2.250.1.213.1.4.10")
                .contains("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient\"")
                .contains("\"family\":\"GARCIA\"");
        assertThatThrownBy(() -> InsPatientWriter.write(Disclosure.decide(garcia(), DocumentPurpose.RESEARCH)))
                .isInstanceOfSatisfying(ExchangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING));
    }

    @Test
    void DIS_6_a_missing_purpose_is_refused_by_the_disclosure_rules() {
        assertThatThrownBy(() -> InsPatientWriter.write(Disclosure.decide(garcia(), null)))
                .isInstanceOfSatisfying(DisclosureException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisclosureException.Reason.UNKNOWN_PURPOSE));
    }

    @Test
    void TRT_3_a_lunar_date_without_day_is_written_as_a_year_and_month() {
        Traits lunar = new Traits(TRAITS.birthName(), TRAITS.firstNames(), BirthDate.parse("1989-04-00"),
                TRAITS.sex(), TRAITS.birthPlace());
        Patient patient = InsPatientWriter.write(Disclosure.decide(QUALIFIER.start(lunar, "desk-1"), DocumentPurpose.CARE_DOCUMENT));

        assertThat(json(patient)).contains("\"birthDate\":\"1989-04\"");
        assertThat(InsPatientReader.read(patient).traits()).contains(lunar);
    }
}
