package io.github.ins4j.qualification;

/**
 * AUD-8: the two records an unmerge gives back: the survivor, whose history now records the
 * unmerge, and the retired record exactly as it was merged (same events, same audit trail, so
 * {@link IdentityRecord#equals(Object)} holds with the record that was merged). Store the retired
 * record's events again under its local id.
 *
 * <pre>{@code
 * UnmergeResult split = qualifier.unmerge(survivor, "LOC-0042", "ticket IV-311", "cell-1");
 * store(survivorId, split.survivor().events());
 * store("LOC-0042", split.retired().events());
 * }</pre>
 */
public final class UnmergeResult {

    private final IdentityRecord survivor;
    private final IdentityRecord retired;

    UnmergeResult(IdentityRecord survivor, IdentityRecord retired) {
        this.survivor = survivor;
        this.retired = retired;
    }

    /**
     * Returns the survivor, without the retired record, with the unmerge in its history.
     *
     * @return the survivor
     */
    public IdentityRecord survivor() {
        return survivor;
    }

    /**
     * Returns the retired record, exactly as it was merged.
     *
     * @return the retired record
     */
    public IdentityRecord retired() {
        return retired;
    }

    /**
     * Returns e.g. {@code UnmergeResult[survivor QUAL, retired PROV]}.
     *
     * @return a form without personal data
     */
    @Override
    public String toString() {
        return "UnmergeResult[survivor " + survivor.status().code() + ", retired " + retired.status().code() + "]";
    }
}
