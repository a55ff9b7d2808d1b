package io.github.ins4j.matricule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.matricule.InvalidMatriculeException.Reason;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

/** Properties of the INS matricule, one group per rule of spec/01-matricule.md. */
class MatriculePropertiesTest {

    @Provide
    Arbitrary<String> valid() {
        return Matricules.valid();
    }

    // ---- MAT-1 key ---------------------------------------------------------------------------

    @Property
    void MAT_1_the_key_is_97_minus_N_mod_97(@ForAll("bodies") String body) {
        String key = Matricules.oracleKey(body);
        InsMatricule matricule = InsMatricule.parse(body + key);
        assertThat(matricule.key()).isEqualTo(Integer.parseInt(key));
        for (int other = 0; other <= 99; other++) {
            if (other == Integer.parseInt(key)) {
                continue;
            }
            String candidate = body + String.format("%02d", other);
            InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                    () -> InsMatricule.parse(candidate));
            assertThat(e).as("key %02d", other).isNotNull();
            assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH);
            assertThat(e.errorIndex()).isEqualTo(13);
            assertThat(e.getMessage()).contains("give " + key);
        }
    }

    @Property
    void MAT_1_keys_are_always_01_to_97(@ForAll("valid") String text) {
        assertThat(InsMatricule.parse(text).key()).isBetween(1, 97);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Matricules.bodies();
    }

    @Example
    void MAT_1_worked_examples_of_the_spec_are_valid() {
        for (String example : Matricules.SPEC_EXAMPLES) {
            assertThat(InsMatricule.parse(example).value()).isEqualTo(example);
            assertThat(InsMatricule.isValid(example)).isTrue();
        }
    }

    @Example
    void MAT_1_2A_is_read_as_19_and_2B_as_18() {
        // Same 13 characters but the department: 2A against 19, 2B against 18: same key.
        assertThat(InsMatricule.parse("289042A00412088").key())
                .isEqualTo(Integer.parseInt(Matricules.oracleKey("2890419004120")));
        assertThat(InsMatricule.parse("154112B03301068").key())
                .isEqualTo(Integer.parseInt(Matricules.oracleKey("1541118033010")));
        // ... yet they are different matricules.
        String paris19 = "2890419004120" + Matricules.oracleKey("2890419004120");
        assertThat(InsMatricule.parse(paris19)).isNotEqualTo(InsMatricule.parse("289042A00412088"));
    }

    // ---- MAT-2 detection power ---------------------------------------------------------------

    @Property
    void MAT_2_every_single_character_substitution_is_rejected(@ForAll("valid") String text) {
        for (int i = 0; i < text.length(); i++) {
            for (char c : Matricules.ALPHABET.toCharArray()) {
                if (c == text.charAt(i)) {
                    continue;
                }
                String mutated = text.substring(0, i) + c + text.substring(i + 1);
                assertThat(InsMatricule.isValid(mutated)).as("substitution at %d", i).isFalse();
            }
        }
    }

    @Property
    void MAT_2_every_swap_of_two_neighbouring_characters_is_rejected(@ForAll("valid") String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i + 1)) {
                continue;
            }
            String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i)
                    + text.substring(i + 2);
            assertThat(InsMatricule.isValid(swapped)).as("swap at %d", i).isFalse();
        }
    }

    // ---- MAT-3 accepted characters -----------------------------------------------------------

    @Property
    void MAT_3_spaces_no_break_spaces_and_dots_are_ignored_anywhere(
            @ForAll("valid") String text,
            @ForAll("separatorRuns") List<String> runs) {
        StringBuilder typed = new StringBuilder(runs.get(0));
        for (int i = 0; i < text.length(); i++) {
            typed.append(text.charAt(i)).append(runs.get(i + 1));
        }
        assertThat(InsMatricule.parse(typed)).isEqualTo(InsMatricule.parse(text));
        assertThat(InsMatricule.parse(typed).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<List<String>> separatorRuns() {
        return Arbitraries.strings().withChars(' ', '.', '\u00A0', '\u202F').ofMaxLength(3)
                .list().ofSize(16);
    }

    @Property
    void MAT_3_lowercase_2a_and_2b_are_accepted_and_upper_cased(@ForAll("corsican") String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        assertThat(InsMatricule.parse(lower).value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> corsican() {
        return Matricules.valid().filter(s -> s.charAt(6) == 'A' || s.charAt(6) == 'B');
    }

    @Property
    void MAT_3_unicode_digits_are_rejected_never_converted(
            @ForAll("valid") String text,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll("unicodeDigits") char digit) {
        String mutated = text.substring(0, position) + digit + text.substring(position + 1);
        InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                () -> InsMatricule.parse(mutated));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(position);
        assertThat(e.getMessage()).contains("non-ASCII digit");
    }

    @Provide
    Arbitrary<Character> unicodeDigits() {
        return Arbitraries.of(nonAsciiDigits());
    }

    static List<Character> nonAsciiDigits() {
        List<Character> digits = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isDigit(c) && (c < '0' || c > '9')) {
                digits.add(c);
            }
        }
        return digits;
    }

    @Example
    void MAT_3_every_unicode_digit_of_the_BMP_is_rejected_in_every_position() {
        String text = Matricules.SPEC_EXAMPLES[0];
        List<Character> digits = nonAsciiDigits();
        assertThat(digits).hasSizeGreaterThan(300);
        for (char digit : digits) {
            for (int i = 0; i < text.length(); i++) {
                String mutated = text.substring(0, i) + digit + text.substring(i + 1);
                assertThat(InsMatricule.isValid(mutated)).isFalse();
            }
        }
    }

    @Property
    void MAT_3_letters_A_and_B_outside_positions_6_7_are_rejected(
            @ForAll("valid") String text,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll("corsicaLetters") char letter) {
        String mutated = text.substring(0, position) + letter + text.substring(position + 1);
        boolean corsicanSlot = position == 6 && text.charAt(5) == '2';
        Statistics.label("slot").collect(corsicanSlot ? "2A/2B slot"
                : position == 5 || position == 6 ? "department" : "digits only");
        if (!corsicanSlot) {
            InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                    () -> InsMatricule.parse(mutated));
            // In the department a misplaced A / B is a Corsica error; anywhere else a letter stands
            // where only digits can be.
            assertThat(e.reason()).isEqualTo(position == 5 || position == 6
                    ? Reason.CORSICA_POSITION : Reason.INVALID_CHARACTER);
            assertThat(e.errorIndex()).isEqualTo(position);
            assertThat(e.getMessage()).doesNotContain(mutated).doesNotContain(text.substring(0, 13));
        }
    }

    @Provide
    Arbitrary<Character> corsicaLetters() {
        return Arbitraries.of('A', 'B', 'a', 'b');
    }

    @Property
    void MAT_3_only_15_significant_characters_are_accepted(
            @ForAll("valid") String text,
            @ForAll @IntRange(min = 1, max = 30) int length) {
        String resized = length <= 15 ? text.substring(0, length)
                : text + "0".repeat(length - 15);
        if (length == 15) {
            assertThat(InsMatricule.isValid(resized)).isTrue();
        } else {
            InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                    () -> InsMatricule.parse(resized));
            assertThat(e.reason()).isIn(Reason.LENGTH, Reason.CORSICA_POSITION);
            if (length > 15) {
                assertThat(e.reason()).isEqualTo(Reason.LENGTH);
                assertThat(e.errorIndex()).isEqualTo(15);
            }
        }
    }

    // ---- MAT-4 accepted values ---------------------------------------------------------------

    @Property
    void MAT_4_sex_digit_must_be_1_2_3_4_7_or_8(
            @ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 9) int sex) {
        String changed = sex + body.substring(1);
        String text = changed + Matricules.oracleKey(changed);
        if ("123478".indexOf('0' + sex) >= 0) {
            assertThat(InsMatricule.parse(text).sexDigit()).isEqualTo(sex);
        } else {
            InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                    () -> InsMatricule.parse(text));
            assertThat(e.reason()).isEqualTo(Reason.SEX_DIGIT);
            assertThat(e.errorIndex()).isZero();
        }
    }

    @Property
    void MAT_4_month_must_be_01_to_12_or_20_to_99(
            @ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 99) int month) {
        String changed = body.substring(0, 3) + String.format("%02d", month) + body.substring(5);
        String text = changed + Matricules.oracleKey(changed);
        if ((month >= 1 && month <= 12) || month >= 20) {
            InsMatricule matricule = InsMatricule.parse(text);
            assertThat(matricule.birthMonthCode()).isEqualTo(month);
            assertThat(matricule.birthMonth().isPresent()).isEqualTo(month <= 12);
        } else {
            InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                    () -> InsMatricule.parse(text));
            assertThat(e.reason()).isEqualTo(Reason.MONTH);
            assertThat(e.errorIndex()).isEqualTo(3);
        }
    }

    @Property
    void MAT_4_communes_are_not_checked_against_a_list(
            @ForAll("bodies") String body, @ForAll @IntRange(min = 0, max = 999) int commune) {
        // Any three-digit commune of a metropolitan department is accepted.
        String changed = body.substring(0, 5) + "75" + String.format("%03d", commune) + body.substring(10);
        assertThat(InsMatricule.isValid(changed + Matricules.oracleKey(changed))).isTrue();
    }

    // ---- MAT-7 personal data -----------------------------------------------------------------

    @Property
    void MAT_7_toString_is_masked(@ForAll("valid") String text) {
        InsMatricule matricule = InsMatricule.parse(text);
        assertThat(matricule.toString())
                .doesNotContain(text.substring(0, 13))
                .matches("[1-8] \\d\\d \\*\\* \\*\\* \\*\\*\\* \\*\\*\\* \\d\\d")
                .startsWith(text.substring(0, 1) + " " + text.substring(1, 3))
                .endsWith(text.substring(13));
        assertThat(InsIdentifier.of(matricule, InsOid.NIR).toString())
                .doesNotContain(text.substring(0, 13))
                .contains(matricule.toString());
    }

    @Property
    void MAT_7_exception_messages_never_contain_the_13_first_characters(
            @ForAll("valid") String text, @ForAll("mutations") Mutation mutation) {
        String mutated = mutation.apply(text);
        InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                () -> InsMatricule.parse(mutated));
        if (e != null) {
            String significant = Matricules.significant(mutated);
            assertThat(e.getMessage()).doesNotContain(text.substring(0, 13));
            if (significant.length() >= 13) {
                assertThat(e.getMessage()).doesNotContain(significant.substring(0, 13));
            }
            if (mutated.trim().length() >= 13) {
                assertThat(e.getMessage()).doesNotContain(mutated.trim());
            }
        }
    }

    // ---- MAT-8 formats -----------------------------------------------------------------------

    @Property
    void MAT_8_both_formats_round_trip(@ForAll("valid") String text) {
        InsMatricule matricule = InsMatricule.parse(text);
        String compact = matricule.format(MatriculeFormat.COMPACT);
        String display = matricule.format(MatriculeFormat.DISPLAY);
        assertThat(compact).isEqualTo(text).isEqualTo(matricule.value());
        assertThat(display).hasSize(21).isEqualTo(text.substring(0, 1) + " " + text.substring(1, 3)
                + " " + text.substring(3, 5) + " " + text.substring(5, 7) + " "
                + text.substring(7, 10) + " " + text.substring(10, 13) + " " + text.substring(13));
        assertThat(InsMatricule.parse(compact)).isEqualTo(matricule);
        assertThat(InsMatricule.parse(display)).isEqualTo(matricule);
        assertThat(InsMatricule.parse(display).hashCode()).isEqualTo(matricule.hashCode());
    }

    @Property
    void MAT_8_structure_matches_the_positions(@ForAll("valid") String text) {
        InsMatricule m = InsMatricule.parse(text);
        assertThat(m.sexDigit()).isEqualTo(text.charAt(0) - '0');
        assertThat(m.birthYearTwoDigits()).isEqualTo(Integer.parseInt(text.substring(1, 3)));
        assertThat(m.birthMonthCode()).isEqualTo(Integer.parseInt(text.substring(3, 5)));
        assertThat(m.birthPlace().code()).isEqualTo(text.substring(5, 10));
        assertThat(m.orderNumber()).isEqualTo(Integer.parseInt(text.substring(10, 13)));
        assertThat(m.numIdentifiant()).isEqualTo(text.substring(0, 13));
        String head = text.substring(5, 7);
        if (head.equals("97") || head.equals("98")) {
            assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Overseas.class);
        } else if (head.equals("99")) {
            assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Abroad.class);
        } else {
            assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Department.class);
            assertThat(((MatriculeBirthPlace.Department) m.birthPlace()).department()).isEqualTo(head);
        }
        assertThat(m.birthPlace().toString()).doesNotContain(text.substring(5, 10));
    }

    // ---- isValid and parse agree -------------------------------------------------------------

    @Property(tries = 2000)
    void isValid_agrees_with_parse_on_any_text(@ForAll("anyText") String text) {
        boolean parsed;
        try {
            InsMatricule.parse(text);
            parsed = true;
        } catch (InvalidMatriculeException e) {
            parsed = false;
            assertThat(e.errorIndex()).isBetween(-1, text.length() - 1);
        }
        assertThat(InsMatricule.isValid(text)).isEqualTo(parsed);
    }

    @Property(tries = 2000)
    void a_15_character_text_is_judged_as_with_a_separator_added(
            @ForAll("fifteenCharacters") String text) {
        // 15 characters take the fast path of InsMatricule; with a space added, the general scan.
        String spaced = " " + text;
        boolean valid = InsMatricule.isValid(spaced);
        assertThat(InsMatricule.isValid(text)).isEqualTo(valid);
        if (valid) {
            InsMatricule general = InsMatricule.parse(spaced);
            assertThat(InsMatricule.parse(text)).isEqualTo(general);
            assertThat(InsMatricule.parse(text).value()).isEqualTo(general.value());
        } else {
            assertThatThrownBy(() -> InsMatricule.parse(text))
                    .isInstanceOf(InvalidMatriculeException.class);
        }
    }

    /** Texts of exactly 15 characters, valid or near misses, separators included. */
    @Provide
    Arbitrary<String> fifteenCharacters() {
        Arbitrary<String> lowercase = Matricules.valid()
                .map(s -> s.toLowerCase(java.util.Locale.ROOT));
        Arbitrary<String> substituted = Combinators.combine(Matricules.valid(),
                Arbitraries.integers().between(0, 14),
                Arbitraries.of("0123456789ABab .\u00A0\u202F\u0663\uFF11XZ".toCharArray()))
                .as((text, i, c) -> text.substring(0, i) + c + text.substring(i + 1));
        Arbitrary<String> swapped = Combinators.combine(Matricules.valid(),
                Arbitraries.integers().between(0, 13))
                .as((text, i) -> text.substring(0, i) + text.charAt(i + 1) + text.charAt(i)
                        + text.substring(i + 2));
        Arbitrary<String> anySexAndMonth = Combinators.combine(Matricules.bodies(),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 99))
                .as((body, sex, month) -> {
                    String changed = sex + body.substring(1, 3) + String.format("%02d", month)
                            + body.substring(5);
                    return changed + Matricules.oracleKey(changed);
                });
        Arbitrary<String> letterAfterAnotherDigit = Combinators.combine(corsican(),
                Arbitraries.of('0', '1', '3', '4', '5', '6', '7', '8', '9'))
                .as((text, c) -> text.substring(0, 5) + c + text.substring(6));
        Arbitrary<String> alphabet = Arbitraries.strings()
                .withChars("0123456789ABab .\u00A0").ofLength(15);
        Arbitrary<String> anything = Arbitraries.strings().all().ofLength(15);
        return Arbitraries.oneOf(Matricules.valid(), lowercase, substituted, swapped,
                anySexAndMonth, letterAfterAnotherDigit, alphabet, anything);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> nearlyValid = Combinators.combine(Matricules.valid(), mutations())
                .as((text, mutation) -> mutation.apply(text));
        Arbitrary<String> matriculeAlphabet = Arbitraries.strings()
                .withChars("0123456789ABab .\u00A0\u0663\uFF11").ofMaxLength(20);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> huge = Arbitraries.strings().withChars("0123456789 ").ofLength(10_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, nearlyValid),
                net.jqwik.api.Tuple.of(3, Matricules.valid()),
                net.jqwik.api.Tuple.of(2, matriculeAlphabet),
                net.jqwik.api.Tuple.of(2, anything),
                net.jqwik.api.Tuple.of(1, huge),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "..", "\u00A0")));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Mutation> substitute = Combinators.combine(
                Arbitraries.integers().between(0, 14), Arbitraries.chars().all())
                .as((i, c) -> text -> text.substring(0, i) + c + text.substring(i + 1));
        Arbitrary<Mutation> swap = Arbitraries.integers().between(0, 13)
                .map(i -> text -> text.substring(0, i) + text.charAt(i + 1) + text.charAt(i)
                        + text.substring(i + 2));
        Arbitrary<Mutation> truncate = Arbitraries.integers().between(0, 14)
                .map(n -> text -> text.substring(0, n));
        Arbitrary<Mutation> append = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(5)
                .map(tail -> text -> text + tail);
        Arbitrary<Mutation> pad = Arbitraries.integers().between(1, 10_000)
                .map(n -> text -> " ".repeat(n) + text + "9");
        return Arbitraries.oneOf(substitute, swap, truncate, append, pad);
    }

    /** A change made to a valid matricule. */
    @FunctionalInterface
    interface Mutation {
        String apply(String text);
    }

    @Property(tries = 50)
    void a_10000_character_text_is_rejected_with_LENGTH(
            @ForAll @StringLength(10_000) String text) {
        String digits = "1".repeat(10_000);
        InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                () -> InsMatricule.parse(digits));
        assertThat(e.reason()).isEqualTo(Reason.LENGTH);
        assertThat(e.getMessage()).hasSizeLessThan(200);
        assertThat(InsMatricule.isValid(text)).isFalse();
    }

    @Example
    void null_is_invalid_not_a_crash() {
        assertThat(InsMatricule.isValid(null)).isFalse();
        assertThatThrownBy(() -> InsMatricule.parse(null))
                .isInstanceOfSatisfying(InvalidMatriculeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NULL));
    }
}
