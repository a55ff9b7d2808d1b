package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The birth name: TRT-1 strict form, TRT-5 typed text, TRT-8 equality. */
class BirthNameTest {

    static InvalidTraitException rejection(CharSequence text) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> BirthName.parse(text));
        assertThat(e).as("BirthName.of should refuse the text").isNotNull();
        assertThat(e.trait()).isEqualTo(Trait.BIRTH_NAME);
        return e;
    }

    // ---- TRT-1 worked examples ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"D'ARTAGNAN", "MARTIN--DURAND", "DE LA FONTAINE", "O'NEIL-SMITH", "A", "GARCIA"})
    void TRT_1_strict_examples_are_accepted(String strict) {
        assertThat(BirthName.parse(strict).value()).isEqualTo(strict);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, Reason.NULL, -1),
                Arguments.of("", Reason.EMPTY, -1),
                Arguments.of("A".repeat(101), Reason.TOO_LONG, 100),
                Arguments.of("A".repeat(10_000), Reason.TOO_LONG, 100),
                Arguments.of("Martin", Reason.INVALID_CHARACTER, 1),
                Arguments.of("martin", Reason.INVALID_CHARACTER, 0),
                Arguments.of("GARCÍA", Reason.INVALID_CHARACTER, 4),
                Arguments.of("ŒDIPE", Reason.INVALID_CHARACTER, 0),
                Arguments.of("MARTIN2", Reason.INVALID_CHARACTER, 6),
                Arguments.of("MA\u0000RTIN", Reason.INVALID_CHARACTER, 2),
                Arguments.of("MARTIN\nDURAND", Reason.INVALID_CHARACTER, 6),
                Arguments.of("MARTIN\tDURAND", Reason.INVALID_CHARACTER, 6),
                Arguments.of("MARTIN\u00A0DURAND", Reason.INVALID_CHARACTER, 6),
                Arguments.of("MARTIN\uD83D\uDE00", Reason.INVALID_CHARACTER, 6),
                Arguments.of("LOUIS \u0661\u0664", Reason.INVALID_CHARACTER, 6), // Arabic-Indic digits
                Arguments.of("LOUIS \uFF11\uFF14", Reason.INVALID_CHARACTER, 6), // full-width digits
                Arguments.of("D\u2019ARTAGNAN", Reason.INVALID_CHARACTER, 1),     // typographic apostrophe
                Arguments.of("JEAN\u2013PIERRE", Reason.INVALID_CHARACTER, 4),     // en dash
                Arguments.of("MARTIN_DURAND", Reason.INVALID_CHARACTER, 6),
                Arguments.of(" MARTIN", Reason.BAD_SEPARATOR, 0),
                Arguments.of("-MARTIN", Reason.BAD_SEPARATOR, 0),
                Arguments.of("DE  LA", Reason.BAD_SEPARATOR, 3),
                Arguments.of("D''ARTAGNAN", Reason.BAD_SEPARATOR, 2),
                Arguments.of("D' ARTAGNAN", Reason.BAD_SEPARATOR, 2),
                Arguments.of("D 'ARTAGNAN", Reason.BAD_SEPARATOR, 2),
                Arguments.of("MARTIN---DURAND", Reason.BAD_SEPARATOR, 8),
                Arguments.of("MARTIN ", Reason.BAD_SEPARATOR, 6),
                Arguments.of("MARTIN-", Reason.BAD_SEPARATOR, 6),
                Arguments.of("MARTIN--", Reason.BAD_SEPARATOR, 7),
                // ins4j's reading (BirthName Javadoc): a hyphen is not next to a space either
                Arguments.of("MARTIN- DURAND", Reason.BAD_SEPARATOR, 7),
                Arguments.of("MARTIN -DURAND", Reason.BAD_SEPARATOR, 7));
    }

    @ParameterizedTest(name = "[{0}] -> {1} at {2}")
    @MethodSource("refused")
    void TRT_1_each_reason_has_its_position(String text, Reason reason, int index) {
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.errorIndex()).isEqualTo(index);
        assertThat(e.getMessage()).contains(reason.name());
        if (text != null && text.length() >= 3) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void TRT_1_exactly_100_characters_are_accepted() {
        String hundred = "MARTIN--DURAND " + "A".repeat(85);
        assertThat(hundred).hasSize(100);
        assertThat(BirthName.parse(hundred).value()).isEqualTo(hundred);
    }

    @Test
    void TRT_1_parts_split_a_compound_name() {
        assertThat(BirthName.parse("MARTIN--DURAND").parts()).containsExactly("MARTIN", "DURAND");
        assertThat(BirthName.parse("DE LA FONTAINE-SMITH").parts()).containsExactly("DE", "LA", "FONTAINE", "SMITH");
        assertThat(BirthName.parse("GARCIA").parts()).containsExactly("GARCIA");
    }

    @Test
    void TRT_5_typed_names_are_normalised_then_checked() {
        assertThat(BirthName.parseTyped(" d’Artagnan ")).isEqualTo(BirthName.parse("D'ARTAGNAN"));
        assertThat(BirthName.parseTyped("García")).isEqualTo(BirthName.parse("GARCIA"));
        assertThat(BirthName.parseTyped("Martin––Durand")).isEqualTo(BirthName.parse("MARTIN--DURAND"));
        InvalidTraitException digit = catchThrowableOfType(InvalidTraitException.class,
                () -> BirthName.parseTyped("  louis 14"));
        assertThat(digit.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(digit.errorIndex()).isEqualTo(6); // in the normalised text "LOUIS 14"
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> BirthName.parseTyped(" \t "))
                .reason()).isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> BirthName.parseTyped(null))
                .reason()).isEqualTo(Reason.NULL);
    }

    @Test
    void TRT_8_equality_and_masking_examples() {
        BirthName name = BirthName.parse("GARCIA");
        assertThat(name).isEqualTo(BirthName.parse(new StringBuilder("GARCIA"))).hasSameHashCodeAs(BirthName.parse("GARCIA"));
        assertThat(name).isNotEqualTo(BirthName.parse("GARCIAS")).isNotEqualTo("GARCIA");
        assertThat((Object) name).isNotEqualTo(BirthFirstNames.parse("GARCIA"));
        assertThat(name.toString()).doesNotContain("GARCIA").contains("6");
    }

    // ---- TRT-1 properties --------------------------------------------------------------------

    @Property(tries = 500)
    void TRT_1_every_strict_birth_name_is_accepted_and_round_trips(@ForAll("birthNames") String strict) {
        BirthName name = BirthName.parse(strict);
        assertThat(name.value()).isEqualTo(strict);
        assertThat(BirthName.parse(name.value())).isEqualTo(name);
        // the parts of a compound name: split on spaces and (double) hyphens, not on apostrophes
        List<String> parts = new ArrayList<>();
        for (String part : strict.split("[ \\-]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        assertThat(name.parts()).containsExactlyElementsOf(parts);
    }

    @Property(tries = 500)
    void TRT_1_a_bad_character_is_refused_at_its_index(@ForAll("birthNames") String strict,
            @ForAll("badCharacters") String bad, @ForAll @IntRange(min = 0, max = 100) int at) {
        int index = at % (strict.length() + 1);
        String text = strict.substring(0, index) + bad + strict.substring(index);
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Property(tries = 300)
    void TRT_1_a_lower_case_letter_is_refused_at_its_index(@ForAll("birthNames") String strict,
            @ForAll @IntRange(min = 0, max = 100) int at) {
        int index = Names.letterAtOrAfter(strict, at);
        String text = Names.lowerCaseAt(strict, index);
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Property(tries = 500)
    void TRT_1_a_doubled_or_adjacent_separator_is_refused_at_the_second_one(@ForAll("shortBirthNames") String left,
            @ForAll("shortBirthNames") String right, @ForAll("badJoins") String join) {
        String text = left + join + right;
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        // "---": the third hyphen is the first bad character; otherwise the second separator
        assertThat(e.errorIndex()).isEqualTo(left.length() + (join.equals("---") ? 2 : 1));
    }

    @Property(tries = 300)
    void TRT_1_leading_space_or_hyphen_is_refused_at_0(@ForAll("birthNames") String strict,
            @ForAll("leadingOrTrailing") String separator) {
        InvalidTraitException e = rejection(separator + strict);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.errorIndex()).isZero();
    }

    @Property(tries = 300)
    void TRT_1_trailing_space_or_hyphen_is_refused_at_the_end(@ForAll("birthNames") String strict,
            @ForAll("leadingOrTrailing") String separator) {
        String text = strict + separator;
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.errorIndex()).isEqualTo(text.length() - 1);
    }

    @Property(tries = 200)
    void TRT_1_more_than_100_characters_are_refused_at_index_100(@ForAll("birthNames") String strict,
            @ForAll @IntRange(min = 101, max = 400) int length) {
        String text = (strict + " ").repeat(length / (strict.length() + 1) + 1).substring(0, length);
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(e.errorIndex()).isEqualTo(100);
    }

    @Property(tries = 200)
    void TRT_1_up_to_100_characters_are_accepted(@ForAll("birthNames") String strict,
            @ForAll @IntRange(min = 1, max = 100) int length) {
        // the strict name, padded with letters then cut: still a strict name
        String text = (strict + "X".repeat(100)).substring(0, length);
        if (text.endsWith(" ") || text.endsWith("-")) {
            text = text.substring(0, length - 1) + "X";
        }
        assertThat(BirthName.parse(text).value()).isEqualTo(text);
    }

    @Property(tries = 500)
    void TRT_1_messages_never_contain_the_name(@ForAll("misTypedNames") String text) {
        InvalidTraitException e = rejection(text);
        // A text of a few characters ("e A") may occur in any English sentence; the property that
        // the message does not depend on the letters of the name (below) covers those.
        if (text.strip().length() >= 5) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Property(tries = 500)
    void TRT_1_messages_do_not_depend_on_the_letters_of_the_name(@ForAll("misTypedNames") String text) {
        // another name of the same shape (each A-Z letter shifted by 13) gets the very same message
        InvalidTraitException e = rejection(text);
        InvalidTraitException other = rejection(Names.rot13UpperCase(text));
        assertThat(other.getMessage()).isEqualTo(e.getMessage());
    }

    // ---- TRT-8 properties --------------------------------------------------------------------

    @Property(tries = 500)
    void TRT_8_equal_iff_strict_forms_are_equal(@ForAll("fewNames") String a, @ForAll("fewNames") String b) {
        BirthName x = BirthName.parse(a);
        BirthName y = BirthName.parse(b);
        assertThat(x.equals(y)).isEqualTo(a.equals(b));
        assertThat(y.equals(x)).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
    }

    @Property(tries = 500)
    void TRT_8_a_typed_variant_equals_the_strict_name(@ForAll("retypedBirthNames") String[] pair) {
        BirthName strict = BirthName.parse(pair[0]);
        BirthName typed = BirthName.parseTyped(pair[1]);
        assertThat(typed).isEqualTo(strict);
        assertThat(typed.hashCode()).isEqualTo(strict.hashCode());
        assertThat(typed.value()).isEqualTo(pair[0]);
    }

    @Property(tries = 300)
    void TRT_8_to_string_masks_the_name(@ForAll("birthNames") String strict) {
        String shown = BirthName.parse(strict).toString();
        assertThat(shown).contains(String.valueOf(strict.length()));
        // two names of the same length print the same: nothing but the length leaks
        assertThat(shown).isEqualTo(BirthName.parse("Q".repeat(strict.length())).toString());
    }

    // ---- generators --------------------------------------------------------------------------

    @Provide
    Arbitrary<String> birthNames() {
        return Names.birthNames();
    }

    @Provide
    Arbitrary<String> shortBirthNames() {
        return Names.birthNames().filter(name -> name.length() <= 48);
    }

    @Provide
    Arbitrary<String> fewNames() {
        // a small alphabet so that equal names are frequent
        return Arbitraries.of("A", "B", "AB", "A B", "A-B", "A--B", "A'B", "BA");
    }

    @Provide
    Arbitrary<String[]> retypedBirthNames() {
        return Names.retyped(Names.birthNames());
    }

    @Provide
    Arbitrary<String> badCharacters() {
        return Arbitraries.of("a", "z", "é", "É", "ç", "Œ", "ß", "0", "9", "\u0661", "\uFF11",
                "\u0000", "\n", "\t", "\u00A0", "\uD83D\uDE00", "@", "\u2019", "\u2013", "\u0301");
    }

    @Provide
    Arbitrary<String> badJoins() {
        return Arbitraries.of("  ", "''", " '", "' ", "- ", " -", "'-", "-'", "---");
    }

    @Provide
    Arbitrary<String> leadingOrTrailing() {
        return Arbitraries.of(" ", "-");
    }

    /** Strict names of 3 or more characters made invalid by one typing mistake. */
    @Provide
    Arbitrary<String> misTypedNames() {
        Arbitrary<String> names = Names.birthNames().filter(n -> n.length() >= 3);
        return Combinators.combine(names, Arbitraries.integers().between(0, 200), badCharacters(),
                Arbitraries.of("lower", "insert", "double-space", "trailing"))
                .as((name, at, bad, mistake) -> {
                    switch (mistake) {
                        case "lower":
                            return Names.lowerCaseAt(name, Names.letterAtOrAfter(name, at));
                        case "insert":
                            int i = at % (name.length() + 1);
                            return name.substring(0, i) + bad + name.substring(i);
                        case "double-space":
                            return name + "  X";
                        default:
                            return name + "-";
                    }
                });
    }
}
