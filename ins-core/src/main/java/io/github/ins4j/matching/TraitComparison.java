package io.github.ins4j.matching;

import io.github.ins4j.traits.Trait;
import java.util.Objects;

/**
 * How one trait compares, with the reason in words a desk agent understands; never the values.
 *
 * @param trait       the trait
 * @param outcome     how it compares
 * @param explanation why, in plain English, without the values
 */
public record TraitComparison(Trait trait, Outcome outcome, String explanation) {

    /**
     * Checks that no component is {@code null}.
     *
     * @param trait the trait
     * @param outcome how it compares
     * @param explanation why, in plain English, without the values
     * @throws NullPointerException if one is
     */
    public TraitComparison {
        Objects.requireNonNull(trait, "trait");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns e.g. {@code birth name DIFFERENT (the birth names differ)}.
     *
     * @return the comparison, without values
     */
    @Override
    public String toString() {
        return trait.label() + " " + outcome + " (" + explanation + ")";
    }
}
