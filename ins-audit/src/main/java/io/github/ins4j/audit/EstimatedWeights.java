package io.github.ins4j.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of a {@link WeightEstimator} run (AUD-7): the m- and u-probability of each
 * ({@link ScoredField}, {@link Agreement}) level, the estimated share of matches among the
 * candidate pairs, the number of EM iterations and whether EM converged, and the
 * {@link AuditPolicy} that scores with the estimated weights {@code log2(m/u)}.
 *
 * <p>Thresholds of the estimated policy (a decision of ins4j): they are re-derived from the
 * estimated match proportion {@code p}, because a weight table estimated on another base is on
 * another scale than the defaults' 15 and 8 bits. A pair of total {@code s} bits has the posterior
 * odds of being a match {@code 2^s · p / (1 − p)}; {@link #policy()} proposes a merge from a
 * posterior probability of 0.999 (the precision the audit aims at) and asks for a review from
 * 0.5 (more likely a duplicate than not); {@link #policy(double, double)} takes other
 * probabilities. The posterior is only as good as the model's assumption that the fields are
 * independent given the class: measure on your base (README, "Re-estimating the weights") before
 * trusting it.
 *
 * <p>Immutable; holds no trait value. {@code toString()} prints the whole table, for a review.
 *
 * <pre>{@code
 * EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(records);
 * if (est.converged()) {
 *     double w = est.weight(ScoredField.BIRTH_DATE, Agreement.SWAP);   // log2(m/u), in bits
 *     AuditReport report = IdentityAudit.of(est.policy()).run(records);
 * }
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // m and u in tables indexed by field and level
public final class EstimatedWeights {

    private static final double MATCH_POSTERIOR = 0.999;
    private static final double REVIEW_POSTERIOR = 0.5;

    private final AuditPolicy start;
    private final double[][] m;
    private final double[][] u;
    private final boolean[][] estimated;
    private final double matchProportion;
    private final long pairs;
    private final int iterations;
    private final boolean converged;
    private final AuditPolicy policy;

    EstimatedWeights(AuditPolicy start, double[][] m, double[][] u, boolean[][] estimated, double matchProportion,
            long pairs, int iterations, boolean converged) {
        this.start = start;
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.estimated = new boolean[estimated.length][];
        for (int f = 0; f < estimated.length; f++) {
            this.estimated[f] = estimated[f].clone();
        }
        this.matchProportion = matchProportion;
        this.pairs = pairs;
        this.iterations = iterations;
        this.converged = converged;
        this.policy = build(MATCH_POSTERIOR, REVIEW_POSTERIOR);
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    /**
     * Tells whether a level was estimated: a level of the field ({@link ScoredField#levels()})
     * that at least one candidate pair shows, {@link Agreement#MISSING} excepted (AUD-7).
     *
     * <pre>{@code
     * est.isEstimated(ScoredField.BIRTH_PLACE, Agreement.MISSING);   // false: MISSING weighs 0
     * }</pre>
     *
     * @param field the field
     * @param level the level
     * @return {@code true} when m and u come from EM; otherwise the estimated policy keeps the
     *     starting policy's weight
     */
    public boolean isEstimated(ScoredField field, Agreement level) {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(level, "level must not be null");
        return estimated[field.ordinal()][level.ordinal()];
    }

    /**
     * Returns the m-probability of a level: the share of matches whose field, known on both
     * sides, agrees at that level (AUD-7).
     *
     * <pre>{@code
     * est.m(ScoredField.BIRTH_DATE, Agreement.EXACT);   // e.g. 0.93
     * }</pre>
     *
     * @param field the field
     * @param level the level
     * @return the probability, within [10⁻⁴, 1 − 10⁻⁴]; 0 for a level not
     *     {@linkplain #isEstimated(ScoredField, Agreement) estimated}
     */
    public double m(ScoredField field, Agreement level) {
        return isEstimated(field, level) ? m[field.ordinal()][level.ordinal()] : 0.0;
    }

    /**
     * Returns the u-probability of a level: the share of non-matches whose field, known on both
     * sides, agrees at that level (AUD-7).
     *
     * <pre>{@code
     * est.u(ScoredField.BIRTH_DATE, Agreement.EXACT);   // high: blocking on the date
     * }</pre>
     *
     * @param field the field
     * @param level the level
     * @return the probability, within [10⁻⁴, 1 − 10⁻⁴]; 0 for a level not
     *     {@linkplain #isEstimated(ScoredField, Agreement) estimated}
     */
    public double u(ScoredField field, Agreement level) {
        return isEstimated(field, level) ? u[field.ordinal()][level.ordinal()] : 0.0;
    }

    /**
     * Returns the weight of a level in the estimated policy (AUD-7).
     *
     * <pre>{@code
     * est.weight(ScoredField.BIRTH_NAME, Agreement.EXACT);   // log2(m / u)
     * }</pre>
     *
     * @param field the field
     * @param level the level
     * @return {@code log2(m/u)} in bits for an estimated level; the starting policy's weight
     *     otherwise
     */
    public double weight(ScoredField field, Agreement level) {
        return policy.weight(field, level);
    }

    /**
     * Returns the estimated share of matches among the candidate pairs (AUD-7).
     *
     * <pre>{@code
     * est.matchProportion();   // e.g. 0.018
     * }</pre>
     *
     * @return {@code p}, within [10⁻⁴, 1 − 10⁻⁴]
     */
    public double matchProportion() {
        return matchProportion;
    }

    /**
     * Returns the number of candidate pairs the estimate comes from (AUD-7).
     *
     * <pre>{@code
     * est.pairs();   // e.g. 511 000
     * }</pre>
     *
     * @return the pairs counted
     */
    public long pairs() {
        return pairs;
    }

    /**
     * Returns the number of EM iterations run (AUD-7).
     *
     * <pre>{@code
     * est.iterations();   // e.g. 57
     * }</pre>
     *
     * @return at least 1
     */
    public int iterations() {
        return iterations;
    }

    /**
     * Tells whether EM converged: no probability moved by more than the tolerance in the last
     * iteration (AUD-7). When it did not, the estimate is that of the last iteration.
     *
     * <pre>{@code
     * if (!est.converged()) { keepTheDefaults(); }
     * }</pre>
     *
     * @return {@code true} when EM stopped before its largest number of iterations
     */
    public boolean converged() {
        return converged;
    }

    /**
     * Returns the policy that scores with the estimated weights, with thresholds at the posterior
     * match probabilities 0.999 (MATCH) and 0.5 (REVIEW); the starting policy's other settings
     * are kept (AUD-7). Same as {@code policy(0.999, 0.5)}.
     *
     * <pre>{@code
     * AuditReport report = IdentityAudit.of(est.policy()).run(records);
     * }</pre>
     *
     * @return the estimated policy
     */
    public AuditPolicy policy() {
        return policy;
    }

    /**
     * Returns the policy that scores with the estimated weights, with thresholds at other
     * posterior match probabilities: a pair is MATCH when its score {@code s} gives
     * {@code P(match | s) >= matchPosterior}, that is {@code s >= log2(matchPosterior / (1 −
     * matchPosterior)) + log2((1 − p) / p)}, and REVIEW likewise (AUD-7).
     *
     * <pre>{@code
     * AuditPolicy strict = est.policy(0.9999, 0.8);
     * }</pre>
     *
     * @param matchPosterior the match probability from which a pair is a merge proposal, in (0, 1)
     * @param reviewPosterior the match probability from which a pair is reviewed, in (0, matchPosterior]
     * @return the estimated policy
     * @throws AuditException ({@code INVALID_POLICY}) when a probability is out of range
     */
    public AuditPolicy policy(double matchPosterior, double reviewPosterior) {
        if (!(matchPosterior > 0 && matchPosterior < 1 && reviewPosterior > 0 && reviewPosterior <= matchPosterior)) {
            throw new AuditException(AuditException.Reason.INVALID_POLICY,
                    "posterior probabilities must satisfy 0 < review <= match < 1");
        }
        return build(matchPosterior, reviewPosterior);
    }

    /**
     * Returns the score from which the posterior match probability reaches {@code posterior}.
     */
    private double threshold(double posterior) {
        return log2(posterior / (1 - posterior)) + log2((1 - matchProportion) / matchProportion);
    }

    private AuditPolicy build(double matchPosterior, double reviewPosterior) {
        AuditPolicy.Builder b = AuditPolicy.builder()
                .passes(start.passes())
                .maxBlockSize(start.maxBlockSize())
                .termFrequencyAdjustment(start.termFrequencyAdjustment())
                .matchThreshold(threshold(matchPosterior))
                .reviewThreshold(threshold(reviewPosterior));
        start.flowSince().ifPresent(b::flowSince);
        for (ScoredField f : ScoredField.values()) {
            for (Agreement a : f.levels()) {
                double w = estimated[f.ordinal()][a.ordinal()]
                        ? log2(m[f.ordinal()][a.ordinal()] / u[f.ordinal()][a.ordinal()])
                        : start.weight(f, a);
                b.weight(f, a, w);
            }
        }
        return b.build();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Returns the estimate as a table: for each field and level, m, u and the weight in bits;
     * then the match proportion, the iterations and the thresholds. No personal data.
     *
     * @return a multi-line table
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append(String.format(Locale.ROOT,
                "EstimatedWeights[%d pairs, match proportion %.6f, %d iterations, %s; match >= %.2f, review >= %.2f]%n",
                pairs, matchProportion, iterations, converged ? "converged" : "NOT converged",
                policy.matchThreshold(), policy.reviewThreshold()));
        for (ScoredField f : ScoredField.values()) {
            for (Agreement a : f.levels()) {
                if (isEstimated(f, a)) {
                    sb.append(String.format(Locale.ROOT, "  %-19s %-19s m %.6f  u %.6f  %+7.2f bits%n", f, a,
                            m(f, a), u(f, a), weight(f, a)));
                } else {
                    sb.append(String.format(Locale.ROOT, "  %-19s %-19s not estimated     %+7.2f bits (kept)%n", f,
                            a, weight(f, a)));
                }
            }
        }
        return sb.toString();
    }
}
