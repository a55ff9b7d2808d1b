package io.github.ins4j.testing.insi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.ins4j.testing.internal.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * A fake INSi server for tests, on loopback: the JDK {@code HttpsServer} on a free port, with a
 * throw-away CA, server and client certificates made at start, and the client certificate required
 * (mutual TLS, as INSi's software-certificate host).
 *
 * <p>It answers like the service (07-insi.md): {@code 00} for a known {@link InsiPersona} (the
 * spec's {@link InsiPersonas} and any registered), {@code 01} for anyone else, {@code 02} where a
 * persona says so; faults with HTTP 500 for an unknown authorisation number ({@code desir_550}), a
 * client certificate whose CN is not {@code INSI-AUTO} / {@code INSI-MANU} ({@code DESIR_560}), and
 * on demand ({@link #failNext(Fault)}). It checks every request — method, content type, envelope,
 * headers, body order, characters — and answers a request that fails a check with a fault of its own,
 * {@code FAKE_REQUEST_CHECK}, whose text lists the violations; {@link #requests()} keeps them.
 *
 * <p>It sets the system property {@code sun.net.httpserver.nodelay} to {@code true} unless it is set
 * already, so that answers are not held back by delayed TCP acknowledgements (about 40 ms each).
 *
 * <p>In a JUnit 5 test:
 * <pre>{@code
 * static FakeInsiServer insi;
 *
 * @BeforeAll static void start() { insi = FakeInsiServer.start(); }
 * @AfterAll static void stop() { insi.close(); }
 *
 * // then configure your client with insi.uri(), insi.clientKeyStore(), insi.clientPassword(),
 * // insi.trustAnchors() and insi.authorisationNumber()
 * }</pre>
 */
public final class FakeInsiServer implements AutoCloseable {

    /** The authorisation number ({@code IDAM}) the fake accepts unless another is set. */
    public static final String DEFAULT_AUTHORISATION_NUMBER = "FAKE-IDAM-0001";
    /** The OU of the client certificate, hence the expected {@code Emetteur}. */
    public static final String CLIENT_OU = "ins4j-fake-structure";

    private static final int MAX_REQUEST_BYTES = 1 << 20;
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final String SOAP_TYPE = "application/soap+xml; charset=utf-8";

    /** The faults the fake can be asked to answer. */
    public enum Fault {
        /** {@code desir_550}: unknown software authorisation number (Sender, {@code siram_40}). */
        UNKNOWN_AUTHORISATION("Sender", "siram_40", "desir_550", "erreur",
                "Le numero d'autorisation du logiciel est inconnu"),
        /** {@code DESIR_560}: insufficient rights, e.g. a certificate CN that is not INSI-AUTO / INSI-MANU. */
        INSUFFICIENT_RIGHTS("Sender", "siram_40", "DESIR_560", "erreur", "Droits insuffisants"),
        /** {@code insi_102}: technical error (Receiver, {@code siram_100}). */
        TECHNICAL_ERROR("Receiver", "siram_100", "insi_102", "fatal", "Erreur technique"),
        /** {@code desir_1020}: service unavailable (Receiver). */
        SERVICE_UNAVAILABLE("Receiver", "siram_100", "desir_1020", "fatale", "Service indisponible");

        private final String code;
        private final String subcode;
        private final String errorCode;
        private final String severity;
        private final String text;

        Fault(String code, String subcode, String errorCode, String severity, String text) {
            this.code = code;
            this.subcode = subcode;
            this.errorCode = errorCode;
            this.severity = severity;
            this.text = text;
        }

        /**
         * Returns the {@code code} attribute of {@code Detail/Erreur}.
         *
         * @return e.g. {@code desir_550}
         */
        public String errorCode() {
            return errorCode;
        }

        String xml() {
            return InsiAnswers.fault(code, subcode, errorCode, severity, text, InsiAnswers.Style.SOAP_NS2);
        }
    }

    /**
     * A request the fake received, with the violations of its checks and the result code it answered.
     * {@code toString()} gives sizes and codes only.
     */
    public static final class ReceivedRequest {
        private final byte[] body;
        private final List<String> violations;
        private final String answered;
        private final String clientCn;

        ReceivedRequest(byte[] body, List<String> violations, String answered, String clientCn) {
            this.body = body;
            this.violations = List.copyOf(violations);
            this.answered = answered;
            this.clientCn = clientCn;
        }

        /**
         * Returns the request body. Personal data.
         *
         * @return the body as UTF-8 text
         */
        public String body() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * Returns what the checks found wrong; empty for a valid request.
         *
         * @return the violations, without values
         */
        public List<String> violations() {
            return violations;
        }

        /**
         * Returns what the fake answered: {@code 00}, {@code 01}, {@code 02}, a fault code, or
         * {@code RAW} for a canned answer.
         *
         * @return the code
         */
        public String answered() {
            return answered;
        }

        /**
         * Returns the CN of the client certificate.
         *
         * @return the CN
         */
        public String clientCn() {
            return clientCn;
        }

        /**
         * Returns sizes and codes.
         *
         * @return a short description
         */
        @Override
        public String toString() {
            return "ReceivedRequest[" + body.length + " bytes, " + violations.size() + " violation(s), answered "
                    + answered + ", client " + clientCn + "]";
        }
    }

    private sealed interface Next permits Canned, Failure, Delay {
    }

    private record Canned(int status, String contentType, String body) implements Next {
    }

    private record Failure(Fault fault) implements Next {
    }

    private record Delay(Duration delay) implements Next {
    }

    private static final char[] PASSWORD = "fake-insi".toCharArray();

    private final HttpsServer server;
    private final ExecutorService executor;
    private final TestPki pki;
    private final KeyStore clientKeys;
    private final List<InsiPersona> personas = new CopyOnWriteArrayList<>();
    private final Queue<Next> pending = new ConcurrentLinkedQueue<>();
    private final List<ReceivedRequest> received = Collections.synchronizedList(new ArrayList<>());
    private volatile String authorisationNumber = DEFAULT_AUTHORISATION_NUMBER;

    private FakeInsiServer(HttpsServer server, ExecutorService executor, TestPki pki, KeyStore clientKeys) {
        this.server = server;
        this.executor = executor;
        this.pki = pki;
        this.clientKeys = clientKeys;
    }

    /**
     * Starts a fake server that knows the spec's personas ({@link InsiPersonas#all()}).
     *
     * @return the running server; close it after the tests
     * @throws UncheckedIOException if the server cannot listen on loopback
     * @throws IllegalStateException if the JDK cannot make the certificates
     */
    public static FakeInsiServer start() {
        FakeInsiServer fake = startEmpty();
        fake.personas.addAll(InsiPersonas.all());
        return fake;
    }

    /**
     * Starts a fake server that knows no persona: every search answers {@code 01} until one is
     * registered.
     *
     * @return the running server; close it after the tests
     * @throws UncheckedIOException if the server cannot listen on loopback
     * @throws IllegalStateException if the JDK cannot make the certificates
     */
    public static FakeInsiServer startEmpty() {
        // The JDK server writes headers and body apart; without TCP_NODELAY each answer waits for
        // the client's delayed ACK (about 40 ms). Read once, when the JDK server is first used.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            TestPki pki = TestPki.create("ins4j fake INSi CA");
            KeyStore serverKeys = pki.issue("localhost", null, true, "server", PASSWORD);
            KeyStore clientKeys = pki.issue("INSI-AUTO", CLIENT_OU, false, "insi-auto", PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(serverKeys, PASSWORD);
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("ca", pki.ca());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                    parameters.setNeedClientAuth(true);
                    params.setSSLParameters(parameters);
                }
            });
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "fake-insi");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            FakeInsiServer fake = new FakeInsiServer(server, executor, pki, clientKeys);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("the fake INSi server cannot listen on loopback", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make the fake INSi certificates", e);
        }
    }

    /**
     * Returns the endpoint to configure the client with.
     *
     * @return e.g. {@code https://localhost:41234/lps}
     */
    public URI uri() {
        return URI.create("https://localhost:" + server.getAddress().getPort() + "/lps");
    }

    /**
     * Returns the CA that signs the server certificate: the client's only trust anchor.
     *
     * @return the anchors
     */
    public List<X509Certificate> trustAnchors() {
        return List.of(pki.ca());
    }

    /**
     * Returns a PKCS#12 key store with the client key, CN {@code INSI-AUTO}, OU {@link #CLIENT_OU}.
     *
     * @return the key store (password {@link #clientPassword()})
     */
    public KeyStore clientKeyStore() {
        return clientKeys;
    }

    /**
     * Returns a key store with a new client key whose certificate has the given CN, e.g.
     * {@code INSI-MANU}, or any other to see the {@code DESIR_560} fault.
     *
     * @param commonName the CN
     * @return the key store (password {@link #clientPassword()})
     */
    public KeyStore clientKeyStore(String commonName) {
        try {
            return pki.issue(Objects.requireNonNull(commonName, "commonName must not be null"), CLIENT_OU, false,
                    "client", PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a client certificate", e);
        }
    }

    /**
     * Returns the password of the client key stores.
     *
     * @return a copy of the password
     */
    public char[] clientPassword() {
        return PASSWORD.clone();
    }

    /**
     * Returns the authorisation number ({@code IDAM}) the fake accepts.
     *
     * @return the number
     */
    public String authorisationNumber() {
        return authorisationNumber;
    }

    /**
     * Sets the authorisation number the fake accepts; any other gets {@code desir_550}.
     *
     * @param number the number
     * @return this server
     */
    public FakeInsiServer acceptAuthorisationNumber(String number) {
        this.authorisationNumber = Objects.requireNonNull(number, "number must not be null");
        return this;
    }

    /**
     * Registers a persona, found before the ones registered earlier.
     *
     * @param persona the persona
     * @return this server
     */
    public FakeInsiServer register(InsiPersona persona) {
        personas.add(0, Objects.requireNonNull(persona, "persona must not be null"));
        return this;
    }

    /**
     * Makes the next request answer this fault (HTTP 500), after its checks.
     *
     * @param fault the fault
     * @return this server
     */
    public FakeInsiServer failNext(Fault fault) {
        pending.add(new Failure(Objects.requireNonNull(fault, "fault must not be null")));
        return this;
    }

    /**
     * Makes the next request get this answer as it is, e.g. a matricule whose key is wrong, a
     * truncated document or an HTML error page.
     *
     * @param status      the HTTP status
     * @param contentType the content type
     * @param body        the body
     * @return this server
     */
    public FakeInsiServer answerNext(int status, String contentType, String body) {
        pending.add(new Canned(status, contentType, Objects.requireNonNull(body, "body must not be null")));
        return this;
    }

    /**
     * Makes the next request wait before its answer, e.g. to see the client's time-out.
     *
     * @param delay the delay
     * @return this server
     */
    public FakeInsiServer delayNext(Duration delay) {
        pending.add(new Delay(Objects.requireNonNull(delay, "delay must not be null")));
        return this;
    }

    /**
     * Returns the requests received so far, in order.
     *
     * @return a copy of the list
     */
    public List<ReceivedRequest> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Stops the server at once and releases its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Returns the endpoint.
     *
     * @return e.g. {@code FakeInsiServer[https://localhost:41234/lps]}
     */
    @Override
    public String toString() {
        return "FakeInsiServer[" + uri() + "]";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        } catch (RuntimeException e) {
            // A defect of the fake itself: say so plainly rather than cut the connection.
            byte[] text = ("ins4j fake INSi server failed: " + e.getClass().getName()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(599, text.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_REQUEST_BYTES);
        }
        String cn = "";
        String ou = "";
        if (exchange instanceof HttpsExchange https) {
            try {
                Certificate[] peer = https.getSSLSession().getPeerCertificates();
                X500Principal subject = ((X509Certificate) peer[0]).getSubjectX500Principal();
                cn = attribute(subject, "CN");
                ou = attribute(subject, "OU");
            } catch (SSLPeerUnverifiedException e) {
                cn = "";
            }
        }
        Next next = pending.poll();
        if (next instanceof Delay delay) {
            try {
                Thread.sleep(delay.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            next = null;
        }
        if (next instanceof Canned canned) {
            received.add(new ReceivedRequest(body, List.of(), "RAW", cn));
            send(exchange, canned.status(), canned.contentType(), canned.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        RequestCheck check = RequestCheck.check(exchange.getRequestMethod(), contentType, body,
                ou.isEmpty() ? null : ou);
        String answered;
        String xml;
        if (!cn.equals("INSI-AUTO") && !cn.equals("INSI-MANU")) {
            answered = Fault.INSUFFICIENT_RIGHTS.errorCode;
            xml = Fault.INSUFFICIENT_RIGHTS.xml();
        } else if (!check.violations.isEmpty()) {
            answered = "FAKE_REQUEST_CHECK";
            xml = InsiAnswers.fault("Sender", "siram_40", answered, "erreur",
                    "ins4j fake INSi server: " + String.join("; ", check.violations), InsiAnswers.Style.SOAP_NS2);
        } else if (!authorisationNumber.equals(check.idam)) {
            answered = Fault.UNKNOWN_AUTHORISATION.errorCode;
            xml = Fault.UNKNOWN_AUTHORISATION.xml();
        } else if (next instanceof Failure failure) {
            answered = failure.fault().errorCode;
            xml = failure.fault().xml();
        } else {
            InsiPersona found = null;
            int matches = 0;
            for (InsiPersona persona : personas) {
                if (persona.matches(String.valueOf(check.birthName), String.valueOf(check.firstName),
                        String.valueOf(check.sex), String.valueOf(check.birthDate), check.birthPlace)) {
                    if (found == null || !found.identity().equals(persona.identity())) {
                        matches++;
                    }
                    if (found == null) {
                        found = persona;
                    }
                }
            }
            if (found == null) {
                answered = "01";
                xml = InsiAnswers.notFound(InsiAnswers.Style.S_DEFAULT);
            } else if (matches > 1 || (found.isSeveralFoundWithoutBirthPlace() && check.birthPlace == null)) {
                answered = "02";
                xml = InsiAnswers.severalFound(InsiAnswers.Style.S_DEFAULT);
            } else {
                answered = "00";
                xml = InsiAnswers.found(found.identity(), InsiAnswers.Style.S_DEFAULT);
            }
        }
        received.add(new ReceivedRequest(body, check.violations, answered, cn));
        boolean fault = !answered.equals("00") && !answered.equals("01") && !answered.equals("02");
        send(exchange, fault ? 500 : 200, SOAP_TYPE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String attribute(X500Principal principal, String type) {
        try {
            for (Rdn rdn : new LdapName(principal.getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return "";
        }
        return "";
    }

}
