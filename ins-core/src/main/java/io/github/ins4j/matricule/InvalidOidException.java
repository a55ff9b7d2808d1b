package io.github.ins4j.matricule;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when a text is not the OID of an INS authority; see {@link InsOid#parse(CharSequence)}.
 *
 * <p>The message names the known OIDs; it never repeats an unknown text, which could be a
 * matricule passed by mistake.
 */
public final class InvalidOidException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not an INS OID. */
    public enum Reason implements InsErrorReason {
        /** The text is {@code null}. */
        NULL,
        /** The text is empty (or only {@code urn:oid:}). */
        EMPTY,
        /** The OID of the retired computed INS (INS-C, 1.2.250.1.213.1.4.2): recognised, refused. */
        RETIRED_INS_C,
        /**
         * The OID of a NIR or NIA used as the billing social-security number (NSS,
         * 1.2.250.1.213.1.4.13 / .14): not an INS.
         */
        BILLING_NSS,
        /** Any other text. */
        UNKNOWN;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "oid";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InvalidOidException(Reason reason, String detail) {
        super("Invalid INS OID (" + reason + "): " + detail, -1, null);
        this.reason = reason;
    }

    /**
     * Returns why the text is not an INS OID.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
