package io.github.ins4j.insi;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import org.jspecify.annotations.Nullable;

/**
 * The INSi configuration cannot be built: a setting is missing or invalid, the PKCS#12 cannot be
 * read, it holds no key whose certificate CN is {@code INSI-AUTO} or {@code INSI-MANU}, or no trust
 * anchor is given (the JDK's default trust store is never used).
 *
 * <pre>{@code
 * try {
 *     InsiAuthentication.softwareCertificate(pkcs12, password, anchors);
 * } catch (InsiConfigurationException e) {
 *     e.reason();   // e.g. NO_INSI_CERTIFICATE
 * }
 * }</pre>
 */
public final class InsiConfigurationException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the configuration was refused. */
    public enum Reason implements InsErrorReason {
        /** A required setting is missing. */
        MISSING_SETTING,
        /** A setting has an invalid value (blank, not HTTPS, negative time-out…). */
        INVALID_SETTING,
        /** The key store cannot be read (wrong password, not a PKCS#12, unreadable key). */
        KEYSTORE_UNREADABLE,
        /** No key entry has a certificate whose CN is {@code INSI-AUTO} or {@code INSI-MANU}. */
        NO_INSI_CERTIFICATE,
        /** No trust anchor was given for the INSi server. */
        NO_TRUST_ANCHOR,
        /** The TLS context cannot be built with the given keys and anchors. */
        TLS_SETUP;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "insi.configuration";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InsiConfigurationException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, -1, cause);
        this.reason = reason;
    }

    /** {@inheritDoc} */
    @Override
    public Reason reason() {
        return reason;
    }
}
