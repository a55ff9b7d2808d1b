package io.github.ins4j.qualification;

/**
 * The four RNIV identity statuses (FR Core code system {@code fr-core-cs-identity-status}, RNIV EXI
 * SI 07). Two independent facts decide the status: was the identity retrieved from INSi, and was it
 * checked against a high-trust identity document.
 *
 * <table>
 *   <caption>Status from the two facts</caption>
 *   <tr><th>retrieved from INSi</th><th>checked on a document</th><th>status</th></tr>
 *   <tr><td>no</td><td>no</td><td>{@link #PROVISIONAL} ({@code PROV})</td></tr>
 *   <tr><td>yes</td><td>no</td><td>{@link #RETRIEVED} ({@code RECUP})</td></tr>
 *   <tr><td>no</td><td>yes</td><td>{@link #VALIDATED} ({@code VALI})</td></tr>
 *   <tr><td>yes</td><td>yes</td><td>{@link #QUALIFIED} ({@code QUAL})</td></tr>
 * </table>
 *
 * <p>Only a qualified identity may carry the matricule INS in exchanged or shared data (RNIV EXI SI 08).
 */
public enum IdentityStatus {
    /** Identité provisoire: neither retrieved from INSi nor checked on a document. */
    PROVISIONAL("PROV"),
    /** Identité récupérée: retrieved from INSi, not checked on a document. */
    RETRIEVED("RECUP"),
    /** Identité validée: checked on a high-trust document, not retrieved from INSi. */
    VALIDATED("VALI"),
    /** Identité qualifiée: retrieved from INSi and checked on a high-trust document. */
    QUALIFIED("QUAL");

    private final String code;

    IdentityStatus(String code) {
        this.code = code;
    }

    /**
     * Returns the status that the two facts give (the table above).
     *
     * @param retrieved whether the identity was retrieved from INSi
     * @param checked   whether it was checked on a high-trust document
     * @return the status
     */
    public static IdentityStatus of(boolean retrieved, boolean checked) {
        if (retrieved) {
            return checked ? QUALIFIED : RETRIEVED;
        }
        return checked ? VALIDATED : PROVISIONAL;
    }

    /**
     * Returns the FR Core code.
     *
     * @return {@code PROV}, {@code RECUP}, {@code VALI} or {@code QUAL}
     */
    public String code() {
        return code;
    }
}
