package io.github.ins4j.insi;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The call did not get an answer from INSi (INSI-9): time-out, TLS refusal, connection failure, or
 * an HTTP status that is not an answer (a SOAP fault with HTTP 500 is an answer, read as
 * {@link InsiOutcome.Fault}). ins4j never retries by itself: whether and when to call again is the
 * caller's policy.
 *
 * <pre>{@code
 * try {
 *     client.search(search, "desk-1");
 * } catch (InsiTransportException e) {
 *     if (e.reason() == InsiTransportException.Reason.TIMEOUT) { ... }
 * }
 * }</pre>
 */
public final class InsiTransportException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the call got no answer. */
    public enum Reason implements InsErrorReason {
        /** No answer within the configured time-out. */
        TIMEOUT,
        /** The TLS handshake failed: unknown server certificate, client certificate refused. */
        TLS_FAILURE,
        /** The connection could not be made or was cut. */
        CONNECTION_FAILED,
        /** An HTTP status other than 200, or a 500 without a SOAP fault. */
        HTTP_STATUS,
        /** The answer is not {@code application/soap+xml}. */
        CONTENT_TYPE,
        /** The calling thread was interrupted. */
        INTERRUPTED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "insi.transport";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    /** The recorded call, when an HTTP answer was received; not serialized. */
    private final transient @Nullable InsiExchange exchange;

    /**
     * Creates a transport failure; for {@link InsiTransport} implementations.
     *
     * @param reason  why the call got no answer
     * @param message what happened, without personal data
     * @param cause   the underlying failure, or {@code null}
     */
    public InsiTransportException(Reason reason, String message, @Nullable Throwable cause) {
        this(reason, message, cause, null);
    }

    InsiTransportException(Reason reason, String message, @Nullable Throwable cause,
            @Nullable InsiExchange exchange) {
        super(message, -1, cause);
        this.reason = reason;
        this.exchange = exchange;
    }

    /**
     * Returns the recorded call when an HTTP answer that is not an INSi answer was received (an
     * error page, a wrong content type), so that it can be kept (INSI-6).
     *
     * @return the exchange, empty when nothing was received
     */
    public Optional<InsiExchange> exchange() {
        return Optional.ofNullable(exchange);
    }

    /** {@inheritDoc} */
    @Override
    public Reason reason() {
        return reason;
    }
}
