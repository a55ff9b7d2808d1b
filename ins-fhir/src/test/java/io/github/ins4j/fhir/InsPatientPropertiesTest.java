package io.github.ins4j.fhir;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.disclosure.Disclosure;
import static io.github.ins4j.fhir.FhirRecords.CLOCK;
import static io.github.ins4j.fhir.FhirRecords.json;
import static io.github.ins4j.fhir.FhirRecords.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** DIS-1 … DIS-4, TRT-2, TRT-3 and MAT-1 in FHIR, over identity records in every status. */
class InsPatientPropertiesTest {

    @Provide
    Arbitrary<IdentityRecord> records() {
        return FhirRecords.records();
    }

    @Provide
    Arbitrary<IdentityRecord> qualified() {
        return FhirRecords.qualifiedRecords();
    }

    @Provide
    Arbitrary<DocumentPurpose> carePurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(p -> !forbidsIns(p));
    }

    @Provide
    Arbitrary<DocumentPurpose> forbiddenPurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(InsPatientPropertiesTest::forbidsIns);
    }

    @Property(tries = 300)
    void DIS_1_DIS_4_a_patient_read_back_gives_the_status_the_traits_and_for_qual_only_the_ins(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        ClaimedIdentity read = InsPatientReader.read(parse(json(FhirRecords.continuous(Disclosure.decide(record, purpose)))), CLOCK);

        assertThat(read.refusals()).isEmpty();
        assertThat(read.status()).contains(record.status());
        assertThat(read.attributes()).isEqualTo(record.attributes());
        assertThat(read.validationMode().isPresent()).isEqualTo(record.isChecked());
        assertThat(read.traits()).contains(asFhirCarriesThem(record.traits()));
        if (record.isQualified()) {
            InsIdentity expected = record.insIdentity().orElseThrow();
            InsIdentity actual = read.insIdentity().orElseThrow();
            assertThat(actual.identifier()).isEqualTo(expected.identifier());
            assertThat(actual.history()).isEqualTo(expected.history());
            assertThat(actual.traits()).isEqualTo(read.traits().orElseThrow());
        } else {
            assertThat(read.insIdentity()).isEmpty();
        }
    }

    /**
     * INT-2: a Patient written in FR Core 2.2.0, the published version receivers send, reads back
     * through its 2.2.0 codes: {@code VALI} with the INS as qualified, {@code VALI} alone as
     * validated, {@code PROV} as provisional, the attributes from the further codes.
     */
    @Property(tries = 300)
    void INT_2_a_fr_core_2_2_0_patient_reads_back_with_its_status_attributes_and_ins(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        ClaimedIdentity read = InsPatientReader.read(parse(json(FhirRecords.published(Disclosure.decide(record, purpose)))),
                CLOCK);
        net.jqwik.api.statistics.Statistics.label("status").collect(record.status());
        net.jqwik.api.statistics.Statistics.label("status").coverage(c -> {
            for (IdentityStatus s : IdentityStatus.values()) {
                c.check(s).count(n -> n > 0);
            }
        });
        assertThat(read.refusals()).isEmpty();
        assertThat(read.version()).isEqualTo(io.github.ins4j.exchange.FormatVersion.FR_CORE_2_2);
        // 2.2.0 cannot say RECUP: it is written PROV (with methodCollection INSI) and read as PROV.
        IdentityStatus expected = record.status() == IdentityStatus.RETRIEVED ? IdentityStatus.PROVISIONAL
                : record.status();
        assertThat(read.status()).contains(expected);
        assertThat(read.attributes()).isEqualTo(record.attributes());
        assertThat(read.insIdentity().map(InsIdentity::identifier))
                .isEqualTo(record.isQualified() ? record.insIdentity().map(InsIdentity::identifier)
                        : java.util.Optional.empty());
        // The document is read through 2.2.0's own codes (LE, DC, IE, AC...), not ins4j's.
        java.util.Optional<String> written = record.validation().flatMap(
                v -> InsPatientWriter.validationMode220(v.document(), read.insIdentity().isPresent()));
        net.jqwik.api.statistics.Statistics.label("validation mode written").collect(written.orElse("none"));
        assertThat(read.validationMode().flatMap(d -> InsPatientWriter.validationMode220(d, false)))
                .isEqualTo(written);
    }

    @Property(tries = 300)
    void DIS_1_DIS_2_no_patient_of_a_non_qualified_identity_holds_a_matricule(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        Patient patient = FhirRecords.published(Disclosure.decide(record, purpose));
        String json = json(patient);
        if (!record.isQualified()) {
            assertThat(patient.getIdentifier()).isEmpty();
            assertThat(patient.getMeta().getProfile()).extracting(p -> p.getValue())
                    .containsExactly(FrCore.PATIENT_PROFILE + "|2.2.0");
            for (String matricule : matricules(record)) {
                assertThat(json).doesNotContain(matricule.substring(0, 13));
            }
        } else {
            assertThat(patient.getMeta().getProfile()).extracting(p -> p.getValue())
                    .containsExactly(FrCore.PATIENT_INS_PROFILE + "|2.2.0");
            assertThat(json).contains(record.insIdentity().orElseThrow().identifier().matricule().value());
        }
    }

    @Property(tries = 200)
    void DIS_3_billing_and_insurer_patients_never_hold_a_matricule_and_research_gets_none(
            @ForAll("records") IdentityRecord record, @ForAll("forbiddenPurposes") DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESEARCH) {
            assertThatThrownBy(() -> FhirRecords.published(Disclosure.decide(record, purpose)))
                    .isInstanceOfSatisfying(ExchangeException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING);
                        assertThat(e.getMessage()).contains(purpose.code());
                        for (String matricule : matricules(record)) {
                            assertThat(e.getMessage()).doesNotContain(matricule.substring(0, 13));
                        }
                    });
            return;
        }
        Patient patient = FhirRecords.published(Disclosure.decide(record, purpose));
        assertThat(patient.getIdentifier()).isEmpty();
        assertThat(patient.getMeta().getProfile()).extracting(p -> p.getValue())
                .containsExactly(FrCore.PATIENT_PROFILE + "|2.2.0");
        String json = json(patient);
        for (String matricule : matricules(record)) {
            assertThat(json).doesNotContain(matricule.substring(0, 13));
        }
    }

    private static boolean forbidsIns(DocumentPurpose purpose) {
        return purpose == DocumentPurpose.BILLING || purpose == DocumentPurpose.MANDATORY_INSURER
                || purpose == DocumentPurpose.COMPLEMENTARY_INSURER || purpose == DocumentPurpose.RESEARCH;
    }

    @Property(tries = 200)
    void DIS_4_the_ins_is_written_with_the_five_traits_and_its_fr_core_coding(
            @ForAll("qualified") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        Patient patient = FhirRecords.published(Disclosure.decide(record, purpose));
        InsIdentity ins = record.insIdentity().orElseThrow();

        Identifier active = patient.getIdentifier().get(0);
        assertThat(active.getSystem()).isEqualTo("urn:oid:" + ins.identifier().oid().oid());
        assertThat(active.getValue()).hasSize(15).isEqualTo(ins.identifier().matricule().value());
        assertThat(active.getType().getCodingFirstRep().getSystem()).isEqualTo(FrCore.IDENTIFIER_TYPE_SYSTEM);
        assertThat(active.getType().getCodingFirstRep().getCode()).isEqualTo(ins.identifier().oid().typeCode());
        assertThat(active.getUse()).isEqualTo(Identifier.IdentifierUse.OFFICIAL);   // INS-NIA too (2.2.0)
        assertThat(patient.getIdentifier()).hasSize(1 + ins.history().size());
        assertThat(patient.getIdentifier().subList(1, patient.getIdentifier().size()))
                .allMatch(old -> old.getUse() == Identifier.IdentifierUse.OLD);

        assertThat(patient.getName()).singleElement().satisfies(name -> {
            assertThat(name.getUse()).isEqualTo(HumanName.NameUse.OFFICIAL);
            assertThat(name.getFamily()).isEqualTo(ins.traits().birthName().value());
        });
        assertThat(patient.hasGender()).isTrue();
        assertThat(patient.hasBirthDateElement()).isTrue();
        Extension place = patient.getExtensionByUrl(FrCore.BIRTH_PLACE_EXTENSION);
        assertThat(place).isNotNull();
        assertThat(place.getValue().getExtension()).singleElement()
                .satisfies(insee -> assertThat(insee.getUrl()).isEqualTo(FrCore.ADDRESS_INSEE_CODE_EXTENSION));
        Extension reliability = patient.getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).get(0);
        assertThat(reliability.getExtensionByUrl(FrCore.IDENTITY_STATUS).getValue())
                .hasFieldOrPropertyWithValue("system", FrCore.V2_0445_SYSTEM)
                .hasFieldOrPropertyWithValue("code", "VALI");   // 2.2.0: VALI + the INS identifier
    }

    @Property(tries = 200)
    void TRT_2_given_is_the_first_birth_first_name_and_the_extension_the_whole_list(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        HumanName name = FhirRecords.published(Disclosure.decide(record, purpose)).getNameFirstRep();
        assertThat(name.getGiven()).singleElement()
                .satisfies(given -> assertThat(given.getValue()).isEqualTo(record.traits().firstNames().first()));
        assertThat(name.getExtensionByUrl(FrCore.BIRTH_LIST_GIVEN_NAME_EXTENSION).getValue())
                .hasToString(record.traits().firstNames().value());
    }

    @Property(tries = 300)
    void TRT_3_an_uncertain_birth_date_is_written_with_its_known_parts_only(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        BirthDate date = record.traits().birthDate();
        String written = FhirRecords.published(Disclosure.decide(record, purpose)).getBirthDateElement().getValueAsString();
        if (date.isExact()) {
            assertThat(written).isEqualTo(date.value());
        } else if (date.month().isPresent()) {
            assertThat(written).isEqualTo(date.value().substring(0, 7));
        } else {
            assertThat(written).isEqualTo(String.valueOf(date.year()));
        }
    }

    @Property(tries = 200)
    void MAT_1_a_matricule_whose_key_is_wrong_is_refused_without_being_repeated(
            @ForAll("qualified") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        Patient patient = FhirRecords.continuous(Disclosure.decide(record, purpose));
        String value = patient.getIdentifier().get(0).getValue();
        int key = Integer.parseInt(value.substring(13));
        patient.getIdentifier().get(0).setValue(value.substring(0, 13) + String.format("%02d", key % 97 + 1));

        ClaimedIdentity read = InsPatientReader.read(patient, CLOCK);
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.traits()).isPresent();   // the Patient is read, its INS is not kept
        Refusal refusal = read.refusal(Refusal.Part.INS).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(ExchangeException.Reason.INVALID_MATRICULE);
        assertThat(refusal.message()).contains("identifier[0]").contains("KEY_MISMATCH")
                .doesNotContain(value.substring(0, 13));
        assertThat(read.toString()).doesNotContain(value.substring(0, 13));
    }

    /** The traits as FHIR carries them: an uncertain birth date keeps its year, and its month if known. */
    private static Traits asFhirCarriesThem(Traits traits) {
        BirthDate date = traits.birthDate();
        String strict = date.isExact() ? date.value()
                : date.month().isPresent() ? date.value().substring(0, 8) + "00"
                : String.format("%04d-00-00", date.year());
        return new Traits(traits.birthName(), traits.firstNames(), BirthDate.parse(strict, CLOCK), traits.sex(),
                traits.birthPlace());
    }

    /** Every matricule the record's INSi identity holds: active and earlier. */
    private static List<String> matricules(IdentityRecord record) {
        List<String> all = new ArrayList<>();
        record.events().forEach(e -> {
            if (e.event() instanceof io.github.ins4j.qualification.IdentityEvent.InsiAnswer answer) {
                answer.identity().ifPresent(ins -> {
                    all.add(ins.identifier().matricule().value());
                    ins.history().stream().map(EarlierIdentifier::identifier)
                            .forEach(h -> all.add(h.matricule().value()));
                });
            }
            if (e.event() instanceof io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead read) {
                all.add(read.identity().identifier().matricule().value());
            }
        });
        return all;
    }

    @Property(tries = 100)
    void QUA_4_the_validation_mode_is_the_document_that_gave_the_checked_fact(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        ClaimedIdentity read = InsPatientReader.read(FhirRecords.continuous(Disclosure.decide(record, purpose)), CLOCK);
        if (!record.isChecked()) {
            assertThat(read.validationMode()).isEmpty();
        } else if (record.status() == IdentityStatus.QUALIFIED && record.events().size() == 2) {
            assertThat(read.validationMode()).contains(IdentityDocument.CARTE_VITALE_APP);
        } else {
            assertThat(read.validationMode().orElseThrow().trust()).isNotEqualTo(IdentityDocument.Trust.LOW);
        }
    }
}
