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

    /**
     * AUD-8: the rank that chooses the survivor of a merge, the record with the higher status:
     * {@code QUAL} (3) over {@code RECUP} (2) over {@code VALI} (1) over {@code PROV} (0). The spec
     * ranks QUAL above VALI and RECUP above PROV; ins4j puts RECUP above VALI (a decision: the INS
     * retrieved from INSi is the strongest link to the person), so that the order is total.
     *
     * <pre>{@code
     * IdentityStatus.QUALIFIED.mergeRank() > IdentityStatus.VALIDATED.mergeRank();   // true
     * }</pre>
     *
     * @return 0 to 3
     */
    public int mergeRank() {
        return switch (this) {
            case QUALIFIED -> 3;
            case RETRIEVED -> 2;
            case VALIDATED -> 1;
            case PROVISIONAL -> 0;
        };
    }
}
