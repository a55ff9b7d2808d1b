package io.github.ins4j.jpa;

import static io.github.ins4j.jpa.Databases.inTransaction;
import static io.github.ins4j.jpa.Databases.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.testing.TestIdentities;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventLogTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00.123456Z");
    private static final IdentityEventLog LOG = IdentityEventLog.of(IdentityQualifier.of(Clock.systemUTC()));
    private static final AtomicInteger IDS = new AtomicInteger();

    private static IdentityQualifier at(int minutes) {
        return IdentityQualifier.of(Clock.fixed(T0.plusSeconds(60L * minutes), ZoneOffset.UTC));
    }

    /** PROV, INSi 01, INSi 00 (RECUP), passport (QUAL). */
    static IdentityRecord qualified(InsIdentity ins) {
        IdentityRecord r = at(0).start(ins.traits(), "desk-1");
        r = at(1).apply(r, InsiAnswer.notFound(), "desk-1");
        r = at(2).apply(r, InsiAnswer.found(ins), "desk-2");
        return at(3).apply(r, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-2");
    }

    private static String id(String prefix) {
        return prefix + "-" + IDS.incrementAndGet() + "-" + System.nanoTime();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void QUA_9_records_come_back_after_a_restart_with_the_same_status_and_audit_trail(Databases db) {
        Map<String, IdentityRecord> written = new TreeMap<>();
        written.put(id("garcia"), qualified(TestIdentities.GARCIA_SARAH_LOU));
        written.put(id("leroy"), at(9).apply(qualified(TestIdentities.LEROY_JEAN_A),
                new AttributeSet(IdentityAttribute.HOMONYM), "desk-3"));
        written.put(id("ndiaye"), at(0).start(TestIdentities.NDIAYE_AMADOU.traits(), "desk-1"));
        EntityManagerFactory first = db.open(true);
        try (first) {
            run(first, em -> written.forEach((id, r) -> assertThat(LOG.write(em, id, r)).isEqualTo(r.events().size())));
        }
        if (db == Databases.POSTGRESQL) {
            Databases.restartPostgres();
        }
        try (EntityManagerFactory second = db.open(false)) {
            written.forEach((id, expected) -> {
                IdentityRecord read = inTransaction(second, em -> LOG.read(em, id));
                assertThat(read).isEqualTo(expected);
                assertThat(read.status()).isEqualTo(expected.status());
                assertThat(read.auditTrail()).isEqualTo(expected.auditTrail());
                assertThat(read.insIdentity()).isEqualTo(expected.insIdentity());
                assertThat(read.traits()).isEqualTo(expected.traits());
            });
            String garcia = written.keySet().iterator().next();
            StoredIdentity head = inTransaction(second, em -> em.find(StoredIdentity.class, garcia));
            assertThat(head.status()).isEqualTo(IdentityStatus.QUALIFIED);
            assertThat(head.eventCount()).isEqualTo(4);
            // after the restart, the log goes on
            IdentityRecord later = at(30).apply(written.get(garcia), new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-4");
            run(second, em -> assertThat(LOG.write(em, garcia, later)).isEqualTo(1));
            IdentityRecord read = inTransaction(second, em -> LOG.read(em, garcia));
            assertThat(read).isEqualTo(later);
            assertThat(read.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void QUA_9_later_events_are_appended_and_a_stale_record_is_refused(Databases db) {
        try (EntityManagerFactory emf = db.open(true)) {
            String id = id("append");
            IdentityRecord first = at(0).start(TestIdentities.GARCIA_SARAH_LOU.traits(), "desk-1");
            IdentityRecord later = at(5).apply(qualified(TestIdentities.GARCIA_SARAH_LOU),
                    new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-9");
            run(emf, em -> assertThat(LOG.write(em, id, first)).isEqualTo(1));
            run(emf, em -> assertThat(LOG.write(em, id, later)).isEqualTo(4));
            run(emf, em -> assertThat(LOG.write(em, id, later)).isZero());
            IdentityRecord back = inTransaction(emf, em -> LOG.read(em, id));
            assertThat(back).isEqualTo(later);
            refusedOnWrite(emf, id, first, EventLogException.Reason.STALE_RECORD);
            IdentityRecord elsewhere = at(6).apply(qualified(TestIdentities.LEROY_JEAN_A),
                    new AttributeSet(IdentityAttribute.HOMONYM), "desk-1");
            refusedOnWrite(emf, id, elsewhere, EventLogException.Reason.STALE_RECORD);
            refusedOnWrite(emf, " ", first, EventLogException.Reason.INVALID_ID);
            refusedOnWrite(emf, "x".repeat(65), first, EventLogException.Reason.INVALID_ID);
            assertThatThrownBy(() -> inTransaction(emf, em -> LOG.read(em, id("unknown"))))
                    .isInstanceOfSatisfying(EventLogException.class,
                            x -> assertThat(x.reason()).isEqualTo(EventLogException.Reason.UNKNOWN_IDENTITY));
            // QUA-10 from the audit columns alone: no record loaded, no personal data read
            List<Object[]> calls = inTransaction(emf, em -> em.createQuery("select e.operatorId, count(e) from StoredEvent e"
                    + " where e.identityId = :id and e.kind in :insi group by e.operatorId order by e.operatorId",
                    Object[].class).setParameter("id", id).setParameter("insi",
                    List.of(IdentityEvent.Kind.INSI_ANSWER, IdentityEvent.Kind.INSI_REVERIFICATION)).getResultList());
            assertThat(calls).extracting(row -> row[0] + "=" + row[1]).containsExactly("desk-1=1", "desk-2=1");
        }
    }

    private static void refusedOnWrite(EntityManagerFactory emf, String id, IdentityRecord record,
            EventLogException.Reason reason) {
        assertThatThrownBy(() -> run(emf, em -> LOG.write(em, id, record)))
                .isInstanceOfSatisfying(EventLogException.class, x -> assertThat(x.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void QUA_9_a_tampered_or_truncated_log_is_refused_with_a_reason(Databases db) {
        try (EntityManagerFactory emf = db.open(true)) {
            IdentityRecord record = qualified(TestIdentities.GARCIA_SARAH_LOU);
            tampered(emf, record, "delete from ins_identity_event where identity_id = ?1 and seq = 3",
                    EventLogException.Reason.MISSING_EVENTS, "the log holds 3 events, its head says 4");
            tampered(emf, record, "delete from ins_identity_event where identity_id = ?1 and seq = 1",
                    EventLogException.Reason.MISSING_EVENTS, "the log has no event 1");
            tampered(emf, record, "update ins_identity set event_count = 3 where identity_id = ?1",
                    EventLogException.Reason.MISSING_EVENTS, "its head says 3");
            tampered(emf, record, "update ins_identity set status = 'VALI' where identity_id = ?1",
                    EventLogException.Reason.INCONSISTENT, "the head says VALI, the events give QUAL");
            tampered(emf, record, "update ins_identity_event set status_after = 'QUAL' where identity_id = ?1 and seq = 2",
                    QualificationException.Reason.AUDIT_TRAIL_MISMATCH, "entry 2");
            tampered(emf, record, "update ins_identity_event set operator_id = 'desk-7' where identity_id = ?1 and seq = 1",
                    QualificationException.Reason.AUDIT_TRAIL_MISMATCH, "entry 1");
            tampered(emf, record, "update ins_identity_event set insi_result = '02' where identity_id = ?1 and seq = 1",
                    QualificationException.Reason.AUDIT_TRAIL_MISMATCH, "entry 1");
            tampered(emf, record, "update ins_identity_event set payload = replace(payload, '\"result\":\"01\"',"
                    + " '\"result\":\"02\"') where identity_id = ?1 and seq = 1",
                    QualificationException.Reason.AUDIT_TRAIL_MISMATCH, "entry 1");
            tampered(emf, record, "update ins_identity_event set payload = replace(payload, '\"document\":\"PA\"',"
                    + " '\"document\":\"AN\"') where identity_id = ?1 and seq = 3",
                    QualificationException.Reason.AUDIT_TRAIL_MISMATCH, "entry 3");
            tampered(emf, record, "update ins_identity_event set payload = replace(payload, '\"v\":1', '\"v\":2')"
                    + " where identity_id = ?1 and seq = 0",
                    EventLogException.Reason.UNREADABLE_EVENT, "version 2");
            tampered(emf, record, "update ins_identity_event set payload = replace(payload, '\"289046912312018\"',"
                    + " '\"289046912312017\"') where identity_id = ?1 and seq = 2",
                    EventLogException.Reason.UNREADABLE_EVENT, "event 2");
            tampered(emf, record, "update ins_identity_event set payload = '{not json' where identity_id = ?1 and seq = 0",
                    EventLogException.Reason.UNREADABLE_EVENT, "event 0 is not JSON");
            tampered(emf, record, "update ins_identity_event set seq = 9 where identity_id = ?1 and seq = 3",
                    EventLogException.Reason.MISSING_EVENTS, "");
        }
    }

    /**
     * The audit column keeps microseconds: Hibernate ORM 7 cuts an event's nanoseconds, Hibernate ORM
     * 6.6 (Spring Boot 3.5) lets the database round them. Both are read; an instant moved by a
     * microsecond or more is not.
     */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void QUA_9_an_instant_cut_or_rounded_to_the_microsecond_is_read_and_a_moved_one_refused(Databases db) {
        Instant at = Instant.parse("2026-11-26T09:00:00.123456789Z");
        IdentityRecord record = IdentityQualifier.of(Clock.fixed(at, ZoneOffset.UTC))
                .start(TestIdentities.GARCIA_SARAH_LOU.traits(), "desk-1");
        try (EntityManagerFactory emf = db.open(true)) {
            for (String column : List.of("2026-11-26T09:00:00.123456Z", "2026-11-26T09:00:00.123457Z")) {
                String id = id("rounded");
                run(emf, em -> LOG.write(em, id, record));
                setAt(emf, id, Instant.parse(column));
                IdentityRecord read = inTransaction(emf, em -> LOG.read(em, id));
                assertThat(read).as(column).isEqualTo(record);
            }
            for (String column : List.of("2026-11-26T09:00:00.123458Z", "2026-11-26T09:00:00.123455Z")) {
                String id = id("moved");
                run(emf, em -> LOG.write(em, id, record));
                setAt(emf, id, Instant.parse(column));
                assertThatThrownBy(() -> inTransaction(emf, em -> LOG.read(em, id))).as(column)
                        .isInstanceOfSatisfying(EventLogException.class, x -> {
                            assertThat(x.reason()).isEqualTo(EventLogException.Reason.INCONSISTENT);
                            assertThat(x.getMessage()).contains("event 0 is dated otherwise");
                        });
            }
        }
    }

    private static void setAt(EntityManagerFactory emf, String id, Instant column) {
        int changed = inTransaction(emf, em -> em.createNativeQuery("update ins_identity_event set at = ?2"
                + " where identity_id = ?1 and seq = 0").setParameter(1, id).setParameter(2, column).executeUpdate());
        assertThat(changed).isEqualTo(1);
        StoredEvent stored = inTransaction(emf, em -> em.find(StoredEvent.class, new StoredEvent.Key(id, 0)));
        assertThat(stored.at()).isEqualTo(column);
    }

    private static void tampered(EntityManagerFactory emf, IdentityRecord record, String sql, InsErrorReason reason,
            String message) {
        String id = id("tampered");
        run(emf, em -> LOG.write(em, id, record));
        IdentityRecord before = inTransaction(emf, em -> LOG.read(em, id));
        assertThat(before).isEqualTo(record);
        int changed = inTransaction(emf, em -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
        assertThat(changed).as(sql).isEqualTo(1);
        assertThatThrownBy(() -> inTransaction(emf, em -> LOG.read(em, id))).as(sql)
                .isInstanceOfSatisfying(InsException.class, x -> {
                    assertThat(x.reason()).isEqualTo(reason);
                    assertThat(x.getMessage()).contains(message).doesNotContain("GARCIA")
                            .doesNotContain("289046912312018").doesNotContain("289046912312017");
                });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void the_converters_store_full_values_and_refuse_a_bad_stored_value(Databases db) {
        InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
        try (EntityManagerFactory emf = db.open(true)) {
            String id = id("patient");
            run(emf, em -> {
                Patient p = new Patient(id);
                p.matricule = garcia.identifier().matricule();
                p.oid = garcia.identifier().oid();
                p.birthName = garcia.traits().birthName();
                p.firstNames = garcia.traits().firstNames();
                p.birthDate = io.github.ins4j.traits.BirthDate.uncertain(java.time.LocalDate.of(1960, 12, 31));
                p.sex = garcia.traits().sex();
                p.birthPlace = garcia.traits().birthPlace();
                p.status = IdentityStatus.QUALIFIED;
                em.persist(p);
            });
            Object[] row = inTransaction(emf, em -> (Object[]) em.createNativeQuery("select matricule, oid, birthName,"
                    + " birthDate, sex, status from test_patient where id = ?1").setParameter(1, id).getSingleResult());
            assertThat(row).extracting(String::valueOf).containsExactly("289046912312018", "1.2.250.1.213.1.4.10",
                    "GARCIA", "~1960-12-31", "F", "QUAL");
            Patient read = inTransaction(emf, em -> em.find(Patient.class, id));
            assertThat(read.matricule).isEqualTo(garcia.identifier().matricule());
            assertThat(read.oid).isEqualTo(garcia.identifier().oid());
            assertThat(read.firstNames).isEqualTo(garcia.traits().firstNames());
            assertThat(read.birthDate).isEqualTo(io.github.ins4j.traits.BirthDate.uncertain(java.time.LocalDate.of(1960, 12, 31)));
            assertThat(read.birthPlace).isEqualTo(garcia.traits().birthPlace());
            run(emf, em -> em.createNativeQuery("update test_patient set matricule = '289046912312017' where id = ?1")
                    .setParameter(1, id).executeUpdate());
            assertThatThrownBy(() -> inTransaction(emf, em -> em.find(Patient.class, id)))
                    .satisfies(x -> {
                        Throwable cause = x;
                        while (cause != null && !(cause instanceof InvalidMatriculeException)) {
                            cause = cause.getCause();
                        }
                        assertThat(cause).isInstanceOfSatisfying(InvalidMatriculeException.class,
                                m -> assertThat(m.reason()).isEqualTo(InvalidMatriculeException.Reason.KEY_MISMATCH));
                        assertThat(x.getMessage()).doesNotContain("289046912312017");
                    });
        }
    }
}
