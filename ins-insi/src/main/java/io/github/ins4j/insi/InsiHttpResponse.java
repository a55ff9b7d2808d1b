package io.github.ins4j.insi;

import java.util.Objects;

/**
 * The HTTP answer an {@link InsiTransport} received. The body holds personal data;
 * {@code toString()} gives its size only.
 *
 * <pre>{@code
 * InsiHttpResponse canned = new InsiHttpResponse(200, "application/soap+xml; charset=utf-8", bytes);
 * }</pre>
 */
public final class InsiHttpResponse {

    private final int status;
    private final String contentType;
    private final byte[] body;

    /**
     * Creates an answer.
     *
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type} header, empty if absent
     * @param body        the body as received
     */
    public InsiHttpResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType must not be null");
        this.body = Objects.requireNonNull(body, "body must not be null").clone();
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the {@code Content-Type}.
     *
     * @return the content type, empty if absent
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Returns the body. Personal data.
     *
     * @return a copy of the bytes
     */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyNoCopy() {
        return body;
    }

    /**
     * Returns the status, content type and size.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "InsiHttpResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
