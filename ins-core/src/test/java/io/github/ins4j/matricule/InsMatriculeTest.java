package io.github.ins4j.matricule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.matricule.InvalidMatriculeException.Reason;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples for each reason code and for the worked examples of spec/01-matricule.md. */
class InsMatriculeTest {

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "''                     | EMPTY             | -1",
        "' . '                  | EMPTY             | -1",
        "18406750561443         | LENGTH            | -1",
        "1840675056144350       | LENGTH            | 15",
        "1 84 06 75 056 144 3   | LENGTH            | -1",
        "18406750561443X        | INVALID_CHARACTER | 14",
        "1-84-06-75-056-144-35  | INVALID_CHARACTER | 1",
        "I84067505614435        | INVALID_CHARACTER | 0",
        "1840675O5614435        | INVALID_CHARACTER | 7",
        "584067505614435        | SEX_DIGIT         | 0",
        "084067505614435        | SEX_DIGIT         | 0",
        "184137505614435        | MONTH             | 3",
        "184007505614435        | MONTH             | 3",
        "1 84 15 75 056 144 35  | MONTH             | 5",
        "18406A505614435        | CORSICA_POSITION  | 5",
        "184063A05614435        | CORSICA_POSITION  | 6",
        "1840675056144A5        | INVALID_CHARACTER | 13",
        "2890469123120AB        | INVALID_CHARACTER | 13",
        "A84067505614435        | INVALID_CHARACTER | 0",
        "184067505614436        | KEY_MISMATCH      | 13",
        "184067505614400        | KEY_MISMATCH      | 13",
        "1 84 06 75 056 144 98  | KEY_MISMATCH      | 19",
    })
    void each_reason_has_its_code_and_position(String text, Reason reason, int index) {
        InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                () -> InsMatricule.parse(text));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.errorIndex()).isEqualTo(index);
        assertThat(e.getMessage()).contains(reason.name()).doesNotContain("1840675056144");
        assertThat(InsMatricule.isValid(text)).isFalse();
    }

    @Test
    void key_mismatch_says_which_key_the_13_characters_give() {
        assertThatThrownBy(() -> InsMatricule.parse("184067505614436"))
                .hasMessage("Invalid INS matricule (KEY_MISMATCH, at index 13):"
                        + " the key is 36 but the first 13 characters give 35");
        assertThatThrownBy(() -> InsMatricule.parse("184067505614498"))
                .hasMessageContaining("the key is 98, out of range 01-97");
    }

    @Test
    void unicode_digits_and_look_alikes_are_named_in_the_message() {
        assertThatThrownBy(() -> InsMatricule.parse("١84067505614435"))
                .hasMessageContaining("non-ASCII digit (U+0661)");
        assertThatThrownBy(() -> InsMatricule.parse("１84067505614435"))
                .hasMessageContaining("non-ASCII digit (U+FF11)");
        // A supplementary digit (MATHEMATICAL BOLD DIGIT ONE) is two chars: the first is refused.
        assertThatThrownBy(() -> InsMatricule.parse("\uD835\uDFCF84067505614435"))
                .isInstanceOfSatisfying(InvalidMatriculeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    }

    @Test
    void worked_example_paris() {
        InsMatricule m = InsMatricule.parse("1 84 06 75 056 144 35");
        assertThat(m.value()).isEqualTo("184067505614435");
        assertThat(m.format(MatriculeFormat.DISPLAY)).isEqualTo("1 84 06 75 056 144 35");
        assertThat(m.toString()).isEqualTo("1 84 ** ** *** *** 35");
        assertThat(m.sexDigit()).isEqualTo(1);
        assertThat(m.birthYearTwoDigits()).isEqualTo(84);
        assertThat(m.birthMonth()).isEqualTo(OptionalInt.of(6));
        assertThat(m.birthPlace()).isEqualTo(new MatriculeBirthPlace.Department("75", "056"));
        assertThat(m.orderNumber()).isEqualTo(144);
        assertThat(m.key()).isEqualTo(35);
    }

    @Test
    void worked_example_corsica() {
        InsMatricule south = InsMatricule.parse("2 89 04 2a 004 120 88");
        assertThat(south.value()).isEqualTo("289042A00412088");
        assertThat(south.birthPlace()).isEqualTo(new MatriculeBirthPlace.Department("2A", "004"));
        assertThat(south.birthPlace().toString()).isEqualTo("Department[2A***]");
        assertThat(InsMatricule.parse("154112B03301068").birthPlace())
                .isEqualTo(new MatriculeBirthPlace.Department("2B", "033"));
        assertThat(InsMatricule.parse("260052000407192").birthPlace())
                .isEqualTo(new MatriculeBirthPlace.Department("20", "004"));
    }

    @Test
    void worked_example_born_abroad_month_unknown() {
        InsMatricule m = InsMatricule.parse("101219935203168");
        assertThat(m.birthMonth()).isEmpty();
        assertThat(m.birthMonthCode()).isEqualTo(21);
        assertThat(m.birthPlace()).isEqualTo(new MatriculeBirthPlace.Abroad("352"));
        assertThat(m.birthPlace().code()).isEqualTo("99352");
    }

    @Test
    void overseas_birth_place_is_three_digits_and_a_two_digit_commune() {
        String body = "2950397112345";
        InsMatricule m = InsMatricule.parse(body + Matricules.oracleKey(body));
        assertThat(m.birthPlace()).isEqualTo(new MatriculeBirthPlace.Overseas("971", "12"));
        assertThat(m.birthPlace().toString()).isEqualTo("Overseas[971**]");
    }

    @Test
    void insi_fields_make_the_same_matricule() {
        assertThat(InsMatricule.of("1840675056144", "35"))
                .isEqualTo(InsMatricule.parse("184067505614435"));
        assertThat(InsMatricule.of("1840675056144", "35").numIdentifiant())
                .isEqualTo("1840675056144");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null,          35, NULL",
        "1840675056144, null, NULL",
        "184067505614,  35, LENGTH",
        "1840675056144, 5,  LENGTH",
        "1840675056144, 355, LENGTH",
        "1840675056144, 36, KEY_MISMATCH",
        "1840675056144, 3X, INVALID_CHARACTER",
        "18406750561 4, 35, INVALID_CHARACTER",
    })
    void insi_fields_are_taken_strictly(String numIdentifiant, String cle, Reason reason) {
        InvalidMatriculeException e = catchThrowableOfType(InvalidMatriculeException.class,
                () -> InsMatricule.of(numIdentifiant, cle));
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void equal_by_value() {
        InsMatricule a = InsMatricule.parse("184067505614435");
        InsMatricule b = InsMatricule.parse("1.84.06.75.056.144.35");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b)
                .isNotEqualTo(InsMatricule.parse("289042A00412088")).isNotEqualTo("184067505614435");
    }

    @Test
    void format_refuses_null() {
        assertThatThrownBy(() -> InsMatricule.parse("184067505614435").format(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("format");
    }

    @Test
    void MAT_3_a_birth_place_part_of_the_wrong_length_is_an_invalid_matricule_part() {
        for (Runnable bad : java.util.List.<Runnable>of(() -> new MatriculeBirthPlace.Department("7", "056"),
                () -> new MatriculeBirthPlace.Overseas("97", "12"), () -> new MatriculeBirthPlace.Abroad("3520"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(bad::run)
                    .isInstanceOfSatisfying(InvalidMatriculeException.class, e -> org.assertj.core.api.Assertions
                            .assertThat(e.reason()).isEqualTo(InvalidMatriculeException.Reason.LENGTH));
        }
    }
}
