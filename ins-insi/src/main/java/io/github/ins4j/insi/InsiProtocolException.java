package io.github.ins4j.insi;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An answer that is not a valid INSi answer (INSI-3, INSI-4, INSI-8): malformed or hostile XML, a
 * result code that does not go with its content, a matricule whose key or OID is wrong, a trait
 * outside the strict form. It is never read as "found" nor as "not found". When the answer was
 * received, {@link #exchange()} holds the recorded call (INSI-6), answer included, for the RNIV
 * trace. The message never holds a matricule nor a trait.
 *
 * <pre>{@code
 * try {
 *     client.search(search, "desk-1");
 * } catch (InsiProtocolException e) {
 *     e.exchange().ifPresent(store::save);   // keep the answer as received
 *     log.error("INSi answer refused: {}", e.reason());
 * }
 * }</pre>
 */
public final class InsiProtocolException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why an answer was refused. */
    public enum Reason implements InsErrorReason {
        /** The body is not well-formed XML, or is truncated. */
        MALFORMED_XML,
        /** The answer holds a DTD or an entity declaration: refused, never expanded (INSI-8). */
        DTD_REFUSED,
        /** The answer is larger than the configured limit. */
        TOO_LARGE,
        /** The root is not a SOAP 1.2 {@code Envelope} with a {@code Body}. */
        NOT_SOAP,
        /** The {@code Body} holds neither a {@code RESULTAT} nor a {@code Fault}. */
        UNEXPECTED_BODY,
        /** A required element is missing or repeated. */
        MISSING_ELEMENT,
        /** {@code CodeCR} is not {@code 00}, {@code 01} nor {@code 02} (INSI-4). */
        UNKNOWN_RESULT_CODE,
        /**
         * {@code 00} without exactly one {@code INDIVIDU} / {@code INSACTIF}, or {@code 01} /
         * {@code 02} with an {@code INDIVIDU} (INSI-4).
         */
        RESULT_CONTENT_MISMATCH,
        /** A returned matricule fails the core checks, e.g. its key is wrong (INSI-3, MAT-3). */
        INVALID_MATRICULE,
        /** A returned OID is not an INS authority (INSI-3, MAT-5). */
        INVALID_OID,
        /** A returned trait is not in strict form (TRT-1), or a date is not a date. */
        INVALID_TRAIT;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "insi.protocol";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;
    /** The recorded call, when there was one; not serialized. */
    private final transient @Nullable InsiExchange exchange;

    InsiProtocolException(Reason reason, String message, @Nullable Throwable cause,
            @Nullable InsiExchange exchange) {
        super(message, -1, cause);
        this.reason = reason;
        this.exchange = exchange;
    }

    InsiProtocolException withExchange(InsiExchange recorded) {
        InsiProtocolException copy = new InsiProtocolException(reason, String.valueOf(getMessage()), getCause(), recorded);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** {@inheritDoc} */
    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the recorded call whose answer was refused, when there was one (INSI-6).
     *
     * @return the exchange, empty when the answer was read outside a call
     */
    public Optional<InsiExchange> exchange() {
        return Optional.ofNullable(exchange);
    }
}
