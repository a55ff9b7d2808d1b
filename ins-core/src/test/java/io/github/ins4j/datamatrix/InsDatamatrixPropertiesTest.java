package io.github.ins4j.datamatrix;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.error.InsException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.datamatrix.DatamatrixException.Reason;
import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DMX-1 … DMX-5 over generated qualified identities, and every single damage to their payload. */
class InsDatamatrixPropertiesTest {

    @Provide
    Arbitrary<IdentityRecord> qualified() {
        return Payloads.qualified();
    }

    @Provide
    Arbitrary<IdentityRecord> qualifiedWithNamesOf100() {
        return Payloads.qualified(Payloads.traitsWithNamesOf100());
    }

    @Provide
    Arbitrary<IdentityRecord> notQualified() {
        return Combinators.combine(Identities.traits(),
                Arbitraries.of(Records.State.PROVISIONAL, Records.State.RETRIEVED, Records.State.VALIDATED,
                        Records.State.QUALIFIED_THEN_DOUBTFUL, Records.State.FICTITIOUS),
                Arbitraries.of(InsOid.class), Arbitraries.longs())
                .as(Records::record);
    }

    @Provide
    Arbitrary<DatamatrixField> mandatoryFields() {
        return Arbitraries.of(DatamatrixField.class).filter(DatamatrixField::isMandatory);
    }

    private static InsIdentity ins(IdentityRecord record) {
        return record.insIdentity().orElseThrow();
    }

