package io.github.ins4j.testing;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * The birth constraints shared by every arbitrary of the facade, and the generation of births
 * from them, built only from jqwik combinators so that shrinking works (towards a person born
 * exactly on a day of the earliest year, in department 01, male, sex digit 1).
 *
 * <p>A birth gives both the traits part (sex, birth date, birth place code) and the matricule
 * part (sex digit, year, month code, place, order number), coherent with each other (TRT-7).
 * Immutable.
 */
final class BirthSpec {

    /** Default earliest birth year. */
    static final int DEFAULT_FROM_YEAR = 1900;
    /** Default latest birth year: fixed, so that a seed gives the same data every year. */
    static final int DEFAULT_TO_YEAR = 2020;

    /** The kinds of birth date (TRT-3). */
    enum DateKind {
        /** {@code 1985-03-12}. */
        EXACT,
        /** {@code 1960-07-00}. */
        DAY_UNKNOWN,
        /** {@code 1960-00-15}. */
        MONTH_UNKNOWN,
        /** {@code 1960-00-00}. */
        YEAR_ONLY;

        boolean knowsMonth() {
            return this == EXACT || this == DAY_UNKNOWN;
        }
    }

    static final Set<DateKind> ANY_DATE = EnumSet.allOf(DateKind.class);
    static final Set<DateKind> EXACT_DATES = EnumSet.of(DateKind.EXACT);
    static final Set<DateKind> UNCERTAIN_DATES =
            EnumSet.of(DateKind.DAY_UNKNOWN, DateKind.MONTH_UNKNOWN, DateKind.YEAR_ONLY);
    static final Set<DateKind> MONTH_UNKNOWN_DATES = EnumSet.of(DateKind.MONTH_UNKNOWN, DateKind.YEAR_ONLY);

    private static final List<Integer> OVERSEAS_TERRITORIES =
            List.of(971, 972, 973, 974, 975, 976, 977, 978, 984, 986, 987, 988);

    static final BirthSpec DEFAULT = new BirthSpec(EnumSet.allOf(BirthRegion.class), DEFAULT_FROM_YEAR,
            DEFAULT_TO_YEAR, null, ANY_DATE);

    private final Set<BirthRegion> regions;
    private final int fromYear;
    private final int toYear;
    private final @Nullable Sex sex;
    private final Set<DateKind> dateKinds;

    private BirthSpec(Set<BirthRegion> regions, int fromYear, int toYear, @Nullable Sex sex,
            Set<DateKind> dateKinds) {
        this.regions = Set.copyOf(regions);
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.sex = sex;
        this.dateKinds = Set.copyOf(dateKinds);
    }

    BirthSpec withRegions(BirthRegion first, BirthRegion... others) {
        Objects.requireNonNull(first, "region must not be null");
        EnumSet<BirthRegion> set = EnumSet.of(first);
        for (BirthRegion other : others) {
            set.add(Objects.requireNonNull(other, "region must not be null"));
        }
        return new BirthSpec(set, fromYear, toYear, sex, dateKinds);
    }

    BirthSpec withYears(int from, int to) {
        int latest = Year.now(BirthDate.FRANCE).getValue() - 1;
        if (from < BirthDate.MIN_YEAR || to > latest || from > to) {
            throw new IllegalArgumentException("birth years must satisfy " + BirthDate.MIN_YEAR
                    + " <= fromYear <= toYear <= " + latest + " (last year, so that no date is in the"
                    + " future); got " + from + ".." + to);
        }
        return new BirthSpec(regions, from, to, sex, dateKinds);
    }

    BirthSpec withSex(Sex value) {
        return new BirthSpec(regions, fromYear, toYear, Objects.requireNonNull(value, "sex must not be null"),
                dateKinds);
    }

    BirthSpec withDateKinds(Set<DateKind> kinds) {
        return new BirthSpec(regions, fromYear, toYear, sex, kinds);
    }

    Set<BirthRegion> regions() {
        return regions;
    }

    Set<DateKind> dateKinds() {
        return dateKinds;
    }

