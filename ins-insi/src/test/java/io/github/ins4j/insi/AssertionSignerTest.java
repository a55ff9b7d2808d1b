package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiAnswers;
import io.github.ins4j.testing.internal.TestPki;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The signature of the health-professional assertion, checked with the JDK's XML-DSig validation. */
class AssertionSignerTest {

    static final char[] PIN = "1234".toCharArray();
    static KeyStore card;

    static final String UNSIGNED = "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\""
            + " ID=\"_ps-1\" IssueInstant=\"2026-12-06T09:30:00Z\" Version=\"2.0\">"
            + "<saml2:Issuer>ins4j-tests</saml2:Issuer>"
            + "<saml2:Subject><saml2:NameID>8990000000</saml2:NameID></saml2:Subject>"
            + "<saml2:Conditions NotBefore=\"2026-12-06T09:30:00Z\" NotOnOrAfter=\"2026-12-06T10:30:00Z\"/>"
            + "</saml2:Assertion>";

    @BeforeAll
    static void card() throws Exception {
        card = TestPki.create("ins4j test CPS CA").issueRsa("PS TEST", "cps", PIN);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static boolean validates(Element assertion, AssertionSigner signer) throws Exception {
        assertion.setIdAttributeNS(null, "ID", true);
        NodeList signatures = assertion.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        assertThat(signatures.getLength()).isEqualTo(1);
        DOMValidateContext context = new DOMValidateContext(signer.certificate().getPublicKey(), signatures.item(0));
        XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
        assertThat(signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm())
                .isEqualTo(CanonicalizationMethod.EXCLUSIVE);
        assertThat(signature.getSignedInfo().getSignatureMethod().getAlgorithm()).isEqualTo(SignatureMethod.RSA_SHA256);
        Reference reference = (Reference) signature.getSignedInfo().getReferences().get(0);
        assertThat(reference.getURI()).isEqualTo("#_ps-1");
        assertThat(reference.getDigestMethod().getAlgorithm()).isEqualTo(DigestMethod.SHA256);
        return signature.validate(context);
    }

    @Test
    void the_assertion_is_signed_after_its_issuer_and_the_signature_validates() throws Exception {
        AssertionSigner signer = AssertionSigner.of(card, "cps", PIN);
        String signed = signer.sign(UNSIGNED);
        Element assertion = parse(signed).getDocumentElement();
        Element second = (Element) assertion.getFirstChild().getNextSibling();
        assertThat(second.getLocalName()).isEqualTo("Signature");
        assertThat(validates(assertion, signer)).isTrue();
        assertThat(signer.toString()).isEqualTo("AssertionSigner[RSA]");

        Element tampered = parse(signed.replace("8990000000", "8990000001")).getDocumentElement();
        assertThat(validates(tampered, signer)).isFalse();
    }

    @Test
    void the_signature_still_validates_inside_the_envelope_sent_to_insi() throws Exception {
        AssertionSigner signer = AssertionSigner.of(card, "cps", PIN);
        try (FakeInsiServer anchors = FakeInsiServer.startEmpty()) {
            InsiConfiguration configuration = InsiConfiguration.builder().endpoint(InsiEndpoints.TEST_PROFESSIONAL_CARD)
                    .software(Fixtures.software("AM-1"))
                    .authentication(InsiAuthentication.professionalAssertion(() -> signer.sign(UNSIGNED), "8990000000",
                            anchors.trustAnchors()))
                    .build();
            byte[][] sent = new byte[1][];
            InsiClient client = InsiClient.of(configuration, request -> {
                sent[0] = request.body();
                return new InsiHttpResponse(200, InsiHttpRequest.CONTENT_TYPE,
                        InsiAnswers.notFound(InsiAnswers.Style.S_DEFAULT).getBytes(StandardCharsets.UTF_8));
            });
            client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "dr-1");
            Document envelope = parse(new String(sent[0], StandardCharsets.UTF_8));
            Element assertion = (Element) envelope.getElementsByTagNameNS(AssertionSigner.SAML2, "Assertion").item(0);
            assertThat(assertion.getParentNode().getLocalName()).isEqualTo("Security");
            assertThat(validates(assertion, signer)).isTrue();
        }
    }

    @Test
    void anything_else_than_a_saml_assertion_with_an_id_is_refused() {
        AssertionSigner signer = AssertionSigner.of(card, "cps", PIN);
        for (String bad : List.of("<a/>", UNSIGNED.replace(" ID=\"_ps-1\"", ""), "not xml",
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + UNSIGNED)) {
            assertThatThrownBy(() -> signer.sign(bad)).isInstanceOfSatisfying(InsiRequestException.class,
                    e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.ASSERTION_NOT_SIGNED));
        }
        assertThatThrownBy(() -> AssertionSigner.of(card, "nobody", PIN))
                .isInstanceOfSatisfying(InsiConfigurationException.class, e -> assertThat(e.reason())
                        .isEqualTo(InsiConfigurationException.Reason.KEYSTORE_UNREADABLE));
    }
}
