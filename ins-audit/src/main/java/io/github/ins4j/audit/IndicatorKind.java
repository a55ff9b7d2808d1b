package io.github.ins4j.audit;

/**
 * The named indicators of an audit (08-audit.md; no national formula exists, these are ins4j's).
 *
 * <pre>{@code
 * report.indicator(IndicatorKind.STOCK_DUPLICATE_RATE).rate();
 * }</pre>
 */
public enum IndicatorKind {
    /** (records in duplicate clusters − clusters) / records. */
    STOCK_DUPLICATE_RATE("(records in duplicate clusters - clusters) / records"),
    /** Records created on or after the policy's flow start that join a cluster holding an older record / records created since then. */
    FLOW_DUPLICATE_RATE("records created in the period that join an existing cluster / records created in the period"),
    /** Active matricules held by two or more records / distinct active matricules. */
    SAME_INS_GROUPS("active INS held by two or more records / distinct active INS"),
    /** Records named in a collision suspicion (COLP) / records. */
    COLLISION_SUSPICIONS("records in a COLP finding / records"),
    /** Qualified records / records. */
    QUALIFICATION_RATE("qualified records / records"),
    /** Findings a named operator must review (not merge proposals) / records. */
    REVIEW_BACKLOG("findings to review (all but merge proposals) / records");

    private final String formula;

    IndicatorKind(String formula) {
        this.formula = formula;
    }

    /**
     * Returns the formula, in words.
     *
     * @return the numerator / denominator
     */
    public String formula() {
        return formula;
    }
}
