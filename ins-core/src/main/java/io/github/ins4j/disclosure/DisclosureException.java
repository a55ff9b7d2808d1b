package io.github.ins4j.disclosure;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/** Thrown when a disclosure question cannot be answered: an unknown or missing purpose (DIS-6). */
public final class DisclosureException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the question was refused. */
    public enum Reason implements InsErrorReason {
        /** The purpose is missing or unknown: refused, never defaulted. */
        UNKNOWN_PURPOSE;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "disclosure";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    DisclosureException(Reason reason, String message) {
        super("Refused (" + reason + "): " + message, -1, null);
        this.reason = reason;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
