package io.github.ins4j.jackson;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when a stored JSON form of ins4j is not the documented one: a missing, unknown or
 * repeated field, a value of the wrong JSON type, an unknown code, or a version this release does
 * not read. Values that are present but invalid (a matricule with a wrong key, an impossible birth
 * date) are refused by the ins-core type itself, with its own exception; a history whose events
 * break an RNIV rule by {@link io.github.ins4j.qualification.QualificationException}.
 *
 * <p>Jackson sees every such refusal as an {@link InsJsonException} whose cause is the ins4j
 * exception. The message names the field and what was expected, never the value read.
 */
public final class StoredFormException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the stored form was refused. */
    public enum Reason implements InsErrorReason {
        /** The {@code "v"} field names a version of the form this release does not read. */
        UNSUPPORTED_VERSION,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A field is not part of the form (or not of this event type). */
        UNKNOWN_FIELD,
        /** A field appears twice in the same object. */
        DUPLICATE_FIELD,
        /** A value has the wrong JSON type (e.g. a number where a string is expected, or null). */
        WRONG_TYPE,
        /** A code (event type, status, document, attribute, INSi result…) is not one ins4j knows. */
        UNKNOWN_CODE,
        /** A value is not in its documented format (an instant, a date). */
        INVALID_VALUE,
        /** The parts of a stored form disagree with each other (e.g. the stored status). */
        INCONSISTENT;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "stored-form";
        }
    }

    /** Why the stored form was refused. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why the form was refused
     * @param message what is wrong, without the value read
     */
    public StoredFormException(Reason reason, String message) {
        super("Refused stored form (" + reason + "): " + message, -1, null);
        this.reason = reason;
    }

    /**
     * Returns why the stored form was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
