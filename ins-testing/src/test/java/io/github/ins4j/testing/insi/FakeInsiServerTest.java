package io.github.ins4j.testing.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.net.ssl.HttpsURLConnection;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.UUID;
import io.github.ins4j.testing.TestIdentities;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fake INSi server, driven by requests written by hand from 07-insi.md. */
class FakeInsiServerTest {

    static FakeInsiServer insi;

    @BeforeAll
    static void start() {
        insi = FakeInsiServer.start();
    }

    @AfterAll
    static void stop() {
        insi.close();
    }

    static String envelope(String idam, String emitter, String body) {
        String time = "2026-12-06T09:30:00.000Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
                + "<ctxbam:ContexteBAM xmlns:ctxbam=\"urn:siram:bam:ctxbam\" Version=\"01_02\"><ctxbam:Id>"
                + UUID.randomUUID() + "</ctxbam:Id><ctxbam:Temps>" + time + "</ctxbam:Temps><ctxbam:Emetteur>" + emitter
                + "</ctxbam:Emetteur><ctxbam:COUVERTURE/></ctxbam:ContexteBAM>"
                + "<ctxlps:ContexteLPS xmlns:ctxlps=\"urn:siram:lps:ctxlps\" Nature=\"CTXLPS\" Version=\"01_00\">"
                + "<ctxlps:Id>" + UUID.randomUUID() + "</ctxlps:Id><ctxlps:Temps>" + time + "</ctxlps:Temps>"
                + "<ctxlps:Emetteur>" + emitter + "</ctxlps:Emetteur><ctxlps:LPS><ctxlps:IDAM R=\"4\">" + idam
                + "</ctxlps:IDAM><ctxlps:Version>1.0</ctxlps:Version><ctxlps:Instance>" + UUID.randomUUID()
                + "</ctxlps:Instance><ctxlps:Nom>urn:lps:tests:1.0</ctxlps:Nom></ctxlps:LPS></ctxlps:ContexteLPS>"
                + "<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">"
                + "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite</wsa:Action>"
                + "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">uuid:" + UUID.randomUUID()
                + "</wsa:MessageID></soap:Header><soap:Body>"
                + "<RECSANSVITALE xmlns=\"http://www.cnamts.fr/INSiRecSans\">" + body + "</RECSANSVITALE>"
                + "</soap:Body></soap:Envelope>";
    }

    static String adrun() {
        return "<NomNaissance>ADRUN</NomNaissance><Prenom>ZOE</Prenom><Sexe>F</Sexe>"
                + "<DateNaissance>1975-12-31</DateNaissance>";
    }

