package io.github.ins4j.identity;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when the parts of an INS identity do not make one: the active identifier found again in
 * the history (MAT-6), or an earlier identifier whose validity ends before it starts. The message
 * never holds a matricule.
 *
 * <pre>{@code
 * try {
 *     new InsIdentity(active, traits, List.of(EarlierIdentifier.of(active)));
 * } catch (InvalidIdentityException e) {
 *     e.reason();   // ACTIVE_IN_HISTORY
 * }
 * }</pre>
 */
public final class InvalidIdentityException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the parts do not make an INS identity. */
    public enum Reason implements InsErrorReason {
        /** The history holds the active identifier: an identity has one active matricule (MAT-6). */
        ACTIVE_IN_HISTORY,
        /** An earlier identifier stops being valid before it starts ({@code DateFin} before {@code DateDeb}). */
        VALIDITY_REVERSED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "identity";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InvalidIdentityException(Reason reason, String detail) {
        super("Invalid INS identity (" + reason + "): " + detail, -1, null);
        this.reason = reason;
    }

    /**
     * Returns why the parts do not make an INS identity.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