    // ------------------------------------------------------------------------------------------
    // Generation

    /** Births under this spec: the traits part and the matricule part, coherent. */
    Arbitrary<Birth> births() {
        Arbitrary<Sex> sexes = sex == null ? Arbitraries.of(Sex.M, Sex.F) : Arbitraries.just(sex);
        return Combinators.combine(sexes, sexVariants(), dates(), places(), unknownMonthCodes(), orders())
                .as((s, variant, date, place, unknownMonth, order) -> {
                    int digit = sexDigit(s, variant);
                    int monthCode = date.month().isPresent() ? date.month().getAsInt() : unknownMonth;
                    return new Birth(s, digit, date, place.code(date.year()), monthCode, order);
                });
    }

    /** Births with names: everything a strict {@link Traits} and its matricule need. */
    Arbitrary<Person> people() {
        return Combinators.combine(births(), Names.birthNames(), Names.firstNameLists()).as(Person::new);
    }

    /** A matricule coherent with given traits (TRT-7); its free parts are generated. */
    static Arbitrary<InsMatricule> matriculesCoherentWith(Traits traits) {
        Objects.requireNonNull(traits, "traits must not be null");
        return Combinators.combine(sexVariants(), unknownMonthCodes(), orders(), countries())
                .as((variant, unknownMonth, order, country) -> {
                    BirthDate date = traits.birthDate();
                    int monthCode = date.month().isPresent() ? date.month().getAsInt() : unknownMonth;
                    String place = traits.birthPlace().isUnknown()
                            ? "99" + country : traits.birthPlace().value();
                    return matricule(sexDigit(traits.sex(), variant), date.year() % 100, monthCode, place,
                            order);
                });
    }

