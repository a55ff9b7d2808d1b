package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TRT-5 normalisation: worked examples and properties. */
class TraitNormalizerTest {

    // ---- worked examples ---------------------------------------------------------------------

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the examples of the spec
        "Sarah-Lou            | SARAH-LOU",
        "GARCÍA               | GARCIA",
        "d’Artagnan           | D'ARTAGNAN",
        // diacritics
        "Éloïse               | ELOISE",
        "François             | FRANCOIS",
        "Hélène Ñúñez         | HELENE NUNEZ",
        "Müller               | MULLER",
        // ligatures
        "Œdipe                | OEDIPE",
        "cœur                 | COEUR",
        "Æsa                  | AESA",
        "læti                 | LAETI",
        "Strauß               | STRAUSS",
        "STRAUẞ               | STRAUSS",
        // apostrophe-like characters
        "O‘NEIL               | O'NEIL",
        "O`NEIL               | O'NEIL",
        "O´NEIL               | O'NEIL",
        "OʼNEIL               | O'NEIL",
        // dash-like characters
        "JEAN‐PIERRE          | JEAN-PIERRE",
        "JEAN‑PIERRE          | JEAN-PIERRE",
        "JEAN‒PIERRE          | JEAN-PIERRE",
        "JEAN–PIERRE          | JEAN-PIERRE",
        "JEAN—PIERRE          | JEAN-PIERRE",
        "MARTIN––DURAND       | MARTIN--DURAND",
        // spaces: runs become one, trimmed
        "\"  de   la  Fontaine \" | DE LA FONTAINE",
        // validation is not the normaliser's job: digits stay
        "Louis XIV 2          | LOUIS XIV 2",
    })
    void TRT_5_worked_examples(String typed, String expected) {
        assertThat(TraitNormalizer.normalize(typed)).isEqualTo(expected);
    }

    @Test
    void TRT_5_tabs_no_break_spaces_and_line_breaks_are_spaces() {
        assertThat(TraitNormalizer.normalize("\tJEAN\u00A0\u00A0 PIERRE\n")).isEqualTo("JEAN PIERRE");
        assertThat(TraitNormalizer.normalize("JEAN\u202FPIERRE\u3000")).isEqualTo("JEAN PIERRE");
        assertThat(TraitNormalizer.normalize(" \t\u00A0 ")).isEmpty();
        assertThat(TraitNormalizer.normalize("")).isEmpty();
    }

    @Test
    void TRT_5_decomposed_accents_are_removed_too() {
        // NFD input: E + COMBINING ACUTE, C + COMBINING CEDILLA
        assertThat(TraitNormalizer.normalize("He\u0301le\u0300ne Franc\u0327ois")).isEqualTo("HELENE FRANCOIS");
        // a mark alone between two spaces leaves a single space
        assertThat(TraitNormalizer.normalize("JEAN \u0301 PIERRE")).isEqualTo("JEAN PIERRE");
        assertThat(TraitNormalizer.normalize("\u0301JEAN\u0301")).isEqualTo("JEAN");
    }

    @Test
    void TRT_5_letters_with_a_stroke_lose_it() {
        // "remove diacritics": the stroke is a diacritic, which Unicode NFKD does not decompose
        assertThat(TraitNormalizer.normalize("Łukasz Wałęsa")).isEqualTo("LUKASZ WALESA");
        assertThat(TraitNormalizer.normalize("Søren Ørsted")).isEqualTo("SOREN ORSTED");
        assertThat(TraitNormalizer.normalize("Đorđe")).isEqualTo("DORDE");
        assertThat(TraitNormalizer.normalize("Ħal Ŧ")).isEqualTo("HAL T");
        assertThat(BirthName.parseTyped("Kiełbasa")).isEqualTo(BirthName.parse("KIELBASA"));
    }

    @Test
    void TRT_5_already_normalised_strings_are_returned_as_is() {
        String strict = "D'ARTAGNAN MARTIN--DURAND";
        assertThat(TraitNormalizer.normalize(strict)).isSameAs(strict);
        // not a String: an equal String
        assertThat(TraitNormalizer.normalize(new StringBuilder(strict))).isEqualTo(strict);
    }

    @Test
    void TRT_5_null_is_refused() {
        assertThatThrownBy(() -> TraitNormalizer.normalize(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void TRT_5_lone_surrogates_joined_by_removing_a_mark_keep_it_idempotent() {
        // a lone high surrogate, a combining mark, a lone low surrogate: removing the mark must
        // not join the halves into U+1D400 MATHEMATICAL BOLD CAPITAL A, which would then become "A"
        for (String text : new String[] {"\uD835\u0301\uDC00", "\uD835\u00A8\uDC00", "\uD801\u0301\uDC28"}) {
            String once = TraitNormalizer.normalize(text);
            assertThat(TraitNormalizer.normalize(once)).as("U+%04X...", (int) text.charAt(0)).isEqualTo(once);
        }
    }

    @Test
    void TRT_5_idempotent_on_every_code_point() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "A" + new String(Character.toChars(cp)) + "B";
            String once = TraitNormalizer.normalize(text);
            String twice = TraitNormalizer.normalize(once);
            if (!twice.equals(once)) {
                throw new AssertionError(String.format("not idempotent for U+%04X", cp));
            }
        }
    }

    // ---- properties --------------------------------------------------------------------------

    @Property(tries = 2000)
    void TRT_5_normalisation_is_idempotent(@ForAll("anyUnicode") String text) {
        String once = TraitNormalizer.normalize(text);
        assertThat(TraitNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void TRT_5_normalisation_is_idempotent_on_name_like_text(@ForAll("nameLike") String text) {
        String once = TraitNormalizer.normalize(text);
        assertThat(TraitNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void TRT_5_result_has_no_leading_trailing_or_double_space(@ForAll("anyOrNameLike") String text) {
        String normalized = TraitNormalizer.normalize(text);
        assertThat(normalized).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        // the only blank left is U+0020
        normalized.codePoints().filter(cp -> cp != ' ').forEach(cp -> assertThat(
                Character.isWhitespace(cp) || Character.isSpaceChar(cp)).as("U+%04X", cp).isFalse());
    }

    @Property(tries = 1000)
    void TRT_5_name_like_text_normalises_to_upper_case_ascii(@ForAll("nameLike") String text) {
        // letters with accents, ligatures, apostrophe- and dash-likes, blanks: all reach the INSi alphabet
        assertThat(TraitNormalizer.normalize(text)).matches("[A-Z' \\-]*");
    }

    @Property(tries = 1000)
    void TRT_5_every_typed_variant_of_a_strict_name_maps_back_to_it(@ForAll("retypedNames") String[] pair) {
        String strict = pair[0];
        String typed = pair[1];
        assertThat(TraitNormalizer.normalize(typed)).as("typed [%s]", typed).isEqualTo(strict);
    }

    @Property(tries = 500)
    void TRT_5_a_strict_name_is_returned_as_the_same_instance(@ForAll("birthNames") String strict) {
        assertThat(TraitNormalizer.normalize(strict)).isSameAs(strict);
    }

    @Property(tries = 500)
    void TRT_5_a_normalised_name_is_returned_as_the_same_instance(@ForAll("retypedNames") String[] pair) {
        String once = TraitNormalizer.normalize(pair[1]);
        assertThat(TraitNormalizer.normalize(once)).isSameAs(once);
    }

    @Property(tries = 500)
    void TRT_5_any_char_sequence_gives_the_same_result_as_its_string(@ForAll("anyOrNameLike") String text) {
        assertThat(TraitNormalizer.normalize(new StringBuilder(text))).isEqualTo(TraitNormalizer.normalize(text));
    }

    @Provide
    Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars("àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇœŒæÆßñÑ")
                .withChars(Names.APOSTROPHES).withChars(Names.DASHES)
                .withChars(" \t\u00A0\u202F\u2009")
                .withChars(Names.COMBINING_MARKS)
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> anyOrNameLike() {
        return Arbitraries.oneOf(anyUnicode(), nameLike());
    }

    @Provide
    Arbitrary<String[]> retypedNames() {
        return Names.retyped(Arbitraries.oneOf(Names.singleSeparatorNames(), Names.birthNames(),
                Names.firstNameLists()));
    }

    @Provide
    Arbitrary<String> birthNames() {
        return Arbitraries.oneOf(Names.birthNames(), Names.firstNameLists());
    }
}
