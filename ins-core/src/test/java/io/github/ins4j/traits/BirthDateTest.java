package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The birth date: TRT-3 exact and uncertain dates, TRT-8 equality. */
class BirthDateTest {

    /** Today is 15 June 2024 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    /** A clock far ahead, for the properties of the calendar that do not concern the future. */
    static final Clock FAR_AHEAD = Clock.fixed(Instant.parse("2999-12-31T12:00:00Z"), ZoneOffset.UTC);

    static InvalidTraitException rejection(ThrowingCallable call) {
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, call);
        assertThat(e).as("the date should be refused").isNotNull();
        assertThat(e.trait()).isEqualTo(Trait.BIRTH_DATE);
        return e;
    }

    static String iso(int year, int month, int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    // ---- TRT-3 worked examples ---------------------------------------------------------------

    @Test
    void TRT_3_an_exact_date() {
        BirthDate date = BirthDate.parse("1985-03-12", CLOCK);
        assertThat(date.isExact()).isTrue();
        assertThat(date.exactDate()).contains(LocalDate.of(1985, 3, 12));
        assertThat(date.conventionalDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(date.year()).isEqualTo(1985);
        assertThat(date.month()).hasValue(3);
        assertThat(date.day()).hasValue(12);
        assertThat(date.value()).isEqualTo("1985-03-12");
        assertThat(date.raw()).isEqualTo("1985-03-12");
    }

    @Test
    void TRT_3_lunar_dates_keep_their_known_parts_and_raw_text() {
        BirthDate both = BirthDate.parse("1960-00-00", CLOCK);
        assertThat(both.isExact()).isFalse();
        assertThat(both.exactDate()).isEmpty();
        assertThat(both.year()).isEqualTo(1960);
        assertThat(both.month()).isEmpty();
        assertThat(both.day()).isEmpty();
        assertThat(both.conventionalDate()).isEqualTo(LocalDate.of(1960, 12, 31));
        assertThat(both.value()).isEqualTo("1960-00-00");
        assertThat(both.raw()).isEqualTo("1960-00-00");

        BirthDate dayUnknown = BirthDate.parse("1960-07-00", CLOCK);
        assertThat(dayUnknown.isExact()).isFalse();
        assertThat(dayUnknown.month()).hasValue(7);
        assertThat(dayUnknown.day()).isEmpty();
        assertThat(dayUnknown.conventionalDate()).isEqualTo(LocalDate.of(1960, 7, 1));

        BirthDate monthUnknown = BirthDate.parse("1960-00-15", CLOCK);
        assertThat(monthUnknown.isExact()).isFalse();
        assertThat(monthUnknown.month()).isEmpty();
        assertThat(monthUnknown.day()).hasValue(15);
        assertThat(monthUnknown.conventionalDate()).isEqualTo(LocalDate.of(1960, 1, 15));
    }

    @Test
    void TRT_3_an_uncertain_local_date_is_never_exact() {
        BirthDate uncertain = BirthDate.uncertain(LocalDate.of(1960, 12, 31));
        assertThat(uncertain.isExact()).isFalse();
        assertThat(uncertain.exactDate()).isEmpty();
        assertThat(uncertain.conventionalDate()).isEqualTo(LocalDate.of(1960, 12, 31));
        assertThat(uncertain.month()).isEqualTo(OptionalInt.empty());
        assertThat(uncertain.day()).isEqualTo(OptionalInt.empty());
        assertThat(uncertain.year()).isEqualTo(1960);
        assertThat(uncertain).isNotEqualTo(BirthDate.of(LocalDate.of(1960, 12, 31), CLOCK));
        assertThat(uncertain).isNotEqualTo(BirthDate.parse("1960-00-00", CLOCK));
        assertThat(uncertain.isSameConventionalDate(BirthDate.parse("1960-00-00", CLOCK))).isTrue();
        assertThat(uncertain.toString()).contains("uncertain");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, Reason.NULL, -1),
                Arguments.of("", Reason.EMPTY, -1),
                Arguments.of("1985-03-120", Reason.TOO_LONG, 10),
                Arguments.of("1".repeat(10_000), Reason.TOO_LONG, 10),
                Arguments.of("1985-03", Reason.TOO_SHORT, -1),
                Arguments.of("1985/03/12", Reason.DATE_FORMAT, 4),
                Arguments.of("12/03/1985", Reason.DATE_FORMAT, 2),
                Arguments.of("\u0661\u0669\u0668\u0665-03-12", Reason.DATE_FORMAT, 0),
                Arguments.of("1985-0\u0663-12", Reason.DATE_FORMAT, 6),
                Arguments.of("1985-3-12", Reason.DATE_FORMAT, 6),
                Arguments.of(" 1985-03-1", Reason.DATE_FORMAT, 0),
                Arguments.of("1985-03-1x", Reason.DATE_FORMAT, 9),
                Arguments.of("1985-02-30", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1985-04-31", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1985-13-01", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1960-13-00", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1960-00-32", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1799-01-01", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("0000-00-00", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("1900-02-29", Reason.IMPOSSIBLE_DATE, -1),
                Arguments.of("2024-06-16", Reason.FUTURE_DATE, -1),
                Arguments.of("2024-07-00", Reason.FUTURE_DATE, -1),
                Arguments.of("2025-00-00", Reason.FUTURE_DATE, -1),
                Arguments.of("9999-12-31", Reason.FUTURE_DATE, -1));
    }

    @ParameterizedTest(name = "[{0}] -> {1} at {2}")
    @MethodSource("refused")
    void TRT_3_each_reason_has_its_position(String text, Reason reason, int index) {
        InvalidTraitException e = rejection(() -> BirthDate.parse(text, CLOCK));
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.errorIndex()).isEqualTo(index);
        if (text != null && text.length() >= 4) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void TRT_3_today_is_accepted_tomorrow_is_not() {
        assertThat(BirthDate.parse("2024-06-15", CLOCK).exactDate()).contains(TODAY);
        assertThat(BirthDate.parse("2024-06-00", CLOCK).isExact()).isFalse();
        assertThat(BirthDate.of(TODAY, CLOCK).exactDate()).contains(TODAY);
        assertThat(rejection(() -> BirthDate.of(TODAY.plusDays(1), CLOCK)).reason()).isEqualTo(Reason.FUTURE_DATE);
        assertThat(rejection(() -> BirthDate.parseTyped("16/06/2024", CLOCK)).reason()).isEqualTo(Reason.FUTURE_DATE);
        assertThat(rejection(() -> BirthDate.of(LocalDate.of(1799, 12, 31), CLOCK)).reason())
                .isEqualTo(Reason.IMPOSSIBLE_DATE);
    }

    @Test
    void TRT_3_today_is_taken_in_the_zone_of_the_clock() {
        // 23:30 UTC on 14 June is already 15 June in Paris
        Instant evening = Instant.parse("2024-06-14T23:30:00Z");
        assertThat(BirthDate.parse("2024-06-15", Clock.fixed(evening, ZoneId.of("Europe/Paris"))).isExact()).isTrue();
        assertThat(rejection(() -> BirthDate.parse("2024-06-15", Clock.fixed(evening, ZoneOffset.UTC))).reason())
                .isEqualTo(Reason.FUTURE_DATE);
    }

    @Test
    void TRT_3_leap_years() {
        assertThat(BirthDate.parse("2000-02-29", CLOCK).exactDate()).contains(LocalDate.of(2000, 2, 29));
        assertThat(BirthDate.parse("2024-02-29", CLOCK).isExact()).isTrue();
        assertThat(rejection(() -> BirthDate.parse("1900-02-29", CLOCK)).reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
        assertThat(rejection(() -> BirthDate.parse("2023-02-29", CLOCK)).reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/03/1985", "12-03-1985", "12.03.1985", "12 03 1985", "12/3/1985", " 12/03/1985 ",
        "\t12/03/1985\n", "1985-03-12", "1985-3-12"})
    void TRT_3_typed_dates_day_first(String typed) {
        assertThat(BirthDate.parseTyped(typed, CLOCK)).isEqualTo(BirthDate.parse("1985-03-12", CLOCK));
    }

    @Test
    void TRT_3_typed_dates_short_and_lunar() {
        assertThat(BirthDate.parseTyped("1/3/1985", CLOCK)).isEqualTo(BirthDate.parse("1985-03-01", CLOCK));
        assertThat(BirthDate.parseTyped("00/00/1960", CLOCK)).isEqualTo(BirthDate.parse("1960-00-00", CLOCK));
        assertThat(BirthDate.parseTyped("00/07/1960", CLOCK)).isEqualTo(BirthDate.parse("1960-07-00", CLOCK));
        assertThat(BirthDate.parseTyped("15/00/1960", CLOCK)).isEqualTo(BirthDate.parse("1960-00-15", CLOCK));
        assertThat(BirthDate.parseTyped("00/00/1960", CLOCK).isExact()).isFalse();
    }

    static Stream<Arguments> typedRefused() {
        return Stream.of(
                Arguments.of(null, Reason.NULL),
                Arguments.of("", Reason.EMPTY),
                Arguments.of(" \t ", Reason.EMPTY),
                Arguments.of("1".repeat(10_000), Reason.TOO_LONG),
                Arguments.of("12/03/85", Reason.DATE_FORMAT),
                Arguments.of("12031985", Reason.DATE_FORMAT),
                Arguments.of("\u0661\u0662/03/1985", Reason.DATE_FORMAT),
                Arguments.of("\u0661\u0662/\u0660\u0663/\u0661\u0669\u0668\u0665", Reason.DATE_FORMAT),
                Arguments.of("March 12, 1985", Reason.DATE_FORMAT),
                Arguments.of("31/02/1985", Reason.IMPOSSIBLE_DATE),
                Arguments.of("12/13/1985", Reason.IMPOSSIBLE_DATE),
                Arguments.of("01/01/1799", Reason.IMPOSSIBLE_DATE),
                Arguments.of("01/01/2025", Reason.FUTURE_DATE));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @MethodSource("typedRefused")
    void TRT_3_typed_refusals(String typed, Reason reason) {
        assertThat(rejection(() -> BirthDate.parseTyped(typed, CLOCK)).reason()).isEqualTo(reason);
    }

    @Test
    void TRT_3_to_string_masks_the_date() {
        assertThat(BirthDate.parse("1985-03-12", CLOCK).toString()).contains("exact").doesNotContain("1985")
                .doesNotContain("03").doesNotContain("12");
        assertThat(BirthDate.parse("1960-00-00", CLOCK).toString()).contains("uncertain").doesNotContain("1960");
    }

    // ---- TRT-3 properties --------------------------------------------------------------------

    @Property(tries = 1000)
    void TRT_3_conventional_date_of_a_lunar_date(@ForAll("lunarDates") int[] ymd) {
        int year = ymd[0];
        int month = ymd[1];
        int day = ymd[2];
        BirthDate date = BirthDate.parse(iso(year, month, day), CLOCK);
        // the ANS rule, computed independently
        LocalDate expected;
        if (month == 0 && day == 0) {
            expected = LocalDate.of(year, 12, 31);
        } else if (month == 0) {
            expected = LocalDate.of(year, 1, day);
        } else {
            expected = YearMonth.of(year, month).atDay(1);
        }
        assertThat(date.conventionalDate()).isEqualTo(expected);
        assertThat(date.isExact()).isFalse();
        assertThat(date.exactDate()).isEmpty();
        assertThat(date.year()).isEqualTo(year);
        assertThat(date.month()).isEqualTo(month == 0 ? OptionalInt.empty() : OptionalInt.of(month));
        assertThat(date.day()).isEqualTo(day == 0 ? OptionalInt.empty() : OptionalInt.of(day));
        assertThat(date.value()).isEqualTo(iso(year, month, day));
        assertThat(date.raw()).isEqualTo(iso(year, month, day));
    }

    @Property(tries = 1000)
    void TRT_3_exact_date_present_iff_exact(@ForAll("pastDates") int[] ymd) {
        BirthDate date = BirthDate.parse(iso(ymd[0], ymd[1], ymd[2]), CLOCK);
        boolean exact = ymd[1] != 0 && ymd[2] != 0;
        assertThat(date.isExact()).isEqualTo(exact);
        assertThat(date.exactDate().isPresent()).isEqualTo(exact);
        if (exact) {
            LocalDate local = LocalDate.of(ymd[0], ymd[1], ymd[2]);
            assertThat(date.exactDate()).contains(local);
            assertThat(date.conventionalDate()).isEqualTo(local);
            assertThat(BirthDate.of(local, CLOCK)).isEqualTo(date);
        }
    }

    @Property(tries = 1000)
    void TRT_3_a_day_exists_iff_java_time_says_so(@ForAll @IntRange(min = 1800, max = 2999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
        String text = iso(year, month, day);
        if (day <= YearMonth.of(year, month).lengthOfMonth()) {
            assertThat(BirthDate.parse(text, FAR_AHEAD).exactDate()).contains(LocalDate.of(year, month, day));
        } else {
            assertThat(rejection(() -> BirthDate.parse(text, FAR_AHEAD)).reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
        }
    }

    @Property(tries = 1000)
    void TRT_3_29_february_exists_in_leap_years_only(@ForAll @IntRange(min = 1800, max = 2999) int year) {
        String text = iso(year, 2, 29);
        if (YearMonth.of(year, 2).isLeapYear()) {
            assertThat(BirthDate.parse(text, FAR_AHEAD).isExact()).isTrue();
        } else {
            assertThat(rejection(() -> BirthDate.parse(text, FAR_AHEAD)).reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
        }
    }

    @Property(tries = 500)
    void TRT_3_months_above_12_and_years_before_1800_are_impossible(
            @ForAll @IntRange(min = 0, max = 1799) int earlyYear, @ForAll @IntRange(min = 13, max = 99) int month,
            @ForAll @IntRange(min = 0, max = 28) int day) {
        assertThat(rejection(() -> BirthDate.parse(iso(1990, month, day), CLOCK)).reason())
                .isEqualTo(Reason.IMPOSSIBLE_DATE);
        assertThat(rejection(() -> BirthDate.parse(iso(earlyYear, 1 + day % 12, day), CLOCK)).reason())
                .isEqualTo(Reason.IMPOSSIBLE_DATE);
    }

    @Property(tries = 1000)
    void TRT_3_a_date_after_today_is_refused(@ForAll("datesAroundToday") LocalDate date) throws Throwable {
        boolean future = date.isAfter(TODAY);
        String iso = date.toString();
        String typed = String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        for (ThrowingCallable call : new ThrowingCallable[] {
            () -> BirthDate.parse(iso, CLOCK), () -> BirthDate.parseTyped(typed, CLOCK), () -> BirthDate.of(date, CLOCK)}) {
            if (future) {
                assertThat(rejection(call).reason()).isEqualTo(Reason.FUTURE_DATE);
            } else {
                call.call();
            }
        }
        if (!future) {
            assertThat(BirthDate.parse(iso, CLOCK).exactDate()).contains(date);
        }
    }

    @Property(tries = 500)
    void TRT_3_a_lunar_date_is_refused_when_all_of_it_is_after_today(@ForAll("datesAroundToday") LocalDate date) {
        // month known, day unknown: the date is some day of that month
        String dayUnknown = iso(date.getYear(), date.getMonthValue(), 0);
        boolean monthInFuture = YearMonth.from(date).isAfter(YearMonth.from(TODAY));
        // year known only
        String yearOnly = iso(date.getYear(), 0, 0);
        boolean yearInFuture = date.getYear() > TODAY.getYear();
        check(dayUnknown, monthInFuture);
        check(yearOnly, yearInFuture);
    }

    private static void check(String text, boolean future) {
        if (future) {
            assertThat(rejection(() -> BirthDate.parse(text, CLOCK)).reason()).isEqualTo(Reason.FUTURE_DATE);
        } else {
            assertThat(BirthDate.parse(text, CLOCK).isExact()).isFalse();
        }
    }

    @Property(tries = 1000)
    void TRT_3_typed_dates_equal_the_parsed_iso_form(@ForAll("pastDates") int[] ymd,
            @ForAll("typedLayouts") String layout, @ForAll("blanks") String before, @ForAll("blanks") String after) {
        int year = ymd[0];
        int month = ymd[1];
        int day = ymd[2];
        String typed = before + String.format(layout, day, month, year) + after;
        BirthDate parsed = BirthDate.parse(iso(year, month, day), CLOCK);
        BirthDate parseTyped = BirthDate.parseTyped(typed, CLOCK);
        assertThat(parseTyped).as("typed [%s]", typed).isEqualTo(parsed);
        assertThat(parseTyped.isExact()).isEqualTo(parsed.isExact());
        assertThat(parseTyped.conventionalDate()).isEqualTo(parsed.conventionalDate());
    }

    @Property(tries = 1000)
    void TRT_3_to_string_masks_the_date(@ForAll("pastDates") int[] ymd) {
        String iso = iso(ymd[0], ymd[1], ymd[2]);
        BirthDate date = BirthDate.parse(iso, CLOCK);
        assertThat(date.toString()).doesNotContain(String.valueOf(ymd[0])).doesNotContain(iso)
                .doesNotContain(date.conventionalDate().toString());
        if (date.isExact()) {
            String uncertain = BirthDate.uncertain(date.conventionalDate()).toString();
            assertThat(uncertain).doesNotContain(String.valueOf(ymd[0]));
        }
    }

    @Property(tries = 500)
    void TRT_3_messages_never_contain_the_date(@ForAll @IntRange(min = 1000, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 99) int month, @ForAll @IntRange(min = 0, max = 99) int day) {
        String text = iso(year, month, day);
        InvalidTraitException e = catchThrowableOfType(InvalidTraitException.class, () -> BirthDate.parse(text, CLOCK));
        if (e != null) {
            assertThat(e.getMessage()).doesNotContain(text).doesNotContain(year + "-");
        }
        String typed = String.format("%02d/%02d/%04d", day, month, year);
        InvalidTraitException t = catchThrowableOfType(InvalidTraitException.class, () -> BirthDate.parseTyped(typed, CLOCK));
        if (t != null) {
            assertThat(t.getMessage()).doesNotContain(typed).doesNotContain("/" + year);
        }
    }

    // ---- TRT-8 properties --------------------------------------------------------------------

    @Property(tries = 1000)
    void TRT_8_equal_iff_strict_forms_are_equal(@ForAll("closeDates") int[] a, @ForAll("closeDates") int[] b) {
        String x = iso(a[0], a[1], a[2]);
        String y = iso(b[0], b[1], b[2]);
        BirthDate dx = BirthDate.parse(x, CLOCK);
        BirthDate dy = BirthDate.parse(y, CLOCK);
        assertThat(dx.equals(dy)).as("%s vs %s", x, y).isEqualTo(x.equals(y));
        if (x.equals(y)) {
            assertThat(dx.hashCode()).isEqualTo(dy.hashCode());
        }
    }

    @Property(tries = 500)
    void TRT_8_an_exact_date_is_never_equal_to_an_uncertain_one(@ForAll("datesAroundToday") LocalDate any) {
        LocalDate date = any.isAfter(TODAY) ? TODAY.minusDays(any.toEpochDay() - TODAY.toEpochDay()) : any;
        BirthDate exact = BirthDate.of(date, CLOCK);
        BirthDate uncertain = BirthDate.uncertain(date);
        assertThat(exact).isNotEqualTo(uncertain);
        assertThat(uncertain).isNotEqualTo(exact);
        assertThat(uncertain.conventionalDate()).isEqualTo(exact.conventionalDate());
        assertThat(uncertain.isExact()).isFalse();
        assertThat(uncertain).isEqualTo(BirthDate.uncertain(date)).hasSameHashCodeAs(BirthDate.uncertain(date));
        assertThat(exact).isEqualTo(BirthDate.parse(date.toString(), CLOCK));
    }

    // ---- generators --------------------------------------------------------------------------

    /** Lunar dates {year, month, day} up to 2023: day and/or month 00. */
    @Provide
    Arbitrary<int[]> lunarDates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1800, 2023);
        Arbitrary<int[]> bothUnknown = years.map(y -> new int[] {y, 0, 0});
        Arbitrary<int[]> dayUnknown = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((y, m) -> new int[] {y, m, 0});
        Arbitrary<int[]> monthUnknown = Combinators.combine(years, Arbitraries.integers().between(1, 31))
                .as((y, d) -> new int[] {y, 0, d});
        return Arbitraries.oneOf(bothUnknown, dayUnknown, monthUnknown);
    }

    /** Exact dates as {year, month, day}, up to today. */
    @Provide
    Arbitrary<int[]> exactDates() {
        return Arbitraries.integers().between(0, (int) TODAY.toEpochDay() - (int) LocalDate.of(1800, 1, 1).toEpochDay())
                .map(n -> LocalDate.of(1800, 1, 1).plusDays(n))
                .map(d -> new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()});
    }

    @Provide
    Arbitrary<int[]> pastDates() {
        return Arbitraries.oneOf(exactDates(), lunarDates());
    }

    @Provide
    Arbitrary<LocalDate> datesAroundToday() {
        Arbitrary<LocalDate> near = Arbitraries.integers().between(-400, 400).map(TODAY::plusDays);
        Arbitrary<LocalDate> far = Arbitraries.integers().between(0, 100_000)
                .map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
        return Arbitraries.oneOf(near, far);
    }

    /** A few dates, so that equal ones are frequent. */
    @Provide
    Arbitrary<int[]> closeDates() {
        return Combinators.combine(Arbitraries.integers().between(1990, 1991), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2)).as((y, m, d) -> new int[] {y, m, d});
    }

    @Provide
    Arbitrary<String> typedLayouts() {
        // day, month, year
        return Arbitraries.of("%02d/%02d/%04d", "%02d-%02d-%04d", "%02d.%02d.%04d", "%d/%d/%04d", "%d.%02d.%04d");
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t").ofMaxLength(3);
    }
}
