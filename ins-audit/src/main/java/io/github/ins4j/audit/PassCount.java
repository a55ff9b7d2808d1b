package io.github.ins4j.audit;

/**
 * What one blocking pass did: its blocks, the candidate pairs counted before any was generated,
 * the blocks too large to compare in one piece and how they were split, and the pairs scored
 * (those no earlier pass had found).
 *
 * <pre>{@code
 * PassCount c = report.passCounts().get(BlockingPass.BIRTH_DATE);
 * c.candidatePairs(); c.splitBlocks(); c.scoredPairs();
 * }</pre>
 */
public final class PassCount {

    private final BlockingPass pass;
    private final long blocks;
    private final long candidatePairs;
    private final long splitBlocks;
    private final long pairsAfterSplit;
    private final long scoredPairs;

    PassCount(BlockingPass pass, long blocks, long candidatePairs, long splitBlocks, long pairsAfterSplit,
            long scoredPairs) {
        this.pass = pass;
        this.blocks = blocks;
        this.candidatePairs = candidatePairs;
        this.splitBlocks = splitBlocks;
        this.pairsAfterSplit = pairsAfterSplit;
        this.scoredPairs = scoredPairs;
    }

    /**
     * Returns the pass.
     *
     * @return the pass
     */
    public BlockingPass pass() {
        return pass;
    }

    /**
     * Returns the blocks of two or more records.
     *
     * @return the count
     */
    public long blocks() {
        return blocks;
    }

    /**
     * Returns the pairs inside the blocks, counted before generation and before splitting.
     *
     * @return {@code sum(n(n-1)/2)}
     */
    public long candidatePairs() {
        return candidatePairs;
    }

    /**
     * Returns the blocks larger than the policy's largest block, split into pieces.
     *
     * @return the count
     */
    public long splitBlocks() {
        return splitBlocks;
    }

    /**
     * Returns the pairs left after splitting: the pairs actually generated.
     *
     * @return the count
     */
    public long pairsAfterSplit() {
        return pairsAfterSplit;
    }

    /**
     * Returns the pairs scored by this pass: generated and not found by an earlier pass.
     *
     * @return the count
     */
    public long scoredPairs() {
        return scoredPairs;
    }

    /**
     * Returns the counts.
     *
     * @return e.g. {@code BIRTH_DATE: 812 blocks, 1204 candidate pairs, 0 split, 1204 generated, 1100 scored}
     */
    @Override
    public String toString() {
        return pass + ": " + blocks + " blocks, " + candidatePairs + " candidate pairs, " + splitBlocks
                + " split, " + pairsAfterSplit + " generated, " + scoredPairs + " scored";
    }
}
