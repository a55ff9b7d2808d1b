package io.github.ins4j.audit.spark;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the Spark audit refuses its source or its options: a row that cannot be read as an
 * a missing column, an unknown source format (a row that cannot be read is an
 * {@code AuditException}). The message names the column or the
 * option, never a trait or a matricule.
 *
 * <pre>{@code
 * try {
 *     SparkIdentityAudit.of(policy).run(rows);
 * } catch (SparkAuditException e) {
 *     log.warn("audit refused: {}", e.reason());
 * }
 * }</pre>
 */
public final class SparkAuditException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the source or the options were refused. */
    public enum Reason implements InsErrorReason {
        /** A source without one of the columns of {@link IdentityColumns#NAMES}, or an unknown format. */
        INVALID_SOURCE,
        /** A command-line option missing or malformed. */
        INVALID_OPTION;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "audit-spark";
        }
    }

    /** Why the source or the options were refused. */
    private final Reason reason;

    SparkAuditException(Reason reason, String message, @Nullable Throwable cause) {
        super(message + " (" + reason + ")", -1, cause);
        this.reason = reason;
    }

    /**
     * Returns why the source or the options were refused.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
