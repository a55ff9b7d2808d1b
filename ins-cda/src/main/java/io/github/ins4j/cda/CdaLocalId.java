package io.github.ins4j.cda;

import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeFormat;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local patient identifier (IPP...) to write as a {@code patientRole/id} beside, or instead of,
 * the INS: {@code <id root="1.2.250.1.71.4.2.7..." extension="12345"/>}.
 *
 * <p>Checked so that it cannot carry the INS in disguise (DIS-2, DIS-3): the root is an OID that is
 * neither an INS OID, the INS-C OID nor an NSS OID, and the extension is not a valid matricule.
 * Personal data: {@code toString()} masks the extension.
 *
 * <pre>{@code
 * CdaLocalId ipp = CdaLocalId.of("1.2.250.1.71.4.2.7.1.999", "000123456");
 * CdaLocalId.of("1.2.250.1.213.1.4.8", "000123456");   // ExchangeException LOCAL_ID_REFUSED
 * }</pre>
 *
 * @param root      the OID of the assigning authority
 * @param extension the identifier
 */
public record CdaLocalId(String root, String extension) {

    /** Longest root accepted. */
    public static final int MAX_ROOT_LENGTH = 64;

    /** Longest extension accepted. */
    public static final int MAX_EXTENSION_LENGTH = 100;

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    /**
     * Checks the identifier.
     *
     * @param root      the OID of the assigning authority
     * @param extension the identifier
     * @throws ExchangeException with {@code LOCAL_ID_REFUSED} if the root is not an OID or is an INS,
     *     INS-C or NSS OID, or if the extension is empty, too long, holds control characters or is a
     *     valid matricule
     * @throws NullPointerException if a component is {@code null}
     */
    public CdaLocalId {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(extension, "extension must not be null");
        if (root.length() > MAX_ROOT_LENGTH || !OID.matcher(root).matches()) {
            throw refused("the root is not an OID (digits separated by dots, at most "
                    + MAX_ROOT_LENGTH + " characters)");
        }
        if (isInsRelated(root)) {
            throw refused("the root is an INS, INS-C or NSS OID; the INS is written by the writer"
                    + " itself, only for a document that may carry it (DIS-1, DIS-2)");
        }
        if (extension.isEmpty() || extension.length() > MAX_EXTENSION_LENGTH) {
            throw refused("the extension has " + extension.length() + " characters; 1 to "
                    + MAX_EXTENSION_LENGTH + " are expected");
        }
        for (int i = 0; i < extension.length(); i++) {
            char c = extension.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw refused("the extension holds a control or non-XML character at index " + i);
            }
        }
        if (InsMatricule.containsMatricule(extension) || looksLikeNumIdentifiant(extension)) {
            throw refused("the extension holds a matricule, or its 13 first characters: the INS never"
                    + " travels as a local identifier (DIS-2)");
        }
    }

    /**
     * Builds a local identifier.
     *
     * @param root      the OID of the assigning authority
     * @param extension the identifier
     * @return the local identifier
     * @throws ExchangeException with {@code LOCAL_ID_REFUSED}, see the constructor
     */
    public static CdaLocalId of(String root, String extension) {
        return new CdaLocalId(root, extension);
    }

    /**
     * The 13 first characters of a matricule without their key ({@code NumIdentifiant}), separators
     * removed: a sex digit, a birth month and a department that a NIR can have. <b>[decision]</b> a
     * local identifier of exactly this shape is refused, since appending the key would give the INS.
     */
    private static boolean looksLikeNumIdentifiant(String extension) {
        StringBuilder run = new StringBuilder(16);
        for (int i = 0; i <= extension.length(); i++) {
            char c = i < extension.length() ? extension.charAt(i) : 'Z';
            if (c >= '0' && c <= '9' || c == 'A' || c == 'B' || c == 'a' || c == 'b') {
                run.append(c);
            } else if (Character.isLetterOrDigit(c)) {   // another letter ends a run of digits
                if (isNumIdentifiant(run)) {
                    return true;
                }
                run.setLength(0);
            }   // separators (spaces, hyphens, slashes, dots…) join the groups of a run
        }
        return false;
    }

    private static boolean isNumIdentifiant(CharSequence run) {
        if (run.length() != 13) {
            return false;
        }
        for (int key = 1; key <= 97; key++) {
            if (InsMatricule.isValid(run.toString() + (key < 10 ? "0" : "") + key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsRelated(String root) {
        if (root.startsWith("1.2.250.1.213.1.4.")) {
            return true;   // an INS authority or a branch below one
        }
        try {
            InsOid.parse(root);
            return true;
        } catch (InvalidOidException e) {
            return e.reason() == InvalidOidException.Reason.RETIRED_INS_C
                    || e.reason() == InvalidOidException.Reason.BILLING_NSS;
        }
    }

    private static ExchangeException refused(String detail) {
        return new ExchangeException(ExchangeFormat.CDA, ExchangeException.Reason.LOCAL_ID_REFUSED, detail);
    }

    /**
     * Returns the root and a masked extension, e.g.
     * {@code CdaLocalId[1.2.250.1.71.4.2.7.1.999, masked, 9 characters]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "CdaLocalId[" + root + ", masked, " + extension.length() + " characters]";
    }
}
