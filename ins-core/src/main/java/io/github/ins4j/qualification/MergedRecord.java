package io.github.ins4j.qualification;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.identity.InsIdentity;
import java.time.Instant;
import java.util.Optional;

/**
 * AUD-8: a record merged into a survivor, kept whole: its local id and its INS (always the
 * survivor's INS or one of its earlier ones: the qualifier refuses anything else, at the merge and
 * after it) are the survivor's earlier identifiers (FHIR {@code identifier.use = old}, HL7 v2 {@code MRG-1}), and its
 * {@linkplain #record() state} is the one an unmerge gives back. Instances come only from
 * {@link IdentityRecord#mergedRecords()}.
 *
 * <pre>{@code
 * for (MergedRecord m : survivor.mergedRecords()) {
 *     m.localId();              // the retired local id, an earlier identifier
 *     m.earlierIdentifier();    // its INS, if it had one
 * }
 * }</pre>
 */
public final class MergedRecord {

    private final String localId;
    private final IdentityRecord record;
    private final Instant mergedAt;
    private final String reference;

    MergedRecord(String localId, IdentityRecord record, Instant mergedAt, String reference) {
        this.localId = localId;
        this.record = record;
        this.mergedAt = mergedAt;
        this.reference = reference;
    }

    /**
     * Returns the retired record's local id.
     *
     * @return the local id, an earlier identifier of the survivor
     */
    public String localId() {
        return localId;
    }

    /**
     * Returns the retired record as it was merged: its status, traits, attributes, INS, events and
     * audit trail.
     *
     * @return the retired record
     */
    public IdentityRecord record() {
        return record;
    }

    /**
     * Returns the retired record's INS identifier, an earlier identifier of the survivor.
     *
     * @return the identifier, or empty when the retired record had no usable INS
     */
    public Optional<InsIdentifier> earlierIdentifier() {
        return record.insIdentity().map(InsIdentity::identifier);
    }

    /**
     * Returns when the merge was recorded.
     *
     * @return the instant of the merge event
     */
    public Instant mergedAt() {
        return mergedAt;
    }

    /**
     * Returns why: the finding or case the merge closed.
     *
     * @return the reference given with the merge
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns e.g. {@code MergedRecord[QUAL, merged 2026-12-06T10:00:00Z]}: the local id is left out
     * (a caller's id may hold anything but a matricule).
     *
     * @return a masked form
     */
    @Override
    public String toString() {
        return "MergedRecord[" + record.status().code() + ", merged " + mergedAt + "]";
    }
}
