package io.github.ins4j.jpa;

import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event of an identity's log (table {@code ins_identity_event}), written once and never
 * updated: its position in the log, the audit columns of QUA-9 (when, which operator, which kind
 * of event, status before and after, INSi result code: no personal data) and the event itself in
 * the JSON form of ins-jackson ({@code payload}, version 1, personal data).
 *
 * <p><b>Why an entity and not an embeddable:</b> an audit trail is append-only. An
 * {@code @ElementCollection} of embeddables belongs to its owner and a provider may delete and
 * re-insert the whole collection when it changes; an entity row is inserted once, has its own key
 * ({@code identity_id}, {@code seq}) and can be queried on its own, without loading any record or
 * any personal data — e.g. the INSi calls per operator of QUA-10:
 *
 * <pre>{@code
 * em.createQuery("select e.operatorId, count(e) from StoredEvent e where e.kind in :insi"
 *         + " and e.at >= :from and e.at < :to group by e.operatorId", Object[].class)
 *         .setParameter("insi", List.of(IdentityEvent.Kind.INSI_ANSWER, IdentityEvent.Kind.INSI_REVERIFICATION))
 *         .setParameter("from", monday).setParameter("to", nextMonday).getResultList();
 * }</pre>
 */
@Entity
@IdClass(StoredEvent.Key.class)
@Table(name = "ins_identity_event")
public class StoredEvent {

    /**
     * Largest payload stored, in characters. An event is about 200 to 1 000 characters; a merge
     * (AUD-8) holds the retired record's whole history, a few thousand characters per merged record.
     */
    public static final int MAX_PAYLOAD_LENGTH = 1_000_000;

    @Id
    @Column(name = "identity_id", length = IdentityEventLog.MAX_ID_LENGTH)
    private String identityId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "operator_id", nullable = false, updatable = false, length = 200)
    private String operatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private IdentityEvent.Kind kind;

    @Convert(converter = IdentityStatusConverter.class)
    @Column(name = "status_before", nullable = false, updatable = false, length = 5)
    private IdentityStatus before;

    @Convert(converter = IdentityStatusConverter.class)
    @Column(name = "status_after", nullable = false, updatable = false, length = 5)
    private IdentityStatus after;

    @Convert(converter = InsiResultConverter.class)
    @Column(name = "insi_result", updatable = false, length = 2)
    private @Nullable InsiResult insiResult;

    @Column(name = "payload", nullable = false, updatable = false, length = MAX_PAYLOAD_LENGTH)
    private String payload;

    /** For the persistence provider. */
    @SuppressWarnings("NullAway.Init")
    protected StoredEvent() {
    }

    StoredEvent(String identityId, int seq, AuditEntry audit, String payload) {
        this.identityId = identityId;
        this.seq = seq;
        this.at = audit.at();
        this.operatorId = audit.operatorId();
        this.kind = audit.kind();
        this.before = audit.before();
        this.after = audit.after();
        this.insiResult = audit.insiResult().orElse(null);
        this.payload = payload;
    }

    /**
     * Returns the caller's id of the identity.
     *
     * @return the id
     */
    public String identityId() {
        return identityId;
    }

    /**
     * Returns the position of the event in the log, from 0 (the creation).
     *
     * @return the position
     */
    public int seq() {
        return seq;
    }

    /**
     * Returns when the event was applied, as the database keeps it (its precision may be coarser
     * than the event's own instant, which the payload keeps).
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the operator or process that applied the event (opaque id).
     *
     * @return the operator id
     */
    public String operatorId() {
        return operatorId;
    }

    /**
     * Returns the kind of event.
     *
     * @return the kind
     */
    public IdentityEvent.Kind kind() {
        return kind;
    }

    /**
     * Returns the status before the event.
     *
     * @return the status
     */
    public IdentityStatus before() {
        return before;
    }

    /**
     * Returns the status after the event.
     *
     * @return the status
     */
    public IdentityStatus after() {
        return after;
    }

    /**
     * Returns the INSi result code, for INSi calls.
     *
     * @return the result, or empty
     */
    public Optional<InsiResult> insiResult() {
        return Optional.ofNullable(insiResult);
    }

    /**
     * Returns the event in the JSON form of ins-jackson: personal data.
     *
     * @return the JSON text
     */
    public String payload() {
        return payload;
    }

    /** The key of a stored event: the identity and the position. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The identity id. */
        private String identityId;
        /** The position. */
        private int seq;

        /** For the persistence provider. */
        @SuppressWarnings("NullAway.Init")
        public Key() {
        }

        /**
         * Creates a key.
         *
         * @param identityId the identity id
         * @param seq        the position
         */
        public Key(String identityId, int seq) {
            this.identityId = identityId;
            this.seq = seq;
        }

        /**
         * Compares the identity and the position.
         *
         * @param other the object to compare with
         * @return whether it is the same key
         */
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key k && k.seq == seq && Objects.equals(k.identityId, identityId);
        }

        /**
         * Returns a hash of the identity and the position.
         *
         * @return the hash
         */
        @Override
        public int hashCode() {
            return Objects.hash(identityId, seq);
        }
    }
}
