package io.github.ins4j.audit;

/**
 * The FR Core / HL7 v2 table 0445 code a finding proposes (05-interop.md, 08-audit.md). These are
 * <em>potential</em> states: only a named operator turns them into confirmed ones
 * ({@code DOUA}, {@code COLV}, {@code HOMA}).
 *
 * <pre>{@code
 * finding.potentialState().code();   // "DPOT"
 * }</pre>
 */
public enum PotentialState {
    /** Potential duplicate ({@code DPOT}): one person, several records. */
    DPOT,
    /** Potential collision ({@code COLP}): one record, several persons. */
    COLP,
    /** Homonym detected ({@code HOMD}): different persons close enough to be confused. */
    HOMD;

    /**
     * Returns the code of the FR Core {@code fr-core-cs-v2-0445} code system.
     *
     * @return {@code DPOT}, {@code COLP} or {@code HOMD}
     */
    public String code() {
        return name();
    }
}
