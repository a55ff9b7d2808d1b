package io.github.ins4j.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.InvalidTraitException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TRT-3 in HL7 timestamps (CDA birthTime, HL7 v2 PID-7), both ways. */
class BirthTimesTest {

    @ParameterizedTest
    @CsvSource({"1989-04-12, 19890412", "1960-00-00, 19601231", "1960-07-00, 19600701", "1960-00-15, 19600115"})
    void TRT_3_a_birth_date_is_written_as_its_conventional_date(String strict, String timestamp) {
        assertThat(BirthTimes.format(BirthDate.parse(strict))).isEqualTo(timestamp);
    }

    @ParameterizedTest
    @CsvSource({"1960, 1960-00-00, false", "196007, 1960-07-00, false", "19600000, 1960-00-00, false",
        "19890412, 1989-04-12, true", "198904120830, 1989-04-12, true", "19890412083012, 1989-04-12, true",
        "19890412083012.5+0200, 1989-04-12, true", "19890412083012.1234-0500, 1989-04-12, true",
        "19890412+0100, 1989-04-12, true"})
    void TRT_3_timestamps_of_every_precision_are_read(String timestamp, String strict, boolean exact) {
        BirthDate read = BirthTimes.parse(timestamp);
        assertThat(read.value()).isEqualTo(strict);
        assertThat(read.isExact()).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "89", "1989-04-12", "1989041", "198904120", "19890412083012.12345",
        "１９８９０４１２", "19890412+01", "1989041208301212345678901"})
    void what_is_not_a_timestamp_is_refused_without_being_repeated(String text) {
        assertThatThrownBy(() -> BirthTimes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19891312", "19890230", "29890412"})
    void impossible_or_future_dates_are_invalid_traits(String text) {
        assertThatThrownBy(() -> BirthTimes.parse(text)).isInstanceOf(InvalidTraitException.class);
    }
}
