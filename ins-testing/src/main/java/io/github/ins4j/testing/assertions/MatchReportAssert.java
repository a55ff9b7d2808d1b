package io.github.ins4j.testing.assertions;

import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.Outcome;
import io.github.ins4j.matching.TraitComparison;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.traits.Trait;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link MatchReport} (TRT-6). Messages quote the report, which says why
 * trait by trait without any value.
 *
 * <pre>{@code
 * InsAssertions.assertThat(TraitMatcher.compare(desk, insi))
 *         .hasVerdict(Verdict.MATCH)
 *         .hasOutcome(Trait.BIRTH_NAME, Outcome.EQUIVALENT);
 * }</pre>
 */
public final class MatchReportAssert extends AbstractAssert<MatchReportAssert, MatchReport> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(report)}.
     *
     * @param actual the report under test, may be {@code null} (then every check fails)
     */
    public MatchReportAssert(MatchReport actual) {
        super(actual, MatchReportAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(report)}.
     *
     * @param actual the report under test
     * @return the assertion
     */
    public static MatchReportAssert assertThat(MatchReport actual) {
        return new MatchReportAssert(actual);
    }

    /**
     * Checks the verdict.
     *
     * @param expected {@code MATCH}, {@code REVIEW} or {@code MISMATCH}
     * @return this assertion
     */
    public MatchReportAssert hasVerdict(Verdict expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected verdict must not be null");
        if (actual.verdict() != expected) {
            failWithMessage("%nExpecting verdict:%n  %s%nbut was:%n  %s%nin:%n  %s", expected, actual.verdict(),
                    actual);
        }
        return this;
    }

    /**
     * Checks that the verdict is {@code MATCH}: the same person.
     *
     * @return this assertion
     */
    public MatchReportAssert isMatch() {
        return hasVerdict(Verdict.MATCH);
    }

    /**
     * Checks that the verdict is {@code REVIEW}: a named operator must confirm.
     *
     * @return this assertion
     */
    public MatchReportAssert isReview() {
        return hasVerdict(Verdict.REVIEW);
    }

    /**
     * Checks that the verdict is {@code MISMATCH}: another person.
     *
     * @return this assertion
     */
    public MatchReportAssert isMismatch() {
        return hasVerdict(Verdict.MISMATCH);
    }

    /**
     * Checks the outcome of one trait.
     *
     * @param trait    the trait
     * @param expected its expected outcome
     * @return this assertion
     */
    public MatchReportAssert hasOutcome(Trait trait, Outcome expected) {
        isNotNull();
        Objects.requireNonNull(trait, "trait must not be null");
        Objects.requireNonNull(expected, "expected outcome must not be null");
        TraitComparison comparison = actual.comparison(trait);
        if (comparison.outcome() != expected) {
            failWithMessage("%nExpecting %s to be:%n  %s%nbut was:%n  %s (%s)%nin:%n  %s", trait.label(), expected,
                    comparison.outcome(), comparison.explanation(), actual);
        }
        return this;
    }
}
