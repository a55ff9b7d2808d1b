package io.github.ins4j.matching;

import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the local identity with an INSi answer, trait by trait (TRT-6), so that a document is
 * never filed for {@code HAMADI Sara-Lou} when the person at the counter is
 * {@code GARCIA Sarah-Lou}.
 *
 * <table>
 *   <caption>Outcome of each trait</caption>
 *   <tr><th>trait</th><th>IDENTICAL</th><th>EQUIVALENT</th><th>PARTIAL</th></tr>
 *   <tr><td>birth name</td><td>same text</td><td>same once normalised (TRT-5)</td>
 *       <td>one part of a compound name ({@code MARTIN} / {@code MARTIN--DURAND})</td></tr>
 *   <tr><td>first names</td><td>same text</td><td>same once normalised</td>
 *       <td>one list is consistent with the start of the other (TRT-2)</td></tr>
 *   <tr><td>birth date</td><td>same date, same certainty</td>
 *       <td>two uncertain dates with the same conventional date</td>
 *       <td>known parts agree, one date less certain</td></tr>
 *   <tr><td>sex, birth place</td><td>same code</td><td>—</td><td>—</td></tr>
 * </table>
 *
 * <p>Anything else is {@code DIFFERENT}; a trait unknown locally (or a birth place {@code 99999}
 * on either side) is {@code MISSING}. The verdict follows {@link MatchReport}. The comparison is
 * symmetric in its verdict: {@code compare(a, b)} and {@code compare(b, a)} agree.
 *
 * <pre>{@code
 * MatchReport report = TraitMatcher.compare(desk, insiAnswer.traits());
 * switch (report.verdict()) {
 *     case MATCH -> useTheIns();
 *     case REVIEW -> askANamedOperatorToConfirm(report);
 *     case MISMATCH -> refuse(report);   // e.g. "birth name DIFFERENT (the birth names differ)"
 * }
 * }</pre>
 */
public final class TraitMatcher {

    private TraitMatcher() {
    }

    /**
     * Compares local traits with INSi's.
     *
     * @param local the local identity, as typed or stored
     * @param insi  the traits INSi returned
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     */
    public static MatchReport compare(LocalTraits local, Traits insi) {
        Objects.requireNonNull(local, "local must not be null");
        Objects.requireNonNull(insi, "insi must not be null");
        return new MatchReport(List.of(
                birthName(local.rawBirthName(), local.strictBirthName(), insi.birthName()),
                firstNames(local.rawFirstNames(), local.strictFirstNames(), insi.firstNames()),
                birthDate(local.date(), insi.birthDate()),
                sex(local.sexOrNull(), insi.sex()),
                birthPlace(local.placeOrNull(), insi.birthPlace())));
    }

    /**
     * Compares two sets of strict traits, e.g. a stored identity with a new INSi answer.
     *
     * @param local the local traits
     * @param insi  INSi's traits
     * @return the report
     */
    public static MatchReport compare(Traits local, Traits insi) {
        return compare(LocalTraits.from(local), insi);
    }

    private static TraitComparison birthName(@Nullable String raw, @Nullable BirthName local, BirthName insi) {
        Trait t = Trait.BIRTH_NAME;
        if (local == null || raw == null) {
            return new TraitComparison(t, Outcome.MISSING, "no birth name is known locally");
        }
        if (raw.equals(insi.value())) {
            return new TraitComparison(t, Outcome.IDENTICAL, "same birth name");
        }
        if (local.equals(insi)) {
            return new TraitComparison(t, Outcome.EQUIVALENT,
                    "same birth name once case, accents and punctuation are set aside");
        }
        List<String> localParts = local.parts();
        List<String> insiParts = insi.parts();
        if (isPartOf(localParts, insiParts) || isPartOf(insiParts, localParts)) {
            return new TraitComparison(t, Outcome.PARTIAL,
                    "one birth name is only part of the other (compound name)");
        }
        return new TraitComparison(t, Outcome.DIFFERENT, "the birth names differ");
    }

    private static boolean isPartOf(List<String> some, List<String> all) {
        return some.size() < all.size() && all.containsAll(some);
    }

    private static TraitComparison firstNames(@Nullable String raw, @Nullable BirthFirstNames local,
            BirthFirstNames insi) {
        Trait t = Trait.BIRTH_FIRST_NAMES;
        if (local == null || raw == null) {
            return new TraitComparison(t, Outcome.MISSING, "no first name is known locally");
        }
        if (raw.equals(insi.value())) {
            return new TraitComparison(t, Outcome.IDENTICAL, "same first names");
        }
        if (local.equals(insi)) {
            return new TraitComparison(t, Outcome.EQUIVALENT,
                    "same first names once case, accents and punctuation are set aside");
        }
        if (insi.isConsistentWith(local.value()) || local.isConsistentWith(insi.value())) {
            return new TraitComparison(t, Outcome.PARTIAL,
                    "one list of first names is only the start of the other");
        }
        return new TraitComparison(t, Outcome.DIFFERENT, "the first names differ");
    }

    private static TraitComparison birthDate(@Nullable BirthDate local, BirthDate insi) {
        Trait t = Trait.BIRTH_DATE;
        if (local == null) {
            return new TraitComparison(t, Outcome.MISSING, "no birth date is known locally");
        }
        if (local.equals(insi)) {
            return new TraitComparison(t, Outcome.IDENTICAL, "same birth date");
        }
        if (local.isSameConventionalDate(insi)) {
            return new TraitComparison(t, Outcome.EQUIVALENT,
                    "both dates are uncertain and stand for the same conventional date");
        }
        if (local.knownPartsAgree(insi)) {
            return new TraitComparison(t, Outcome.PARTIAL,
                    "the known parts of the dates agree, but one date is less certain");
        }
        return new TraitComparison(t, Outcome.DIFFERENT, "the birth dates differ");
    }

    private static TraitComparison sex(@Nullable Sex local, Sex insi) {
        Trait t = Trait.SEX;
        if (local == null) {
            return new TraitComparison(t, Outcome.MISSING, "the sex is not known locally");
        }
        return local == insi
                ? new TraitComparison(t, Outcome.IDENTICAL, "same sex")
                : new TraitComparison(t, Outcome.DIFFERENT, "the sexes differ");
    }

    private static TraitComparison birthPlace(@Nullable BirthPlaceCode local, BirthPlaceCode insi) {
        Trait t = Trait.BIRTH_PLACE_CODE;
        if (local == null || local.isUnknown() || insi.isUnknown()) {
            return new TraitComparison(t, Outcome.MISSING, "the birth place is unknown on one side");
        }
        return local.equals(insi)
                ? new TraitComparison(t, Outcome.IDENTICAL, "same birth place")
                : new TraitComparison(t, Outcome.DIFFERENT, "the birth places differ");
    }
}
