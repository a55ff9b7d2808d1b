package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The birth date, exact or uncertain (TRT-3).
 *
 * <ul>
 *   <li>An <b>exact</b> date has a year, a month and a day: {@code 1985-03-12}.</li>
 *   <li>An <b>uncertain</b> date comes either from INSi as a "lunar" date whose unknown day and/or
 *       month is {@code 00} ({@code 1960-00-00}, {@code 1960-07-00}, {@code 1960-00-15}), whose known
 *       parts are kept; or from a local record that only holds the conventional date of an uncertain
 *       birth date ({@link #uncertain(LocalDate)}).</li>
 * </ul>
 *
 * <p>{@link #exactDate()} is for exact dates only. An uncertain date still gives the conventional
 * calendar date the ANS guide prescribes for fields that need one — day unknown: the 1st; month
 * unknown: January; both unknown: 31 December — through {@link #conventionalDate()}, and stays
 * marked uncertain so that it can never be mistaken for an exact date.
 *
 * <p>Refused: a date after today ({@code FUTURE_DATE}, today in Europe/Paris unless a
 * {@link Clock} is given), an impossible date such as {@code 1985-02-30} or a year before 1800
 * ({@code IMPOSSIBLE_DATE}), and anything not in the expected format ({@code DATE_FORMAT}).
 *
 * <p>Personal data: {@code toString()} says only whether the date is exact.
 *
 * <pre>{@code
 * BirthDate.parse("1985-03-12").exactDate();         // Optional[1985-03-12]
 * BirthDate.parse("1960-00-00").conventionalDate();  // 1960-12-31, and isExact() is false
 * BirthDate.parseTyped("12/03/1985");                  // what the desk typed, day first
 * }</pre>
 */
public final class BirthDate {

    /** Zone in which "today" is taken by the factories without a {@link Clock}. */
    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    /** Earliest year accepted (a decision of ins4j: nobody alive or in INSi was born before). */
    public static final int MIN_YEAR = 1800;

    private static final int MAX_TYPED_LENGTH = 100;
    private static final Pattern TYPED_DAY_FIRST =
            Pattern.compile("(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})");
    private static final Pattern TYPED_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final int EXACT = 0;
    private static final int LUNAR = 1;
    private static final int CONVENTIONAL = 2;

    private final int year;
    /** 1-12, or 0 when unknown. */
    private final int month;
    /** 1-31, or 0 when unknown. */
    private final int day;
    private final int kind;
    private final String raw;

    private BirthDate(int year, int month, int day, int kind, String raw) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.kind = kind;
        this.raw = raw;
    }

    /**
     * Parses the strict INSi form {@code YYYY-MM-DD}, {@code 00} for an unknown day or month.
     * Today is taken in Europe/Paris.
     *
     * @param strict the date, e.g. {@code 1985-03-12} or {@code 1960-00-00}
     * @return the birth date
     * @throws InvalidTraitException if the text is not such a date, is impossible or in the future
     */
    public static BirthDate parse(@Nullable CharSequence strict) {
        return parse(strict, Clock.system(FRANCE));
    }

    /**
     * Parses the strict INSi form {@code YYYY-MM-DD}, with "today" read from the given clock.
     *
     * @param strict the date
     * @param clock  the clock that says what today is (its zone counts)
     * @return the birth date
     * @throws InvalidTraitException if the text is not such a date, is impossible or in the future
     */
    public static BirthDate parse(@Nullable CharSequence strict, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (strict == null) {
            throw error(Reason.NULL, -1, "the text is null");
        }
        int length = strict.length();
        if (length == 0) {
            throw error(Reason.EMPTY, -1, "the text is empty");
        }
        if (length > 10) {
            throw error(Reason.TOO_LONG, 10, "the text has " + length + " characters;"
                    + " YYYY-MM-DD has 10");
        }
        for (int i = 0; i < length; i++) {
            char c = strict.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                throw error(Reason.DATE_FORMAT, i, "expected YYYY-MM-DD ("
                        + (dash ? "a hyphen" : "an ASCII digit") + " at index " + i + "), found "
                        + NameRules.describe(c));
            }
        }
        if (length < 10) {
            throw error(Reason.TOO_SHORT, -1, "the text has " + length + " characters;"
                    + " YYYY-MM-DD has 10");
        }
        String text = strict.toString();
        return build(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10), text, clock);
    }

    /**
     * Parses what a person typed: {@code DD/MM/YYYY} (also with {@code -}, {@code .} or a space),
     * one or two digits for the day and month, {@code 00} when unknown; or {@code YYYY-MM-DD}.
     * Surrounding spaces are ignored. Today is taken in Europe/Paris.
     *
     * @param typed the typed date, e.g. {@code 12/03/1985} or {@code 00/00/1960}
     * @return the birth date
     * @throws InvalidTraitException if the text is not such a date, is impossible or in the future
     */
    public static BirthDate parseTyped(@Nullable CharSequence typed) {
        return parseTyped(typed, Clock.system(FRANCE));
    }

    /**
     * Parses what a person typed, with "today" read from the given clock; see
     * {@link #parseTyped(CharSequence)}.
     *
     * @param typed the typed date
     * @param clock the clock that says what today is
     * @return the birth date
     * @throws InvalidTraitException if the text is not such a date, is impossible or in the future
     */
    public static BirthDate parseTyped(@Nullable CharSequence typed, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (typed == null) {
            throw error(Reason.NULL, -1, "the text is null");
        }
        if (typed.length() > MAX_TYPED_LENGTH) {
            throw error(Reason.TOO_LONG, MAX_TYPED_LENGTH, "the text has " + typed.length()
                    + " characters; a typed date has at most " + MAX_TYPED_LENGTH);
        }
        String text = typed.toString().strip();
        if (text.isEmpty()) {
            throw error(Reason.EMPTY, -1, "the text is blank");
        }
        Matcher dayFirst = TYPED_DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return build(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                    Integer.parseInt(dayFirst.group(1)), text, clock);
        }
        Matcher iso = TYPED_ISO.matcher(text);
        if (iso.matches()) {
            return build(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), text, clock);
        }
        throw error(Reason.DATE_FORMAT, -1, "expected DD/MM/YYYY or YYYY-MM-DD with ASCII digits,"
                + " 00 for an unknown day or month");
    }

    /**
     * Builds an exact birth date. Today is taken in Europe/Paris.
     *
     * @param date the date
     * @return the birth date
     * @throws InvalidTraitException if the date is in the future or before {@value #MIN_YEAR}
     * @throws NullPointerException  if {@code date} is {@code null}
     */
    public static BirthDate of(LocalDate date) {
        return of(date, Clock.system(FRANCE));
    }

    /**
     * Builds an exact birth date, with "today" read from the given clock.
     *
     * @param date  the date
     * @param clock the clock that says what today is
     * @return the birth date
     * @throws InvalidTraitException if the date is in the future or before {@value #MIN_YEAR}
     */
    public static BirthDate of(LocalDate date, Clock clock) {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        return build(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.toString(), clock);
    }

    /**
     * Builds an uncertain birth date known only by its conventional calendar date, as a local
     * record keeps it (e.g. {@code 1960-12-31} for a date whose day and month are unknown). Only its
     * year counts as known. Today is taken in Europe/Paris.
     *
     * @param conventional the conventional date
     * @return an uncertain birth date
     * @throws InvalidTraitException if the date is in the future or before {@value #MIN_YEAR}
     */
    public static BirthDate uncertain(LocalDate conventional) {
        BirthDate exact = of(conventional);
        return new BirthDate(exact.year, exact.month, exact.day, CONVENTIONAL, exact.raw);
    }

    private static BirthDate build(int year, int month, int day, String raw, Clock clock) {
        if (year < MIN_YEAR) {
            throw error(Reason.IMPOSSIBLE_DATE, -1, "the year is before " + MIN_YEAR);
        }
        if (month > 12) {
            throw error(Reason.IMPOSSIBLE_DATE, -1, "the month is above 12");
        }
        int maxDay = month == 0 ? 31 : YearMonth.of(year, month).lengthOfMonth();
        if (day > maxDay) {
            throw error(Reason.IMPOSSIBLE_DATE, -1, "the day is above " + maxDay
                    + (month == 0 ? "" : ", the length of that month"));
        }
        LocalDate today = today(clock);
        // The earliest day the date can stand for must not be after today.
        LocalDate earliest = LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        if (earliest.isAfter(today)) {
            throw error(Reason.FUTURE_DATE, -1, "the date is after today");
        }
        return new BirthDate(year, month, day, month == 0 || day == 0 ? LUNAR : EXACT, raw);
    }

    /**
     * Today by the clock, even for a clock outside the years a {@link LocalDate} holds
     * ({@code Instant.MAX}, {@code Instant.MIN}): such a "today" is taken as the last or first day
     * a {@code LocalDate} holds, instead of a {@link java.time.DateTimeException} from inside.
     */
    private static LocalDate today(Clock clock) {
        Instant now = Objects.requireNonNull(clock.instant(), "the clock gave a null instant");
        try {
            return LocalDate.ofInstant(now, clock.getZone());
        } catch (DateTimeException outOfRange) {
            return now.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    private static InvalidTraitException error(Reason reason, int index, String detail) {
        return new InvalidTraitException(Trait.BIRTH_DATE, reason, index, detail);
    }

    /**
     * Tells whether the date is exact: year, month and day known.
     *
     * @return {@code true} for an exact date
     */
    public boolean isExact() {
        return kind == EXACT;
    }

    /**
     * Returns the year, always known.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the month when known. An uncertain date given by its conventional date
     * ({@link #uncertain(LocalDate)}) knows no month.
     *
     * @return 1-12, or empty when unknown
     */
    public OptionalInt month() {
        return month == 0 || kind == CONVENTIONAL ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /**
     * Returns the day when known.
     *
     * @return 1-31, or empty when unknown
     */
    public OptionalInt day() {
        return day == 0 || kind == CONVENTIONAL ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /**
     * Returns the date for an exact birth date only.
     *
     * @return the date, or empty when the date is uncertain
     */
    public Optional<LocalDate> exactDate() {
        return kind == EXACT ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /**
     * Returns the conventional calendar date of the ANS guide (TRT-3): the exact date itself when
     * exact; otherwise day unknown → the 1st, month unknown → January, both unknown → 31 December.
     * Check {@link #isExact()} before treating it as the birth date.
     *
     * @return the conventional date
     */
    public LocalDate conventionalDate() {
        if (month == 0 && day == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /**
     * Returns the strict INSi form, {@code 00} for unknown parts: {@code 1985-03-12},
     * {@code 1960-00-00}. For a date built by {@link #uncertain(LocalDate)}, the conventional date.
     * Personal data.
     *
     * @return the strict form
     */
    public String value() {
        // Not String.format: this runs for every stored or exchanged date (ten times faster).
        char[] c = {(char) ('0' + year / 1000 % 10), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
            (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }

    /**
     * Returns the text as it was received or typed, for traceability. Personal data.
     *
     * @return the raw text
     */
    public String raw() {
        return raw;
    }

    /**
     * Tells whether this uncertain date and another one stand for the same conventional date
     * (TRT-6 {@code EQUIVALENT}), e.g. a local {@code uncertain(1960-12-31)} and INSi's
     * {@code 1960-00-00}.
     *
     * @param other the other date
     * @return {@code true} when both are uncertain and their conventional dates are equal
     */
    public boolean isSameConventionalDate(BirthDate other) {
        return !isExact() && !other.isExact() && conventionalDate().equals(other.conventionalDate());
    }

    /**
     * Tells whether the known parts of the two dates agree: the year, and the month and day where
     * both know them.
     *
     * @param other the other date
     * @return {@code true} when no known part disagrees
     */
    public boolean knownPartsAgree(BirthDate other) {
        return year == other.year
                && (month().isEmpty() || other.month().isEmpty() || month == other.month)
                && (day().isEmpty() || other.day().isEmpty() || day == other.day);
    }

    /**
     * Compares the strict forms and whether each is exact (TRT-8).
     *
     * @param other the object to compare with
     * @return whether {@code other} is the same birth date
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BirthDate && ((BirthDate) other).year == year
                && ((BirthDate) other).month == month && ((BirthDate) other).day == day
                && ((BirthDate) other).kind == kind;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((year * 13 + month) * 32 + day) * 3 + kind;
    }

    /**
     * Returns a masked form that tells only exact or uncertain: {@code BirthDate[exact, masked]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return kind == EXACT ? "BirthDate[exact, masked]" : "BirthDate[uncertain, masked]";
    }
}
