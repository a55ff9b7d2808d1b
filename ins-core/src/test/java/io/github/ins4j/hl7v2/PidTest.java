package io.github.ins4j.hl7v2;

import io.github.ins4j.disclosure.Disclosure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DisclosureException;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Examples with a fixed test identity (GARCIA, OID INS-NIR-TEST), sample messages and hostile fields. */
class PidTest {

    static final String MATRICULE = "289046912312018";
    static final Traits GARCIA = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
    static final InsIdentity GARCIA_INS = InsIdentity.of(InsIdentifier.parse(MATRICULE, "1.2.250.1.213.1.4.10"), GARCIA);

    static final String PID3 = "289046912312018^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS";
    static final String PID5 = "GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L";
    static final String PID11 = "^^^^^^BDL^^69123";
    static final String SEGMENT = "PID|||" + PID3 + "||" + PID5 + "||19890412|F|||" + PID11;

    static IdentityRecord qualified(InsIdentity ins) {
        IdentityRecord record = Records.QUALIFIER.start(ins.traits(), "desk");
        record = Records.QUALIFIER.apply(record, InsiAnswer.found(ins), "desk");
        return Records.QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "desk");
    }

    // ---------------------------------------------------------------------------------------------
    // Writing, through the disclosure rules

    @Test
    void DIS_1_DIS_4_a_qualified_identity_on_a_care_document_gets_the_ins_and_the_five_traits() {
        PidFields fields = PidWriter.write(Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.CARE_DOCUMENT));
        assertThat(fields).isEqualTo(new PidFields(PID3, PID5, "19890412", "F", PID11));
        assertThat(fields.segment()).isEqualTo(SEGMENT);
        assertThat(fields).hasToString(
                "PidFields[PID-3 set, PID-5 set, PID-7 set, PID-8 set, PID-11 set, masked]");
    }

    @Test
    void DIS_1_the_garcia_segment_reads_back_into_the_same_identity() {
        PidPatient patient = PidReader.read(PidFields.parse(SEGMENT + "\r"));
        assertThat(patient.insIdentity()).contains(GARCIA_INS);
        assertThat(patient.traits()).isEqualTo(GARCIA);
        assertThat(patient.toString()).doesNotContain("GARCIA").doesNotContain("2890469123120")
                .startsWith("PidPatient[InsIdentity[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST], Traits[");
    }

    @Test
    void DIS_2_a_non_qualified_identity_gets_an_empty_pid_3_and_the_traits() {
        IdentityRecord retrieved = Records.QUALIFIER.apply(Records.QUALIFIER.start(GARCIA, "desk"),
                InsiAnswer.found(GARCIA_INS), "desk");
        PidFields fields = PidWriter.write(Disclosure.decide(retrieved, DocumentPurpose.MSSANTE_TO_PROFESSIONAL));
        assertThat(fields).isEqualTo(new PidFields("", PID5, "19890412", "F", PID11));
        PidPatient patient = PidReader.read(fields);
        assertThat(patient.insIdentity()).isEmpty();
        assertThat(patient.traits()).isEqualTo(GARCIA);
        assertThat(patient).hasToString("PidPatient[no INS, " + GARCIA + "]");
        assertThat(fields).hasToString("PidFields[PID-3 empty, PID-5 set, PID-7 set, PID-8 set, PID-11 set, masked]");
    }

    @ParameterizedTest
    @CsvSource({"NIR, ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO", "NIA, ASIP-SANTE-INS-NIA&1.2.250.1.213.1.4.9&ISO",
        "NIR_TEST, ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO", "NIR_DEMO, ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.11&ISO"})
    void every_ins_oid_has_its_assigning_authority(InsOid oid, String authority) {
        InsIdentity ins = InsIdentity.of(InsIdentifier.of(GARCIA_INS.identifier().matricule(), oid), GARCIA);
        PidFields fields = PidWriter.write(Disclosure.decide(qualified(ins), DocumentPurpose.SHARED_RECORD));
        assertThat(fields.pid3()).isEqualTo(MATRICULE + "^^^" + authority + "^INS");
        assertThat(PidReader.read(fields).insIdentity()).contains(ins);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentPurpose.class, names = {"BILLING", "MANDATORY_INSURER", "COMPLEMENTARY_INSURER"})
    void DIS_3_billing_and_insurer_documents_get_the_traits_never_the_ins(DocumentPurpose purpose) {
        String written = PidWriter.write(Disclosure.decide(qualified(GARCIA_INS), purpose)).segment();
        assertThat(written).doesNotContain("2890469123120").doesNotContain("1.2.250.1.213.1.4.10").contains("GARCIA");
    }

    @Test
    void research_gets_nothing_identifying() {
        assertThatThrownBy(() -> PidWriter.write(Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.RESEARCH)))
                .isInstanceOfSatisfying(Hl7v2Exception.class, e -> {
                    assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.NOTHING_IDENTIFYING);
                    assertThat(e.getMessage()).contains("research").doesNotContain("2890469123120");
                });
    }

    @Test
    void DIS_6_a_missing_purpose_is_refused_not_defaulted() {
        assertThatThrownBy(() -> PidWriter.write(Disclosure.decide(qualified(GARCIA_INS), null))).isInstanceOf(DisclosureException.class);
    }

    @ParameterizedTest
    @CsvSource({"1960-00-00, 19601231", "1960-07-00, 19600701", "1960-00-15, 19600115"})
    void TRT_3_an_uncertain_date_is_written_as_its_conventional_date(String lunar, String pid7) {
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", lunar, "F", "69123");
        PidFields fields = PidWriter.write(Disclosure.decide(Records.QUALIFIER.start(traits, "desk"), DocumentPurpose.CARE_DOCUMENT));
        assertThat(fields.pid7()).isEqualTo(pid7);
        assertThat(PidReader.read(fields).traits().birthDate().conventionalDate())
                .isEqualTo(traits.birthDate().conventionalDate());
    }

    @Test
    void DIS_4_a_read_ins_has_the_traits_read() {
        Traits other = Traits.parse("GARCIA", "SARAH", "1989-04-12", "F", "69123");
        assertThatThrownBy(() -> new PidPatient(Optional.of(GARCIA_INS), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DIS-4");
    }

    // ---------------------------------------------------------------------------------------------
    // Reading messages as they come

    @Test
    void a_pam_fr_like_segment_with_other_repetitions_is_read() {
        String segment = "PID|1||IPP123^^^HOPITAL&1.2.250.1.71.4.2.2.999&ISO^PI"
                + "~1121717802492545833548^^^ASIP-SANTE-INS-C&1.2.250.1.213.1.4.2&ISO^INS-C^^20170215~" + PID3
                + "||" + PID5 + "~DUPONT^SARAH^^^^^D||19890412000000|F|||12 RUE DES LILAS^^LYON^^69003^FRA^H~"
                + PID11 + "||||||||||||||||||||N||VALI\r";
        PidPatient patient = PidReader.read(PidFields.parse(segment));
        assertThat(patient.insIdentity()).contains(GARCIA_INS);
    }

    @ParameterizedTest
    @CsvSource({"1960, 1960-00-00, false", "196007, 1960-07-00, false", "19600000, 1960-00-00, false",
        "19890412, 1989-04-12, true", "198904120830+0100, 1989-04-12, true"})
    void TRT_3_pid_7_of_every_precision_is_read(String pid7, String strict, boolean exact) {
        BirthDate date = PidReader.read(new PidFields(PID3, PID5, pid7, "F", PID11)).traits().birthDate();
        assertThat(date.value()).isEqualTo(strict);
        assertThat(date.isExact()).isEqualTo(exact);
    }

    // ---------------------------------------------------------------------------------------------
    // PID-3

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        MATRICULE + "^^^ASIP-SANTE-INS-C&1.2.250.1.213.1.4.2&ISO^INS",
        MATRICULE + "^^^NSS&1.2.250.1.213.1.4.13&ISO^INS",
        MATRICULE + "^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.12&ISO^INS",
        MATRICULE + "^^^ASIP-SANTE-INS-NIR^INS",
        MATRICULE + "^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&L^INS",
    })
    void an_ins_repetition_without_an_ins_oid_is_refused(String pid3) {
        assertRefused(() -> PidReader.read(new PidFields(pid3, PID5, "19890412", "F", PID11)),
                Hl7v2Exception.Reason.WRONG_OID);
    }

    @Test
    void the_oid_decides_not_the_namespace_nor_the_type_code() {
        PidPatient patient = PidReader.read(new PidFields(MATRICULE + "^^^WHATEVER&1.2.250.1.213.1.4.9&ISO^NH",
                PID5, "19890412", "F", PID11));
        assertThat(patient.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIA);
    }

    @Test
    void an_nss_repetition_is_not_the_ins() {
        PidPatient patient = PidReader.read(new PidFields(MATRICULE + "^^^NSS&1.2.250.1.213.1.4.13&ISO^NH",
                PID5, "19890412", "F", PID11));
        assertThat(patient.insIdentity()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"289046912312019", "28904691231201", "2 89 04 69 123 120 18", "2890469123120180"})
    void an_invalid_matricule_is_refused_without_being_shown(String matricule) {
        assertRefused(() -> PidReader.read(new PidFields(PID3.replace(MATRICULE, matricule), PID5, "19890412", "F", PID11)),
                Hl7v2Exception.Reason.INVALID_INS);
    }

    @Test
    void two_ins_repetitions_are_refused() {
        assertRefused(() -> PidReader.read(new PidFields(PID3 + "~" + PID3.replace(".10&", ".8&"), PID5, "19890412", "F",
                PID11)), Hl7v2Exception.Reason.TWO_INS_IDS);
    }

    // ---------------------------------------------------------------------------------------------
    // DIS-4: the five traits

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^D|19890412|F|" + PID11,
        "^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|" + PID11,
        "GARCIA^SARAH-LOU^^^^^L|19890412|F|" + PID11,
        PID5 + "|''|F|" + PID11,
        PID5 + "|19890412|''|" + PID11,
        PID5 + "|19890412|F|12 RUE DES LILAS^^LYON^^69003^FRA^H",
        PID5 + "|19890412|F|^^^^^^BDL",
    })
    void DIS_4_the_ins_never_comes_without_its_five_traits(String pid5, String pid7, String pid8, String pid11) {
        assertRefused(() -> PidReader.read(new PidFields(PID3, pid5, pid7, pid8, pid11)), Hl7v2Exception.Reason.MISSING_TRAIT);
        assertThatThrownBy(() -> PidReader.read(new PidFields(PID3, pid5, pid7, pid8, pid11))).hasMessageContaining("DIS-4");
        assertThatThrownBy(() -> PidReader.read(new PidFields("", pid5, pid7, pid8, pid11)))
                .isInstanceOfSatisfying(Hl7v2Exception.class, e -> {
                    assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.MISSING_TRAIT);
                    assertThat(e.getMessage()).doesNotContain("DIS-4");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        PID5 + "~" + PID5 + "|" + PID11,
        PID5 + "|" + PID11 + "~" + PID11,
    })
    void a_trait_given_twice_is_refused(String pid5, String pid11) {
        assertRefused(() -> PidReader.read(new PidFields(PID3, pid5, "19890412", "F", pid11)),
                Hl7v2Exception.Reason.DUPLICATE_TRAIT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Garcia^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|BIRTH_NAME",
        "GAR\\S\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|BIRTH_NAME",
        "GAR\\F\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|BIRTH_NAME",
        "GAR\\T\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|BIRTH_NAME",
        "GAR\\E\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L|19890412|F|BIRTH_NAME",
        "GARCIA^SARAH-LOU^SARAH-LOU\\R\\MARIE^^^^L|19890412|F|BIRTH_FIRST_NAMES",
        "GARCIA^SARAH-LOU^SARAH-LOU\\X0D\\MARIE^^^^L|19890412|F|BIRTH_FIRST_NAMES",
        PID5 + "|1989-04-12|F|BIRTH_DATE",
        PID5 + "|29890412|F|BIRTH_DATE",
        PID5 + "|19890412|U|SEX",
        PID5 + "|19890412|f|SEX",
    })
    void invalid_traits_are_refused_with_the_trait_named(String pid5, String pid7, String pid8, Trait trait) {
        assertThatThrownBy(() -> PidReader.read(new PidFields(PID3, pid5, pid7, pid8, PID11)))
                .isInstanceOfSatisfying(Hl7v2Exception.class, e -> {
                    assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.INVALID_TRAIT);
                    assertThat(e.getMessage()).contains(trait.label()).doesNotContain("GAR").doesNotContain("SARAH");
                    if (e.getCause() instanceof InvalidTraitException cause) {
                        assertThat(cause.trait()).isEqualTo(trait);
                    }
                });
    }

    @Test
    void an_invalid_birth_place_is_refused() {
        assertRefused(() -> PidReader.read(new PidFields(PID3, PID5, "19890412", "F", "^^^^^^BDL^^6912")),
                Hl7v2Exception.Reason.INVALID_TRAIT);
    }

    @Test
    void TRT_2_the_first_first_name_must_start_the_list() {
        assertRefused(() -> PidReader.read(new PidFields(PID3, "GARCIA^MARIE^SARAH-LOU MARIE^^^^L", "19890412", "F",
                PID11)), Hl7v2Exception.Reason.INCONSISTENT_FIRST_NAME);
        assertThat(PidReader.read(new PidFields(PID3, "GARCIA^^SARAH-LOU MARIE^^^^L", "19890412", "F", PID11))
                .traits()).isEqualTo(GARCIA);
    }

    // ---------------------------------------------------------------------------------------------
    // Malformed and oversized input

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GAR\\SCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\H\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\XE9\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X4\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GARCIA&VAN^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GARCIA^SARAH&LOU^SARAH-LOU MARIE^^^^L",
        "GARCIA^&SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X80\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3G\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3g\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3/\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3:\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3@\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X3`\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
        "GAR\\X\\CIA^SARAH-LOU^SARAH-LOU MARIE^^^^L",
    })
    void malformed_fields_are_refused(String pid5) {
        assertRefused(() -> PidReader.read(new PidFields(PID3, pid5, "19890412", "F", PID11)),
                Hl7v2Exception.Reason.MALFORMED_FIELD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MSH|^~\\&|APP", "PID", "''", "PID|||x\rPV1|1"})
    void what_is_not_one_pid_segment_is_refused(String segment) {
        assertRefused(() -> PidFields.parse(segment), Hl7v2Exception.Reason.MALFORMED_FIELD);
    }

    @ParameterizedTest
    @CsvSource({"3", "5", "7", "8", "11"})
    void huge_fields_are_refused(int field) {
        String huge = "~" + "A".repeat(PidReader.MAX_FIELD_LENGTH);
        assertRefused(() -> PidReader.read(new PidFields(PID3 + (field == 3 ? huge : ""), PID5 + (field == 5 ? huge : ""),
                "19890412" + (field == 7 ? huge : ""), "F" + (field == 8 ? huge : ""), PID11 + (field == 11 ? huge : ""))),
                Hl7v2Exception.Reason.TOO_LARGE);
    }

    @Test
    void fields_and_segments_up_to_the_limits_are_read() {
        String pid11 = PID11 + "~" + "A".repeat(PidReader.MAX_FIELD_LENGTH - PID11.length() - 1);
        assertThat(pid11).hasSize(PidReader.MAX_FIELD_LENGTH);
        assertThat(PidReader.read(new PidFields(PID3, PID5, "19890412", "F", pid11)).traits()).isEqualTo(GARCIA);

        String segment = SEGMENT + "|" + "A".repeat(PidFields.MAX_SEGMENT_LENGTH - SEGMENT.length() - 1);
        assertThat(segment).hasSize(PidFields.MAX_SEGMENT_LENGTH);
        assertThat(PidFields.parse(segment).pid11()).isEqualTo(PID11);
        assertRefused(() -> PidFields.parse(segment + "A"), Hl7v2Exception.Reason.TOO_LARGE);
    }

    @Test
    void a_short_segment_has_empty_fields() {
        assertThat(PidFields.parse("PID|||" + PID3 + "|")).isEqualTo(new PidFields(PID3, "", "", "", ""));
        assertThat(PidFields.parse("PID|||" + PID3 + "||" + PID5 + "||19890412|F|||" + PID11 + "\r\n").pid11())
                .isEqualTo(PID11);
    }

    // ---------------------------------------------------------------------------------------------
    // Escaping

    @Test
    void delimiters_are_escaped_and_unescaped() {
        assertThat(Hl7Escaping.escape("A|B^C~D\\E&F\rG\nH")).isEqualTo("A\\F\\B\\S\\C\\R\\D\\E\\E\\T\\F\\X0D\\G\\X0A\\H");
        assertThat(Hl7Escaping.unescape("A\\F\\B\\S\\C\\R\\D\\E\\E\\T\\F\\X0D\\G\\X0A\\H")).isEqualTo("A|B^C~D\\E&F\rG\nH");
        assertThat(Hl7Escaping.unescape("\\X4142\\")).isEqualTo("AB");
        assertThat(Hl7Escaping.unescape("\\X30\\\\X39\\\\X3a\\\\X3f\\\\X4A\\\\X4F\\\\X20\\\\X7F\\\\X00\\"))
                .isEqualTo("09:?JO \u007f\u0000");
        assertThatThrownBy(() -> Hl7Escaping.unescape("GAR\\H\\CIA")).hasMessageContaining("at index 3 (3 characters)");
        assertThat(Hl7Escaping.unescape("GARCIA")).isEqualTo("GARCIA");
    }

    private static void assertRefused(Supplier<Object> read, Hl7v2Exception.Reason reason) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(Hl7v2Exception.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).doesNotContain("2890469123120").doesNotContain("GARCIA")
                    .doesNotContain("SARAH").doesNotContain("19890412").doesNotContain("69123");
        });
    }
}
