package io.github.ins4j.audit;

import java.util.List;

/**
 * Records proposed to be merged into one: the components of the merge proposals
 * ({@link Finding#isMergeProposal()}). A cluster never holds two different active matricules
 * (AUD-4): a proposal that would bring a second one is turned into a review. The survivor is the
 * record with the highest status ({@code IdentityStatus.mergeRank()}: QUAL, then RECUP, then VALI,
 * then PROV, the order {@code IdentityQualifier.merge} requires), then the smallest local id. Merge
 * each retired record into the survivor with {@code IdentityQualifier.merge} (AUD-8), which keeps
 * it whole for an unmerge.
 *
 * <pre>{@code
 * for (Cluster c : report.clusters()) {
 *     IdentityRecord survivor = store.load(c.survivorLocalId());
 *     for (String id : c.localIds()) {
 *         if (!id.equals(c.survivorLocalId())) {   // after an operator's review
 *             survivor = qualifier.merge(survivor, id, store.load(id), "audit finding", "cell-1");
 *         }
 *     }
 *     store.save(c.survivorLocalId(), survivor);
 * }
 * }</pre>
 */
public final class Cluster {

    private final List<String> localIds;
    private final String survivorLocalId;

    Cluster(List<String> localIds, String survivorLocalId) {
        this.localIds = List.copyOf(localIds);
        this.survivorLocalId = survivorLocalId;
    }

    /**
     * Returns the local ids of the records, sorted.
     *
     * @return two or more ids
     */
    public List<String> localIds() {
        return localIds;
    }

    /**
     * Returns the record that survives the merge.
     *
     * @return its local id
     */
    public String survivorLocalId() {
        return survivorLocalId;
    }

    /**
     * Returns the local ids.
     *
     * @return e.g. {@code Cluster[survivor A1, [A1, A2]]}
     */
    @Override
    public String toString() {
        return "Cluster[survivor " + survivorLocalId + ", " + localIds + "]";
    }
}
