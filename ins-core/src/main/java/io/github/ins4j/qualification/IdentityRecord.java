package io.github.ins4j.qualification;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.traits.Traits;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An identity as the RNIV sees it: its traits, its attributes, the INS identity retrieved from
 * INSi, and a status that is a consequence of its recorded events, never a flag anyone can set.
 *
 * <p>Instances are immutable and come only from an {@link IdentityQualifier}: {@code start},
 * {@code apply} (which returns a new record or refuses the event) and {@code restore}.
 *
 * <ul>
 *   <li>{@link #status()} is derived from two facts, retrieved from INSi and checked on a
 *       high-trust document ({@link IdentityStatus}); a doubtful or fictitious identity is always
 *       provisional (QUA-1).</li>
 *   <li>{@link #insIdentity()} is present only while the INS may be used: retrieved and not made
 *       doubtful or fictitious since (QUA-5).</li>
 *   <li>{@link #events()} are what to store to {@linkplain IdentityQualifier#restore(List) restore}
 *       the record; {@link #auditTrail()} is the trace of QUA-9, without personal data.</li>
 * </ul>
 *
 * <p>{@code toString()} shows the status and attributes only.
 */
public final class IdentityRecord {

    private final Traits traits;
    private final boolean retrieved;
    private final boolean checked;
    private final Set<IdentityAttribute> attributes;
    private final @Nullable InsIdentity insIdentity;
    private final List<RecordedEvent> events;
    private final List<AuditEntry> auditTrail;

    IdentityRecord(Traits traits, boolean retrieved, boolean checked, Set<IdentityAttribute> attributes,
            @Nullable InsIdentity insIdentity, List<RecordedEvent> events, List<AuditEntry> auditTrail) {
        this.traits = traits;
        this.retrieved = retrieved;
        this.checked = checked;
        this.attributes = attributes.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
        this.insIdentity = insIdentity;
        this.events = List.copyOf(events);
        this.auditTrail = List.copyOf(auditTrail);
    }

    /**
     * Returns the status, derived from the facts and the attributes.
     *
     * @return the status
     */
    public IdentityStatus status() {
        return statusOf(isBlocked(), retrieved, checked);
    }

    /** QUA-1 and the status table: one place for the rule. */
    static IdentityStatus statusOf(boolean blocked, boolean retrieved, boolean checked) {
        return blocked ? IdentityStatus.PROVISIONAL : IdentityStatus.of(retrieved, checked);
    }

    /**
     * Tells whether the identity was retrieved from INSi (and not cleared since).
     *
     * @return the "retrieved" fact
     */
    public boolean isRetrieved() {
        return retrieved;
    }

    /**
     * Tells whether the identity was checked on a high-trust document (and not cleared since).
     *
     * @return the "checked" fact
     */
    public boolean isChecked() {
        return checked;
    }

    /**
     * Returns the attributes set.
     *
     * @return an unmodifiable set
     */
    public Set<IdentityAttribute> attributes() {
        return attributes;
    }

    /**
     * Tells whether an attribute forbids INSi calls and qualification (doubtful, fictitious).
     *
     * @return {@code true} when doubtful or fictitious
     */
    public boolean isBlocked() {
        for (IdentityAttribute a : attributes) {
            if (a.blocksQualification()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the current traits: the local ones, or INSi's once retrieved.
     *
     * @return the traits
     */
    public Traits traits() {
        return traits;
    }

    /**
     * Returns the INS identity retrieved from INSi, while it may be used.
     *
     * @return the INS identity, or empty when never retrieved or invalidated (QUA-5)
     */
    public Optional<InsIdentity> insIdentity() {
        return Optional.ofNullable(insIdentity);
    }

    /**
     * Tells whether the matricule may travel in exchanged or shared data: only for a qualified
     * identity (RNIV EXI SI 08). The disclosure rules add the document's purpose.
     *
     * @return {@code true} when qualified
     */
    public boolean isQualified() {
        return status() == IdentityStatus.QUALIFIED;
    }

    /**
     * Returns the events applied, in order, starting with the creation; store them to restore the
     * record.
     *
     * @return the events
     */
    public List<RecordedEvent> events() {
        return events;
    }

    /**
     * Returns the audit trail (QUA-9), one entry per event.
     *
     * @return the entries, in order
     */
    public List<AuditEntry> auditTrail() {
        return auditTrail;
    }

    /**
     * Compares the events: two records are equal when they were built from the same events.
     *
     * @param other the object to compare with
     * @return whether {@code other} has the same events
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityRecord && ((IdentityRecord) other).events.equals(events);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return events.hashCode();
    }

    /**
     * Returns e.g. {@code IdentityRecord[QUAL, attributes [], 3 events]}.
     *
     * @return a form without personal data
     */
    @Override
    public String toString() {
        return "IdentityRecord[" + status().code() + ", attributes " + attributes + ", " + events.size()
                + " events]";
    }
}