    /** 0 most of the time (sex digit 1 or 2), sometimes 3/4 (foreigners) or 7/8 (temporary). */
    static Arbitrary<Integer> sexVariants() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(1)),
                Tuple.of(1, Arbitraries.just(2)));
    }

    static int sexDigit(Sex sex, int variant) {
        int[] digits = sex == Sex.M ? new int[] {1, 3, 7} : new int[] {2, 4, 8};
        return digits[variant];
    }

    /** Month codes meaning "unknown month" (MAT-4). */
    static Arbitrary<Integer> unknownMonthCodes() {
        return Arbitraries.integers().between(20, 99);
    }

    static Arbitrary<Integer> orders() {
        return Arbitraries.integers().between(1, 999);
    }

    static Arbitrary<Integer> countries() {
        return Arbitraries.integers().between(101, 990);
    }

    private Arbitrary<DateKind> dateKinds(Set<DateKind> kinds) {
        List<Tuple.Tuple2<Integer, Arbitrary<DateKind>>> weighted = new ArrayList<>();
        for (DateKind kind : DateKind.values()) {
            if (kinds.contains(kind)) {
                weighted.add(Tuple.of(kind == DateKind.EXACT ? 7 : 1, Arbitraries.just(kind)));
            }
        }
        return weighted.size() == 1 ? weighted.get(0).get2() : Arbitraries.frequencyOf(weighted);
    }

    private Arbitrary<BirthDate> dates() {
        return Combinators.combine(Arbitraries.integers().between(fromYear, toYear),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                dateKinds(dateKinds))
                .as((year, month, day, kind) -> {
                    int dayInMonth = Math.min(day, YearMonth.of(year, month).lengthOfMonth());
                    String text = switch (kind) {
                        case EXACT -> String.format("%04d-%02d-%02d", year, month, dayInMonth);
                        case DAY_UNKNOWN -> String.format("%04d-%02d-00", year, month);
                        case MONTH_UNKNOWN -> String.format("%04d-00-%02d", year, day);
                        case YEAR_ONLY -> String.format("%04d-00-00", year);
                    };
                    return BirthDate.parse(text);
                });
    }

    private Arbitrary<PlaceDraw> places() {
        List<Tuple.Tuple2<Integer, Arbitrary<BirthRegion>>> weighted = new ArrayList<>();
        for (BirthRegion region : BirthRegion.values()) {
            if (regions.contains(region)) {
                int weight = switch (region) {
                    case METROPOLITAN_FRANCE -> 6;
                    case ABROAD -> 2;
                    default -> 1;
                };
                weighted.add(Tuple.of(weight, Arbitraries.just(region)));
            }
        }
        Arbitrary<BirthRegion> region = weighted.size() == 1
                ? weighted.get(0).get2() : Arbitraries.frequencyOf(weighted);
        return Combinators.combine(region,
                Arbitraries.integers().between(1, 94).map(d -> d >= 20 ? d + 1 : d),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(1, 999),
                Arbitraries.of(OVERSEAS_TERRITORIES),
                Arbitraries.integers().between(1, 99),
                countries())
                .as(PlaceDraw::new);
    }

    /** The drawn parts of a birth place; which ones count depends on the region. */
    record PlaceDraw(BirthRegion region, int department, boolean corsicaB, int commune, int territory,
            int overseasCommune, int country) {

        /** The 5-character code, the same in the matricule and in the traits. */
        String code(int birthYear) {
            return switch (region) {
                case METROPOLITAN_FRANCE -> String.format("%02d%03d", department, commune);
                case CORSICA -> (birthYear < BirthRegion.CORSICA_SPLIT_YEAR ? "20" : corsicaB ? "2B" : "2A")
                        + String.format("%03d", commune);
                case OVERSEAS -> String.format("%03d%02d", territory, overseasCommune);
                case ABROAD -> "99" + country;
            };
        }
    }

    /**
     * A birth: the traits part and the matricule part.
     *
     * @param sex       the sex trait
     * @param sexDigit  the sex digit, 1/3/7 for M and 2/4/8 for F
     * @param birthDate the birth date
     * @param place     the 5-character birth place, the same in both
     * @param monthCode the month code of the matricule: the month, or 20-99 when the date has none
     * @param order     the order number
     */
    record Birth(Sex sex, int sexDigit, BirthDate birthDate, String place, int monthCode, int order) {

        InsMatricule matricule() {
            return BirthSpec.matricule(sexDigit, birthDate.year() % 100, monthCode, place, order);
        }

        /**
         * A matricule that disagrees with this birth on at least one TRT-7 error field.
         *
         * @param field      0 sex, 1 year, 2 month (falls back to sex when the date has no month)
         * @param yearShift  1-99
         * @param monthShift 1-11
         */
        InsMatricule incoherentMatricule(int field, int yearShift, int monthShift) {
            int digit = sexDigit;
            int year = birthDate.year() % 100;
            int month = monthCode;
            if (field == 1) {
                year = (year + yearShift) % 100;
            } else if (field == 2 && birthDate.month().isPresent()) {
                month = (month - 1 + monthShift) % 12 + 1;
            } else {
                digit = switch (sexDigit) {
                    case 1 -> 2;
                    case 2 -> 1;
                    case 3 -> 4;
                    case 4 -> 3;
                    case 7 -> 8;
                    default -> 7;
                };
            }
            return BirthSpec.matricule(digit, year, month, place, order);
        }
    }

    /**
     * A birth and the names: a whole person.
     *
     * @param birth      the birth
     * @param birthName  the strict birth name
     * @param firstNames the strict list of first names
     */
    record Person(Birth birth, String birthName, String firstNames) {

        Traits traits() {
            return new Traits(BirthName.parse(birthName), BirthFirstNames.parse(firstNames), birth.birthDate(),
                    birth.sex(), BirthPlaceCode.parse(birth.place()));
        }
    }

    /**
     * Builds a matricule from its fields and the key of MAT-1: {@code 97 - (N mod 97)}, {@code 2A}
     * read as {@code 19} and {@code 2B} as {@code 18}; checked by {@link InsMatricule#parse}.
     */
    static InsMatricule matricule(int sexDigit, int year, int monthCode, String place, int order) {
        String body = String.format("%d%02d%02d%s%03d", sexDigit, year, monthCode, place, order);
        long n = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
        return InsMatricule.parse(body + String.format("%02d", 97 - n % 97));
    }
}
