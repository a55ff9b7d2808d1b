package io.github.ins4j.insi;

/**
 * The INSi operations of contract {@code DESIR_ICIR_EXP_1.5.0} (07-insi.md), with their
 * {@code wsa:Action}.
 *
 * <pre>{@code
 * InsiOperation.SEARCH_BY_TRAITS.action();   // "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite"
 * }</pre>
 */
public enum InsiOperation {
    /** Search by traits ({@code RECSANSVITALE}). */
    SEARCH_BY_TRAITS("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite"),
    /** Search with the carte Vitale ({@code RECVITALE}); CPS mode only, not testable here. */
    SEARCH_WITH_CARTE_VITALE("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale");

    private final String action;

    InsiOperation(String action) {
        this.action = action;
    }

    /**
     * Returns the {@code wsa:Action} of the operation.
     *
     * @return the action URN
     */
    public String action() {
        return action;
    }
}
