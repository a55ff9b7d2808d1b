package io.github.ins4j.insi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One INSi call, as the RNIV asks to keep it (INSI-6): message id, time and duration, operator or
 * process id, operation, result code (or fault code), and the request and answer exactly as sent
 * and received. Store it with your identity record; the records feed the call counts of QUA-10
 * ({@link #callsPerOperator}).
 *
 * <p>The raw XML holds personal data: only {@link #requestXml()} and {@link #answerXml()} give it;
 * {@code toString()} gives sizes and codes (MAT-7).
 *
 * <pre>{@code
 * InsiExchange call = run.attempts().get(0);
 * store.save(call.messageId(), call.startedAt(), call.operatorId(), call.resultCode(),
 *         call.requestXml(), call.answerXml());
 * }</pre>
 */
public final class InsiExchange {

    private final UUID messageId;
    private final InsiOperation operation;
    private final String operatorId;
    private final URI endpoint;
    private final Instant startedAt;
    private final Duration duration;
    private final @Nullable InsiSearch search;
    private final byte[] request;
    private final int httpStatus;
    private final byte[] answer;
    private final @Nullable InsiOutcome outcome;
    private final InsiProtocolException.@Nullable Reason refusal;

    InsiExchange(UUID messageId, InsiOperation operation, String operatorId, URI endpoint, Instant startedAt,
            Duration duration, @Nullable InsiSearch search, byte[] request, int httpStatus, byte[] answer,
            @Nullable InsiOutcome outcome, InsiProtocolException.@Nullable Reason refusal) {
        this.messageId = messageId;
        this.operation = operation;
        this.operatorId = operatorId;
        this.endpoint = endpoint;
        this.startedAt = startedAt;
        this.duration = duration;
        this.search = search;
        this.request = request;
        this.httpStatus = httpStatus;
        this.answer = answer;
        this.outcome = outcome;
        this.refusal = refusal;
    }

    /**
     * Returns the {@code wsa:MessageID} of the request (without {@code uuid:}).
     *
     * @return the message id
     */
    public UUID messageId() {
        return messageId;
    }

    /**
     * Returns the operation called.
     *
     * @return the operation
     */
    public InsiOperation operation() {
        return operation;
    }

    /**
     * Returns the operator or automatic process that made the call (opaque id, QUA-9).
     *
     * @return the id
     */
    public String operatorId() {
        return operatorId;
    }

    /**
     * Returns the endpoint called.
     *
     * @return the URI
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns when the call started (the date of the call the RNIV asks to keep).
     *
     * @return the instant
     */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * Returns how long the call took.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    /**
     * Returns the search sent, for a search by traits. Personal data: masked {@code toString()}.
     *
     * @return the search
     */
    public Optional<InsiSearch> search() {
        return Optional.ofNullable(search);
    }

    /**
     * Returns the request exactly as sent. Personal data.
     *
     * @return a copy of the UTF-8 bytes
     */
    public byte[] requestXml() {
        return request.clone();
    }

    /**
     * Returns the HTTP status of the answer.
     *
     * @return e.g. 200, or 500 for a SOAP fault
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Returns the answer exactly as received. Personal data.
     *
     * @return a copy of the bytes
     */
    public byte[] answerXml() {
        return answer.clone();
    }

    /**
     * Returns the answer as text, decoded as UTF-8. Personal data.
     *
     * @return the answer text
     */
    public String answerText() {
        return new String(answer, StandardCharsets.UTF_8);
    }

    /**
     * Returns what INSi answered, when the answer was valid.
     *
     * @return the outcome; empty when the answer was refused (see {@link #refusal()})
     */
    public Optional<InsiOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Returns why the answer was refused, when it was (INSI-3, INSI-4).
     *
     * @return the reason, empty for a valid answer
     */
    public Optional<InsiProtocolException.Reason> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Returns the result code: {@code 00}, {@code 01}, {@code 02}, the fault code,
     * {@code REFUSED:<reason>} for an answer that was refused, or {@code HTTP <status>} for an HTTP
     * answer that is not an INSi answer.
     *
     * @return the code
     */
    public String resultCode() {
        if (outcome != null) {
            return outcome.resultCode();
        }
        return refusal == null ? "HTTP " + httpStatus : "REFUSED:" + refusal.name();
    }

    /**
     * Counts the calls of each operator or process between two instants (QUA-10).
     *
     * @param exchanges the recorded calls
     * @param from      the first instant counted
     * @param to        the instant after the last counted
     * @return the count per operator id, sorted by id
     */
    public static Map<String, Long> callsPerOperator(Collection<InsiExchange> exchanges, Instant from, Instant to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Map<String, Long> counts = new TreeMap<>();
        for (InsiExchange e : exchanges) {
            if (!e.startedAt.isBefore(from) && e.startedAt.isBefore(to)) {
                counts.merge(e.operatorId, 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Returns ids, codes and sizes; never the XML.
     *
     * @return e.g. {@code InsiExchange[uuid, SEARCH_BY_TRAITS, desk-1, 2026-..., result 00, HTTP 200,
     *     request 1480 bytes, answer 1210 bytes]}
     */
    @Override
    public String toString() {
        return "InsiExchange[" + messageId + ", " + operation + ", " + operatorId + ", " + startedAt
                + ", result " + resultCode() + ", HTTP " + httpStatus + ", request " + request.length
                + " bytes, answer " + answer.length + " bytes]";
    }
}
