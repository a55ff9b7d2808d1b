package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in smoke test against the INSi <b>test</b> host, never run in CI: it runs only when the
 * system properties name a PKCS#12 and an authorisation number, e.g.
 * <pre>{@code
 * ./mvnw -B verify -pl ins-insi -am -Dtest=LiveSmokeTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dins4j.insi.live.pkcs12=/path/insi-auto.p12 -Dins4j.insi.live.password=... \
 *     -Dins4j.insi.live.authorisation=AM-XXXXX -Dins4j.insi.live.anchors=/path/igc-sante-cas.pem
 * }</pre>
 * It searches the usual smoke-test persona (ADRUN Zoe), which the test host answers {@code 00}.
 */
@EnabledIfSystemProperty(named = "ins4j.insi.live.pkcs12", matches = ".+")
@EnabledIfSystemProperty(named = "ins4j.insi.live.authorisation", matches = ".+")
class LiveSmokeTest {

    @Test
    void adrun_is_found_on_the_insi_test_host() throws Exception {
        List<X509Certificate> anchors;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("ins4j.insi.live.anchors", "")))) {
            anchors = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        }
        InsiConfiguration configuration = InsiConfiguration.builder()
                .endpoint(InsiEndpoints.TEST_SOFTWARE_CERTIFICATE)
                .software(SoftwareIdentity.of(System.getProperty("ins4j.insi.live.authorisation"), "ins4j",
                        "0.1.0", UUID.nameUUIDFromBytes("ins4j-live-smoke".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .authentication(InsiAuthentication.softwareCertificate(
                        Path.of(System.getProperty("ins4j.insi.live.pkcs12")),
                        System.getProperty("ins4j.insi.live.password", "").toCharArray(), anchors))
                .build();
        InsiExchange exchange = InsiClient.of(configuration)
                .search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "ins4j-live-smoke");
        assertThat(exchange.resultCode()).isEqualTo("00");
    }
}
