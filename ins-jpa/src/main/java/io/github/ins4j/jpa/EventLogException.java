package io.github.ins4j.jpa;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an identity's event log cannot be written or read back as it was: an unknown
 * identity, events missing from the log, an event that cannot be read, or a record that is not the
 * stored one plus new events. A log whose events break an RNIV rule or disagree with their audit
 * columns is refused by the qualifier itself
 * ({@link io.github.ins4j.qualification.QualificationException}). The message names positions and
 * counts, never personal data.
 */
public final class EventLogException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the log was refused. */
    public enum Reason implements InsErrorReason {
        /** The identity id is blank or longer than {@value IdentityEventLog#MAX_ID_LENGTH} characters. */
        INVALID_ID,
        /** No log is stored under this identity id. */
        UNKNOWN_IDENTITY,
        /** Events are missing from the log (deleted rows, a truncated log, a gap in the positions). */
        MISSING_EVENTS,
        /** A stored event is not in a JSON form this release reads. */
        UNREADABLE_EVENT,
        /** The record to write is not the stored one plus new events (older, or from elsewhere). */
        STALE_RECORD,
        /** The parts of the stored log disagree (head status, event columns and payload). */
        INCONSISTENT;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "event-log";
        }
    }

    /** Why the log was refused. */
    private final Reason reason;

    EventLogException(Reason reason, String message) {
        this(reason, message, null);
    }

    EventLogException(Reason reason, String message, @Nullable Throwable cause) {
        super("Refused event log (" + reason + "): " + message, -1, cause);
        this.reason = reason;
    }

    /**
     * Returns why the log was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
