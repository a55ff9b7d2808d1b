package io.github.ins4j.insi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP {@code POST} to INSi, as an {@link InsiTransport} receives it. The body holds personal
 * data; {@code toString()} gives its size only.
 *
 * <pre>{@code
 * InsiTransport logging = request -> {
 *     log.debug("INSi {} ({} bytes)", request.action(), request.body().length);
 *     return next.send(request);
 * };
 * }</pre>
 */
public final class InsiHttpRequest {

    /** The content type of every request (SOAP 1.2). */
    public static final String CONTENT_TYPE = "application/soap+xml; charset=utf-8";

    private final URI uri;
    private final String action;
    private final byte[] body;
    private final Duration timeout;
    private final int maxAnswerBytes;

    /**
     * Creates a request.
     *
     * @param uri            the endpoint
     * @param action         the {@code wsa:Action} of the operation
     * @param body           the SOAP envelope, UTF-8
     * @param timeout        the time-out of the call
     * @param maxAnswerBytes the largest answer to read
     */
    public InsiHttpRequest(URI uri, String action, byte[] body, Duration timeout, int maxAnswerBytes) {
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.action = Objects.requireNonNull(action, "action must not be null");
        this.body = Objects.requireNonNull(body, "body must not be null").clone();
        this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /**
     * Returns the endpoint.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the {@code wsa:Action}.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * Returns the envelope. Personal data.
     *
     * @return a copy of the UTF-8 bytes
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the time-out of the call.
     *
     * @return the time-out
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns the largest answer the client reads; a transport reads at most one more byte.
     *
     * @return the limit in bytes
     */
    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /**
     * Returns the endpoint, action and body size.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "InsiHttpRequest[" + uri + ", " + action + ", " + body.length + " bytes]";
    }
}
