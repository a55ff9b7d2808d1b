package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sex trait: {@code M} or {@code F} only; the sex digit of a matricule (TRT-7). */
class SexTest {

    static InvalidTraitException rejection(CharSequence text) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> Sex.parse(text));
        assertThat(e).as("Sex.of should refuse the text").isNotNull();
        assertThat(e.trait()).isEqualTo(Trait.SEX);
        return e;
    }

    @Test
    void strict_codes() {
        assertThat(Sex.parse("M")).isEqualTo(Sex.M);
        assertThat(Sex.parse("F")).isEqualTo(Sex.F);
        assertThat(Sex.parse(new StringBuilder("F"))).isEqualTo(Sex.F);
        assertThat(Sex.M.code()).isEqualTo("M");
        assertThat(Sex.F.code()).isEqualTo("F");
    }

    @ParameterizedTest
    @ValueSource(strings = {"m", "f", "X", "H", "1", "MF", "M ", " F", "Ｍ"})
    void strict_form_refuses_any_other_code(String code) {
        assertThat(rejection(code).reason()).isEqualTo(Reason.INVALID_VALUE);
    }

    @Test
    void null_empty_and_huge_texts_are_refused() {
        assertThat(rejection(null).reason()).isEqualTo(Reason.NULL);
        assertThat(rejection("").reason()).isEqualTo(Reason.EMPTY);
        InvalidTraitException huge = rejection("M".repeat(10_000));
        assertThat(huge.reason()).isIn(Reason.TOO_LONG, Reason.INVALID_VALUE);
        assertThat(huge.getMessage()).hasSizeLessThan(300);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> Sex.parseTyped(" M".repeat(5_000))).reason())
                .isIn(Reason.TOO_LONG, Reason.INVALID_VALUE);
    }

    @Test
    void typed_codes() {
        assertThat(Sex.parseTyped(" f ")).isEqualTo(Sex.F);
        assertThat(Sex.parseTyped("m")).isEqualTo(Sex.M);
        assertThat(Sex.parseTyped("\tM\n")).isEqualTo(Sex.M);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> Sex.parseTyped("  ")).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> Sex.parseTyped(null)).reason())
                .isEqualTo(Reason.NULL);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> Sex.parseTyped("homme")).reason())
                .isEqualTo(Reason.INVALID_VALUE);
    }

    @Test
    void TRT_7_sex_digits_examples() {
        assertThat(Sex.fromSexDigit(1)).isEqualTo(Sex.M);
        assertThat(Sex.fromSexDigit(2)).isEqualTo(Sex.F);
        assertThatThrownBy(() -> Sex.fromSexDigit(5)).isInstanceOf(InvalidTraitException.class);
        assertThatThrownBy(() -> Sex.fromSexDigit(0)).isInstanceOf(InvalidTraitException.class);
    }

    // ---- properties --------------------------------------------------------------------------

    @Property(tries = 1000)
    void TRT_7_sex_digit_1_3_7_is_M_and_2_4_8_is_F(@ForAll("digits") int digit) {
        if (Set.of(1, 3, 7).contains(digit)) {
            assertThat(Sex.fromSexDigit(digit)).isEqualTo(Sex.M);
        } else if (Set.of(2, 4, 8).contains(digit)) {
            assertThat(Sex.fromSexDigit(digit)).isEqualTo(Sex.F);
        } else {
            assertThatThrownBy(() -> Sex.fromSexDigit(digit)).isInstanceOf(InvalidTraitException.class);
        }
    }

    @Property(tries = 1000)
    void only_M_and_F_are_strict_codes(@ForAll("codes") String text) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> Sex.parse(text));
        if (text.equals("M") || text.equals("F")) {
            assertThat(e).isNull();
            assertThat(Sex.parse(text).code()).isEqualTo(text);
        } else {
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(text.isEmpty() ? Reason.EMPTY : Reason.INVALID_VALUE);
        }
    }

    @Property(tries = 300)
    void typed_codes_ignore_case_and_surrounding_blanks(@ForAll("typedCodes") String code,
            @ForAll("blanks") String before, @ForAll("blanks") String after) {
        assertThat(Sex.parseTyped(before + code + after).code()).isEqualTo(code.toUpperCase(java.util.Locale.ROOT));
    }

    @Provide
    Arbitrary<Integer> digits() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1, 10), Arbitraries.integers());
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(Arbitraries.of("M", "F", "m", "f", ""), Arbitraries.strings().all().ofMaxLength(3));
    }

    @Provide
    Arbitrary<String> typedCodes() {
        return Arbitraries.of("M", "F", "m", "f");
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n").ofMaxLength(3);
    }
}
