package io.github.ins4j.matricule;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.matricule.InvalidOidException.Reason;

/**
 * The authorities that assign an INS matricule, by their OID (MAT-5).
 *
 * <p>Whether a matricule is a NIR or an NIA, and whether it is a production or a test identity,
 * comes from this OID, never from the digits of the matricule: a test NIA may start with 1.
 *
 * <table>
 *   <caption>INS OIDs (ANS list, FR Core identifier type codes)</caption>
 *   <tr><th>constant</th><th>OID</th><th>FR Core type code</th><th>production</th></tr>
 *   <tr><td>{@link #NIR}</td><td>1.2.250.1.213.1.4.8</td><td>INS-NIR</td><td>yes</td></tr>
 *   <tr><td>{@link #NIA}</td><td>1.2.250.1.213.1.4.9</td><td>INS-NIA</td><td>yes</td></tr>
 *   <tr><td>{@link #NIR_TEST}</td><td>1.2.250.1.213.1.4.10</td><td>INS-NIR-TEST</td><td>no</td></tr>
 *   <tr><td>{@link #NIR_DEMO}</td><td>1.2.250.1.213.1.4.11</td><td>INS-NIR-DEMO</td><td>no</td></tr>
 * </table>
 *
 * <p>{@link #parse(CharSequence)} also recognises, and refuses with their own reason, the
 * retired computed INS (INS-C, {@code 1.2.250.1.213.1.4.2}) and the OIDs of the NIR / NIA used as
 * the billing social-security number (NSS, {@code 1.2.250.1.213.1.4.13} and {@code .14}), which
 * are not an INS.
 *
 * <pre>{@code
 * InsOid oid = InsOid.parse("1.2.250.1.213.1.4.9");   // NIA
 * oid.typeCode();                                       // "INS-NIA"
 * InsOid.parse("urn:oid:1.2.250.1.213.1.4.8");        // NIR: the FHIR system form is accepted
 * }</pre>
 */
public enum InsOid {
    /** INS-NIR: the person's NIR, production. */
    NIR("1.2.250.1.213.1.4.8", "INS-NIR", true, false),
    /** INS-NIA: a waiting number given while a NIR is pending, production. */
    NIA("1.2.250.1.213.1.4.9", "INS-NIA", true, true),
    /** INS-NIR for tests (INSi qualification environments). */
    NIR_TEST("1.2.250.1.213.1.4.10", "INS-NIR-TEST", false, false),
    /** INS-NIR for demonstrations. */
    NIR_DEMO("1.2.250.1.213.1.4.11", "INS-NIR-DEMO", false, false);

    /** Prefix of the URI form of an OID, as in a FHIR {@code Identifier.system}. */
    public static final String URN_PREFIX = "urn:oid:";

    private static final String INS_C = "1.2.250.1.213.1.4.2";
    private static final String NSS_NIR = "1.2.250.1.213.1.4.13";
    private static final String NSS_NIA = "1.2.250.1.213.1.4.14";

    private final String oid;
    private final String typeCode;
    private final boolean production;
    private final boolean nia;

    InsOid(String oid, String typeCode, boolean production, boolean nia) {
        this.oid = oid;
        this.typeCode = typeCode;
        this.production = production;
        this.nia = nia;
    }

    /**
     * Finds the authority of an OID, given bare ({@code 1.2.250.1.213.1.4.8}) or as a URI
     * ({@code urn:oid:1.2.250.1.213.1.4.8}). The text is taken as is: no trimming.
     *
     * @param text the OID
     * @return the authority
     * @throws InvalidOidException with reason {@code NULL}, {@code EMPTY}, {@code RETIRED_INS_C}
     *     (the INS-C OID), {@code BILLING_NSS} (the NSS OIDs) or {@code UNKNOWN} (any other text)
     */
    public static InsOid parse(@Nullable CharSequence text) {
        if (text == null) {
            throw new InvalidOidException(Reason.NULL, "the OID is null");
        }
        String s = text.toString();
        if (s.startsWith(URN_PREFIX)) {
            s = s.substring(URN_PREFIX.length());
        }
        if (s.isEmpty()) {
            throw new InvalidOidException(Reason.EMPTY, "the OID is empty");
        }
        for (InsOid candidate : values()) {
            if (candidate.oid.equals(s)) {
                return candidate;
            }
        }
        if (s.equals(INS_C)) {
            throw new InvalidOidException(Reason.RETIRED_INS_C, "the OID " + INS_C
                    + " is the retired computed INS (INS-C); it must not be used as an INS");
        }
        if (s.equals(NSS_NIR) || s.equals(NSS_NIA)) {
            throw new InvalidOidException(Reason.BILLING_NSS, "the OID " + s
                    + " identifies a NIR / NIA used as the billing social-security number (NSS),"
                    + " not an INS");
        }
        throw new InvalidOidException(Reason.UNKNOWN, "the OID (" + s.length()
                + " characters) is not an INS authority; expected one of " + NIR.oid + " (INS-NIR), "
                + NIA.oid + " (INS-NIA), " + NIR_TEST.oid + " (INS-NIR-TEST) or " + NIR_DEMO.oid
                + " (INS-NIR-DEMO)");
    }

    /**
     * Returns the OID in dotted form.
     *
     * @return e.g. {@code 1.2.250.1.213.1.4.8}
     */
    public String oid() {
        return oid;
    }

    /**
     * Returns the OID as a URI, the form of a FHIR {@code Identifier.system}.
     *
     * @return e.g. {@code urn:oid:1.2.250.1.213.1.4.8}
     */
    public String urn() {
        return URN_PREFIX + oid;
    }

    /**
     * Returns the FR Core identifier type code.
     *
     * @return {@code INS-NIR}, {@code INS-NIA}, {@code INS-NIR-TEST} or {@code INS-NIR-DEMO}
     */
    public String typeCode() {
        return typeCode;
    }

    /**
     * Tells whether this authority assigns real, production identities ({@link #NIR} and
     * {@link #NIA}), as opposed to test and demonstration ones.
     *
     * @return {@code true} for production OIDs
     */
    public boolean isProduction() {
        return production;
    }

    /**
     * Tells whether the matricule is an NIA, a waiting number (MAT-5). Test and demonstration OIDs
     * are NIR ones.
     *
     * @return {@code true} for {@link #NIA} only
     */
    public boolean isNia() {
        return nia;
    }

    /**
     * Tells whether the matricule is a NIR (production, test or demonstration).
     *
     * @return {@code true} for every constant but {@link #NIA}
     */
    public boolean isNir() {
        return !nia;
    }
}
