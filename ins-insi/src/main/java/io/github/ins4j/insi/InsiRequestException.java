package io.github.ins4j.insi;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import org.jspecify.annotations.Nullable;

/**
 * A search refused before any I/O: the identity may not be searched (INSI-1) or a value is not in
 * the strict INSi form (INSI-2). Nothing was sent. The message never holds the value at fault.
 *
 * <pre>{@code
 * try {
 *     InsiSearch.parse("D’ÆION", "CŒUR", "M", "1987-01-01", null);
 * } catch (InsiRequestException e) {
 *     e.reason();       // NOT_STRICT: convert explicitly (BirthName.parseTyped) if the person agrees
 *     e.errorIndex();   // 1: the first character outside the INSi alphabet
 * }
 * }</pre>
 */
public final class InsiRequestException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a search was refused before any I/O. */
    public enum Reason implements InsErrorReason {
        /** The identity is doubtful or fictitious: INSi must not be called (INSI-1, QUA-1). */
        BLOCKED_IDENTITY,
        /** A value is not in the strict INSi form (INSI-2, TRT-1); nothing is transliterated. */
        NOT_STRICT,
        /** The operator or process id is blank: every call names who made it (INSI-6, QUA-9). */
        OPERATOR_MISSING,
        /** The strategy proposed no search at all (INSI-7). */
        NO_SEARCH,
        /**
         * The assertion to sign is not a SAML 2.0 {@code Assertion} with an {@code ID}, or the key
         * cannot sign it.
         */
        ASSERTION_NOT_SIGNED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "insi.request";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InsiRequestException(Reason reason, int errorIndex, String message, @Nullable Throwable cause) {
        super(message, errorIndex, cause);
        this.reason = reason;
    }

    /** {@inheritDoc} */
    @Override
    public Reason reason() {
        return reason;
    }
}
