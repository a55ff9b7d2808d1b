package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.insi.InsiConfigurationException.Reason;
import io.github.ins4j.testing.insi.FakeInsiServer;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsiConfigurationTest {

    static FakeInsiServer insi;

    @BeforeAll
    static void start() {
        insi = FakeInsiServer.startEmpty();
    }

    @AfterAll
    static void stop() {
        insi.close();
    }

    static void refused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InsiConfigurationException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    InsiAuthentication.SoftwareCertificate certificate() {
        return InsiAuthentication.softwareCertificate(insi.clientKeyStore(), insi.clientPassword(), insi.trustAnchors());
    }

    @Test
    void the_endpoints_of_the_spec_are_constants() {
        assertThat(InsiEndpoints.TEST_SOFTWARE_CERTIFICATE)
                .isEqualTo(URI.create("https://qualiflps-services-ps-tlsm.ameli.fr/lps"));
        assertThat(InsiEndpoints.PRODUCTION_SOFTWARE_CERTIFICATE)
                .isEqualTo(URI.create("https://services-ps-tlsm.ameli.fr/lps"));
        assertThat(InsiEndpoints.TEST_PROFESSIONAL_CARD).isEqualTo(URI.create("https://qualiflps.services-ps.ameli.fr/lps"));
    }

    @Test
    void a_complete_configuration_takes_the_emitter_from_the_certificate_ou() {
        InsiConfiguration configuration = InsiConfiguration.builder().endpoint(InsiEndpoints.TEST_SOFTWARE_CERTIFICATE)
                .software(Fixtures.software("AM-1")).authentication(certificate())
                .connectTimeout(Duration.ofSeconds(3)).requestTimeout(Duration.ofSeconds(7)).maxAnswerBytes(4096)
                .build();
        assertThat(configuration.emitter()).isEqualTo(FakeInsiServer.CLIENT_OU);
        assertThat(configuration.connectTimeout()).hasSeconds(3);
        assertThat(configuration.requestTimeout()).hasSeconds(7);
        assertThat(configuration.maxAnswerBytes()).isEqualTo(4096);
        assertThat(configuration.toString()).contains("INSI-AUTO").doesNotContain("fake-insi");
        assertThat(InsiConfiguration.builder().endpoint(insi.uri()).software(Fixtures.software("AM-1"))
                .authentication(certificate()).emitter("structure-2").build().emitter()).isEqualTo("structure-2");
    }

    @Test
    void missing_and_invalid_settings_are_refused() {
        refused(() -> InsiConfiguration.builder().build(), Reason.MISSING_SETTING);
        refused(() -> InsiConfiguration.builder().endpoint(URI.create("https://x/lps")).authentication(certificate())
                .build(), Reason.MISSING_SETTING);
        refused(() -> InsiConfiguration.builder().endpoint(URI.create("http://insi.example/lps"))
                .software(Fixtures.software("AM-1")).authentication(certificate()).build(), Reason.INVALID_SETTING);
        refused(() -> InsiConfiguration.builder().endpoint(insi.uri()).software(Fixtures.software("AM-1"))
                .authentication(certificate()).emitter(" ").build(), Reason.INVALID_SETTING);
        refused(() -> InsiConfiguration.builder().requestTimeout(Duration.ZERO), Reason.INVALID_SETTING);
        refused(() -> InsiConfiguration.builder().connectTimeout(Duration.ofSeconds(-1)), Reason.INVALID_SETTING);
        refused(() -> InsiConfiguration.builder().maxAnswerBytes(10), Reason.INVALID_SETTING);
    }

    @Test
    void the_software_identity_is_checked_and_named_as_ContexteLPS_wants() {
        SoftwareIdentity software = SoftwareIdentity.of("AM-12345-0001", "MyPharmacy", "4.2.0", Fixtures.INSTALLATION);
        assertThat(software.lpsName()).isEqualTo("urn:lps:MyPharmacy:4.2.0");
        assertThat(software).isEqualTo(SoftwareIdentity.of("AM-12345-0001", "MyPharmacy", "4.2.0",
                Fixtures.INSTALLATION)).hasSameHashCodeAs(SoftwareIdentity.of("AM-12345-0001", "MyPharmacy", "4.2.0",
                Fixtures.INSTALLATION));
        refused(() -> SoftwareIdentity.of(" ", "MyPharmacy", "1", UUID.randomUUID()), Reason.INVALID_SETTING);
        refused(() -> SoftwareIdentity.of("AM", "My:Pharmacy", "1", UUID.randomUUID()), Reason.INVALID_SETTING);
        refused(() -> SoftwareIdentity.of("AM", "MyPharmacy", "1\n", UUID.randomUUID()), Reason.INVALID_SETTING);
        refused(() -> SoftwareIdentity.of("A".repeat(101), "MyPharmacy", "1", UUID.randomUUID()), Reason.INVALID_SETTING);
    }

    @Test
    void the_jdk_default_trust_store_is_never_used() {
        refused(() -> InsiAuthentication.softwareCertificate(insi.clientKeyStore(), insi.clientPassword(), List.of()),
                Reason.NO_TRUST_ANCHOR);
        refused(() -> InsiAuthentication.professionalAssertion(() -> "<saml2:Assertion/>", "8101234567", List.of()),
                Reason.NO_TRUST_ANCHOR);
    }

    @Test
    void a_pkcs12_file_is_read_and_its_insi_key_chosen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("insi.p12");
        KeyStore mixed = KeyStore.getInstance("PKCS12");
        mixed.load(null, null);
        KeyStore other = insi.clientKeyStore("SIGNATURE");
        mixed.setKeyEntry("other", other.getKey("client", insi.clientPassword()), insi.clientPassword(),
                other.getCertificateChain("client"));
        KeyStore manu = insi.clientKeyStore("INSI-MANU");
        mixed.setKeyEntry("manu", manu.getKey("client", insi.clientPassword()), insi.clientPassword(),
                manu.getCertificateChain("client"));
        mixed.setKeyEntry("auto", insi.clientKeyStore().getKey("insi-auto", insi.clientPassword()),
                insi.clientPassword(), insi.clientKeyStore().getCertificateChain("insi-auto"));
        try (OutputStream out = Files.newOutputStream(file)) {
            mixed.store(out, insi.clientPassword());
        }
        InsiAuthentication.SoftwareCertificate chosen = InsiAuthentication.softwareCertificate(file,
                insi.clientPassword(), insi.trustAnchors());
        assertThat(chosen.commonName()).isEqualTo(InsiAuthentication.INSI_AUTO);
        assertThat(chosen.emitter()).contains(FakeInsiServer.CLIENT_OU);
        assertThat(chosen.certificate().getSubjectX500Principal().getName()).contains("CN=INSI-AUTO");
        refused(() -> InsiAuthentication.softwareCertificate(file, "wrong".toCharArray(), insi.trustAnchors()),
                Reason.KEYSTORE_UNREADABLE);
        Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store", StandardCharsets.UTF_8);
        refused(() -> InsiAuthentication.softwareCertificate(garbage, insi.clientPassword(), insi.trustAnchors()),
                Reason.KEYSTORE_UNREADABLE);
    }

    @Test
    void the_professional_assertion_goes_in_wsse_security_and_is_never_printed() {
        InsiAuthentication.ProfessionalAssertion ps = InsiAuthentication.professionalAssertion(
                () -> "<?xml version=\"1.0\"?><saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                        + " ID=\"_a1\">signed</saml2:Assertion>", "8101234567", insi.trustAnchors());
        assertThat(ps.toString()).doesNotContain("signed");
        InsiConfiguration configuration = InsiConfiguration.builder().endpoint(InsiEndpoints.TEST_PROFESSIONAL_CARD)
                .software(Fixtures.software("AM-1")).authentication(ps).build();
        assertThat(configuration.emitter()).isEqualTo("8101234567");
        byte[][] sent = new byte[1][];
        InsiClient client = InsiClient.of(configuration, request -> {
            sent[0] = request.body();
            return new InsiHttpResponse(200, InsiHttpRequest.CONTENT_TYPE,
                    io.github.ins4j.testing.insi.InsiAnswers.notFound(
                            io.github.ins4j.testing.insi.InsiAnswers.Style.S_DEFAULT).getBytes(StandardCharsets.UTF_8));
        });
        client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "dr-1");
        String body = new String(sent[0], StandardCharsets.UTF_8);
        assertThat(body).contains("<wsse:Security xmlns:wsse=\"" + Envelope.WSSE + "\"><saml2:Assertion")
                .contains("signed</saml2:Assertion></wsse:Security>").doesNotContain("<?xml version=\"1.0\"?><saml2");

        client.searchWithCarteVitale("<vitale:Assertion xmlns:vitale=\"urn:example\">card</vitale:Assertion>", "dr-1");
        String vitale = new String(sent[0], StandardCharsets.UTF_8);
        assertThat(vitale).contains(InsiOperation.SEARCH_WITH_CARTE_VITALE.action())
                .contains("signed</saml2:Assertion><vitale:Assertion").contains("<vit:RECVITALE");
    }

    @Test
    void the_carte_vitale_search_needs_the_professional_authentication() {
        InsiClient client = InsiClient.of(Fixtures.configuration(insi), request -> {
            throw new AssertionError("no I/O expected");
        });
        assertThatThrownBy(() -> client.searchWithCarteVitale("<a/>", "desk-1"))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.NO_SEARCH));
        assertThatThrownBy(() -> client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), " "))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.OPERATOR_MISSING));
        assertThatThrownBy(() -> client.search(io.github.ins4j.testing.insi.InsiPersonas.ADRUN.identity().traits(),
                (local, attempts) -> java.util.Optional.empty(), "desk-1"))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.NO_SEARCH));
    }

    @Test
    void every_reason_names_its_family() {
        assertThat(InsiConfigurationException.Reason.TLS_SETUP.messageKey()).isEqualTo("ins4j.insi.configuration.TLS_SETUP");
        assertThat(InsiRequestException.Reason.NOT_STRICT.messageKey()).isEqualTo("ins4j.insi.request.NOT_STRICT");
        assertThat(InsiProtocolException.Reason.DTD_REFUSED.messageKey()).isEqualTo("ins4j.insi.protocol.DTD_REFUSED");
        assertThat(InsiTransportException.Reason.TIMEOUT.messageKey()).isEqualTo("ins4j.insi.transport.TIMEOUT");
    }
}
