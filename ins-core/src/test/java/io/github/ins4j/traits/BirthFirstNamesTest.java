package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.List;
import java.util.Random;
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

/** The birth first names: TRT-1 strict form, TRT-2 first name, TRT-8 equality. */
class BirthFirstNamesTest {

    static InvalidTraitException rejection(CharSequence text) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> BirthFirstNames.parse(text));
        assertThat(e).as("BirthFirstNames.of should refuse the text").isNotNull();
        assertThat(e.trait()).isEqualTo(Trait.BIRTH_FIRST_NAMES);
        return e;
    }

    // ---- TRT-1 worked examples ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"PIERRE-ALAIN MURIEL", "JEAN CHRISTOPHE PIERRE", "N'DEYE", "SARAH-LOU MARIE", "A"})
    void TRT_1_strict_examples_are_accepted(String strict) {
        assertThat(BirthFirstNames.parse(strict).value()).isEqualTo(strict);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, Reason.NULL, -1),
                Arguments.of("", Reason.EMPTY, -1),
                Arguments.of("JEAN ".repeat(20) + "X", Reason.TOO_LONG, 100),
                Arguments.of("A".repeat(10_000), Reason.TOO_LONG, 100),
                Arguments.of("Jean", Reason.INVALID_CHARACTER, 1),
                Arguments.of("JEAN HÉLÈNE", Reason.INVALID_CHARACTER, 6),
                Arguments.of("LOUIS2", Reason.INVALID_CHARACTER, 5),
                Arguments.of("JEAN\u0000", Reason.INVALID_CHARACTER, 4),
                Arguments.of("JEAN\nPIERRE", Reason.INVALID_CHARACTER, 4),
                Arguments.of("\uD83D\uDE00", Reason.INVALID_CHARACTER, 0),
                Arguments.of("JEAN \u0968", Reason.INVALID_CHARACTER, 5), // Devanagari digit two
                Arguments.of(" JEAN", Reason.BAD_SEPARATOR, 0),
                Arguments.of("-JEAN", Reason.BAD_SEPARATOR, 0),
                Arguments.of("JEAN  PIERRE", Reason.BAD_SEPARATOR, 5),
                Arguments.of("N''DEYE", Reason.BAD_SEPARATOR, 2),
                Arguments.of("N' DEYE", Reason.BAD_SEPARATOR, 2),
                Arguments.of("JEAN 'PIERRE", Reason.BAD_SEPARATOR, 5),
                Arguments.of("JEAN--PIERRE", Reason.BAD_SEPARATOR, 5), // only the birth name has "--"
                Arguments.of("JEAN---PIERRE", Reason.BAD_SEPARATOR, 5),
                Arguments.of("JEAN ", Reason.BAD_SEPARATOR, 4),
                Arguments.of("JEAN-", Reason.BAD_SEPARATOR, 4),
                Arguments.of("JEAN'", Reason.BAD_SEPARATOR, 4),
                Arguments.of("PIERRE-ALAIN MURIEL-", Reason.BAD_SEPARATOR, 19));
    }

    @ParameterizedTest(name = "[{0}] -> {1} at {2}")
    @MethodSource("refused")
    void TRT_1_each_reason_has_its_position(String text, Reason reason, int index) {
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.errorIndex()).isEqualTo(index);
        if (text != null && text.length() >= 3) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void TRT_1_double_hyphen_is_for_the_birth_name_only() {
        assertThat(BirthName.parse("MARTIN--DURAND").value()).isEqualTo("MARTIN--DURAND");
        assertThat(rejection("MARTIN--DURAND").reason()).isEqualTo(Reason.BAD_SEPARATOR);
        // a birth name may end with an apostrophe; a first name may not
        assertThat(BirthName.parse("D'").value()).isEqualTo("D'");
        assertThat(rejection("D'").errorIndex()).isEqualTo(1);
    }

    @Test
    void TRT_1_exactly_100_characters_are_accepted() {
        String hundred = "JEAN-CHRISTOPHE " + "A".repeat(84);
        assertThat(hundred).hasSize(100);
        assertThat(BirthFirstNames.parse(hundred).value()).isEqualTo(hundred);
        assertThat(rejection(hundred + "A").reason()).isEqualTo(Reason.TOO_LONG);
    }

    // ---- TRT-2 worked examples ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"JEAN", "JEAN CHRISTOPHE", "JEAN-CHRISTOPHE", "JEAN-CHRISTOPHE-PIERRE",
        "JEAN CHRISTOPHE PIERRE", "Jean-Christophe", " jean  christophe ", "JEAN\u2013CHRISTOPHE"})
    void TRT_2_consistent_with_the_start_of_the_list(String firstName) {
        assertThat(BirthFirstNames.parse("JEAN CHRISTOPHE PIERRE").isConsistentWith(firstName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHRISTOPHE", "PIERRE", "JEA", "JEANNE", "CHRISTOPHE JEAN", "JEAN PIERRE",
        "JEAN CHRISTOPHE PIERRE MARIE", "", "   ", "-"})
    void TRT_2_not_consistent(String firstName) {
        assertThat(BirthFirstNames.parse("JEAN CHRISTOPHE PIERRE").isConsistentWith(firstName)).isFalse();
    }

    @Test
    void TRT_2_first_and_names() {
        BirthFirstNames names = BirthFirstNames.parse("PIERRE-ALAIN MURIEL");
        assertThat(names.first()).isEqualTo("PIERRE-ALAIN");
        assertThat(names.names()).containsExactly("PIERRE-ALAIN", "MURIEL");
        assertThat(names.isConsistentWith("Pierre Alain")).isTrue();
        assertThat(BirthFirstNames.parse("N'DEYE").isConsistentWith("N DEYE")).isTrue();
        assertThat(BirthFirstNames.parse("MARIE").first()).isEqualTo("MARIE");
        assertThatThrownBy(() -> names.isConsistentWith(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void TRT_8_equality_and_masking_examples() {
        BirthFirstNames names = BirthFirstNames.parse("SARAH-LOU MARIE");
        assertThat(names).isEqualTo(BirthFirstNames.parseTyped("  sarah–lou   Marie "))
                .hasSameHashCodeAs(BirthFirstNames.parse("SARAH-LOU MARIE"));
        assertThat(names).isNotEqualTo(BirthFirstNames.parse("SARAH-LOU"));
        assertThat(names).isNotEqualTo(BirthFirstNames.parse("SARAH LOU MARIE"));
        assertThat(names.toString()).doesNotContain("SARAH").doesNotContain("MARIE").contains("2 names");
    }

    // ---- TRT-1 properties --------------------------------------------------------------------

    @Property(tries = 500)
    void TRT_1_every_strict_list_is_accepted_and_round_trips(@ForAll("lists") String strict) {
        BirthFirstNames names = BirthFirstNames.parse(strict);
        assertThat(names.value()).isEqualTo(strict);
        assertThat(BirthFirstNames.parse(names.value())).isEqualTo(names);
    }

    @Property(tries = 500)
    void TRT_1_a_bad_character_is_refused_at_its_index(@ForAll("lists") String strict,
            @ForAll("badCharacters") String bad, @ForAll @IntRange(min = 0, max = 100) int at) {
        int index = at % (strict.length() + 1);
        InvalidTraitException e = rejection(strict.substring(0, index) + bad + strict.substring(index));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Property(tries = 300)
    void TRT_1_a_lower_case_letter_is_refused_at_its_index(@ForAll("lists") String strict,
            @ForAll @IntRange(min = 0, max = 100) int at) {
        int index = Names.letterAtOrAfter(strict, at);
        InvalidTraitException e = rejection(Names.lowerCaseAt(strict, index));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Property(tries = 500)
    void TRT_1_a_doubled_or_adjacent_separator_is_refused_at_the_second_one(@ForAll("shortLists") String left,
            @ForAll("shortLists") String right, @ForAll("badJoins") String join) {
        InvalidTraitException e = rejection(left + join + right);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.errorIndex()).isEqualTo(left.length() + 1);
    }

    @Property(tries = 300)
    void TRT_1_a_list_does_not_start_with_a_space_or_hyphen(@ForAll("lists") String strict,
            @ForAll("spaceOrHyphen") String separator) {
        InvalidTraitException e = rejection(separator + strict);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.errorIndex()).isZero();
    }

    @Property(tries = 300)
    void TRT_1_a_first_name_does_not_end_with_a_separator(@ForAll("lists") String strict,
            @ForAll("trailing") String separator) {
        String text = strict + separator;
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.BAD_SEPARATOR);
        assertThat(e.errorIndex()).isEqualTo(text.length() - 1);
    }

    @Property(tries = 200)
    void TRT_1_more_than_100_characters_are_refused_at_index_100(@ForAll("lists") String strict,
            @ForAll @IntRange(min = 101, max = 400) int length) {
        String text = (strict + " ").repeat(length / (strict.length() + 1) + 1).substring(0, length);
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(e.errorIndex()).isEqualTo(100);
    }

    @Property(tries = 300)
    void TRT_1_messages_never_contain_the_first_names(@ForAll("misTypedLists") String text) {
        InvalidTraitException e = rejection(text);
        assertThat(e.getMessage()).doesNotContain(text);
        assertThat(rejection(Names.rot13UpperCase(text)).getMessage()).isEqualTo(e.getMessage());
    }

    // ---- TRT-2 properties --------------------------------------------------------------------

    @Property(tries = 500)
    void TRT_2_any_prefix_of_the_words_joined_by_spaces_or_hyphens_is_consistent(@ForAll("lists") String strict,
            @ForAll @IntRange(min = 1, max = 20) int count, @ForAll Random random) {
        List<String> words = Names.wordsOf(strict);
        List<String> prefix = words.subList(0, Math.min(count, words.size()));
        StringBuilder given = new StringBuilder(prefix.get(0));
        for (int i = 1; i < prefix.size(); i++) {
            given.append(random.nextBoolean() ? " " : "-").append(prefix.get(i));
        }
        BirthFirstNames names = BirthFirstNames.parse(strict);
        assertThat(names.isConsistentWith(given)).as("[%s] with [%s]", given, strict).isTrue();
        // as typed at the desk, too
        assertThat(names.isConsistentWith(Names.retype(given.toString(), random))).isTrue();
    }

    @Property(tries = 500)
    void TRT_2_the_first_first_name_is_always_consistent(@ForAll("lists") String strict) {
        BirthFirstNames names = BirthFirstNames.parse(strict);
        assertThat(names.isConsistentWith(names.first())).isTrue();
        assertThat(names.isConsistentWith(strict)).isTrue();
    }

    @Property(tries = 500)
    void TRT_2_a_name_that_is_not_the_first_word_is_not_consistent(@ForAll("lists") String strict,
            @ForAll("words") String word) {
        String firstWord = Names.wordsOf(strict).get(0);
        BirthFirstNames names = BirthFirstNames.parse(strict);
        assertThat(names.isConsistentWith(word)).isEqualTo(word.equals(firstWord));
        // a word cut short is not the word
        if (firstWord.length() > 1) {
            assertThat(names.isConsistentWith(firstWord.substring(0, firstWord.length() - 1))).isFalse();
        }
        // longer than the list
        assertThat(names.isConsistentWith(strict + " " + word)).isFalse();
    }

    @Property(tries = 500)
    void TRT_2_names_split_the_list_and_first_is_the_first_of_them(@ForAll("firstNameLists") List<String> list) {
        String strict = String.join(" ", list);
        BirthFirstNames names = BirthFirstNames.parse(strict);
        assertThat(names.names()).containsExactlyElementsOf(list);
        assertThat(names.first()).isEqualTo(list.get(0));
        assertThat(names.toString()).contains(list.size() + (list.size() == 1 ? " name" : " names"));
    }

    // ---- TRT-8 properties --------------------------------------------------------------------

    @Property(tries = 500)
    void TRT_8_equal_iff_strict_forms_are_equal(@ForAll("fewLists") String a, @ForAll("fewLists") String b) {
        BirthFirstNames x = BirthFirstNames.parse(a);
        BirthFirstNames y = BirthFirstNames.parse(b);
        assertThat(x.equals(y)).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
    }

    @Property(tries = 500)
    void TRT_8_a_typed_variant_equals_the_strict_list(@ForAll("retypedLists") String[] pair) {
        BirthFirstNames strict = BirthFirstNames.parse(pair[0]);
        BirthFirstNames typed = BirthFirstNames.parseTyped(pair[1]);
        assertThat(typed).isEqualTo(strict);
        assertThat(typed.hashCode()).isEqualTo(strict.hashCode());
    }

    @Property(tries = 300)
    void TRT_8_to_string_masks_the_first_names(@ForAll("firstNameLists") List<String> list) {
        String strict = String.join(" ", list);
        String shown = BirthFirstNames.parse(strict).toString();
        // a list of the same shape, every letter changed, prints the same
        assertThat(shown).isEqualTo(BirthFirstNames.parse(Names.rot13UpperCase(strict)).toString());
        for (String name : list) {
            if (name.length() >= 4) {
                assertThat(shown).doesNotContain(name);
            }
        }
    }

    // ---- generators --------------------------------------------------------------------------

    @Provide
    Arbitrary<String> lists() {
        return Names.firstNameLists();
    }

    @Provide
    Arbitrary<String> shortLists() {
        return Names.firstNameLists().filter(list -> list.length() <= 48);
    }

    @Provide
    Arbitrary<List<String>> firstNameLists() {
        return Names.firstNames().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Names.words(6), Arbitraries.of("JEAN", "PIERRE", "A"));
    }

    @Provide
    Arbitrary<String> fewLists() {
        return Arbitraries.of("A", "B", "A B", "B A", "A-B", "A'B", "AB", "A B-A");
    }

    @Provide
    Arbitrary<String[]> retypedLists() {
        return Names.retyped(Names.firstNameLists());
    }

    @Provide
    Arbitrary<String> badCharacters() {
        return Arbitraries.of("a", "é", "È", "ç", "œ", "Æ", "0", "\u0663", "\u0000", "\n", "\t", "\u00A0",
                "\uD83D\uDE00", "@", "\u2019", "\u2014", "\u0308");
    }

    @Provide
    Arbitrary<String> badJoins() {
        // "--" is fine in a birth name, not in first names
        return Arbitraries.of("  ", "''", " '", "' ", "- ", " -", "'-", "-'", "--");
    }

    @Provide
    Arbitrary<String> spaceOrHyphen() {
        return Arbitraries.of(" ", "-");
    }

    @Provide
    Arbitrary<String> trailing() {
        return Arbitraries.of(" ", "-", "'");
    }

    @Provide
    Arbitrary<String> misTypedLists() {
        Arbitrary<String> lists = Names.firstNameLists().filter(n -> n.length() >= 3);
        return Combinators.combine(lists, Arbitraries.integers().between(0, 200), badCharacters(),
                Arbitraries.of("lower", "insert", "double-hyphen", "trailing"))
                .as((list, at, bad, mistake) -> {
                    switch (mistake) {
                        case "lower":
                            return Names.lowerCaseAt(list, Names.letterAtOrAfter(list, at));
                        case "insert":
                            int i = at % (list.length() + 1);
                            return list.substring(0, i) + bad + list.substring(i);
                        case "double-hyphen":
                            return list + "--X";
                        default:
                            return list + "'";
                    }
                });
    }
}
