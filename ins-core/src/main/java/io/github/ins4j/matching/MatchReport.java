package io.github.ins4j.matching;

import io.github.ins4j.traits.Trait;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of comparing a local identity with an INSi answer (TRT-6): one
 * {@link TraitComparison} per trait, and the {@link Verdict}.
 *
 * <ul>
 *   <li>{@link Verdict#MISMATCH} when any trait is {@link Outcome#DIFFERENT};</li>
 *   <li>otherwise {@link Verdict#REVIEW} when any trait is {@link Outcome#PARTIAL}, or
 *       {@link Outcome#MISSING} other than the birth place;</li>
 *   <li>otherwise {@link Verdict#MATCH}: a missing birth place alone does not prevent it, since
 *       INSi can be searched without it.</li>
 * </ul>
 *
 * <p>{@code toString()} tells why, trait by trait, without printing a value.
 */
public final class MatchReport {

    private final Verdict verdict;
    private final List<TraitComparison> comparisons;

    MatchReport(List<TraitComparison> comparisons) {
        this.comparisons = List.copyOf(comparisons);
        this.verdict = verdictOf(this.comparisons);
    }

    static Verdict verdictOf(List<TraitComparison> comparisons) {
        Verdict verdict = Verdict.MATCH;
        for (TraitComparison c : comparisons) {
            if (c.outcome() == Outcome.DIFFERENT) {
                return Verdict.MISMATCH;
            }
            if (c.outcome() == Outcome.PARTIAL
                    || (c.outcome() == Outcome.MISSING && c.trait() != Trait.BIRTH_PLACE_CODE)) {
                verdict = Verdict.REVIEW;
            }
        }
        return verdict;
    }

    /**
     * Returns the overall verdict.
     *
     * @return {@code MATCH}, {@code REVIEW} or {@code MISMATCH}
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Returns the comparisons, one per trait, in the order of {@link Trait}.
     *
     * @return the five comparisons
     */
    public List<TraitComparison> comparisons() {
        return comparisons;
    }

    /**
     * Returns the comparison of one trait.
     *
     * @param trait the trait
     * @return its comparison
     */
    public TraitComparison comparison(Trait trait) {
        Objects.requireNonNull(trait, "trait must not be null");
        for (TraitComparison c : comparisons) {
            if (c.trait() == trait) {
                return c;
            }
        }
        throw new IllegalStateException("every report compares every trait");
    }

    /**
     * Returns the outcome of each trait.
     *
     * @return trait → outcome, for the five traits
     */
    public Map<Trait, Outcome> outcomes() {
        Map<Trait, Outcome> map = new EnumMap<>(Trait.class);
        for (TraitComparison c : comparisons) {
            map.put(c.trait(), c.outcome());
        }
        return map;
    }

    /**
     * Returns e.g. {@code MatchReport[MISMATCH: birth name DIFFERENT (the birth names differ), ...]},
     * without any value.
     *
     * @return the report, masked
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MatchReport[").append(verdict).append(": ");
        for (int i = 0; i < comparisons.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(comparisons.get(i));
        }
        return sb.append(']').toString();
    }
}
