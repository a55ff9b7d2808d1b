package io.github.ins4j.audit;

import io.github.ins4j.matching.MatchReport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One suspicion of the audit: its kind (AUD-1 to AUD-7), the local ids of the records, the pair
 * score with its per-trait TRT-6 report (for pair findings), the class and the FR Core potential
 * state it proposes. Findings are potential: only a named operator confirms them.
 *
 * <p>{@code toString()} names the local ids, the rule and the levels; never a trait or a matricule.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *     log.info("{} {} {}", f.kind().ruleId(), f.localIds(), f.potentialState().code());
 * }
 * }</pre>
 */
public final class Finding {

    private final FindingKind kind;
    private final List<String> localIds;
    private final @Nullable PairScore pairScore;
    private final PairClass pairClass;
    private final String explanation;

    Finding(FindingKind kind, List<String> localIds, @Nullable PairScore pairScore, PairClass pairClass,
            String explanation) {
        this.kind = kind;
        this.localIds = List.copyOf(localIds);
        this.pairScore = pairScore;
        this.pairClass = pairClass;
        this.explanation = explanation;
    }

    Finding withPairClass(PairClass c, String why) {
        return new Finding(kind, localIds, pairScore == null ? null : pairScore.withPairClass(c), c, why);
    }

    /**
     * Returns the detector that found it.
     *
     * @return the kind
     */
    public FindingKind kind() {
        return kind;
    }

    /**
     * Returns the local ids of the records, in order.
     *
     * @return one id (AUD-5) or two
     */
    public List<String> localIds() {
        return localIds;
    }

    /**
     * Returns the pair score.
     *
     * @return the score, or empty for a one-record finding (AUD-5)
     */
    public Optional<PairScore> pairScore() {
        return Optional.ofNullable(pairScore);
    }

    /**
     * Returns the total score of the pair.
     *
     * @return the score in bits, or 0 for a one-record finding
     */
    public double score() {
        return pairScore == null ? 0.0 : pairScore.score();
    }

    /**
     * Returns the per-trait TRT-6 report of the pair.
     *
     * @return the report, or empty when there is none
     */
    public Optional<MatchReport> matchReport() {
        return pairScore == null ? Optional.empty() : pairScore.matchReport();
    }

    /**
     * Returns the class: {@link PairClass#MATCH} is a merge proposal; AUD-2, AUD-4 and AUD-5
     * findings are never one.
     *
     * @return the class
     */
    public PairClass pairClass() {
        return pairClass;
    }

    /**
     * Tells whether the finding proposes a merge.
     *
     * @return {@code true} for a {@link PairClass#MATCH} duplicate
     */
    public boolean isMergeProposal() {
        return pairClass == PairClass.MATCH && kind.potentialState() == PotentialState.DPOT;
    }

    /**
     * Returns the FR Core potential state the finding proposes.
     *
     * @return {@code DPOT}, {@code COLP} or {@code HOMD}
     */
    public PotentialState potentialState() {
        return kind.potentialState();
    }

    /**
     * Returns why, in words, without values.
     *
     * @return the explanation
     */
    public String explanation() {
        return explanation;
    }

    /**
     * Returns the rule, the ids, the state and the levels; no value.
     *
     * @return e.g. {@code Finding[AUD-7 DPOT MATCH [A1, A2] 25.0: ...]}
     */
    @Override
    public String toString() {
        return "Finding[" + kind.ruleId() + " " + potentialState() + " " + pairClass + " " + localIds
                + (pairScore == null ? "" : " " + pairScore) + ": " + explanation + "]";
    }
}
