package io.github.ins4j.audit;

/**
 * The class of a scored pair of records (Fellegi–Sunter decision with two thresholds).
 *
 * <pre>{@code
 * if (score.pairClass() == PairClass.MATCH) { proposeMerge(); }
 * }</pre>
 */
public enum PairClass {
    /** Score at or above the match threshold: a merge proposal (never across two active INS, AUD-4). */
    MATCH,
    /** Score between the two thresholds: a named operator must look. */
    REVIEW,
    /** Score under the review threshold: not reported. */
    NON_MATCH
}
