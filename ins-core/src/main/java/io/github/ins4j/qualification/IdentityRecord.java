package io.github.ins4j.qualification;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.traits.Traits;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.Instant;
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
    private final List<MergedRecord> merged;

    IdentityRecord(Traits traits, boolean retrieved, boolean checked, Set<IdentityAttribute> attributes,
            @Nullable InsIdentity insIdentity, List<RecordedEvent> events, List<AuditEntry> auditTrail,
            List<MergedRecord> merged) {
        this.traits = traits;
        this.retrieved = retrieved;
        this.checked = checked;
        this.attributes = attributes.isEmpty()
                ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
        this.insIdentity = insIdentity;
        this.events = List.copyOf(events);
        this.auditTrail = List.copyOf(auditTrail);
        this.merged = List.copyOf(merged);
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
        return IdentityAttribute.blockQualification(attributes);
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
     * AUD-8: the records merged into this one and not unmerged since, in the order of their merge.
     * Their local ids and INS are this record's earlier identifiers (FHIR {@code use = old}, HL7 v2
     * {@code MRG-1}); their whole state is what {@link IdentityQualifier#unmerge} gives back.
     *
     * <pre>{@code
     * List<String> earlierLocalIds = record.mergedRecords().stream().map(MergedRecord::localId).toList();
     * }</pre>
     *
     * @return the merged records, unmodifiable
     */
    public List<MergedRecord> mergedRecords() {
        return merged;
    }

    /**
     * The document (or carte Vitale application read) that gave the record its "checked" fact, and
     * when it was recorded (QUA-4, QUA-11). FR Core writes it as the validation mode and date.
     *
     * @param document the document seen, or {@link IdentityDocument#CARTE_VITALE_APP}
     * @param at       when the check was recorded
     */
    public record Validation(IdentityDocument document, Instant at) {
        /**
         * Checks the components.
         *
         * @param document the document seen
         * @param at when the check was recorded
         * @throws NullPointerException if a component is {@code null}
         */
        public Validation {
            Objects.requireNonNull(document, "document must not be null");
            Objects.requireNonNull(at, "at must not be null");
        }
    }

    /**
     * Returns the check that gives the record its "checked" fact, while it holds: the last document
     * check the qualifier accepted as high-trust (or in its exception case), or the last carte Vitale
     * application read.
     *
     * <pre>{@code
     * record.validation().map(v -> v.document().code());   // e.g. Optional[PA]
     * }</pre>
     *
     * @return the validation, or empty when the record is not checked
     */
    public Optional<Validation> validation() {
        if (!checked) {
            return Optional.empty();
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            IdentityEvent event = events.get(i).event();
            if (event instanceof IdentityEvent.DocumentCheck check
                    && check.document().trust() != IdentityDocument.Trust.LOW) {
                return Optional.of(new Validation(check.document(), events.get(i).at()));
            }
            if (event instanceof IdentityEvent.CarteVitaleAppRead) {
                return Optional.of(new Validation(IdentityDocument.CARTE_VITALE_APP, events.get(i).at()));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns when INSi was last called for this identity (QUA-9), whatever its answer.
     *
     * @return the instant of the last INSi answer or re-verification, or empty
     */
    public Optional<Instant> lastInsiCall() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).event().kind().isInsiCall()) {
                return Optional.of(events.get(i).at());
            }
        }
        return Optional.empty();
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
                + " events" + (merged.isEmpty() ? "" : ", " + merged.size() + " merged") + "]";
    }
}
