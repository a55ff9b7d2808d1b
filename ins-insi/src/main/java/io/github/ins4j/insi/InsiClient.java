package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiRequestException.Reason;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INSi client: one per configuration, thread-safe, reused for every call.
 *
 * <ul>
 *   <li><b>INSI-1</b>: a doubtful or fictitious identity is refused before any I/O.</li>
 *   <li><b>INSI-2</b>: only strict ins4j values reach the wire ({@link InsiSearch}).</li>
 *   <li><b>INSI-3, INSI-4, INSI-8</b>: the answer is read by {@link InsiAnswerReader}.</li>
 *   <li><b>INSI-5</b>: the outcome is evidence; apply its event with the core's
 *       {@code IdentityQualifier}, which compares the traits and decides.</li>
 *   <li><b>INSI-6</b>: each call is an {@link InsiExchange}; the log says message id, operation,
 *       result code and duration, never a trait or a matricule.</li>
 *   <li><b>INSI-7</b>: {@link #search(IdentityRecord, FirstNameStrategy, String)} follows a
 *       replaceable {@link FirstNameStrategy} and records every attempt.</li>
 *   <li><b>INSI-9</b>: transport failures are {@link InsiTransportException}s; nothing is retried.</li>
 * </ul>
 *
 * <pre>{@code
 * InsiClient client = InsiClient.of(configuration);
 * InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
 * store.saveAll(run.attempts());                                   // INSI-6
 * run.outcome().answerEvent().ifPresent(event -> qualifier.apply(record, event, "desk-1"));
 * }</pre>
 */
public final class InsiClient {

    /** Most attempts a strategy may ask for one person. */
    public static final int MAX_ATTEMPTS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(InsiClient.class);

    private final InsiConfiguration configuration;
    private final InsiTransport transport;

    private InsiClient(InsiConfiguration configuration, InsiTransport transport) {
        this.configuration = configuration;
        this.transport = transport;
    }

    /**
     * A client with the JDK HttpClient transport.
     *
     * @param configuration the configuration
     * @return the client
     */
    public static InsiClient of(InsiConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration must not be null");
        return new InsiClient(configuration, InsiTransport.httpClient(configuration));
    }

    /**
     * A client with another transport (proxy, other HTTP stack, canned answers in tests).
     *
     * @param configuration the configuration
     * @param transport     the transport
     * @return the client
     */
    public static InsiClient of(InsiConfiguration configuration, InsiTransport transport) {
        return new InsiClient(Objects.requireNonNull(configuration, "configuration must not be null"),
                Objects.requireNonNull(transport, "transport must not be null"));
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public InsiConfiguration configuration() {
        return configuration;
    }

    /**
     * Makes one search by traits.
     *
     * @param search     what to send
     * @param operatorId the operator or process making the call (opaque id)
     * @return the exchange, with its outcome
     * @throws InsiRequestException   with {@code OPERATOR_MISSING} for a blank operator id
     * @throws InsiProtocolException  if the answer is not a valid INSi answer (with the exchange)
     * @throws InsiTransportException if no answer was received
     */
    public InsiExchange search(InsiSearch search, String operatorId) {
        Objects.requireNonNull(search, "search must not be null");
        return call(InsiOperation.SEARCH_BY_TRAITS, search, List.of(), checkOperator(operatorId));
    }

    /**
     * Searches the INS of an identity record with a first-name strategy, refused for a doubtful or
     * fictitious identity before any I/O (INSI-1).
     *
     * @param record     the identity record
     * @param strategy   the strategy, e.g. {@link FirstNameStrategy#standard()}
     * @param operatorId the operator or process making the calls
     * @return every attempt and the last outcome
     * @throws InsiRequestException   with {@code BLOCKED_IDENTITY}, {@code OPERATOR_MISSING} or
     *     {@code NO_SEARCH}
     * @throws InsiProtocolException  if an answer is not a valid INSi answer
     * @throws InsiTransportException if a call got no answer
     */
    public InsiSearchRun search(IdentityRecord record, FirstNameStrategy strategy, String operatorId) {
        InsiSearch.refuseIfBlocked(record);
        return search(record.traits(), strategy, operatorId);
    }

    /**
     * Searches the INS of a person known by strict traits, with a first-name strategy (INSI-7).
     *
     * @param local      the person's traits
     * @param strategy   the strategy
     * @param operatorId the operator or process making the calls
     * @return every attempt and the last outcome
     * @throws InsiRequestException   with {@code OPERATOR_MISSING} or {@code NO_SEARCH}
     * @throws InsiProtocolException  if an answer is not a valid INSi answer
     * @throws InsiTransportException if a call got no answer
     */
    public InsiSearchRun search(Traits local, FirstNameStrategy strategy, String operatorId) {
        Objects.requireNonNull(local, "local must not be null");
        Objects.requireNonNull(strategy, "strategy must not be null");
        String operator = checkOperator(operatorId);
        List<InsiExchange> attempts = new ArrayList<>();
        while (attempts.size() < MAX_ATTEMPTS) {
            Optional<InsiSearch> next = strategy.next(local, List.copyOf(attempts));
            if (next.isEmpty()) {
                break;
            }
            attempts.add(call(InsiOperation.SEARCH_BY_TRAITS, next.get(), List.of(), operator));
        }
        if (attempts.isEmpty()) {
            throw new InsiRequestException(Reason.NO_SEARCH, -1, "the strategy proposed no search", null);
        }
        InsiExchange last = attempts.get(attempts.size() - 1);
        return new InsiSearchRun(attempts, last.outcome().orElseThrow());
    }

    /**
     * Searches with the carte Vitale (CPS mode): the envelope carries the professional's assertion
     * and the card's, in this order, in {@code wsse:Security}. <b>Not testable here</b>: the card
     * assertion is made by the SESAM-Vitale components from the physical card, and the body of
     * {@code RECVITALE} is not public; it is sent empty [decision].
     *
     * @param cardAssertion the card's assertion, as XML text
     * @param operatorId    the operator making the call
     * @return the exchange
     * @throws InsiRequestException   with {@code OPERATOR_MISSING}, or {@code NO_SEARCH} when the
     *     configuration does not authenticate with a professional assertion
     * @throws InsiProtocolException  if the answer is not a valid INSi answer
     * @throws InsiTransportException if no answer was received
     */
    public InsiExchange searchWithCarteVitale(String cardAssertion, String operatorId) {
        Objects.requireNonNull(cardAssertion, "cardAssertion must not be null");
        if (!(configuration.authentication() instanceof InsiAuthentication.ProfessionalAssertion ps)) {
            throw new InsiRequestException(Reason.NO_SEARCH, -1, "the carte Vitale search needs the"
                    + " health professional (CPS) authentication", null);
        }
        return call(InsiOperation.SEARCH_WITH_CARTE_VITALE, null, List.of(ps.assertion(), cardAssertion),
                checkOperator(operatorId));
    }

    private static String checkOperator(@Nullable String operatorId) {
        if (operatorId == null || operatorId.isBlank()) {
            throw new InsiRequestException(Reason.OPERATOR_MISSING, -1, "every INSi call names the operator or"
                    + " process that makes it (INSI-6, QUA-9)", null);
        }
        return operatorId;
    }

    private InsiExchange call(InsiOperation operation, @Nullable InsiSearch search, List<String> extraTokens,
            String operatorId) {
        Clock clock = configuration.clock();
        Instant now = clock.instant();
        UUID messageId = UUID.randomUUID();
        List<String> tokens = new ArrayList<>();
        if (configuration.authentication() instanceof InsiAuthentication.ProfessionalAssertion ps
                && extraTokens.isEmpty()) {
            tokens.add(ps.assertion());
        }
        tokens.addAll(extraTokens);
        byte[] request = Envelope.write(operation, new Envelope.Context(messageId, UUID.randomUUID(),
                UUID.randomUUID(), now, configuration.emitter(), configuration.software()), tokens, search);
        long start = System.nanoTime();
        InsiHttpResponse response;
        try {
            response = transport.send(new InsiHttpRequest(configuration.endpoint(), operation.action(), request,
                    configuration.requestTimeout(), configuration.maxAnswerBytes()));
        } catch (InsiTransportException e) {
            LOG.warn("INSi call {} {} by {}: no answer ({})", messageId, operation, operatorId, e.reason());
            throw e;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        byte[] body = response.bodyNoCopy();
        int status = response.status();
        Supplier<InsiExchange> unread = () -> new InsiExchange(messageId, operation, operatorId,
                configuration.endpoint(), now, duration, search, request, status, body.clone(), null, null);
        if (status != 200 && status != 500) {
            throw transportFailure(unread, "HTTP status " + status + "; INSi answers 200, or 500 with a SOAP"
                    + " fault", InsiTransportException.Reason.HTTP_STATUS);
        }
        if (!isXmlType(response.contentType())) {
            throw transportFailure(unread, "the answer's content type is not application/soap+xml (HTTP "
                    + status + ")", status == 500
                            ? InsiTransportException.Reason.HTTP_STATUS : InsiTransportException.Reason.CONTENT_TYPE);
        }
        InsiOutcome outcome;
        try {
            if (body.length > configuration.maxAnswerBytes()) {
                throw new InsiProtocolException(InsiProtocolException.Reason.TOO_LARGE, "the answer is larger than"
                        + " the limit of " + configuration.maxAnswerBytes() + " bytes", null, null);
            }
            outcome = InsiAnswerReader.read(body, clock.withZone(BirthDate.FRANCE));
        } catch (InsiProtocolException e) {
            if (status == 500) {
                throw transportFailure(unread, "HTTP 500 without a readable SOAP fault (" + e.reason() + ")",
                        InsiTransportException.Reason.HTTP_STATUS);
            }
            InsiExchange refused = new InsiExchange(messageId, operation, operatorId, configuration.endpoint(), now,
                    duration, search, request, status, body.clone(), null, e.reason());
            LOG.warn("INSi call {} {} by {}: answer refused ({}) in {} ms", messageId, operation, operatorId,
                    e.reason(), duration.toMillis());
            throw e.withExchange(refused);
        }
        if (status == 500 && !(outcome instanceof InsiOutcome.Fault)) {
            throw transportFailure(unread, "HTTP 500 with a RESULTAT instead of a SOAP fault",
                    InsiTransportException.Reason.HTTP_STATUS);
        }
        LOG.debug("INSi call {} {} by {}: {} in {} ms", messageId, operation, operatorId, outcome.resultCode(),
                duration.toMillis());
        return new InsiExchange(messageId, operation, operatorId, configuration.endpoint(), now, duration, search,
                request, status, body.clone(), outcome, null);
    }

    private static boolean isXmlType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("application/soap+xml") || type.startsWith("application/xml")
                || type.startsWith("text/xml");
    }

    private static InsiTransportException transportFailure(Supplier<InsiExchange> unread, String message,
            InsiTransportException.Reason reason) {
        InsiExchange received = unread.get();
        LOG.warn("INSi call {} {} by {}: {} (HTTP {})", received.messageId(), received.operation(),
                received.operatorId(), reason, received.httpStatus());
        return new InsiTransportException(reason, message, null, received);
    }
}
