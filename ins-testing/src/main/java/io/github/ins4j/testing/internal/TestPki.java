package io.github.ins4j.testing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away public-key infrastructure for the fake INSi server, made with the JDK only: EC P-256
 * keys, and X.509 v3 certificates written in DER by hand and signed with SHA256withECDSA. A CA, a
 * server certificate for {@code localhost} / {@code 127.0.0.1}, and client certificates with any
 * CN. Nothing is written to disk.
 */
public final class TestPki {

    private static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate ca;

    private TestPki(KeyPair caKeys, X509Certificate ca) {
        this.caKeys = caKeys;
        this.ca = ca;
    }

    /**
     * Creates a new CA.
     *
     * @param name the CA's CN
     * @return the PKI
     * @throws GeneralSecurityException if the JDK lacks EC or ECDSA
     */
    public static TestPki create(String name) throws GeneralSecurityException {
        KeyPair keys = newKeys();
        byte[] subject = name(name, null);
        X509Certificate ca = certificate(subject, subject, keys, keys.getPrivate(), true, false);
        return new TestPki(keys, ca);
    }

    /**
     * Returns the CA certificate.
     *
     * @return the certificate
     */
    public X509Certificate ca() {
        return ca;
    }

    /**
     * Issues a certificate and returns it with its key in a PKCS#12 key store.
     *
     * @param cn       the subject CN
     * @param ou       the subject OU, or {@code null}
     * @param server   whether it is a server certificate (with {@code localhost} and {@code 127.0.0.1})
     * @param alias    the alias of the entry
     * @param password the password of the store and the key
     * @return the key store
     * @throws GeneralSecurityException if the JDK lacks EC or ECDSA
     */
    public KeyStore issue(String cn, @Nullable String ou, boolean server, String alias, char[] password)
            throws GeneralSecurityException {
        return issue(cn, ou, server, alias, password, newKeys());
    }

    /**
     * Issues a certificate for an RSA 2048 key, as a CPS card holds, and returns it with its key in a
     * PKCS#12 key store.
     *
     * @param cn       the subject CN
     * @param alias    the alias of the entry
     * @param password the password of the store and the key
     * @return the key store
     * @throws GeneralSecurityException if the JDK lacks RSA
     */
    public KeyStore issueRsa(String cn, String alias, char[] password) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return issue(cn, null, false, alias, password, generator.generateKeyPair());
    }

    private KeyStore issue(String cn, @Nullable String ou, boolean server, String alias, char[] password,
            KeyPair keys) throws GeneralSecurityException {
        X509Certificate cert = certificate(ca.getSubjectX500Principal().getEncoded(), name(cn, ou), keys,
                caKeys.getPrivate(), false, server);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        store.setKeyEntry(alias, keys.getPrivate(), password, new X509Certificate[] {cert, ca});
        return store;
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(byte[] issuer, byte[] subject, KeyPair keys, PrivateKey signer,
            boolean ca, boolean server) throws GeneralSecurityException {
        Instant now = Instant.now();
        byte[] algorithm = seq(oid(ECDSA_SHA256));
        byte[] extensions = ca
                ? seq(extension("2.5.29.19", true, seq(bool(true))),
                        extension("2.5.29.15", true, bitString(new byte[] {0x06}, 1)))
                : server
                        ? seq(extension("2.5.29.15", true, bitString(new byte[] {(byte) 0x80}, 7)),
                                extension("2.5.29.17", false, seq(tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                                        tlv(0x87, new byte[] {127, 0, 0, 1}))))
                        : seq(extension("2.5.29.15", true, bitString(new byte[] {(byte) 0x80}, 7)));
        byte[] tbs = seq(tlv(0xA0, integer(BigInteger.TWO)), integer(new BigInteger(63, RANDOM)), algorithm, issuer,
                seq(time(now.minus(Duration.ofDays(1))), time(now.plus(Duration.ofDays(30)))), subject,
                keys.getPublic().getEncoded(), tlv(0xA3, extensions));
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(signer);
        signature.update(tbs);
        byte[] der = seq(tbs, algorithm, bitString(signature.sign(), 0));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] name(String cn, @Nullable String ou) {
        byte[] c = set(seq(oid("2.5.4.6"), tlv(0x13, "FR".getBytes(StandardCharsets.US_ASCII))));
        byte[] o = set(seq(oid("2.5.4.10"), tlv(0x0C, "ins4j tests".getBytes(StandardCharsets.UTF_8))));
        byte[] common = set(seq(oid("2.5.4.3"), tlv(0x0C, cn.getBytes(StandardCharsets.UTF_8))));
        return ou == null ? seq(c, o, common)
                : seq(c, o, set(seq(oid("2.5.4.11"), tlv(0x0C, ou.getBytes(StandardCharsets.UTF_8)))), common);
    }

    private static byte[] extension(String id, boolean critical, byte[] value) {
        return critical ? seq(oid(id), bool(true), tlv(0x04, value)) : seq(oid(id), tlv(0x04, value));
    }

    private static byte[] time(Instant instant) {
        String text = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(instant);
        return tlv(0x17, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] bool(boolean value) {
        return tlv(0x01, new byte[] {(byte) (value ? 0xFF : 0)});
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] bitString(byte[] bits, int unused) {
        byte[] content = new byte[bits.length + 1];
        content[0] = (byte) unused;
        System.arraycopy(bits, 0, content, 1, bits.length);
        return tlv(0x03, content);
    }

    private static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long value = Long.parseLong(parts[i]);
            int groups = 1;
            for (long v = value >>> 7; v != 0; v >>>= 7) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                int b = (int) ((value >>> (7 * g)) & 0x7F);
                out.write(g == 0 ? b : b | 0x80);
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] seq(byte[]... parts) {
        return tlv(0x30, concat(List.of(parts)));
    }

    private static byte[] set(byte[]... parts) {
        return tlv(0x31, concat(List.of(parts)));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >>> 8);
            out.write(length & 0xFF);
        } else {
            out.write(0x83);
            out.write(length >>> 16);
            out.write((length >>> 8) & 0xFF);
            out.write(length & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
