package io.github.ins4j.insi;

import java.net.URI;

/**
 * The INSi hosts known from public sources (07-insi.md). Any other {@link URI} can be given to
 * {@link InsiConfiguration.Builder#endpoint(URI)}, e.g. a fake server in tests.
 *
 * <pre>{@code
 * InsiConfiguration.builder().endpoint(InsiEndpoints.TEST_SOFTWARE_CERTIFICATE);
 * }</pre>
 */
public final class InsiEndpoints {

    /** Test (qualification) host, software certificate (mutual TLS). */
    public static final URI TEST_SOFTWARE_CERTIFICATE = URI.create("https://qualiflps-services-ps-tlsm.ameli.fr/lps");

    /** Production host, software certificate (mutual TLS). */
    public static final URI PRODUCTION_SOFTWARE_CERTIFICATE = URI.create("https://services-ps-tlsm.ameli.fr/lps");

    /** Test (qualification) host, health professional card (CPS) assertion, server-only TLS. */
    public static final URI TEST_PROFESSIONAL_CARD = URI.create("https://qualiflps.services-ps.ameli.fr/lps");

    private InsiEndpoints() {
    }
}
