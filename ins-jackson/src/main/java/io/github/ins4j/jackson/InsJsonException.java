package io.github.ins4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import java.util.Objects;

/**
 * How Jackson sees an ins4j refusal while reading: a {@link JsonMappingException} (so that
 * {@code ObjectMapper.readValue} and frameworks handle it as any bad input) whose
 * {@linkplain #getCause() cause} is the ins4j {@link InsException} with its {@link #reason()}.
 *
 * <p>The message is the ins4j message (which never holds personal data, MAT-7) plus the line and
 * column; the JSON text itself is never quoted, even when the parser was configured to include its
 * source in locations.
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(json, RecordedEvent.class);
 * } catch (InsJsonException e) {
 *     log.warn("refused: {}", e.reason());   // e.g. KEY_MISMATCH, MISSING_FIELD, TRAITS_MISMATCH
 * }
 * }</pre>
 */
public final class InsJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The ins4j refusal. */
    private final InsException insCause;

    // The only constructor that takes both a location and a cause without a parser to quote.
    @SuppressWarnings("deprecation")
    private InsJsonException(String message, JsonLocation location, InsException cause) {
        super(message, location, cause);
        this.insCause = cause;
    }

    /**
     * Wraps an ins4j refusal met while reading, at the parser's current location.
     *
     * @param parser the parser, for the line and column
     * @param what   what was being read, e.g. {@code "a RecordedEvent"}
     * @param cause  the ins4j refusal
     * @return the exception to throw
     */
    public static InsJsonException of(JsonParser parser, String what, InsException cause) {
        Objects.requireNonNull(cause, "cause must not be null");
        JsonLocation at = parser.currentTokenLocation();
        JsonLocation redacted = new JsonLocation(ContentReference.redacted(), at.getByteOffset(),
                at.getCharOffset(), at.getLineNr(), at.getColumnNr());
        return new InsJsonException("Cannot read " + what + ": " + cause.getMessage(), redacted, cause);
    }

    /**
     * Returns the ins4j refusal.
     *
     * @return the cause, never {@code null}
     */
    public InsException insCause() {
        return insCause;
    }

    /**
     * Returns why ins4j refused the value: the reason of the cause.
     *
     * @return the reason
     */
    public InsErrorReason reason() {
        return insCause.reason();
    }
}
