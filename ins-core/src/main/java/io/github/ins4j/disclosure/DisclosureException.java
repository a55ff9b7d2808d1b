package io.github.ins4j.disclosure;

/** Thrown when a disclosure question cannot be answered: an unknown or missing purpose (DIS-6). */
public final class DisclosureException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the question was refused. */
    public enum Reason {
        /** The purpose is missing or unknown: refused, never defaulted. */
        UNKNOWN_PURPOSE
    }

    /** Why the operation was refused. */
    private final Reason reason;

    DisclosureException(Reason reason, String message) {
        super("Refused (" + reason + "): " + message);
        this.reason = reason;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