    private static DatamatrixException rejection(String payload) {
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.read(payload));
        assertThat(e).as("the payload must be rejected").isNotNull();
        return e;
    }

    // ---------------------------------------------------------------------------------- DMX-2

    @Property
    void DMX_2_read_of_write_is_the_identity(@ForAll("qualified") IdentityRecord record) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(InsDatamatrix.read(payload)).isEqualTo(ins(record));
    }

    @Property
    void DMX_4_the_line_ending_a_keyboard_wedge_types_after_the_text_is_accepted(
            @ForAll("qualified") IdentityRecord record, @ForAll("lineEnds") String lineEnd,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 400) int elsewhere) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(InsDatamatrix.read(payload + lineEnd)).isEqualTo(ins(record));
        assertThat(InsDatamatrix.readLayout(payload + lineEnd)).isEqualTo(InsDatamatrix.readLayout(payload));
        // Anywhere else, or twice, a line ending is refused with a reason.
        int at = elsewhere % payload.length();
        String inside = payload.substring(0, at) + lineEnd + payload.substring(at);
        String twice = payload + lineEnd + lineEnd;
        for (String bad : new String[] {inside, twice}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> InsDatamatrix.read(bad)))
                    .isInstanceOf(DatamatrixException.class);
        }
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\r", "\n", "\r\n");
    }

    @Property(tries = 300)
    void DMX_2_read_of_write_is_the_identity_with_names_of_100_characters(
            @ForAll("qualifiedWithNamesOf100") IdentityRecord record) {
        Traits traits = ins(record).traits();
        assertThat(traits.birthName().value()).hasSize(100);
        assertThat(traits.firstNames().value()).hasSize(100);
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(InsDatamatrix.read(payload)).isEqualTo(ins(record));
        // DMX-3: names at their maximum length are followed by no GS.
        assertThat(payload).contains("S3" + traits.firstNames().value() + "S4" + traits.birthName().value() + "S5");
    }

    @Property
    void DMX_2_the_fields_are_written_in_order_with_their_values(@ForAll("qualified") IdentityRecord record) {
        InsIdentity ins = ins(record);
        Traits t = ins.traits();
        DatamatrixLayout layout = InsDatamatrix.readLayout(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        String date = t.birthDate().value(); // YYYY-MM-DD, 00 for unknown parts
        assertThat(layout.value(DatamatrixField.S1)).contains(ins.identifier().matricule().value());
        assertThat(layout.value(DatamatrixField.S2)).contains(ins.identifier().oid().oid());
        assertThat(layout.value(DatamatrixField.S3)).contains(t.firstNames().value());
        assertThat(layout.value(DatamatrixField.S4)).contains(t.birthName().value());
        assertThat(layout.value(DatamatrixField.S5)).contains(t.sex().code());
        assertThat(layout.value(DatamatrixField.S6))
                .contains(date.substring(8) + "-" + date.substring(5, 7) + "-" + date.substring(0, 4));
        if (t.birthPlace().isUnknown()) {
            assertThat(layout.value(DatamatrixField.S7)).isEmpty();
            assertThat(layout.order()).containsExactly(DatamatrixField.S1, DatamatrixField.S2,
                    DatamatrixField.S3, DatamatrixField.S4, DatamatrixField.S5, DatamatrixField.S6);
        } else {
            assertThat(layout.value(DatamatrixField.S7)).contains(t.birthPlace().value());
            assertThat(layout.order()).containsExactly(DatamatrixField.values());
        }
    }

    // ---------------------------------------------------------------------------------- DMX-1, DMX-3

    @Property
    void DMX_1_DMX_3_the_payload_is_the_header_and_the_fields_as_the_spec_assembles_them(
            @ForAll("qualified") IdentityRecord record) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(payload).startsWith("IS010000000000000000000000");
        assertThat(Payloads.assemble(Payloads.entries(payload))).isEqualTo(payload);
        // Every GS follows a variable-length value shorter than its maximum: S2 of 19, S3, S4.
        long gs = payload.chars().filter(c -> c == InsDatamatrix.GS).count();
        int expected = (ins(record).identifier().oid().oid().length() < 20 ? 1 : 0)
                + (ins(record).traits().firstNames().value().length() < 100 ? 1 : 0)
                + (ins(record).traits().birthName().value().length() < 100 ? 1 : 0);
        assertThat(gs).isEqualTo(expected);
    }

    @Property
    void DMX_1_any_change_to_the_header_is_rejected(@ForAll("qualified") IdentityRecord record,
            @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder payload = new StringBuilder(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        int index = random.nextInt(26);
        char original = payload.charAt(index);
        char replacement;
        do {
            replacement = (char) (0x20 + random.nextInt(0x5F));
        } while (replacement == original);
        payload.setCharAt(index, replacement);
        DatamatrixException e = rejection(payload.toString());
        assertThat(e.reason()).isEqualTo(Reason.BAD_HEADER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    // ---------------------------------------------------------------------------------- DMX-4

    @Property
    void DMX_4_the_fields_are_read_in_any_order(@ForAll("qualified") IdentityRecord record, @ForAll long seed) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        Collections.shuffle(entries, new Random(seed));
        String shuffled = Payloads.assemble(entries);
        assertThat(InsDatamatrix.read(shuffled)).isEqualTo(ins(record));
        assertThat(InsDatamatrix.readLayout(shuffled).order())
                .containsExactlyElementsOf(entries.stream().map(Map.Entry::getKey).toList());
    }

    @Property
    void DMX_4_a_missing_mandatory_field_is_rejected(@ForAll("qualified") IdentityRecord record,
            @ForAll("mandatoryFields") DatamatrixField removed) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        entries.removeIf(e -> e.getKey() == removed);
        DatamatrixException e = rejection(Payloads.assemble(entries));
        assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
        assertThat(e.field()).contains(removed);
    }

    @Property
    void DMX_4_without_S7_the_birth_place_is_unknown(@ForAll("qualified") IdentityRecord record) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        entries.removeIf(e -> e.getKey() == DatamatrixField.S7);
        InsIdentity read = InsDatamatrix.read(Payloads.assemble(entries));
        assertThat(read.traits().birthPlace()).isEqualTo(BirthPlaceCode.parse("99999"));
        assertThat(read.identifier()).isEqualTo(ins(record).identifier());
    }

    @Property
    void DMX_4_a_repeated_field_is_rejected(@ForAll("qualified") IdentityRecord record, @ForAll long seed) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        Random random = new Random(seed);
        int i = random.nextInt(entries.size());
        Map.Entry<DatamatrixField, String> repeated = entries.get(i);
        // Identical or with another value, right after or anywhere later.
        String value = random.nextBoolean() ? repeated.getValue() : "X";
        entries.add(i + 1 + random.nextInt(entries.size() - i), Map.entry(repeated.getKey(), value));
        DatamatrixException e = rejection(Payloads.assemble(entries));
        assertThat(e.reason()).isEqualTo(Reason.REPEATED_TAG);
        assertThat(e.field()).contains(repeated.getKey());
    }

    @Property
    void DMX_4_an_unknown_tag_is_rejected(@ForAll("qualified") IdentityRecord record, @ForAll long seed) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(payload);
        Random random = new Random(seed);
        DatamatrixField altered = entries.get(random.nextInt(entries.size())).getKey();
        String[] unknown = {"S8", "S9", "S0", "T" + altered.name().charAt(1), "s" + altered.name().charAt(1), "SA"};
        String tag = unknown[random.nextInt(unknown.length)];
        int at = indexOfTag(payload, altered);
        DatamatrixException e = rejection(payload.substring(0, at) + tag + payload.substring(at + 2));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TAG);
        assertThat(e.errorIndex()).isEqualTo(at);
    }

    @Property
    void DMX_4_a_truncated_field_is_rejected(@ForAll("qualified") IdentityRecord record,
            @ForAll DatamatrixField field) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        int i = indexOf(entries, field);
        if (i < 0) {
            return; // S7 of an unknown place: nothing to truncate
        }
        String value = entries.get(i).getValue();
        boolean name = field == DatamatrixField.S3 || field == DatamatrixField.S4;
        String truncated = name ? "" : value.substring(0, value.length() - 1);
        entries.set(i, Map.entry(field, truncated));
        DatamatrixException e = rejection(Payloads.assemble(entries));
        Reason expected = field == DatamatrixField.S2 && truncated.length() >= 19
                ? Reason.BAD_VALUE : Reason.WRONG_LENGTH;
        assertThat(e.reason()).isEqualTo(expected);
        assertThat(e.field()).contains(field);
    }

    @Property
    void DMX_4_every_prefix_is_rejected_but_the_one_that_ends_before_S7(
            @ForAll("qualified") IdentityRecord record) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        int s7 = payload.lastIndexOf("S7");
        boolean hasS7 = !ins(record).traits().birthPlace().isUnknown();
        for (int length = 0; length < payload.length(); length++) {
            String prefix = payload.substring(0, length);
            if (hasS7 && length == s7) {
                assertThat(InsDatamatrix.read(prefix).traits().birthPlace().isUnknown()).isTrue();
            } else {
                rejection(prefix);
            }
        }
    }

    @Property
    void DMX_4_an_altered_value_is_rejected(@ForAll("qualified") IdentityRecord record,
            @ForAll DatamatrixField field, @ForAll long seed) {
        List<Map.Entry<DatamatrixField, String>> entries = Payloads.entries(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        int i = indexOf(entries, field);
        if (i < 0) {
            return;
        }
        Random random = new Random(seed);
        String value = entries.get(i).getValue();
        String altered = switch (field) {
            case S1 -> {   // one digit changed (MAT-2)
                int p;
                do {
                    p = random.nextInt(15);
                } while (!Character.isDigit(value.charAt(p)));
                char d = (char) ('0' + (value.charAt(p) - '0' + 1 + random.nextInt(9)) % 10);
                yield value.substring(0, p) + d + value.substring(p + 1);
            }
            case S2 -> "2" + value.substring(1);
            case S3, S4 -> {  // a lower-case letter, a digit-free character the strict form refuses
                int p = random.nextInt(value.length());
                yield value.substring(0, p) + "aé".charAt(random.nextInt(2)) + value.substring(p + 1);
            }
            case S5 -> String.valueOf("XHm0".charAt(random.nextInt(4)));
            case S6 -> List.of("32" + value.substring(2), value.substring(0, 3) + "13" + value.substring(5),
                    value.substring(0, 6) + "2999", value.replace('-', '/'),
                    value.substring(6) + "-" + value.substring(0, 5)).get(random.nextInt(5));
            case S7 -> random.nextBoolean() ? "00" + value.substring(2) : "X" + value.substring(1);
        };
        entries.set(i, Map.entry(field, altered));
        DatamatrixException e = rejection(Payloads.assemble(entries));
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.field()).contains(field);
        if (field != DatamatrixField.S6) {   // a date not in DD-MM-YYYY is refused before BirthDate sees it
            assertThat(e.getCause()).isInstanceOf(InsException.class);
        }
    }

    @Property
    void DMX_3_a_missing_or_misplaced_separator_is_rejected(@ForAll("qualified") IdentityRecord record,
            @ForAll long seed) {
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        Random random = new Random(seed);
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < payload.length(); i++) {
            if (payload.charAt(i) == InsDatamatrix.GS) {
                separators.add(i);
            }
        }
        String damaged;
        int kind = random.nextInt(4);
        if (kind == 0 && !separators.isEmpty()) {          // a GS removed
            int at = separators.get(random.nextInt(separators.size()));
            damaged = payload.substring(0, at) + payload.substring(at + 1);
        } else if (kind == 1 && !separators.isEmpty()) {   // a GS doubled
            int at = separators.get(random.nextInt(separators.size()));
            damaged = payload.substring(0, at) + InsDatamatrix.GS + payload.substring(at);
        } else if (kind == 2) {                            // a GS after the last field
            damaged = payload + InsDatamatrix.GS;
        } else {                                           // a GS after a fixed-length field
            DatamatrixField fixed = List.of(DatamatrixField.S1, DatamatrixField.S5).get(random.nextInt(2));
            int end = indexOfTag(payload, fixed) + 2 + fixed.maxLength();
            damaged = payload.substring(0, end) + InsDatamatrix.GS + payload.substring(end);
        }
        assertThat(rejection(damaged).reason()).isEqualTo(Reason.BAD_SEPARATOR);
    }

    // ---------------------------------------------------------------------------------- DMX-5

    @Property
    void DMX_5_a_non_qualified_identity_has_no_datamatrix(@ForAll("notQualified") IdentityRecord record) {
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
        assertThat(e.reason()).isEqualTo(Reason.NOT_QUALIFIED);
        assertThat(e.field()).isEmpty();
    }

    // ---------------------------------------------------------------------------------- messages

    @Property(tries = 300)
    void messages_never_carry_the_matricule_the_names_nor_the_date(@ForAll("qualified") IdentityRecord record,
            @ForAll long seed) {
        InsIdentity ins = ins(record);
        String payload = InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String thirteen = ins.identifier().matricule().value().substring(0, 13);
        String name = ins.traits().birthName().value();
        String firstNames = ins.traits().firstNames().value();
        String date = InsDatamatrix.readLayout(payload).value(DatamatrixField.S6).orElseThrow();
        Random random = new Random(seed);
        for (int n = 0; n < 40; n++) {
            StringBuilder damaged = new StringBuilder(payload);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.setCharAt(at, "S1234567890aZ-' .\u001D".charAt(random.nextInt(18)));
                    default -> damaged.insert(at, InsDatamatrix.GS);
                }
            }
            DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.read(damaged));
            if (e == null) {
                continue;
            }
            String message = e.getMessage();
            assertThat(message).doesNotContain(thirteen).doesNotContain(date);
            if (name.length() >= 6) {
                assertThat(message).doesNotContain(name);
            }
            if (firstNames.length() >= 6) {
                assertThat(message).doesNotContain(firstNames);
            }
        }
    }

    private static int indexOf(List<Map.Entry<DatamatrixField, String>> entries, DatamatrixField field) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey() == field) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a field's tag in a payload written by {@link InsDatamatrix}, via its layout. */
    private static int indexOfTag(String payload, DatamatrixField field) {
        int pos = 26;
        for (Map.Entry<DatamatrixField, String> e : InsDatamatrix.readLayout(payload).fields().entrySet()) {
            if (e.getKey() == field) {
                return pos;
            }
            pos += 2 + e.getValue().length();
            if (pos < payload.length() && payload.charAt(pos) == InsDatamatrix.GS) {
                pos++;
            }
        }
        throw new AssertionError("no " + field);
    }
}
