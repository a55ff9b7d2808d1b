package io.github.ins4j.matricule;

/**
 * Thrown when a text is not the OID of an INS authority; see {@link InsOid#fromOid(CharSequence)}.
 *
 * <p>The message names the known OIDs; it never repeats an unknown text, which could be a
 * matricule passed by mistake.
 */
public final class InvalidOidException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not an INS OID. */
    public enum Reason {
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
        UNKNOWN
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InvalidOidException(Reason reason, String detail) {
        super("Invalid INS OID (" + reason + "): " + detail);
        this.reason = reason;
    }

    /**
     * Returns why the text is not an INS OID.
     *
     * @return the reason, never {@code null}
     */
    public Reason reason() {
        return reason;
    }
}
