package io.github.ins4j.matricule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InsMatricule#containsMatricule(CharSequence)}: the one detector of DIS-3 ({@code @NoIns})
 * and QUA-9 (operator ids). It must find a matricule in every shape a text can give it, and not
 * take ordinary text for one.
 */
class ContainsMatriculePropertiesTest {

    /** Digit scripts: ASCII, full-width, Arabic-Indic, Devanagari, mathematical bold. */
    private static final int[] ZEROS = {'0', 0xFF10, 0x0660, 0x0966, 0x1D7CE};

    /** Visible separators people and programs put between digits. */
    private static final List<String> VISIBLE = List.of(" ", ".", "-", "/", "\u00A0", "\u202F",
            "\u2009", "\u2007", "\u3000", "\u2010", "\u2013", "\u2014", "_", ",", "\t", "\n", "\\", ":");

    /** Characters nobody sees. */
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060",
            "\uFEFF", "\u00AD", "\u200E", "\u0000", "\u0301", "\u3164");

    @Property
    void DIS_3_a_matricule_is_found_in_every_disguise(@ForAll("disguised") String text) {
        assertThat(InsMatricule.containsMatricule(text)).as("hidden matricule").isTrue();
    }

    @Provide
    Arbitrary<String> disguised() {
        Arbitrary<String> prefix = Arbitraries.of("", "", "NIR", "nir:", "patient ", "ref.", "X", "é",
                "AB", "ZA", "2A", "n°");
        Arbitrary<String> suffix = Arbitraries.of("", "", "X", "cle", " fin", "A", "B", "AB", "€");
        Arbitrary<Integer> script = Arbitraries.integers().between(0, ZEROS.length - 1);
        Arbitrary<List<String>> gaps = Arbitraries.oneOf(
                Arbitraries.of(""),
                Arbitraries.of(VISIBLE).list().ofMaxSize(3).map(l -> String.join("", l)),
                Arbitraries.of(INVISIBLE).list().ofMaxSize(4).map(l -> String.join("", l)))
                .list().ofSize(InsMatricule.LENGTH - 1);
        return Combinators.combine(Matricules.valid(), prefix, suffix, script, gaps, Arbitraries.of(true, false))
                .as((matricule, before, after, zero, between, lower) -> {
                    StringBuilder b = new StringBuilder(before);
                    for (int i = 0; i < InsMatricule.LENGTH; i++) {
                        char c = matricule.charAt(i);
                        if (c >= '0' && c <= '9') {
                            b.appendCodePoint(ZEROS[zero] + (c - '0'));
                        } else {
                            b.append(lower ? Character.toLowerCase(c) : c);
                        }
                        if (i < InsMatricule.LENGTH - 1) {
                            b.append(between.get(i));
                        }
                    }
                    Statistics.label("script").collect(Integer.toHexString(ZEROS[zero]));
                    Statistics.label("glued").collect(!before.isEmpty() || !after.isEmpty());
                    return b.append(after).toString();
                });
    }

    @Property
    void DIS_3_a_matricule_is_found_among_other_words(
            @ForAll("valid") String matricule, @ForAll("words") String before, @ForAll("words") String after) {
        String display = InsMatricule.parse(matricule).format(MatriculeFormat.DISPLAY);
        assertThat(InsMatricule.containsMatricule(before + " " + display + " " + after)).isTrue();
        assertThat(InsMatricule.containsMatricule(before + matricule + after)).isTrue();
    }

    @Provide
    Arbitrary<String> valid() {
        return Matricules.valid();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', '\'').ofMaxLength(30);
    }

    @Property
    void DIS_3_a_valid_matricule_is_always_contained(@ForAll("valid") String matricule) {
        assertThat(InsMatricule.isValid(matricule)).isTrue();
        assertThat(InsMatricule.containsMatricule(matricule)).isTrue();
    }

    @Property(tries = 3000)
    void DIS_3_a_longer_number_written_together_is_another_number(
            @ForAll("valid") String matricule, @ForAll("digitRuns") String more, @ForAll boolean before) {
        // 16+ digits in one run: a card, account or reference number, not cut into windows. The
        // matricule is written together too (its compact form): a separator would end the run.
        String compact = InsMatricule.parse(matricule).value();
        String text = before ? more + compact : compact + more;
        // The one exception: the A / B of a Corsican matricule (2A, 2B) is a letter, and a number
        // may end right before it. Then a run of exactly 15 digits on either side of that letter
        // is a matricule glued to letters, and it is found only if it is a valid one.
        boolean gluedToCorsicaLetter = Arrays.stream(text.split("(?<=2)[AB]"))
                .anyMatch(part -> part.length() == InsMatricule.LENGTH && InsMatricule.isValid(part));
        Statistics.label("Corsican matricule").collect(compact.indexOf('A') > 0 || compact.indexOf('B') > 0);
        assertThat(InsMatricule.containsMatricule(text)).isEqualTo(gluedToCorsicaLetter);
    }

    @Example
    void DIS_3_a_run_of_digits_ends_before_the_letter_of_2A() {
        // 184067505610772 is valid and ends in 2: glued to "A...", it is still a matricule.
        assertThat(InsMatricule.containsMatricule("184067505610772A0561443")).isTrue();
        // One digit more in front and it is a longer number again.
        assertThat(InsMatricule.containsMatricule("9184067505610772A0561443")).isFalse();
    }

    @Provide
    Arbitrary<String> digitRuns() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10);
    }

    @Property
    void DIS_3_fewer_than_15_significant_characters_never_hold_a_matricule(
            @ForAll("fewDigits") String text) {
        assertThat(InsMatricule.containsMatricule(text)).isFalse();
    }

    @Provide
    Arbitrary<String> fewDigits() {
        // Any text, digits removed, then up to 14 digits put back anywhere.
        return Combinators.combine(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().numeric().ofMaxLength(14))
                .as((noise, digits) -> {
                    StringBuilder b = new StringBuilder();
                    noise.codePoints().filter(cp -> !Character.isDigit(cp)
                            && Character.getType(cp) != Character.OTHER_NUMBER
                            && "ABabＡＢａｂ".indexOf(cp) < 0).forEach(b::appendCodePoint);
                    for (int i = 0; i < digits.length(); i++) {
                        b.insert(Math.min(b.length(), i * 3), digits.charAt(i));
                    }
                    return b.toString();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Invoice 2026-000123, 3 boxes of 20 mg", "Tel. 01 23 45 67 89 / 06 12 34 56 78",
        "IBAN FR76 3000 6000 0112 3456 7890 189", "4111 1111 1111 1111", "2026-12-06T10:15:30Z",
        "lot 184067505614435999", "order 0184067505614435", "1 84 06 75 056 144 36",
        "1 84 06 75 056 144    35",
    })
    void DIS_3_ordinary_text_is_not_a_matricule(String text) {
        assertThat(InsMatricule.containsMatricule(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "184067505614435", "1-84-06-75-056-144-35", "1/84/06/75/056/144/35", "1 84 06 75 056 144 35",
        "1\u200984\u200906\u200975\u2009056\u2009144\u200935", "1\u200B84067505614435",
        "\uFF11\uFF18\uFF14\uFF10\uFF16\uFF17\uFF15\uFF10\uFF15\uFF16\uFF11\uFF14\uFF14\uFF13\uFF15",
        "NIR184067505614435X", "2 89 04 2A 004 120 88", "2-89-04-2-a-004-120-88",
        "1840675056144 - 35", "2A184067505614435", "18406750561443\u0000" + "5",
    })
    void DIS_3_each_shape_of_the_issue_is_found(String text) {
        assertThat(InsMatricule.containsMatricule(text)).isTrue();
    }

    @Example
    void DIS_3_null_is_no_matricule() {
        assertThat(InsMatricule.containsMatricule(null)).isFalse();
    }
}
