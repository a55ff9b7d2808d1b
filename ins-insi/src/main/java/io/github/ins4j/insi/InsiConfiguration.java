package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiConfigurationException.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The INSi settings of one installation, built once and immutable: endpoint, software identity
 * ({@code ContexteLPS}), authentication, {@code Emetteur}, time-outs, the largest answer read, and
 * the clock that dates the calls.
 *
 * <pre>{@code
 * InsiConfiguration configuration = InsiConfiguration.builder()
 *         .endpoint(InsiEndpoints.TEST_SOFTWARE_CERTIFICATE)
 *         .software(SoftwareIdentity.of("AM-12345-0001", "MyPharmacy", "4.2.0", installationUuid))
 *         .authentication(InsiAuthentication.softwareCertificate(p12, password, anchors))
 *         .build();
 * }</pre>
 */
public final class InsiConfiguration {

    /** Default connection time-out: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time-out of one call: 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Default largest answer read: 1 MiB (an INSi answer is a few kilobytes). */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 1 << 20;

    private final URI endpoint;
    private final SoftwareIdentity software;
    private final InsiAuthentication authentication;
    private final String emitter;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int maxAnswerBytes;
    private final Clock clock;

    private InsiConfiguration(Builder b, URI endpoint, SoftwareIdentity software,
            InsiAuthentication authentication, String emitter) {
        this.endpoint = endpoint;
        this.software = software;
        this.authentication = authentication;
        this.emitter = emitter;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxAnswerBytes = b.maxAnswerBytes;
        this.clock = b.clock;
    }

    /**
     * Starts a configuration.
     *
     * @return a builder with the default time-outs and the UTC system clock
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the endpoint.
     *
     * @return the HTTPS URI of the INSi service
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns the software identity.
     *
     * @return the identity sent in {@code ContexteLPS}
     */
    public SoftwareIdentity software() {
        return software;
    }

    /**
     * Returns the authentication.
     *
     * @return the authentication
     */
    public InsiAuthentication authentication() {
        return authentication;
    }

    /**
     * Returns the {@code Emetteur} of {@code ContexteLPS} and {@code ContexteBAM}.
     *
     * @return the emitter
     */
    public String emitter() {
        return emitter;
    }

    /**
     * Returns the connection time-out.
     *
     * @return the time-out
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the time-out of one call.
     *
     * @return the time-out
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Returns the largest answer read, in bytes; a larger one is refused ({@code TOO_LARGE}).
     *
     * @return the limit
     */
    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /**
     * Returns the clock that dates the calls.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the endpoint, software and authentication kind; no secret.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "InsiConfiguration[" + endpoint + ", " + software + ", " + authentication + "]";
    }

    /** Builds an {@link InsiConfiguration}; each setter returns the builder. */
    public static final class Builder {

        private @Nullable URI endpoint;
        private @Nullable SoftwareIdentity software;
        private @Nullable InsiAuthentication authentication;
        private @Nullable String emitter;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the endpoint, e.g. {@link InsiEndpoints#TEST_SOFTWARE_CERTIFICATE}.
         *
         * @param uri an {@code https} URI
         * @return this builder
         */
        public Builder endpoint(URI uri) {
            this.endpoint = Objects.requireNonNull(uri, "uri must not be null");
            return this;
        }

        /**
         * Sets the software identity.
         *
         * @param identity the identity
         * @return this builder
         */
        public Builder software(SoftwareIdentity identity) {
            this.software = Objects.requireNonNull(identity, "identity must not be null");
            return this;
        }

        /**
         * Sets the authentication.
         *
         * @param auth the authentication
         * @return this builder
         */
        public Builder authentication(InsiAuthentication auth) {
            this.authentication = Objects.requireNonNull(auth, "auth must not be null");
            return this;
        }

        /**
         * Sets the {@code Emetteur} explicitly; by default it is the OU of the software certificate
         * or the professional's id.
         *
         * @param value the emitter
         * @return this builder
         */
        public Builder emitter(String value) {
            this.emitter = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * Sets the connection time-out.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect");
            return this;
        }

        /**
         * Sets the time-out of one call.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request");
            return this;
        }

        /**
         * Sets the largest answer read.
         *
         * @param bytes at least 1024
         * @return this builder
         */
        public Builder maxAnswerBytes(int bytes) {
            if (bytes < 1024) {
                throw new InsiConfigurationException(Reason.INVALID_SETTING,
                        "the largest answer must be at least 1024 bytes", null);
            }
            this.maxAnswerBytes = bytes;
            return this;
        }

        /**
         * Sets the clock that dates the calls (tests use a fixed clock).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        private static Duration positive(Duration timeout, String what) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new InsiConfigurationException(Reason.INVALID_SETTING,
                        "the " + what + " time-out must be positive", null);
            }
            return timeout;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws InsiConfigurationException with {@code MISSING_SETTING} if the endpoint, software,
         *     authentication or emitter is missing, {@code INVALID_SETTING} if the endpoint is not
         *     {@code https} or the emitter is blank
         */
        public InsiConfiguration build() {
            URI uri = require(endpoint, "endpoint");
            if (!"https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new InsiConfigurationException(Reason.INVALID_SETTING,
                        "the INSi endpoint must be an https URI with a host", null);
            }
            InsiAuthentication auth = require(authentication, "authentication");
            String resolved = emitter != null ? emitter : auth.emitter().orElse(null);
            if (resolved == null) {
                throw new InsiConfigurationException(Reason.MISSING_SETTING, "no emitter: the certificate"
                        + " has no OU; set it with emitter(...)", null);
            }
            if (resolved.isBlank()) {
                throw new InsiConfigurationException(Reason.INVALID_SETTING, "the emitter is blank", null);
            }
            return new InsiConfiguration(this, uri, require(software, "software"), auth, resolved);
        }

        private static <T> T require(@Nullable T value, String what) {
            if (value == null) {
                throw new InsiConfigurationException(Reason.MISSING_SETTING, "the " + what
                        + " is not set", null);
            }
            return value;
        }
    }
}
