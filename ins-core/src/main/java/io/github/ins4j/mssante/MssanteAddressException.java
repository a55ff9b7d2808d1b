package io.github.ins4j.mssante;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when an MSSanté patient address may not be derived, or a text is not one (MSS-2, MSS-3).
 * The message never contains the matricule nor the address.
 */
public final class MssanteAddressException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason implements InsErrorReason {
        /** The identity is not qualified (or is doubtful / fictitious): its matricule could be another person's. */
        NOT_QUALIFIED,
        /** The decision withholds the INS: billing, insurer or research purpose (DIS-3). */
        INS_NOT_DISCLOSED,
        /** A test or demonstration OID outside an explicitly chosen test domain. */
        TEST_OID,
        /** A production OID in a test domain: a real patient's address never goes to test infrastructure. */
        PRODUCTION_OID_IN_TEST_DOMAIN,
        /** Parsing: the text is null or not {@code local@domain}. */
        MALFORMED,
        /** Parsing: the domain is not the expected one. */
        WRONG_DOMAIN,
        /** Parsing: the local part is not a valid 15-character matricule. */
        INVALID_MATRICULE,
        /** A test domain that is the production domain or not a plausible domain name. */
        INVALID_TEST_DOMAIN;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "mssante";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    MssanteAddressException(Reason reason, String message) {
        super("MSSanté patient address refused (" + reason + "): " + message, -1, null);
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
