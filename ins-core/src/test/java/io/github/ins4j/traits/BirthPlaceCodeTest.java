package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.BirthPlaceCode.Kind;
import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The birth place code: TRT-4. */
class BirthPlaceCodeTest {

    static InvalidTraitException rejection(CharSequence text) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> BirthPlaceCode.parse(text));
        assertThat(e).as("BirthPlaceCode.of should refuse the text").isNotNull();
        assertThat(e.trait()).isEqualTo(Trait.BIRTH_PLACE_CODE);
        return e;
    }

    // ---- worked examples ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "75056, METROPOLITAN",
        "01001, METROPOLITAN",
        "95001, METROPOLITAN",
        "2A004, METROPOLITAN",
        "2B033, METROPOLITAN",
        "20004, METROPOLITAN",
        "97411, OVERSEAS",
        "97101, OVERSEAS",
        "98818, OVERSEAS",
        "99100, ABROAD",
        "99352, ABROAD",
        "99999, UNKNOWN",
    })
    void TRT_4_examples_of_each_kind(String code, Kind kind) {
        BirthPlaceCode place = BirthPlaceCode.parse(code);
        assertThat(place.value()).isEqualTo(code);
        assertThat(place.kind()).isEqualTo(kind);
        assertThat(place.isUnknown()).isEqualTo(kind == Kind.UNKNOWN);
        assertThat(place.toString()).doesNotContain(code).contains(kind.name());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, Reason.NULL, -1),
                Arguments.of("", Reason.EMPTY, -1),
                Arguments.of("2a004", Reason.INVALID_CHARACTER, 1),
                Arguments.of("2b033", Reason.INVALID_CHARACTER, 1),
                Arguments.of("12A45", Reason.INVALID_CHARACTER, 2),
                Arguments.of("3A004", Reason.INVALID_CHARACTER, 1),
                Arguments.of("A2004", Reason.INVALID_CHARACTER, 0),
                Arguments.of("2A0B4", Reason.INVALID_CHARACTER, 3),
                Arguments.of("2C004", Reason.INVALID_CHARACTER, 1),
                Arguments.of(" 2A04", Reason.INVALID_CHARACTER, 0),
                Arguments.of("7505O", Reason.INVALID_CHARACTER, 4),
                Arguments.of("750\u00A06", Reason.INVALID_CHARACTER, 3),
                Arguments.of("\u0667\u0665056", Reason.INVALID_CHARACTER, 0),
                Arguments.of("1234", Reason.TOO_SHORT, -1),
                Arguments.of("2A", Reason.TOO_SHORT, -1),
                Arguments.of("123456", Reason.TOO_LONG, 5),
                Arguments.of(" 2A004 ", Reason.TOO_LONG, 5),
                Arguments.of("7".repeat(10_000), Reason.TOO_LONG, 5),
                Arguments.of("00123", Reason.INVALID_VALUE, 0),
                Arguments.of("00000", Reason.INVALID_VALUE, 0));
    }

    @ParameterizedTest(name = "[{0}] -> {1} at {2}")
    @MethodSource("refused")
    void TRT_4_each_reason_has_its_position(String text, Reason reason, int index) {
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.errorIndex()).isEqualTo(index);
        if (text != null && text.length() >= 3) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void TRT_4_typed_codes_are_trimmed_and_upper_cased() {
        assertThat(BirthPlaceCode.parseTyped(" 2a004 ")).isEqualTo(BirthPlaceCode.parse("2A004"));
        assertThat(BirthPlaceCode.parseTyped("\t2b033\n").value()).isEqualTo("2B033");
        assertThat(BirthPlaceCode.parseTyped("75056")).isEqualTo(BirthPlaceCode.parse("75056"));
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> BirthPlaceCode.parseTyped("   ")).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> BirthPlaceCode.parseTyped(null)).reason())
                .isEqualTo(Reason.NULL);
        assertThat(catchThrowableOfType(InvalidTraitException.class,
                () -> BirthPlaceCode.parseTyped(" ".repeat(10_000))).reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(catchThrowableOfType(InvalidTraitException.class, () -> BirthPlaceCode.parseTyped("75o56")).errorIndex())
                .isEqualTo(2);
    }

    @Test
    void TRT_8_equality_examples() {
        assertThat(BirthPlaceCode.parse("2A004")).isEqualTo(BirthPlaceCode.parse(new StringBuilder("2A004")))
                .hasSameHashCodeAs(BirthPlaceCode.parse("2A004"))
                .isNotEqualTo(BirthPlaceCode.parse("20004"))
                .isNotEqualTo("2A004");
    }

    // ---- properties --------------------------------------------------------------------------

    @Property(tries = 1000)
    void TRT_4_every_code_of_each_layout_is_accepted_with_its_kind(@ForAll("codes") Tuple2<String, Kind> code) {
        BirthPlaceCode place = BirthPlaceCode.parse(code.get1());
        assertThat(place.value()).isEqualTo(code.get1());
        assertThat(place.kind()).isEqualTo(code.get2());
        assertThat(place.isUnknown()).isEqualTo(code.get2() == Kind.UNKNOWN);
        assertThat(BirthPlaceCode.parse(place.value())).isEqualTo(place).hasSameHashCodeAs(place);
    }

    @Property(tries = 500)
    void TRT_4_to_string_masks_the_code(@ForAll("codes") Tuple2<String, Kind> code) {
        String shown = BirthPlaceCode.parse(code.get1()).toString();
        assertThat(shown).doesNotContain(code.get1()).doesNotContain(code.get1().substring(2));
        assertThat(shown).contains(code.get2().name());
    }

    @Property(tries = 500)
    void TRT_4_typed_codes_equal_the_strict_ones(@ForAll("codes") Tuple2<String, Kind> code,
            @ForAll("blanks") String before, @ForAll("blanks") String after) {
        String typed = before + code.get1().toLowerCase(Locale.ROOT) + after;
        assertThat(BirthPlaceCode.parseTyped(typed)).isEqualTo(BirthPlaceCode.parse(code.get1()));
    }

    @Property(tries = 1000)
    void TRT_4_a_bad_character_is_refused_at_its_index(@ForAll("codes") Tuple2<String, Kind> code,
            @ForAll @IntRange(min = 0, max = 4) int index, @ForAll("notDigits") char bad) {
        String text = code.get1().substring(0, index) + bad + code.get1().substring(index + 1);
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        // the characters before it are those of a valid code (a 2A / 2B prefix included)
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Property(tries = 500)
    void TRT_4_A_and_B_only_after_a_2_at_index_1(@ForAll("codes") Tuple2<String, Kind> code,
            @ForAll @IntRange(min = 0, max = 4) int index, @ForAll("aOrB") char letter) {
        String text = code.get1().substring(0, index) + letter + code.get1().substring(index + 1);
        if (index == 1 && text.charAt(0) == '2') {
            assertThat(BirthPlaceCode.parse(text).kind()).isEqualTo(Kind.METROPOLITAN);
            return;
        }
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER);
        assertThat(e.errorIndex()).isEqualTo(index);
    }

    @Provide
    Arbitrary<Character> aOrB() {
        return Arbitraries.of('A', 'B');
    }

    @Property(tries = 500)
    void TRT_4_only_five_characters(@ForAll("codes") Tuple2<String, Kind> code,
            @ForAll @IntRange(min = 1, max = 30) int length) {
        String text = (code.get1() + "1".repeat(30)).substring(0, length);
        if (length == 5) {
            assertThat(BirthPlaceCode.parse(text).value()).isEqualTo(code.get1());
            return;
        }
        InvalidTraitException e = rejection(text);
        assertThat(e.reason()).isEqualTo(length < 5 ? Reason.TOO_SHORT : Reason.TOO_LONG);
        assertThat(e.errorIndex()).isEqualTo(length < 5 ? -1 : 5);
    }

    @Property(tries = 200)
    void TRT_4_department_00_is_refused(@ForAll @IntRange(min = 0, max = 999) int commune) {
        InvalidTraitException e = rejection(String.format("00%03d", commune));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(e.errorIndex()).isZero();
    }

    @Property(tries = 500)
    void TRT_8_equal_iff_codes_are_equal(@ForAll("fewCodes") String a, @ForAll("fewCodes") String b) {
        assertThat(BirthPlaceCode.parse(a).equals(BirthPlaceCode.parse(b))).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(BirthPlaceCode.parse(a).hashCode()).isEqualTo(BirthPlaceCode.parse(b).hashCode());
        }
    }

    // ---- generators --------------------------------------------------------------------------

    /** A code of every layout of TRT-4, with the kind it must have. */
    @Provide
    Arbitrary<Tuple2<String, Kind>> codes() {
        Arbitrary<Integer> commune3 = Arbitraries.integers().between(0, 999);
        Arbitrary<Tuple2<String, Kind>> metropolitan = Combinators.combine(
                Arbitraries.integers().between(1, 95).filter(d -> d != 20), commune3)
                .as((d, c) -> Tuple.of(String.format("%02d%03d", d, c), Kind.METROPOLITAN));
        Arbitrary<Tuple2<String, Kind>> corsica = Combinators.combine(Arbitraries.of("2A", "2B", "20"), commune3)
                .as((d, c) -> Tuple.of(d + String.format("%03d", c), Kind.METROPOLITAN));
        Arbitrary<Tuple2<String, Kind>> overseas = Combinators.combine(Arbitraries.of("97", "98"),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 99))
                .as((d, x, c) -> Tuple.of(d + x + String.format("%02d", c), Kind.OVERSEAS));
        Arbitrary<Tuple2<String, Kind>> abroad = Arbitraries.integers().between(0, 998)
                .map(c -> Tuple.of(String.format("99%03d", c), Kind.ABROAD));
        Arbitrary<Tuple2<String, Kind>> unknown = Arbitraries.just(Tuple.of("99999", Kind.UNKNOWN));
        return Arbitraries.oneOf(metropolitan, corsica, overseas, abroad, unknown);
    }

    @Provide
    Arbitrary<Character> notDigits() {
        return Arbitraries.of('a', 'b', 'X', 'O', 'C', ' ', '-', '\u00A0', '\u0663', '\uFF11', '\u0000');
    }

    @Provide
    Arbitrary<String> fewCodes() {
        return Arbitraries.of("2A004", "2B004", "20004", "75056", "99999", "99100");
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n").ofMaxLength(3);
    }
}
