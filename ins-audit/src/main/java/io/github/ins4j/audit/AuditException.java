package io.github.ins4j.audit;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when an audit input or policy is refused: a bad local id, the same local id twice, a
 * status that contradicts the INS, an impossible policy, a malformed CSV line; or when the EM
 * re-estimation of the weights cannot be done ({@link WeightEstimator}). The message says
 * what to fix and never holds a trait or a matricule.
 *
 * <pre>{@code
 * try {
 *     IdentityAudit.of(policy).run(records);
 * } catch (AuditException e) {
 *     log.warn("audit refused: {}", e.reason().messageKey());
 * }
 * }</pre>
 */
public final class AuditException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the audit input was refused. */
    public enum Reason implements InsErrorReason {
        /** The local id is empty, blank, longer than 64 characters or holds a control character. */
        INVALID_LOCAL_ID,
        /** Two records of one base have the same local id. */
        DUPLICATE_LOCAL_ID,
        /**
         * The status contradicts the INS: an INS identity on a record that was never retrieved
         * from INSi, or a retrieved / qualified record without one (RNIV statuses, QUA rules).
         */
        STATUS_INCONSISTENT,
        /** Attributes that cannot be combined (QUA-2), or doubtful / fictitious on a non-provisional record (QUA-1). */
        ATTRIBUTES_INCONSISTENT,
        /** A policy value out of range: thresholds in the wrong order, a block size under 2. */
        INVALID_POLICY,
        /** A CSV line that cannot be read as an audit record. */
        INVALID_CSV,
        /**
         * An agreement pattern given to the {@link WeightEstimator} that names a level its field
         * never takes ({@link ScoredField#levels()}), or a negative count.
         */
        INVALID_PATTERN,
        /**
         * Too few candidate pairs for the {@link WeightEstimator} to estimate m- and
         * u-probabilities: a base too small, or blocking passes that give too few pairs.
         */
        TOO_FEW_PAIRS,
        /**
         * The EM estimation gave no usable match class: a base with no duplicates to learn from,
         * or pairs whose fields do not separate matches from non-matches.
         */
        ESTIMATION_FAILED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "audit";
        }
    }

    /** Why the input was refused. */
    private final Reason reason;

    AuditException(Reason reason, String message) {
        super(message + " (" + reason + ")", -1, null);
        this.reason = reason;
    }

    AuditException(Reason reason, String message, Throwable cause) {
        super(message + " (" + reason + ")", -1, cause);
        this.reason = reason;
    }

    /**
     * Returns why the input was refused.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
