package io.github.ins4j.testing;

import io.github.ins4j.traits.Sex;
import java.util.Objects;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * The birth constraints that every arbitrary of {@link InsArbitraries} accepts: where, when and of
 * which sex the generated person was born, and how certain the birth date is. Each method returns
 * a <em>new</em> arbitrary; the receiver is unchanged (immutable, like jqwik's own arbitraries).
 *
 * <p>Whatever the constraints, the matricule and the traits of one generated person are coherent
 * (TRT-7): sex digit 1/3/7 for {@code M} and 2/4/8 for {@code F}, the last two digits of the birth
 * year, the birth month (or a month code 20-99 when the date has no month), and the same birth
 * place in both.
 *
 * <pre>{@code
 * InsArbitraries.identities()
 *         .bornInCorsica()
 *         .bornBetween(1950, 1975)        // so department 20, before the split of 1976
 *         .withSex(Sex.F);
 * }</pre>
 *
 * @param <T> the type of the generated values
 * @param <A> the type of the arbitrary itself, returned by the fluent methods
 */
public abstract sealed class BirthArbitrary<T, A extends BirthArbitrary<T, A>> extends ArbitraryDecorator<T>
        permits MatriculeArbitrary, IdentifierArbitrary, TraitsArbitrary, IdentityArbitrary, RecordArbitrary,
        InsiAnswerArbitrary {

    final BirthSpec spec;

    BirthArbitrary(BirthSpec spec) {
        this.spec = Objects.requireNonNull(spec);
    }

    /** Returns a copy of this arbitrary with other birth constraints. */
    abstract A withSpec(BirthSpec newSpec);

    /**
     * People born in one of the given regions only (default: all four, mostly metropolitan France).
     *
     * @param region the first region
     * @param others more regions
     * @return a new arbitrary
     * @throws NullPointerException if a region is {@code null}
     */
    public A bornIn(BirthRegion region, BirthRegion... others) {
        return withSpec(spec.withRegions(region, others));
    }

    /**
     * People born in a department of metropolitan France other than Corsica ({@code 01}-{@code 95}).
     *
     * @return a new arbitrary
     */
    public A bornInMetropolitanFrance() {
        return bornIn(BirthRegion.METROPOLITAN_FRANCE);
    }

    /**
     * People born in Corsica: department {@code 20} when born before 1976, {@code 2A} or {@code 2B}
     * from 1976 (MAT-1 reads {@code 2A} as 19 and {@code 2B} as 18 for the key). Combine with
     * {@link #bornBetween(int, int)} to get only one of the two.
     *
     * @return a new arbitrary
     */
    public A bornInCorsica() {
        return bornIn(BirthRegion.CORSICA);
    }

    /**
     * People born in an overseas department or territory ({@code 97x}, {@code 98x}).
     *
     * @return a new arbitrary
     */
    public A bornOverseas() {
        return bornIn(BirthRegion.OVERSEAS);
    }

    /**
     * People born abroad: birth place {@code 99} + a country code, in the matricule and in the
     * traits.
     *
     * @return a new arbitrary
     */
    public A bornAbroad() {
        return bornIn(BirthRegion.ABROAD);
    }

    /**
     * People born between two years, both included (default: 1900 to 2020, fixed so that a seed gives
     * the same values every year).
     *
     * @param fromYear the earliest birth year, at least {@value io.github.ins4j.traits.BirthDate#MIN_YEAR}
     * @param toYear   the latest birth year, at most last year (no birth date may be in the future, TRT-3)
     * @return a new arbitrary
     * @throws IllegalArgumentException if the range is empty or out of those bounds
     */
    public A bornBetween(int fromYear, int toYear) {
        return withSpec(spec.withYears(fromYear, toYear));
    }

    /**
     * People of the given sex only (default: both). The sex digit of the matricule follows: 1, 3 or
     * 7 for {@code M}; 2, 4 or 8 for {@code F}.
     *
     * @param sex the sex
     * @return a new arbitrary
     * @throws NullPointerException if {@code sex} is {@code null}
     */
    public A withSex(Sex sex) {
        return withSpec(spec.withSex(sex));
    }

    /**
     * Exact birth dates only ({@code 1985-03-12}). By default most dates are exact and some are
     * uncertain. The last of {@code withExactBirthDates}, {@link #withUncertainBirthDates()} and
     * {@link #withUnknownBirthMonth()} wins.
     *
     * @return a new arbitrary
     */
    public A withExactBirthDates() {
        return withSpec(spec.withDateKinds(BirthSpec.EXACT_DATES));
    }

    /**
     * Uncertain ("lunar") birth dates only, as INSi may return them (TRT-3): unknown day
     * ({@code 1960-07-00}), unknown month ({@code 1960-00-15}) or both ({@code 1960-00-00}). When
     * the month is unknown, the matricule's month code is 20-99.
     *
     * @return a new arbitrary
     */
    public A withUncertainBirthDates() {
        return withSpec(spec.withDateKinds(BirthSpec.UNCERTAIN_DATES));
    }

    /**
     * People whose birth month is unknown: the matricule's month code is 20-99 (MAT-4) and the birth
     * date has no month ({@code 1960-00-00} or {@code 1960-00-15}), so matricule and traits stay
     * coherent (TRT-7).
     *
     * @return a new arbitrary
     */
    public A withUnknownBirthMonth() {
        return withSpec(spec.withDateKinds(BirthSpec.MONTH_UNKNOWN_DATES));
    }
}
