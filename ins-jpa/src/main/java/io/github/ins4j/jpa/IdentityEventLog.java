package io.github.ins4j.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.jackson.InsJsonException;
import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.jpa.EventLogException.Reason;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.RecordedEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stores an identity's RNIV events in two tables and restores the same {@link IdentityRecord}
 * (QUA-9): {@link StoredIdentity} ({@code ins_identity}, one row per identity: event count,
 * status, version) and {@link StoredEvent} ({@code ins_identity_event}, one row per event: audit
 * columns without personal data, and the event in the JSON form of ins-jackson).
 *
 * <p>{@link #write} appends the events of a record that the log does not hold yet; {@link #read}
 * loads the log and restores the record through
 * {@link IdentityQualifier#restore(List, List)}: the events are replayed under the RNIV rules and
 * must give the audit columns, the head's count and its status. A log with deleted, added,
 * reordered or altered rows is refused with a reason, never read as another history. (This is a
 * consistency check, not a signature: whoever may rewrite the tables can write another consistent
 * log; protect them as any medical record.)
 *
 * <p>Both methods run in the caller's transaction. List both entities (and the converters you use)
 * in the persistence unit. Immutable and thread-safe.
 *
 * <pre>{@code
 * IdentityEventLog log = IdentityEventLog.of(qualifier);
 * em.getTransaction().begin();
 * log.write(em, "patient-42", record);               // appends the new events
 * em.getTransaction().commit();
 * IdentityRecord same = log.read(em, "patient-42");  // same status, same audit trail
 * }</pre>
 */
public final class IdentityEventLog {

    /** Longest identity id, in characters: {@value}. */
    public static final int MAX_ID_LENGTH = 64;

    private final IdentityQualifier qualifier;
    private final ObjectMapper mapper;

    private IdentityEventLog(IdentityQualifier qualifier) {
        this.qualifier = qualifier;
        this.mapper = JsonMapper.builder().addModule(new InsModule(qualifier)).build();
    }

    /**
     * A log that restores records with the given qualifier (the documents your organisation
     * accepts).
     *
     * @param qualifier the qualifier that replays the stored events
     * @return the log
     */
    public static IdentityEventLog of(IdentityQualifier qualifier) {
        return new IdentityEventLog(Objects.requireNonNull(qualifier, "qualifier must not be null"));
    }

    /**
     * Appends to the log of {@code identityId} the events of {@code record} it does not hold yet,
     * and updates the head. The record must be the stored one plus new events: the one
     * {@link #read} returned, then changed by the qualifier.
     *
     * @param em         the entity manager, in a transaction
     * @param identityId the caller's id of the identity (at most {@value #MAX_ID_LENGTH} characters)
     * @param record     the record
     * @return the number of events appended
     * @throws EventLogException with {@code INVALID_ID}, or {@code STALE_RECORD} when the record has
     *     fewer events than the log or its last stored event differs
     */
    public int write(EntityManager em, String identityId, IdentityRecord record) {
        Objects.requireNonNull(em, "em must not be null");
        Objects.requireNonNull(record, "record must not be null");
        checkId(identityId);
        List<RecordedEvent> events = record.events();
        List<AuditEntry> trail = record.auditTrail();
        StoredIdentity head = em.find(StoredIdentity.class, identityId);
        int stored = 0;
        if (head == null) {
            head = new StoredIdentity(identityId, record.status());
            em.persist(head);
        } else {
            stored = head.eventCount();
            if (events.size() < stored) {
                throw new EventLogException(Reason.STALE_RECORD, "the record has " + events.size()
                        + " events, the log " + stored + ": write the record read from the log plus new events");
            }
            StoredEvent last = em.find(StoredEvent.class, new StoredEvent.Key(identityId, stored - 1));
            if (last == null || !last.payload().equals(json(events.get(stored - 1)))) {
                throw new EventLogException(Reason.STALE_RECORD, "event " + (stored - 1) + " of the record"
                        + " is not the one stored: the record was not read from this log");
            }
            if (events.size() == stored) {
                return 0;
            }
            // Two desks appending to the same identity: the second commit fails (optimistic lock).
            em.lock(head, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        for (int i = stored; i < events.size(); i++) {
            String payload = json(events.get(i));
            if (payload.length() > StoredEvent.MAX_PAYLOAD_LENGTH) {
                throw new EventLogException(Reason.INCONSISTENT, "event " + i + " takes " + payload.length()
                        + " characters, above the " + StoredEvent.MAX_PAYLOAD_LENGTH + " of the payload column");
            }
            em.persist(new StoredEvent(identityId, i, trail.get(i), payload));
        }
        head.update(events.size(), record.status());
        return events.size() - stored;
    }

    /**
     * Reads the log of {@code identityId} and restores the record: same events, same status, same
     * audit trail as the record written.
     *
     * @param em         the entity manager
     * @param identityId the caller's id of the identity
     * @return the record
     * @throws EventLogException with {@code INVALID_ID}, {@code UNKNOWN_IDENTITY},
     *     {@code MISSING_EVENTS} (deleted rows, a gap), {@code UNREADABLE_EVENT} (a payload that is
     *     not a version this release reads, or not a valid value) or {@code INCONSISTENT}
     * @throws io.github.ins4j.qualification.QualificationException when the events break an RNIV
     *     rule or do not give the stored audit columns ({@code AUDIT_TRAIL_MISMATCH})
     */
    public IdentityRecord read(EntityManager em, String identityId) {
        Objects.requireNonNull(em, "em must not be null");
        checkId(identityId);
        StoredIdentity head = em.find(StoredIdentity.class, identityId);
        if (head == null) {
            throw new EventLogException(Reason.UNKNOWN_IDENTITY, "no event log is stored under this id");
        }
        List<StoredEvent> rows = em.createQuery("select e from StoredEvent e where e.identityId = :id"
                + " order by e.seq", StoredEvent.class).setParameter("id", identityId).getResultList();
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        List<AuditEntry> trail = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            StoredEvent row = rows.get(i);
            if (row.seq() != i) {
                throw new EventLogException(Reason.MISSING_EVENTS, "the log has no event " + i
                        + " (the next one is " + row.seq() + "): rows were deleted");
            }
            RecordedEvent event = parse(row.payload(), i);
            if (!sameMicrosecond(event.at(), row.at())) {
                throw new EventLogException(Reason.INCONSISTENT, "event " + i + " is dated otherwise in its"
                        + " audit column and in its payload");
            }
            events.add(event);
            trail.add(new AuditEntry(event.at(), row.operatorId(), row.kind(), row.before(), row.after(),
                    row.insiResult()));
        }
        if (rows.size() != head.eventCount()) {
            em.refresh(head); // a writer may have committed between the two reads
        }
        if (rows.size() != head.eventCount()) {
            throw new EventLogException(Reason.MISSING_EVENTS, "the log holds " + rows.size()
                    + " events, its head says " + head.eventCount() + ": the log was truncated or extended");
        }
        IdentityRecord record = qualifier.restore(events, trail);
        if (record.status() != head.status()) {
            throw new EventLogException(Reason.INCONSISTENT, "the head says " + head.status().code()
                    + ", the events give " + record.status().code());
        }
        return record;
    }

    /**
     * Whether the audit column holds the event's instant as a database keeps it, to the microsecond:
     * the nanoseconds cut (Hibernate ORM 7) or rounded (Hibernate ORM 6.6, and PostgreSQL or H2 when
     * they are given nanoseconds), so less than one microsecond apart.
     */
    private static boolean sameMicrosecond(Instant payload, Instant column) {
        Duration apart = Duration.between(payload, column).abs();
        return apart.getSeconds() == 0 && apart.getNano() < 1000;
    }

    private static void checkId(String identityId) {
        Objects.requireNonNull(identityId, "identityId must not be null");
        if (identityId.isBlank() || identityId.length() > MAX_ID_LENGTH) {
            throw new EventLogException(Reason.INVALID_ID, "an identity id has 1 to " + MAX_ID_LENGTH
                    + " characters, not blank (found " + identityId.length() + ")");
        }
    }

    private String json(RecordedEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    private RecordedEvent parse(String payload, int index) {
        try {
            return mapper.readValue(payload, RecordedEvent.class);
        } catch (InsJsonException e) {
            throw new EventLogException(Reason.UNREADABLE_EVENT, "event " + index + ": "
                    + e.insCause().getMessage(), e.insCause());
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the text: it is not repeated.
            throw new EventLogException(Reason.UNREADABLE_EVENT, "event " + index + " is not JSON");
        }
    }
}
