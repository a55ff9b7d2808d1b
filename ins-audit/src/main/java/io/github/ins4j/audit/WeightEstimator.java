package io.github.ins4j.audit;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Re-estimates the Fellegi–Sunter weights of the pair scoring (AUD-7) on the base itself, by
 * expectation–maximisation (Winkler's EM for the two-class mixture, under conditional
 * independence of the fields given the class). Opt-in: {@link AuditPolicy#defaults()} never
 * changes; the result is an {@link EstimatedWeights} the user reviews, keeps and passes to
 * {@link IdentityAudit} as an ordinary policy.
 *
 * <p>The model: a candidate pair is a match with probability {@code p}; given its class, the
 * level of each {@link ScoredField} is drawn independently, with probability {@code m(field,
 * level)} for a match and {@code u(field, level)} for a non-match. {@link Agreement#MISSING} is
 * left out of the likelihood (it keeps the starting policy's weight, 0 by default), so the m and
 * the u of a field are shares among the pairs where it is known on both sides.
 *
 * <ol>
 *   <li>The candidate pairs of the policy's blocking passes are counted by agreement pattern
 *       ({@link AgreementPatterns}); EM iterates over the distinct patterns.</li>
 *   <li>Start: {@code u} is each level's share among all pairs (most pairs are non-matches);
 *       {@code m} is proportional to {@code u · 2^w}, {@code w} the starting policy's weight
 *       (within ±60 bits);
 *       {@code p} is the share of pairs the starting policy would report (score at or above its
 *       review threshold), within [0.001, 0.5].</li>
 *   <li>Each iteration computes every pattern's match probability (E), then {@code p}, {@code m}
 *       and {@code u} from them (M), each probability kept within [10⁻⁴, 1 − 10⁻⁴] (a level no
 *       match shows weighs about −13 bits, not an unbounded veto); it stops when
 *       no probability moves by more than the tolerance (default 10⁻⁶), or after the largest
 *       number of iterations (default 1000), then reports that it did not converge.</li>
 *   <li>A level no pair shows keeps the starting policy's weight.</li>
 * </ol>
 * The same patterns, starting policy and settings give the same result, to the last bit: the
 * patterns are visited in one fixed order.
 *
 * <p>Only the likelihood weights are estimated. The rules that are not weights stay as they are,
 * whatever the weights: two records with different active matricules are never proposed for a
 * merge (AUD-4), nor twins (same birth name and birth date, other first names, see
 * {@link PairScorer}).
 *
 * <pre>{@code
 * EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(records);
 * System.out.println(est);                 // m/u table, iterations, match proportion
 * AuditReport report = IdentityAudit.of(est.policy()).run(records);
 * }</pre>
 */
public final class WeightEstimator {

    /** Probabilities are kept within [EPSILON, 1 − EPSILON]. */
    static final double EPSILON = 1e-4;
    private static final int DEFAULT_MAX_ITERATIONS = 1000;
    private static final double DEFAULT_TOLERANCE = 1e-6;
    private static final long DEFAULT_MIN_PAIRS = 1000;

    private final AuditPolicy start;
    private final int maxIterations;
    private final double tolerance;
    private final long minPairs;

    private WeightEstimator(AuditPolicy start, int maxIterations, double tolerance, long minPairs) {
        this.start = start;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.minPairs = minPairs;
    }

    /**
     * Builds an estimator that starts from a policy: its weights seed EM, its blocking passes and
     * largest block give the candidate pairs, and its other settings (passes, largest block, flow
     * period, term-frequency adjustment) are kept in the estimated policy (AUD-7).
     *
     * <pre>{@code
     * WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults());
     * }</pre>
     *
     * @param start the starting policy, usually {@link AuditPolicy#defaults()}
     * @return the estimator, 1000 iterations at most, tolerance 10⁻⁶, at least 1000 pairs
     */
    public static WeightEstimator of(AuditPolicy start) {
        return new WeightEstimator(Objects.requireNonNull(start, "start must not be null"), DEFAULT_MAX_ITERATIONS,
                DEFAULT_TOLERANCE, DEFAULT_MIN_PAIRS);
    }

    /**
     * Returns an estimator that stops after at most this many iterations (AUD-7).
     *
     * <pre>{@code
     * WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults()).maxIterations(200);
     * }</pre>
     *
     * @param iterations at least 1
     * @return a new estimator
     * @throws AuditException ({@code INVALID_POLICY}) when under 1
     */
    public WeightEstimator maxIterations(int iterations) {
        if (iterations < 1) {
            throw new AuditException(AuditException.Reason.INVALID_POLICY,
                    "the largest number of EM iterations must be at least 1, not " + iterations);
        }
        return new WeightEstimator(start, iterations, tolerance, minPairs);
    }

    /**
     * Returns an estimator that stops when no probability moves by more than this between two
     * iterations (AUD-7).
     *
     * <pre>{@code
     * WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults()).tolerance(1e-8);
     * }</pre>
     *
     * @param change a finite number above 0
     * @return a new estimator
     * @throws AuditException ({@code INVALID_POLICY}) when not finite or not above 0
     */
    public WeightEstimator tolerance(double change) {
        if (!(change > 0) || !Double.isFinite(change)) {
            throw new AuditException(AuditException.Reason.INVALID_POLICY,
                    "the EM tolerance must be a finite number above 0");
        }
        return new WeightEstimator(start, maxIterations, change, minPairs);
    }

    /**
     * Returns an estimator that refuses to estimate from fewer pairs than this (AUD-7).
     *
     * <pre>{@code
     * WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults()).minPairs(10_000);
     * }</pre>
     *
     * @param pairs at least 1 (default 1000)
     * @return a new estimator
     * @throws AuditException ({@code INVALID_POLICY}) when under 1
     */
    public WeightEstimator minPairs(long pairs) {
        if (pairs < 1) {
            throw new AuditException(AuditException.Reason.INVALID_POLICY,
                    "the smallest number of pairs to estimate from must be at least 1, not " + pairs);
        }
        return new WeightEstimator(start, maxIterations, tolerance, pairs);
    }

    /**
     * Returns the starting policy.
     *
     * @return the policy given to {@link #of(AuditPolicy)}
     */
    public AuditPolicy start() {
        return start;
    }

    /**
     * Blocks a base with the starting policy's passes, counts the agreement patterns of its
     * candidate pairs and estimates the weights from them (AUD-7).
     *
     * <pre>{@code
     * EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(records);
     * }</pre>
     *
     * @param records the base
     * @return the estimate
     * @throws AuditException ({@code TOO_FEW_PAIRS}) when blocking gives fewer pairs than
     *     {@link #minPairs(long)}; ({@code ESTIMATION_FAILED}) when EM finds no usable match class;
     *     ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public EstimatedWeights estimate(Iterable<AuditRecord> records) {
        return estimate(AgreementPatterns.from(records, start));
    }

    /**
     * Estimates the weights from a base given as a stream, which is consumed; see
     * {@link #estimate(Iterable)} (AUD-7).
     *
     * <pre>{@code
     * EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(records.stream());
     * }</pre>
     *
     * @param records the base
     * @return the estimate
     * @throws AuditException as {@link #estimate(Iterable)}
     */
    public EstimatedWeights estimate(Stream<AuditRecord> records) {
        return estimate(AgreementPatterns.from(records, start));
    }

    /**
     * Estimates the weights from pattern counts (AUD-7).
     *
     * <pre>{@code
     * EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults())
     *         .estimate(AgreementPatterns.from(records, AuditPolicy.defaults()));
     * }</pre>
     *
     * @param patterns the counts of the candidate pairs' agreement patterns
     * @return the estimate
     * @throws AuditException ({@code TOO_FEW_PAIRS}) when there are fewer pairs than
     *     {@link #minPairs(long)}; ({@code ESTIMATION_FAILED}) when EM finds no usable match class
     */
    @SuppressWarnings("EnumOrdinal") // m and u in tables indexed by field and level
    public EstimatedWeights estimate(AgreementPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns must not be null");
        if (patterns.pairs() < minPairs) {
            throw new AuditException(AuditException.Reason.TOO_FEW_PAIRS, "blocking gave " + patterns.pairs()
                    + " candidate pairs; at least " + minPairs + " are needed to estimate the weights");
        }
        ScoredField[] fields = ScoredField.values();
        int nf = fields.length;
        int nl = Agreement.values().length;
        int[] codes = patterns.codes();
        long[] counts = patterns.counts();
        int np = codes.length;
        // level ordinal of each field of each pattern; -1 for MISSING (left out of the likelihood)
        int[][] lvl = new int[np][nf];
        double[][] seen = new double[nf][nl];
        for (int g = 0; g < np; g++) {
            for (int f = 0; f < nf; f++) {
                Agreement a = AgreementPatterns.level(codes[g], fields[f]);
                lvl[g][f] = a == Agreement.MISSING ? -1 : a.ordinal();
                if (a != Agreement.MISSING) {
                    seen[f][a.ordinal()] += counts[g];
                }
            }
        }
        boolean[][] observed = new boolean[nf][nl];
        double[][] m = new double[nf][nl];
        double[][] u = new double[nf][nl];
        Agreement[] levels = Agreement.values();
        for (int f = 0; f < nf; f++) {
            double known = 0;
            double mSum = 0;
            for (int k = 0; k < nl; k++) {
                known += seen[f][k];
            }
            for (int k = 0; k < nl; k++) {
                observed[f][k] = seen[f][k] > 0;
                if (observed[f][k]) {
                    u[f][k] = seen[f][k] / known;
                    m[f][k] = u[f][k] * Math.pow(2, Math.max(-60, Math.min(60, start.weight(fields[f], levels[k]))));
                    mSum += m[f][k];
                }
            }
            for (int k = 0; k < nl; k++) {
                if (observed[f][k]) {
                    m[f][k] = clamp(m[f][k] / mSum);
                    u[f][k] = clamp(u[f][k]);
                }
            }
        }
        double p = initialProportion(codes, counts, patterns.pairs());

        double total = patterns.pairs();
        double[] posterior = new double[np];
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations && !converged) {
            iterations++;
            double logP = Math.log(p);
            double logQ = Math.log1p(-p);
            double[][] logM = logs(m, observed);
            double[][] logU = logs(u, observed);
            // E: each pattern's probability of being a match
            double matchMass = 0;
            for (int g = 0; g < np; g++) {
                double lm = logP;
                double lu = logQ;
                for (int f = 0; f < nf; f++) {
                    int k = lvl[g][f];
                    if (k >= 0) {
                        lm += logM[f][k];
                        lu += logU[f][k];
                    }
                }
                posterior[g] = 1.0 / (1.0 + Math.exp(lu - lm));
                matchMass += posterior[g] * counts[g];
            }
            // M: p, m and u from the expected classes
            double newP = clamp(matchMass / total);
            double change = Math.abs(newP - p);
            p = newP;
            for (int f = 0; f < nf; f++) {
                double[] mNum = new double[nl];
                double[] uNum = new double[nl];
                double mDen = 0;
                double uDen = 0;
                for (int g = 0; g < np; g++) {
                    int k = lvl[g][f];
                    if (k >= 0) {
                        double wm = posterior[g] * counts[g];
                        double wu = (1.0 - posterior[g]) * counts[g];
                        mNum[k] += wm;
                        uNum[k] += wu;
                        mDen += wm;
                        uDen += wu;
                    }
                }
                for (int k = 0; k < nl; k++) {
                    if (!observed[f][k]) {
                        continue;
                    }
                    double nm = clamp(mDen > 0 ? mNum[k] / mDen : m[f][k]);
                    double nu = clamp(uDen > 0 ? uNum[k] / uDen : u[f][k]);
                    change = Math.max(change, Math.max(Math.abs(nm - m[f][k]), Math.abs(nu - u[f][k])));
                    m[f][k] = nm;
                    u[f][k] = nu;
                }
            }
            converged = change < tolerance;
        }
        EstimatedWeights est = new EstimatedWeights(start, m, u, observed, p, patterns.pairs(), iterations, converged);
        double best = 0;
        for (ScoredField f : fields) {
            double top = Double.NEGATIVE_INFINITY;
            for (Agreement a : f.levels()) {
                if (est.isEstimated(f, a)) {
                    top = Math.max(top, est.policy().weight(f, a));
                }
            }
            best += Double.isInfinite(top) ? 0 : top;
        }
        if (!(best > 0) || p <= 2 * EPSILON) {
            throw new AuditException(AuditException.Reason.ESTIMATION_FAILED,
                    "EM found no match class whose fields agree more than the non-matches' (match"
                            + " proportion " + p + ", best pattern " + best + " bits) on " + patterns.pairs() + " pairs; keep the starting weights");
        }
        return est;
    }

    /** The share of pairs the starting policy would report, within [0.001, 0.5]. */
    private double initialProportion(int[] codes, long[] counts, long pairs) {
        double reported = 0;
        for (int g = 0; g < codes.length; g++) {
            double score = 0;
            for (ScoredField f : ScoredField.values()) {
                score += start.weight(f, AgreementPatterns.level(codes[g], f));
            }
            if (score >= start.reviewThreshold()) {
                reported += counts[g];
            }
        }
        return Math.min(0.5, Math.max(0.001, reported / pairs));
    }

    private static double[][] logs(double[][] x, boolean[][] observed) {
        double[][] l = new double[x.length][];
        for (int f = 0; f < x.length; f++) {
            l[f] = new double[x[f].length];
            for (int k = 0; k < x[f].length; k++) {
                l[f][k] = observed[f][k] ? Math.log(x[f][k]) : 0.0;
            }
        }
        return l;
    }

    static double clamp(double probability) {
        return Math.min(1 - EPSILON, Math.max(EPSILON, probability));
    }

    /**
     * Returns the settings, without data.
     *
     * @return e.g. {@code WeightEstimator[max 1000 iterations, tolerance 1.0E-6, min 1000 pairs]}
     */
    @Override
    public String toString() {
        return "WeightEstimator[max " + maxIterations + " iterations, tolerance " + tolerance + ", min " + minPairs
                + " pairs]";
    }
}