    static Response post(KeyStore clientKeys, String envelope) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", insi.trustAnchors().get(0));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(anchors);
        KeyManagerFactory kmf = null;
        if (clientKeys != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(clientKeys, insi.clientPassword());
        }
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        HttpsURLConnection connection = (HttpsURLConnection) insi.uri().toURL().openConnection();
        connection.setSSLSocketFactory(context.getSocketFactory());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/soap+xml; charset=utf-8");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(envelope.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Response(status, String.valueOf(connection.getContentType()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    record Response(int statusCode, String contentType, String body) {
    }

    static FakeInsiServer.ReceivedRequest last() {
        return insi.requests().get(insi.requests().size() - 1);
    }

    @Test
    void a_request_written_from_the_spec_is_accepted_and_adrun_found() throws Exception {
        Response response = post(insi.clientKeyStore(),
                envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, adrun()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/soap+xml; charset=utf-8");
        assertThat(response.body()).contains("<CodeCR>00</CodeCR>", "<NumIdentifiant>2751263220749</NumIdentifiant>",
                "<Cle>74</Cle>");
        assertThat(last().violations()).isEmpty();
        assertThat(last().answered()).isEqualTo("00");
        assertThat(last().clientCn()).isEqualTo("INSI-AUTO");
        assertThat(last().toString()).doesNotContain("ADRUN");
    }

    @Test
    void children_out_of_order_lower_case_and_a_wrong_emitter_are_reported_without_values() throws Exception {
        Response response = post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), "someone",
                "<Prenom>ZOE</Prenom><NomNaissance>ADRUN</NomNaissance><Sexe>F</Sexe>"
                        + "<DateNaissance>1975-12-31</DateNaissance>"));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("FAKE_REQUEST_CHECK");
        assertThat(last().violations()).contains("RECSANSVITALE children are not NomNaissance, Prenom, Sexe,"
                + " DateNaissance [, LieuNaissance] in this order, in its namespace",
                "ContexteLPS/Emetteur is not the OU of the client certificate");
        post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU,
                adrun().replace("ADRUN", "Adrün")));
        assertThat(last().violations()).anyMatch(v -> v.startsWith("NomNaissance holds a character outside"))
                .noneMatch(v -> v.contains("Adr"));
    }

    @Test
    void a_request_with_a_dtd_is_refused() throws Exception {
        String hostile = envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, adrun())
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        assertThat(post(insi.clientKeyStore(), hostile).statusCode()).isEqualTo(500);
        assertThat(last().violations()).singleElement().asString().startsWith("the body is not well-formed XML");
    }

    @Test
    void unknown_people_are_01_and_de_vinci_without_place_02() throws Exception {
        post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU,
                "<NomNaissance>HOUILLES</NomNaissance><Prenom>PIERRE</Prenom><Sexe>M</Sexe>"
                        + "<DateNaissance>1993-01-27</DateNaissance>"));
        assertThat(last().answered()).isEqualTo("01");
        String deVinci = "<NomNaissance>DE VINCI</NomNaissance><Prenom>LEONARDO</Prenom><Sexe>M</Sexe>"
                + "<DateNaissance>2014-02-01</DateNaissance>";
        post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, deVinci));
        assertThat(last().answered()).isEqualTo("02");
        post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU,
                deVinci + "<LieuNaissance>63220</LieuNaissance>"));
        assertThat(last().answered()).isEqualTo("00");
        post(insi.clientKeyStore(), envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU,
                deVinci + "<LieuNaissance>75056</LieuNaissance>"));
        assertThat(last().answered()).isEqualTo("01");
    }

    @Test
    void a_registered_persona_is_found_and_two_matching_personas_give_02() throws Exception {
        InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
        String body = "<NomNaissance>GARCIA</NomNaissance><Prenom>SARAH-LOU</Prenom><Sexe>F</Sexe>"
                + "<DateNaissance>1989-04-12</DateNaissance>";
        String request = envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, body);
        post(insi.clientKeyStore(), request);
        assertThat(last().answered()).isEqualTo("01");
        insi.register(InsiPersona.of(garcia));
        assertThat(post(insi.clientKeyStore(), request).body()).contains("<ListePrenom>SARAH-LOU MARIE</ListePrenom>");
        assertThat(last().answered()).isEqualTo("00");
        insi.register(InsiPersona.of(new InsIdentity(TestIdentities.HAMADI_SARA_LOU.identifier(), garcia.traits(),
                List.of())));
        post(insi.clientKeyStore(), request);
        assertThat(last().answered()).isEqualTo("02");
    }

    @ParameterizedTest
    @EnumSource(FakeInsiServer.Fault.class)
    void faults_on_demand_come_with_http_500(FakeInsiServer.Fault fault) throws Exception {
        insi.failNext(fault);
        Response response = post(insi.clientKeyStore(),
                envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, adrun()));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("code=\"" + fault.errorCode() + "\"", "<soap:Fault>");
        assertThat(last().answered()).isEqualTo(fault.errorCode());
    }

    @Test
    void an_unknown_authorisation_number_is_desir_550_and_another_cn_desir_560() throws Exception {
        post(insi.clientKeyStore(), envelope("UNKNOWN", FakeInsiServer.CLIENT_OU, adrun()));
        assertThat(last().answered()).isEqualTo("desir_550");
        Response response = post(insi.clientKeyStore("SOMEONE"),
                envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, adrun()));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("code=\"DESIR_560\"");
        assertThat(last().clientCn()).isEqualTo("SOMEONE");
    }

    @Test
    void a_client_without_certificate_is_refused_by_tls() {
        int before = insi.requests().size();
        assertThatThrownBy(() -> post(null, envelope(insi.authorisationNumber(), FakeInsiServer.CLIENT_OU, adrun())))
                .isInstanceOf(IOException.class);
        assertThat(insi.requests()).hasSize(before);
    }

    @Test
    void the_personas_of_the_spec_have_their_matricules_test_oids_and_coherent_traits() {
        assertThat(InsiPersonas.all()).hasSize(7).allSatisfy(p -> {
            assertThat(p.identity().coherence().hasErrors()).as(p.toString()).isFalse();
            assertThat(p.toString()).doesNotContain(p.identity().traits().birthName().value());
        });
        assertThat(InsiPersonas.ADRTROIS.identity().identifier().matricule().value()).isEqualTo("160012B02077713");
        assertThat(InsiPersonas.DE_VINCI.identity().identifier().matricule().value()).isEqualTo("114026322083356");
        assertThat(InsiPersonas.DE_VINCI.isSeveralFoundWithoutBirthPlace()).isTrue();
        assertThat(InsiPersonas.TCHITCHI.identity().identifier().matricule().value()).isEqualTo("236066322083656");
        assertThat(InsiPersonas.ECETINSI.identity().history()).hasSize(1);
        assertThat(InsiPersonas.PROVISOIRE.identity().identifier().oid()).isEqualTo(InsOid.NIA);
        assertThat(InsiPersonas.ADRUN.identity().identifier().oid()).isEqualTo(InsOid.NIR_TEST);
    }

    @ParameterizedTest
    @EnumSource(InsiAnswers.Style.class)
    void every_answer_style_is_well_formed_soap_12(InsiAnswers.Style style) throws Exception {
        for (String xml : new String[] {InsiAnswers.found(InsiPersonas.ECETINSI.identity(), style),
            InsiAnswers.notFound(style), InsiAnswers.severalFound(style),
            InsiAnswers.fault("Sender", "siram_40", "desir_550", "erreur", "a < b & c", style)}) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            var root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(InsiAnswers.SOAP);
            assertThat(root.getLocalName()).isEqualTo("Envelope");
        }
    }
}
