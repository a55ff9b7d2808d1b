package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiConfigurationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * How the software authenticates to INSi (07-insi.md, "Transport and authentication"). The server
 * is trusted through the caller's anchors only (the IGC-Santé CAs are not in the JDK's trust store,
 * and the JDK's default trust store is never used).
 *
 * <ul>
 *   <li>{@link SoftwareCertificate}: mutual TLS with the organisation's PKCS#12; the key whose
 *       certificate CN is {@code INSI-AUTO} (preferred) or {@code INSI-MANU} is chosen; the
 *       {@code Emetteur} is the OU of that certificate. Tested end to end against the fake server.</li>
 *   <li>{@link ProfessionalAssertion}: server-only TLS and a SAML assertion about the health
 *       professional, signed by the card (the caller's code, or {@link AssertionSigner} with a key
 *       of a {@code KeyStore}), supplied by the caller for each call. <b>Not testable against
 *       INSi here</b>: no CPS card nor CPS test host is available to ins4j's build.</li>
 * </ul>
 *
 * <pre>{@code
 * InsiAuthentication auth = InsiAuthentication.softwareCertificate(
 *         Path.of("insi-auto.p12"), password, List.of(igcSanteRoot));
 * }</pre>
 */
public sealed interface InsiAuthentication permits InsiAuthentication.SoftwareCertificate,
        InsiAuthentication.ProfessionalAssertion {

    /** CN of the software certificate for automatic calls. */
    String INSI_AUTO = "INSI-AUTO";
    /** CN of the software certificate for calls made by an operator. */
    String INSI_MANU = "INSI-MANU";

    /**
     * Returns the TLS context of this authentication.
     *
     * @return the context, built once
     */
    SSLContext sslContext();

    /**
     * Returns the {@code Emetteur} this authentication implies, if any.
     *
     * @return the OU of the software certificate, or the professional's id
     */
    Optional<String> emitter();

    /**
     * Mutual TLS with a software certificate read from a PKCS#12 file.
     *
     * @param pkcs12       the PKCS#12 file
     * @param password     its password (also the key's)
     * @param trustAnchors the CA certificates that sign the INSi server's certificate
     * @return the authentication
     * @throws InsiConfigurationException if the file cannot be read, holds no INSi key, or no anchor
     *     is given
     */
    static SoftwareCertificate softwareCertificate(Path pkcs12, char[] password,
            Collection<X509Certificate> trustAnchors) {
        Objects.requireNonNull(pkcs12, "pkcs12 must not be null");
        Objects.requireNonNull(password, "password must not be null");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return softwareCertificate(store, password, trustAnchors);
        } catch (IOException | GeneralSecurityException e) {
            throw new InsiConfigurationException(Reason.KEYSTORE_UNREADABLE, "the PKCS#12 file cannot be"
                    + " read (" + e.getClass().getSimpleName() + "); check the file and its password", e);
        }
    }

    /**
     * Mutual TLS with a software certificate from a loaded key store (PKCS#12, or a PKCS#11 token).
     *
     * @param keyStore     the key store
     * @param password     the password of the key
     * @param trustAnchors the CA certificates that sign the INSi server's certificate
     * @return the authentication
     * @throws InsiConfigurationException if the store holds no INSi key, or no anchor is given
     */
    static SoftwareCertificate softwareCertificate(KeyStore keyStore, char[] password,
            Collection<X509Certificate> trustAnchors) {
        return SoftwareCertificate.choose(keyStore, password, trustAnchors);
    }

    /**
     * Server-only TLS and a signed SAML assertion about the health professional (CPS mode), asked
     * of the supplier before each call (an assertion lives about one hour). Not testable in ins4j's
     * build: the assertion is made by the card.
     *
     * @param assertion    gives the signed {@code saml2:Assertion} element, as XML text
     * @param professionalId the professional's id, sent as {@code Emetteur}
     * @param trustAnchors the CA certificates that sign the INSi server's certificate
     * @return the authentication
     * @throws InsiConfigurationException if no anchor is given or the id is blank
     */
    static ProfessionalAssertion professionalAssertion(Supplier<String> assertion, String professionalId,
            Collection<X509Certificate> trustAnchors) {
        Objects.requireNonNull(assertion, "assertion must not be null");
        Objects.requireNonNull(professionalId, "professionalId must not be null");
        if (professionalId.isBlank()) {
            throw new InsiConfigurationException(Reason.INVALID_SETTING, "the professional id is blank", null);
        }
        return new ProfessionalAssertion(assertion, professionalId, tls(null, null, trustAnchors));
    }

    private static SSLContext tls(@Nullable KeyStore keys,
            char @Nullable [] password, Collection<X509Certificate> trustAnchors) {
        Objects.requireNonNull(trustAnchors, "trustAnchors must not be null");
        if (trustAnchors.isEmpty()) {
            throw new InsiConfigurationException(Reason.NO_TRUST_ANCHOR, "give the CA certificates of the"
                    + " INSi server (IGC-Santé); the JDK's default trust store is never used", null);
        }
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int i = 0;
            for (X509Certificate anchor : trustAnchors) {
                anchors.setCertificateEntry("anchor-" + i++, Objects.requireNonNull(anchor, "anchor"));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(anchors);
            KeyManagerFactory kmf = null;
            if (keys != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InsiConfigurationException(Reason.TLS_SETUP, "the TLS context cannot be built ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Mutual TLS with the organisation's software certificate ({@code INSI-AUTO} or
     * {@code INSI-MANU}). Build it with {@link InsiAuthentication#softwareCertificate(Path, char[], Collection)}.
     */
    final class SoftwareCertificate implements InsiAuthentication {

        private final String commonName;
        private final Optional<String> organisationalUnit;
        private final X509Certificate certificate;
        private final SSLContext context;

        private SoftwareCertificate(String commonName, Optional<String> organisationalUnit,
                X509Certificate certificate, SSLContext context) {
            this.commonName = commonName;
            this.organisationalUnit = organisationalUnit;
            this.certificate = certificate;
            this.context = context;
        }

        static SoftwareCertificate choose(KeyStore keyStore, char[] password,
                Collection<X509Certificate> trustAnchors) {
            Objects.requireNonNull(keyStore, "keyStore must not be null");
            Objects.requireNonNull(password, "password must not be null");
            try {
                String chosen = null;
                String chosenCn = null;
                for (Enumeration<String> aliases = keyStore.aliases(); aliases.hasMoreElements();) {
                    String alias = aliases.nextElement();
                    if (!keyStore.isKeyEntry(alias)
                            || !(keyStore.getCertificate(alias) instanceof X509Certificate cert)) {
                        continue;
                    }
                    String cn = attribute(cert.getSubjectX500Principal(), "CN").orElse("");
                    if (cn.equals(INSI_AUTO) || (cn.equals(INSI_MANU) && chosen == null)) {
                        chosen = alias;
                        chosenCn = cn;
                    }
                }
                if (chosen == null || chosenCn == null) {
                    throw new InsiConfigurationException(Reason.NO_INSI_CERTIFICATE, "the key store holds"
                            + " no key whose certificate CN is " + INSI_AUTO + " or " + INSI_MANU
                            + " (INSi refuses other certificates with DESIR_560)", null);
                }
                Key key = keyStore.getKey(chosen, password);
                Certificate[] chain = keyStore.getCertificateChain(chosen);
                if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                    throw new InsiConfigurationException(Reason.KEYSTORE_UNREADABLE, "the INSi entry of the"
                            + " key store has no private key or no certificate chain", null);
                }
                KeyStore single = KeyStore.getInstance("PKCS12");
                single.load(null, null);
                single.setKeyEntry("insi", privateKey, password, chain);
                X509Certificate certificate = (X509Certificate) chain[0];
                return new SoftwareCertificate(chosenCn,
                        attribute(certificate.getSubjectX500Principal(), "OU"), certificate,
                        tls(single, password, trustAnchors));
            } catch (IOException | GeneralSecurityException e) {
                throw new InsiConfigurationException(Reason.KEYSTORE_UNREADABLE, "the key store cannot be"
                        + " read (" + e.getClass().getSimpleName() + "); check its password", e);
            }
        }

        private static Optional<String> attribute(X500Principal principal, String type) {
            try {
                List<Rdn> rdns = new ArrayList<>(new LdapName(principal.getName(X500Principal.RFC2253)).getRdns());
                Collections.reverse(rdns);
                for (Rdn rdn : rdns) {
                    if (rdn.getType().equalsIgnoreCase(type)) {
                        return Optional.of(String.valueOf(rdn.getValue()));
                    }
                }
                return Optional.empty();
            } catch (InvalidNameException e) {
                return Optional.empty();
            }
        }

        /**
         * Returns the CN of the chosen certificate.
         *
         * @return {@code INSI-AUTO} or {@code INSI-MANU}
         */
        public String commonName() {
            return commonName;
        }

        /**
         * Returns the chosen client certificate.
         *
         * @return the certificate
         */
        public X509Certificate certificate() {
            return certificate;
        }

        @Override
        public SSLContext sslContext() {
            return context;
        }

        /**
         * Returns the OU of the certificate, the {@code Emetteur} of mutual TLS calls.
         *
         * @return the OU, if the certificate has one
         */
        @Override
        public Optional<String> emitter() {
            return organisationalUnit;
        }

        /**
         * Returns the CN of the chosen certificate.
         *
         * @return e.g. {@code SoftwareCertificate[INSI-AUTO]}
         */
        @Override
        public String toString() {
            return "SoftwareCertificate[" + commonName + "]";
        }
    }

    /**
     * Server-only TLS and a SAML assertion about the health professional, made by the CPS card and
     * supplied by the caller (CPS mode). Build it with
     * {@link InsiAuthentication#professionalAssertion(Supplier, String, Collection)}. Not testable in
     * ins4j's build.
     */
    final class ProfessionalAssertion implements InsiAuthentication {

        private final Supplier<String> assertion;
        private final String professionalId;
        private final SSLContext context;

        private ProfessionalAssertion(Supplier<String> assertion, String professionalId, SSLContext context) {
            this.assertion = assertion;
            this.professionalId = professionalId;
            this.context = context;
        }

        /**
         * Returns the current signed assertion, asked of the caller's supplier.
         *
         * @return the {@code saml2:Assertion} element as XML text
         */
        public String assertion() {
            return Objects.requireNonNull(assertion.get(), "the assertion supplier returned null");
        }

        @Override
        public SSLContext sslContext() {
            return context;
        }

        @Override
        public Optional<String> emitter() {
            return Optional.of(professionalId);
        }

        /**
         * Returns a fixed text: the assertion is not printed.
         *
         * @return {@code ProfessionalAssertion[...]}
         */
        @Override
        public String toString() {
            return "ProfessionalAssertion[assertion not shown]";
        }
    }
}
