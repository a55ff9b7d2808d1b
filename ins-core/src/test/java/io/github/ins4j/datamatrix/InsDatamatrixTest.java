package io.github.ins4j.datamatrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.datamatrix.DatamatrixException.Reason;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of DMX-1 … DMX-5. */
class InsDatamatrixTest {

    private static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
    private static final String GS = "\u001D";

    private static IdentityRecord qualified(String matricule, String oid, Traits traits) {
        InsIdentity ins = InsIdentity.of(InsIdentifier.parse(matricule, oid), traits);
        IdentityRecord record = QUALIFIER.start(traits, "op");
        record = QUALIFIER.apply(record, InsiAnswer.found(ins), "op");
        return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "op");
    }

    private static final IdentityRecord GARCIA = qualified("289046912312018", "1.2.250.1.213.1.4.10",
            Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));

    private static DatamatrixException rejection(String payload) {
        return catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.read(payload));
    }

    // ------------------------------------------------------------------------------ the spec's example

    @Test
    void DMX_2_the_worked_example_of_the_spec_is_read_by_the_layout_only_reader() {
        DatamatrixLayout layout = InsDatamatrix.readLayout(Payloads.SPEC_EXAMPLE);
        assertThat(layout.fields()).containsExactly(
                Map.entry(DatamatrixField.S1, "123549685274612"),
                Map.entry(DatamatrixField.S2, "25978456325481569525"),
                Map.entry(DatamatrixField.S3, "TEST1 TEST2 TEST"),
                Map.entry(DatamatrixField.S4, "DATAMATRIXTEST"),
                Map.entry(DatamatrixField.S5, "M"),
                Map.entry(DatamatrixField.S6, "31-08-2021"),
                Map.entry(DatamatrixField.S7, "17000"));
        assertThat(layout.toString()).isEqualTo("DatamatrixLayout[S1: 15 characters, S2: 20 characters,"
                + " S3: 16 characters, S4: 14 characters, S5: 1 character, S6: 10 characters,"
                + " S7: 5 characters]");
    }

    @Test
    void DMX_4_the_worked_example_of_the_spec_is_rejected_by_the_strict_reader() {
        DatamatrixException e = rejection(Payloads.SPEC_EXAMPLE);
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.field()).contains(DatamatrixField.S1);
        assertThat(e.getCause()).isInstanceOf(InvalidMatriculeException.class);
        assertThat(e.getMessage()).doesNotContain("1235496852746").doesNotContain("DATAMATRIXTEST");
    }

    @Test
    void DMX_4_the_worked_example_with_a_valid_matricule_is_refused_for_its_oid() {
        String example = Payloads.SPEC_EXAMPLE.replace("123549685274612", "289046912312018");
        DatamatrixException e = rejection(example);
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.field()).contains(DatamatrixField.S2);
        assertThat(e.getCause()).isInstanceOf(InvalidOidException.class);
        assertThat(e.errorIndex()).isEqualTo(example.indexOf("S2") + 2);
    }

    // ------------------------------------------------------------------------------ writing

    @Test
    void DMX_1_DMX_2_DMX_3_the_payload_of_a_test_identity() {
        // The OID ...4.10 has 20 characters, its maximum: no GS after it (DMX-3).
        assertThat(InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT))).isEqualTo("IS010000000000000000000000"
                + "S1289046912312018S21.2.250.1.213.1.4.10S3SARAH-LOU MARIE" + GS + "S4GARCIA" + GS
                + "S5FS612-04-1989S769123");
    }

    @Test
    void DMX_3_an_oid_of_19_characters_is_followed_by_a_gs() {
        IdentityRecord nir = qualified("184067505614435", "1.2.250.1.213.1.4.8",
                Traits.parse("MARTIN--DURAND", "PAUL", "1984-06-01", "M", "75056"));
        assertThat(InsDatamatrix.write(Disclosure.decide(nir, DocumentPurpose.CARE_DOCUMENT))).isEqualTo("IS010000000000000000000000"
                + "S1184067505614435S21.2.250.1.213.1.4.8" + GS + "S3PAUL" + GS + "S4MARTIN--DURAND" + GS
                + "S5MS601-06-1984S775056");
    }

    @Test
    void DMX_3_names_at_their_maximum_length_have_no_gs() {
        String hundred = "A".repeat(49) + " " + "B".repeat(50);
        IdentityRecord record = qualified("184067505614435", "1.2.250.1.213.1.4.8",
                Traits.parse(hundred, hundred, "1984-06-01", "M", "75056"));
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(payload).isEqualTo("IS010000000000000000000000S1184067505614435"
                + "S21.2.250.1.213.1.4.8" + GS + "S3" + hundred + "S4" + hundred + "S5MS601-06-1984S775056");
        assertThat(InsDatamatrix.read(payload)).isEqualTo(record.insIdentity().orElseThrow());
        // A GS after a field at its maximum is refused.
        String extra = payload.replace("S4" + hundred, "S4" + hundred + GS);
        DatamatrixException e = rejection(extra);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.field()).contains(DatamatrixField.S4);
        assertThat(e.errorIndex()).isEqualTo(payload.indexOf("S5"));
    }

    @Test
    void DMX_2_lunar_dates_keep_their_unknown_parts() {
        for (String[] date : new String[][] {
                {"1960-00-00", "00-00-1960"}, {"1960-07-00", "00-07-1960"}, {"1960-00-15", "15-00-1960"}}) {
            IdentityRecord record = qualified("160077505614463", "1.2.250.1.213.1.4.8",
                    Traits.parse("DUPONT", "JEAN", date[0], "M", "75056"));
            String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
            assertThat(payload).contains("S6" + date[1] + "S7");
            InsIdentity read = InsDatamatrix.read(payload);
            assertThat(read).isEqualTo(record.insIdentity().orElseThrow());
            assertThat(read.traits().birthDate().isExact()).isFalse();
            assertThat(read.traits().birthDate().value()).isEqualTo(date[0]);
        }
    }

    @Test
    void DMX_2_an_unknown_birth_place_is_left_out_and_read_back_as_unknown() {
        IdentityRecord record = qualified("289046912312018", "1.2.250.1.213.1.4.10",
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "99999"));
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(payload).endsWith("S5FS612-04-1989").doesNotContain("S7");
        assertThat(InsDatamatrix.read(payload)).isEqualTo(record.insIdentity().orElseThrow());
        assertThat(InsDatamatrix.read(payload + "S799999")).isEqualTo(record.insIdentity().orElseThrow());
    }

    @Test
    void DMX_2_a_birth_place_abroad_is_written() {
        IdentityRecord record = qualified("101219935203168", "1.2.250.1.213.1.4.8",
                Traits.parse("BENALI", "KARIM", "2001-00-00", "M", "99352"));
        assertThat(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT))).endsWith("S600-00-2001S799352");
    }

    // ------------------------------------------------------------------------------ DMX-4 reading

    @Test
    void DMX_4_a_corsican_matricule_is_read_in_upper_case_only() {
        IdentityRecord corsican = qualified("289042A00412088", "1.2.250.1.213.1.4.8",
                Traits.parse("SANTONI", "MARIE", "1989-04-01", "F", "2A004"));
        String payload = InsDatamatrix.write(Disclosure.decide(corsican, DocumentPurpose.CARE_DOCUMENT));
        assertThat(InsDatamatrix.read(payload)).isEqualTo(corsican.insIdentity().orElseThrow());
        DatamatrixException e = rejection(payload.replace("S1289042A00412088", "S1289042a00412088"));
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.field()).contains(DatamatrixField.S1);
        assertThat(e.errorIndex()).isEqualTo(28 + 6);
    }

    @Test
    void DMX_4_fields_in_another_order() {
        InsIdentity expected = GARCIA.insIdentity().orElseThrow();
        List<String> orders = List.of(
                "S769123S612-04-1989S5FS4GARCIA" + GS + "S3SARAH-LOU MARIE" + GS + "S21.2.250.1.213.1.4.10S1289046912312018",
                "S5FS21.2.250.1.213.1.4.10S1289046912312018S4GARCIA" + GS + "S769123S612-04-1989S3SARAH-LOU MARIE",
                "S3SARAH-LOU MARIE" + GS + "S769123S1289046912312018S4GARCIA" + GS + "S21.2.250.1.213.1.4.10S5FS612-04-1989");
        for (String fields : orders) {
            assertThat(InsDatamatrix.read(InsDatamatrix.HEADER + fields)).isEqualTo(expected);
        }
    }

    @Test
    void DMX_4_the_refusals_name_the_reason_the_field_and_the_index() {
        String ok = InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        Object[][] cases = {
                {"", Reason.BAD_HEADER, null, -1},
                {"IS02" + ok.substring(4), Reason.BAD_HEADER, null, 3},
                {"DC04" + ok.substring(4), Reason.BAD_HEADER, null, 0},
                {ok.substring(0, 20), Reason.BAD_HEADER, null, -1},
                {InsDatamatrix.HEADER, Reason.MISSING_FIELD, DatamatrixField.S1, -1},
                {ok + "S", Reason.UNKNOWN_TAG, null, ok.length()},
                {ok + "S8ABC", Reason.UNKNOWN_TAG, null, ok.length()},
                {ok + "S5F", Reason.REPEATED_TAG, DatamatrixField.S5, ok.length()},
                {ok.replace("S5F", ""), Reason.MISSING_FIELD, DatamatrixField.S5, -1},
                {ok.replace("S5F", "S5"), Reason.WRONG_LENGTH, DatamatrixField.S5, ok.indexOf("S5F") + 2},
                {ok.replace("S612-04-1989", "S612-04-89"), Reason.WRONG_LENGTH, DatamatrixField.S6, ok.indexOf("S7") - 2},
                {ok.replace("S769123", "S76912"), Reason.WRONG_LENGTH, DatamatrixField.S7, ok.length() - 1},
                {ok.replace("GARCIA" + GS, GS), Reason.WRONG_LENGTH, DatamatrixField.S4, ok.indexOf("S4") + 2},
                {ok.replace("GARCIA" + GS, "GARCIA"), Reason.BAD_SEPARATOR, DatamatrixField.S4, ok.indexOf("S5") - 1},
                {ok.replace("S5F", "S5F" + GS), Reason.BAD_SEPARATOR, DatamatrixField.S5, ok.indexOf("S6") },
                {ok + GS, Reason.BAD_SEPARATOR, DatamatrixField.S7, ok.length()},
                {ok.replace("GARCIA", "GARCIa"), Reason.BAD_VALUE, DatamatrixField.S4, ok.indexOf("S4") + 7},
                {ok.replace("S5F", "S5X"), Reason.BAD_VALUE, DatamatrixField.S5, ok.indexOf("S5") + 2},
                {ok.replace("12-04-1989", "1989-04-12"), Reason.BAD_VALUE, DatamatrixField.S6, ok.indexOf("S6") + 4},
                {ok.replace("12-04-1989", "30-02-1989"), Reason.BAD_VALUE, DatamatrixField.S6, ok.indexOf("S6") + 2},
                {ok.replace("S769123", "S700123"), Reason.BAD_VALUE, DatamatrixField.S7, ok.indexOf("S7") + 2},
                {ok.replace("289046912312018", "289046912312019"), Reason.BAD_VALUE, DatamatrixField.S1, 28 + 13},
                // One line ending at the end is a keyboard wedge's and is accepted; a second one is not.
                {ok + "\r\n\r\n", Reason.UNKNOWN_TAG, null, ok.length()},
                {ok + "\n\r", Reason.UNKNOWN_TAG, null, ok.length()},
                {" " + ok, Reason.BAD_HEADER, null, 0},
        };
        for (Object[] c : cases) {
            String payload = (String) c[0];
            DatamatrixException e = rejection(payload);
            assertThat(e).as("payload %s", payload.replace(GS, "<GS>")).isNotNull();
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isEqualTo(c[1]);
            assertThat(e.field().orElse(null)).as("field of %s", e.getMessage()).isEqualTo(c[2]);
            assertThat(e.errorIndex()).as("index of %s", e.getMessage()).isEqualTo(c[3]);
            assertThat(e.getMessage()).doesNotContain("2890469123120").doesNotContain("GARCIA")
                    .doesNotContain("SARAH").doesNotContain("1989");
        }
    }

    @Test
    void DMX_4_messages_say_what_was_expected() {
        String ok = InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        String h = "Invalid INS Datamatrix (";
        String[][] cases = {
                {"JS01" + ok.substring(4), h + "BAD_HEADER, at index 0): an INS Datamatrix starts with IS (DMX-1);"
                        + " this is another kind of code"},
                {"IT01" + ok.substring(4), h + "BAD_HEADER, at index 1): an INS Datamatrix starts with IS (DMX-1);"
                        + " this is another kind of code"},
                {"IS11" + ok.substring(4), h + "BAD_HEADER, at index 2): the format version is not 01, the only"
                        + " one this reader knows (DMX-1)"},
                {"IS011" + ok.substring(5), h + "BAD_HEADER, at index 4): the header ends with 22 zeros (DMX-1)"},
                {"IS0100", h + "BAD_HEADER): the text ends after 6 characters, inside the header of 26 (DMX-1)"},
                {ok.replace("S612-04-1989", "S612-04-89"), h + "WRONG_LENGTH, field S6, at index "
                        + (ok.indexOf("S7") - 2) + "): the tag S7 comes after 8 characters of the birth date (S6);"
                        + " it has exactly 10 (DMX-2)"},
                {ok.replace("S5F", "S5" + GS), h + "WRONG_LENGTH, field S5, at index " + (ok.indexOf("S5") + 2)
                        + "): a GS comes after 0 characters of the sex (S5); it has exactly 1 (DMX-2)"},
                {ok.replace("S769123", "S76"), h + "WRONG_LENGTH, field S7, at index " + (ok.indexOf("S7") + 3)
                        + "): the text ends after 1 character of the birth place code (S7); it has exactly 5 (DMX-2)"},
                {ok.replace("GARCIA" + GS, "GARCIA"), h + "BAD_SEPARATOR, field S4, at index " + (ok.indexOf("S5") - 1)
                        + "): the birth name (S4) is not ended by a GS, so the tag S5 was read into it;"
                        + " a variable-length field shorter than its maximum is ended by a GS when another field"
                        + " follows (DMX-3)"},
                {ok.replace("S21.2.250.1.213.1.4.10", "S21" + GS), h + "WRONG_LENGTH, field S2, at index "
                        + (ok.indexOf("S2") + 2) + "): the OID (S2) has 1 character; it has 19 to 20 (DMX-2)"},
                {ok.replace("GARCIA" + GS, GS), h + "WRONG_LENGTH, field S4, at index " + (ok.indexOf("S4") + 2)
                        + "): the birth name (S4) has 0 characters; it has 1 to 100 (DMX-2)"},
                {ok + GS, h + "BAD_SEPARATOR, field S7, at index " + ok.length() + "): a GS after the birth place"
                        + " code (S7); DMX-3 puts none after a fixed-length field, a field at its maximum length or"
                        + " another GS"},
                {ok.replace("S612-04-1989", "S612/04-1989"), h + "BAD_VALUE, field S6, at index "
                        + (ok.indexOf("S6") + 4) + "): the birth date is refused: expected DD-MM-YYYY, a hyphen at"
                        + " position 3 of the date"},
                {ok.replace("S612-04-1989", "S61A-04-1989"), h + "BAD_VALUE, field S6, at index "
                        + (ok.indexOf("S6") + 3) + "): the birth date is refused: expected DD-MM-YYYY, an ASCII"
                        + " digit at position 2 of the date"},
                {ok + "S3X", h + "REPEATED_TAG, field S3, at index " + ok.length() + "): the tag S3 (birth first"
                        + " names) appears twice; each field is written once"},
                {ok.replace("S5F", ""), h + "MISSING_FIELD, field S5): the sex (S5) is missing; S1 to S6 are"
                        + " mandatory (DMX-2)"},
                {ok + "X", h + "UNKNOWN_TAG, at index " + ok.length() + "): the text ends with one character where"
                        + " a two-character tag (S1 to S7) is expected"},
                {ok + "S9", h + "UNKNOWN_TAG, at index " + ok.length() + "): expected a tag S1 to S7 at index "
                        + ok.length() + ", after the birth place code (S7)"},
                {InsDatamatrix.HEADER + "XX", h + "UNKNOWN_TAG, at index 26): expected a tag S1 to S7 at index 26"},
                {InsDatamatrix.HEADER + "S1289046912312018S21.2.250.1.213.1.4.10S3SARAH-LOU MARIE" + GS
                        + "S5FS612-04-1989S769123S4GARCIA" + GS, h + "BAD_SEPARATOR, field S4, at index 113): a GS"
                        + " after the birth name (S4), the last field; DMX-3 puts none after the last field"},
        };
        for (String[] c : cases) {
            assertThat(rejection(c[0]).getMessage()).isEqualTo(c[1]);
        }
        String hundred = "A".repeat(100);
        IdentityRecord longName = qualified("184067505614435", "1.2.250.1.213.1.4.8",
                Traits.parse(hundred, "PAUL", "1984-06-01", "M", "75056"));
        String payload = InsDatamatrix.write(Disclosure.decide(longName, DocumentPurpose.CARE_DOCUMENT));
        assertThat(rejection(payload.replace(hundred, hundred + GS)).getMessage()).isEqualTo(h + "BAD_SEPARATOR,"
                + " field S4, at index " + (payload.indexOf("S5")) + "): a GS after the birth name (S4), which is at"
                + " its maximum length of 100; DMX-3 puts none there");
    }

    @Test
    void the_layout_is_a_value_masked_in_its_string_form() {
        String ok = InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        String reordered = InsDatamatrix.HEADER + "S5FS1289046912312018S21.2.250.1.213.1.4.10S3SARAH-LOU MARIE"
                + GS + "S4GARCIA" + GS + "S612-04-1989S769123";
        DatamatrixLayout layout = InsDatamatrix.readLayout(ok);
        assertThat(layout).isEqualTo(InsDatamatrix.readLayout(ok)).hasSameHashCodeAs(InsDatamatrix.readLayout(ok))
                .isNotEqualTo(InsDatamatrix.readLayout(reordered))
                .isNotEqualTo(InsDatamatrix.readLayout(ok.replace("S5F", "S5M")))
                .isNotEqualTo(ok);
        assertThat(InsDatamatrix.readLayout(reordered).fields()).isEqualTo(layout.fields());
        assertThat(layout.toString()).doesNotContain("GARCIA").doesNotContain("2890469123120")
                .contains("S4: 6 characters").contains("S5: 1 character,");
        assertThat(layout.value(DatamatrixField.S7)).contains("69123");
    }

    @Test
    void DMX_4_a_refused_value_keeps_the_reason_of_its_ins_type() {
        String ok = InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        DatamatrixException e = rejection(ok.replace("SARAH-LOU", "SARAH--LOU"));
        assertThat(e.getCause()).isInstanceOfSatisfying(InvalidTraitException.class,
                t -> assertThat(t.reason()).isEqualTo(InvalidTraitException.Reason.BAD_SEPARATOR));
        assertThat(e.getMessage()).startsWith("Invalid INS Datamatrix (BAD_VALUE, field S3, at index ")
                .contains("birth first names");
    }

    @Test
    void DMX_4_the_birth_date_is_checked_against_the_given_clock() {
        String ok = InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        Clock before = Clock.fixed(Instant.parse("1989-04-11T12:00:00Z"), ZoneOffset.UTC);
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.read(ok, before));
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(((InvalidTraitException) e.getCause()).reason()).isEqualTo(InvalidTraitException.Reason.FUTURE_DATE);
    }

    @Test
    void null_is_refused_with_its_reason() {
        assertThat(rejection(null).reason()).isEqualTo(Reason.NULL);
        assertThatThrownBy(() -> InsDatamatrix.readLayout(null)).isInstanceOf(DatamatrixException.class);
        assertThatThrownBy(() -> InsDatamatrix.write(Disclosure.decide((IdentityRecord) null, DocumentPurpose.CARE_DOCUMENT))).isInstanceOf(NullPointerException.class);
    }

    // ------------------------------------------------------------------------------ DMX-5

    @Test
    void DMX_5_a_provisional_identity_has_no_datamatrix() {
        IdentityRecord provisional = QUALIFIER.start(GARCIA.traits(), "op");
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.write(Disclosure.decide(provisional, DocumentPurpose.CARE_DOCUMENT)));
        assertThat(e.reason()).isEqualTo(Reason.NOT_QUALIFIED);
        assertThat(e.getMessage()).isEqualTo("INS Datamatrix refused (NOT_QUALIFIED): the identity is PROVISIONAL;"
                + " only a qualified identity's document carries the INS Datamatrix (DMX-5)");
    }

    @Test
    void DMX_5_only_documents_that_may_carry_the_ins_get_it() {
        for (DocumentPurpose care : List.of(DocumentPurpose.CARE_DOCUMENT, DocumentPurpose.PATIENT_DOCUMENT,
                DocumentPurpose.SHARED_RECORD, DocumentPurpose.MSSANTE_TO_PROFESSIONAL, DocumentPurpose.MSSANTE_TO_PATIENT)) {
            assertThat(InsDatamatrix.read(InsDatamatrix.write(Disclosure.decide(GARCIA, care))))
                    .isEqualTo(GARCIA.insIdentity().orElseThrow());
        }
        for (DocumentPurpose purpose : List.of(DocumentPurpose.BILLING, DocumentPurpose.MANDATORY_INSURER,
                DocumentPurpose.COMPLEMENTARY_INSURER, DocumentPurpose.RESEARCH)) {
            DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.write(Disclosure.decide(GARCIA, purpose)));
            assertThat(e.reason()).isEqualTo(Reason.INS_NOT_DISCLOSED);
        }
        IdentityRecord provisional = QUALIFIER.start(GARCIA.traits(), "op");
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.write(Disclosure.decide(provisional, DocumentPurpose.CARE_DOCUMENT)));
        assertThat(e.reason()).isEqualTo(Reason.NOT_QUALIFIED);
    }

    // ------------------------------------------------------------------------------ the field table

    @Test
    void DMX_2_the_field_table() {
        assertThat(DatamatrixField.values()).extracting(DatamatrixField::tag)
                .containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7");
        assertThat(DatamatrixField.values()).extracting(DatamatrixField::minLength)
                .containsExactly(15, 19, 1, 1, 1, 10, 5);
        assertThat(DatamatrixField.values()).extracting(DatamatrixField::maxLength)
                .containsExactly(15, 20, 100, 100, 1, 10, 5);
        assertThat(DatamatrixField.values()).filteredOn(f -> !f.isMandatory()).containsExactly(DatamatrixField.S7);
        assertThat(DatamatrixField.values()).filteredOn(f -> !f.isFixedLength())
                .containsExactly(DatamatrixField.S2, DatamatrixField.S3, DatamatrixField.S4);
        assertThat(InsDatamatrix.HEADER).hasSize(26).isEqualTo("IS01" + "0".repeat(22));
    }
}
