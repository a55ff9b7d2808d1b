package io.github.ins4j.audit;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The settings of an audit: Fellegi–Sunter weights, the two thresholds, the blocking passes and
 * the largest block compared in one piece. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * <p>Default weights, in bits ({@code log2(m/u)}, a decision of ins4j from the error rates a
 * hospital base shows; re-estimate them on your own base if you can):
 *
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>field</th><th>level: weight</th></tr>
 *   <tr><td>birth name</td><td>EXACT 7, PARTIAL 4, CLOSE 4.5, PHONETIC 4, DIFFERENT −5, MISSING 0</td></tr>
 *   <tr><td>first names and sex</td><td>EXACT 6, PARTIAL 4.5, CLOSE 3.5, PHONETIC 3, SEX_TYPO 2,
 *       OPPOSITE_SEX_FORM −10, DIFFERENT −8, MISSING 0</td></tr>
 *   <tr><td>birth date</td><td>EXACT 9, SWAP 5, ONE_DIGIT 4, YEAR_PLUS_MINUS_ONE 3, PARTIAL 3,
 *       SAME_YEAR −2, DIFFERENT −7, MISSING 0</td></tr>
 *   <tr><td>birth place</td><td>EXACT 3, SAME_AREA 1, DIFFERENT −2, MISSING 0</td></tr>
 * </table>
 *
 * <p>A pair whose total is at least {@link #matchThreshold()} (default 15) is
 * {@link PairClass#MATCH}; at least {@link #reviewThreshold()} (default 8),
 * {@link PairClass#REVIEW}. With these values an exact duplicate scores 25, a duplicate with one
 * error 13 to 23.5, twins 9 to 11 and homonyms born in other years about 9. Whatever the score,
 * two records with different active INS, or with the same birth name and exact birth date but other
 * first names (twins), are never proposed for a merge ({@link PairScorer}). Blocks larger than {@link #maxBlockSize()} (default 500) are split
 * into pieces of that size, and the split is reported.
 *
 * <pre>{@code
 * AuditPolicy policy = AuditPolicy.builder()
 *         .matchThreshold(16)
 *         .weight(ScoredField.BIRTH_PLACE, Agreement.DIFFERENT, -3)
 *         .build();
 * }</pre>
 */
public final class AuditPolicy {

    private static final AuditPolicy DEFAULTS = builder().build();

    private final Map<ScoredField, Map<Agreement, Double>> weights;
    private final double matchThreshold;
    private final double reviewThreshold;
    private final int maxBlockSize;
    private final Set<BlockingPass> passes;
    private final @Nullable LocalDate flowSince;
    private final boolean termFrequency;

    private AuditPolicy(Builder b) {
        Map<ScoredField, Map<Agreement, Double>> copy = new EnumMap<>(ScoredField.class);
        for (Map.Entry<ScoredField, Map<Agreement, Double>> e : b.weights.entrySet()) {
            copy.put(e.getKey(), Map.copyOf(new EnumMap<>(e.getValue())));
        }
        this.weights = copy;
        this.matchThreshold = b.matchThreshold;
        this.reviewThreshold = b.reviewThreshold;
        this.maxBlockSize = b.maxBlockSize;
        this.passes = Set.copyOf(b.passes);
        this.flowSince = b.flowSince;
        this.termFrequency = b.termFrequency;
    }

    /**
     * Returns the default policy (the table above, all passes).
     *
     * @return the default policy
     */
    public static AuditPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a policy from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the weight of one level of one field.
     *
     * @param field the field
     * @param agreement the level
     * @return the weight in bits; 0 for a level the field does not use
     */
    public double weight(ScoredField field, Agreement agreement) {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(agreement, "agreement must not be null");
        Map<Agreement, Double> byLevel = weights.get(field);
        Double w = byLevel == null ? null : byLevel.get(agreement);
        return w == null ? 0.0 : w;
    }

    /**
     * Returns the score at or above which a pair is {@link PairClass#MATCH}.
     *
     * @return the match threshold
     */
    public double matchThreshold() {
        return matchThreshold;
    }

    /**
     * Returns the score at or above which a pair is {@link PairClass#REVIEW}.
     *
     * @return the review threshold
     */
    public double reviewThreshold() {
        return reviewThreshold;
    }

    /**
     * Returns the largest block compared in one piece.
     *
     * @return at least 2
     */
    public int maxBlockSize() {
        return maxBlockSize;
    }

    /**
     * Returns the blocking passes that run.
     *
     * @return the passes, never empty
     */
    public Set<BlockingPass> passes() {
        return passes;
    }

    /**
     * Returns the first day of the period of the flow duplicate rate.
     *
     * @return the day, or empty when the flow rate is not computed (0 / 0)
     */
    public Optional<LocalDate> flowSince() {
        return Optional.ofNullable(flowSince);
    }

    /**
     * Tells whether an exact birth-name agreement is weighed by the name's frequency in the base
     * (rare names more, common ones less, within ±2 bits). Off by default.
     *
     * @return {@code true} when the adjustment applies
     */
    public boolean termFrequencyAdjustment() {
        return termFrequency;
    }

    /**
     * Classifies a score.
     *
     * @param score a pair's total
     * @return its class
     */
    public PairClass classify(double score) {
        if (score >= matchThreshold) {
            return PairClass.MATCH;
        }
        return score >= reviewThreshold ? PairClass.REVIEW : PairClass.NON_MATCH;
    }

    /**
     * Returns the settings without weights.
     *
     * @return e.g. {@code AuditPolicy[match >= 15.0, review >= 8.0, max block 500, 5 passes]}
     */
    @Override
    public String toString() {
        return "AuditPolicy[match >= " + matchThreshold + ", review >= " + reviewThreshold
                + ", max block " + maxBlockSize + ", " + passes.size() + " passes]";
    }

    /** Builds an {@link AuditPolicy}, starting from the defaults. */
    public static final class Builder {
        private final Map<ScoredField, Map<Agreement, Double>> weights = new EnumMap<>(ScoredField.class);
        private double matchThreshold = 15.0;
        private double reviewThreshold = 8.0;
        private int maxBlockSize = 500;
        private final Set<BlockingPass> passes = EnumSet.allOf(BlockingPass.class);
        private @Nullable LocalDate flowSince;
        private boolean termFrequency;

        private Builder() {
            put(ScoredField.BIRTH_NAME, Agreement.EXACT, 7.0);
            put(ScoredField.BIRTH_NAME, Agreement.PARTIAL, 4.0);
            put(ScoredField.BIRTH_NAME, Agreement.CLOSE, 4.5);
            put(ScoredField.BIRTH_NAME, Agreement.PHONETIC, 4.0);
            put(ScoredField.BIRTH_NAME, Agreement.DIFFERENT, -5.0);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.EXACT, 6.0);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.PARTIAL, 4.5);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.CLOSE, 3.5);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.PHONETIC, 3.0);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.SEX_TYPO, 2.0);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.OPPOSITE_SEX_FORM, -10.0);
            put(ScoredField.FIRST_NAMES_AND_SEX, Agreement.DIFFERENT, -8.0);
            put(ScoredField.BIRTH_DATE, Agreement.EXACT, 9.0);
            put(ScoredField.BIRTH_DATE, Agreement.SWAP, 5.0);
            put(ScoredField.BIRTH_DATE, Agreement.ONE_DIGIT, 4.0);
            put(ScoredField.BIRTH_DATE, Agreement.YEAR_PLUS_MINUS_ONE, 3.0);
            put(ScoredField.BIRTH_DATE, Agreement.PARTIAL, 3.0);
            put(ScoredField.BIRTH_DATE, Agreement.SAME_YEAR, -2.0);
            put(ScoredField.BIRTH_DATE, Agreement.DIFFERENT, -7.0);
            put(ScoredField.BIRTH_PLACE, Agreement.EXACT, 3.0);
            put(ScoredField.BIRTH_PLACE, Agreement.SAME_AREA, 1.0);
            put(ScoredField.BIRTH_PLACE, Agreement.DIFFERENT, -2.0);
        }

        private void put(ScoredField field, Agreement agreement, double weight) {
            weights.computeIfAbsent(field, f -> new EnumMap<>(Agreement.class)).put(agreement, weight);
        }

        /**
         * Sets the weight of one level of one field.
         *
         * @param field the field
         * @param agreement the level
         * @param weight the weight in bits, finite
         * @return this builder
         * @throws AuditException ({@code INVALID_POLICY}) if the weight is not finite
         */
        public Builder weight(ScoredField field, Agreement agreement, double weight) {
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(agreement, "agreement must not be null");
            if (!Double.isFinite(weight)) {
                throw new AuditException(AuditException.Reason.INVALID_POLICY, "a weight must be a finite number");
            }
            put(field, agreement, weight);
            return this;
        }

        /**
         * Sets the match threshold.
         *
         * @param threshold the score at or above which a pair is a merge proposal
         * @return this builder
         */
        public Builder matchThreshold(double threshold) {
            this.matchThreshold = threshold;
            return this;
        }

        /**
         * Sets the review threshold.
         *
         * @param threshold the score at or above which a pair is reported for review
         * @return this builder
         */
        public Builder reviewThreshold(double threshold) {
            this.reviewThreshold = threshold;
            return this;
        }

        /**
         * Sets the largest block compared in one piece; larger blocks are split and reported.
         *
         * @param size at least 2
         * @return this builder
         */
        public Builder maxBlockSize(int size) {
            this.maxBlockSize = size;
            return this;
        }

        /**
         * Chooses the blocking passes; {@link BlockingPass#MATRICULE} always runs.
         *
         * @param chosen the passes
         * @return this builder
         */
        public Builder passes(Set<BlockingPass> chosen) {
            Objects.requireNonNull(chosen, "chosen must not be null");
            passes.clear();
            passes.add(BlockingPass.MATRICULE);
            passes.addAll(chosen);
            return this;
        }

        /**
         * Sets the first day of the period of the flow duplicate rate: records created on or
         * after it that join a cluster holding an older record count as flow duplicates.
         *
         * @param day the first day
         * @return this builder
         */
        public Builder flowSince(LocalDate day) {
            this.flowSince = Objects.requireNonNull(day, "day must not be null");
            return this;
        }

        /**
         * Weighs an exact birth-name agreement by the name's frequency in the audited base:
         * {@code log2(sum(f^2) / (N f))} bits more, within ±2 (Fellegi–Sunter with value-specific
         * u-probabilities). Off by default: the default weights and the quality figures of the
         * README are measured without it.
         *
         * @param on whether to adjust
         * @return this builder
         */
        public Builder termFrequencyAdjustment(boolean on) {
            this.termFrequency = on;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws AuditException ({@code INVALID_POLICY}) if a threshold is not finite, the review
         *     threshold is above the match threshold, or the block size is under 2
         */
        public AuditPolicy build() {
            if (!Double.isFinite(matchThreshold) || !Double.isFinite(reviewThreshold)) {
                throw new AuditException(AuditException.Reason.INVALID_POLICY, "thresholds must be finite numbers");
            }
            if (reviewThreshold > matchThreshold) {
                throw new AuditException(AuditException.Reason.INVALID_POLICY,
                        "the review threshold must not be above the match threshold");
            }
            if (maxBlockSize < 2) {
                throw new AuditException(AuditException.Reason.INVALID_POLICY, "the largest block must hold at least 2 records");
            }
            return new AuditPolicy(this);
        }
    }
}
