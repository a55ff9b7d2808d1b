package io.github.ins4j.audit;

/**
 * The detectors of 08-audit.md, each with the potential state it proposes.
 *
 * <pre>{@code
 * FindingKind.AUD_4.ruleId();           // "AUD-4"
 * FindingKind.AUD_4.potentialState();   // HOMD
 * }</pre>
 */
public enum FindingKind {
    /** AUD-1: the same active matricule on records whose traits match (TRT-6 MATCH or REVIEW). */
    AUD_1(PotentialState.DPOT, "the same active INS on records whose traits match"),
    /** AUD-2: the same matricule on records whose traits are different (TRT-6 MISMATCH). */
    AUD_2(PotentialState.COLP, "the same active INS on records whose traits differ"),
    /** AUD-3: one record's matricule is among the other's earlier matricules (MAT-6). */
    AUD_3(PotentialState.DPOT, "one record's INS is an earlier INS of the other"),
    /** AUD-4: different active matricules, matching traits: twins, homonyms or a wrong INS; never a merge. */
    AUD_4(PotentialState.HOMD, "different active INS on records whose traits are close"),
    /** AUD-5: a matricule incoherent with the record's traits (TRT-7), or an INSi re-verification that returned other traits (QUA-7). */
    AUD_5(PotentialState.COLP, "the record's INS disagrees with its traits"),
    /** AUD-6: a provisional record that matches a qualified one: merge into the qualified record. */
    AUD_6(PotentialState.DPOT, "a provisional record close to a qualified one"),
    /** AUD-7: records without a shared matricule whose traits are close (blocking and scoring). */
    AUD_7(PotentialState.DPOT, "records without a shared INS whose traits are close");

    private final PotentialState state;
    private final String description;

    FindingKind(PotentialState state, String description) {
        this.state = state;
        this.description = description;
    }

    /**
     * Returns the rule id of the domain reference.
     *
     * @return e.g. {@code AUD-1}
     */
    public String ruleId() {
        return name().replace('_', '-');
    }

    /**
     * Returns the potential state a finding of this kind proposes.
     *
     * @return {@code DPOT}, {@code COLP} or {@code HOMD}
     */
    public PotentialState potentialState() {
        return state;
    }

    /**
     * Returns what the finding means, in words, without values.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
