package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiRequestException.Reason;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs the SAML 2.0 assertion about a health professional ("assertion PS") with a key from a
 * {@link KeyStore} — a PKCS#12 file, or a PKCS#11 token such as a CPS card — as 07-insi.md
 * describes: enveloped XML-DSig, exclusive C14N, RSA-SHA256, SHA-256 digest,
 * {@code Reference URI="#<assertion ID>"}, the signature placed after {@code Issuer}, and the
 * certificate in {@code KeyInfo}. The content of the assertion (issuer, subject, attributes,
 * validity of about one hour) is the caller's: it is not public, and ins4j does not invent it.
 * <b>Not tested against INSi</b>: no CPS card nor CPS test host is available to ins4j's build; the
 * tests check the signature with the JDK's own XML-DSig validation.
 *
 * <pre>{@code
 * AssertionSigner signer = AssertionSigner.of(cpsKeyStore, "CPS", pin);
 * InsiAuthentication auth = InsiAuthentication.professionalAssertion(
 *         () -> signer.sign(myAssertionBuilder.build()), professionalId, igcSante);
 * }</pre>
 */
public final class AssertionSigner {

    /** Namespace of SAML 2.0 assertions. */
    public static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";

    private final PrivateKey key;
    private final X509Certificate certificate;

    private AssertionSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * A signer with the key entry of a key store.
     *
     * @param keyStore the loaded key store (PKCS#12, PKCS#11…)
     * @param alias    the alias of the signing key
     * @param password the key's password or PIN
     * @return the signer
     * @throws InsiConfigurationException with {@code KEYSTORE_UNREADABLE} if the entry is not a
     *     private key with an X.509 certificate
     */
    public static AssertionSigner of(KeyStore keyStore, String alias, char[] password) {
        Objects.requireNonNull(keyStore, "keyStore must not be null");
        Objects.requireNonNull(alias, "alias must not be null");
        Objects.requireNonNull(password, "password must not be null");
        try {
            if (keyStore.getKey(alias, password) instanceof PrivateKey privateKey
                    && keyStore.getCertificate(alias) instanceof X509Certificate cert) {
                return new AssertionSigner(privateKey, cert);
            }
        } catch (GeneralSecurityException e) {
            throw new InsiConfigurationException(InsiConfigurationException.Reason.KEYSTORE_UNREADABLE, "the signing"
                    + " key cannot be read (" + e.getClass().getSimpleName() + "); check the alias and the PIN", e);
        }
        throw new InsiConfigurationException(InsiConfigurationException.Reason.KEYSTORE_UNREADABLE, "the alias is"
                + " not a private key with an X.509 certificate", null);
    }

    /**
     * Returns the signing certificate.
     *
     * @return the certificate put in {@code KeyInfo}
     */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Signs an assertion.
     *
     * @param assertion the unsigned {@code saml2:Assertion} element, as XML text, with an {@code ID}
     * @return the signed assertion, as XML text without declaration
     * @throws InsiRequestException with {@code ASSERTION_NOT_SIGNED} if the text is not a SAML 2.0
     *     assertion with an {@code ID} (DTDs are refused) or the key cannot sign
     */
    public String sign(String assertion) {
        Objects.requireNonNull(assertion, "assertion must not be null");
        Document document = parse(assertion);
        Element root = document.getDocumentElement();
        String id = root.getAttributeNS(null, "ID");
        if (!SAML2.equals(root.getNamespaceURI()) || !"Assertion".equals(root.getLocalName()) || id.isEmpty()) {
            throw refused("the root element is not a SAML 2.0 Assertion with an ID attribute", null);
        }
        root.setIdAttributeNS(null, "ID", true);
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            DOMSignContext context = new DOMSignContext(key, root, afterIssuer(root));
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (GeneralSecurityException | javax.xml.crypto.MarshalException
                | javax.xml.crypto.dsig.XMLSignatureException | javax.xml.transform.TransformerException e) {
            throw refused("the assertion cannot be signed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static @Nullable Node afterIssuer(Element root) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SAML2.equals(e.getNamespaceURI()) && "Issuer".equals(e.getLocalName())) {
                Node next = e.getNextSibling();
                while (next != null && !(next instanceof Element)) {
                    next = next.getNextSibling();
                }
                return next;
            }
        }
        return root.getFirstChild();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw refused("the assertion is not well-formed XML without DTD (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static InsiRequestException refused(String message, @Nullable Throwable cause) {
        return new InsiRequestException(Reason.ASSERTION_NOT_SIGNED, -1, message, cause);
    }

    /**
     * Returns the key algorithm; the certificate subject (a professional's name) is not printed.
     *
     * @return e.g. {@code AssertionSigner[RSA]}
     */
    @Override
    public String toString() {
        return "AssertionSigner[" + key.getAlgorithm() + "]";
    }
}
