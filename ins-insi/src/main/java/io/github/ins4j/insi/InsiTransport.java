package io.github.ins4j.insi;

/**
 * Sends one SOAP request and gives back the HTTP answer (INSI-9). The default,
 * {@link #httpClient(InsiConfiguration)}, is the JDK {@link java.net.http.HttpClient} with the
 * configuration's TLS context and time-outs; plug another HTTP stack, a proxy, or a canned answer in
 * tests.
 *
 * <p>An implementation reads at most {@link InsiHttpRequest#maxAnswerBytes()} + 1 bytes of the
 * answer, returns any HTTP status as it is (the client decides what is an answer), and throws
 * {@link InsiTransportException} when there is no answer. It never retries.
 *
 * <pre>{@code
 * InsiTransport canned = request -> new InsiHttpResponse(200, "application/soap+xml", answerBytes);
 * InsiClient client = InsiClient.of(configuration, canned);
 * }</pre>
 */
@FunctionalInterface
public interface InsiTransport {

    /**
     * Sends the request.
     *
     * @param request the request
     * @return the HTTP answer
     * @throws InsiTransportException when no answer was received
     */
    InsiHttpResponse send(InsiHttpRequest request);

    /**
     * The JDK HttpClient transport, HTTP/1.1, with the configuration's TLS context and time-outs.
     *
     * @param configuration the configuration
     * @return the transport
     */
    static InsiTransport httpClient(InsiConfiguration configuration) {
        return new HttpClientTransport(configuration);
    }
}
