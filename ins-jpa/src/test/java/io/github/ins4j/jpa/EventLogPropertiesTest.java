package io.github.ins4j.jpa;

import io.github.ins4j.testing.InsArbitraries;
import static io.github.ins4j.jpa.Databases.inTransaction;
import static io.github.ins4j.jpa.Databases.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.error.InsException;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.QualificationException;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/** QUA-8, QUA-9 over generated histories, on H2 and PostgreSQL. */
class EventLogPropertiesTest {

    private static final IdentityEventLog LOG = IdentityEventLog.of(IdentityQualifier.of(Clock.systemUTC()));
    private static final Map<Databases, EntityManagerFactory> UNITS = new EnumMap<>(Databases.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    @BeforeContainer
    static void open() {
        for (Databases db : Databases.values()) {
            UNITS.put(db, db.open(true));
        }
    }

    @AfterContainer
    static void close() {
        UNITS.values().forEach(EntityManagerFactory::close);
        UNITS.clear();
    }

    @Provide
    Arbitrary<IdentityRecord> histories() {
        return InsArbitraries.histories();
    }

    @Property(tries = 150)
    void QUA_9_any_history_survives_the_database_unchanged(@ForAll("histories") IdentityRecord record,
            @ForAll Databases db) {
        EntityManagerFactory emf = UNITS.get(db);
        String id = "p-" + IDS.incrementAndGet();
        run(emf, em -> LOG.write(em, id, record));
        IdentityRecord read = inTransaction(emf, em -> LOG.read(em, id));
        assertThat(read).isEqualTo(record);
        assertThat(read.status()).isEqualTo(record.status());
        assertThat(read.auditTrail()).isEqualTo(record.auditTrail());
        assertThat(read.insIdentity()).isEqualTo(record.insIdentity());
        assertThat(read.attributes()).isEqualTo(record.attributes());
        Statistics.label("database").collect(db);
        Statistics.label("status").collect(record.status());
    }

    /** Damage done to a stored log with SQL, as a faulty migration or a hand edit would. */
    enum Tamper {
        DELETE_THE_LAST_ROW, DELETE_A_ROW, ALTER_A_STATUS_COLUMN, ALTER_AN_OPERATOR, ALTER_THE_HEAD_COUNT,
        ALTER_THE_HEAD_STATUS, SWAP_TWO_ROWS_OF_OTHER_KINDS
    }

    @Property(tries = 150)
    void QUA_9_a_tampered_or_truncated_log_is_refused_by_restore(@ForAll("histories") IdentityRecord record,
            @ForAll Databases db, @ForAll Tamper tamper, @ForAll @IntRange(max = 1000) int seed) {
        EntityManagerFactory emf = UNITS.get(db);
        String id = "t-" + IDS.incrementAndGet();
        run(emf, em -> LOG.write(em, id, record));
        int n = record.events().size();
        int i = seed % n;
        Tamper done = tamper;
        if (tamper == Tamper.SWAP_TWO_ROWS_OF_OTHER_KINDS && otherKind(record, i) < 0) {
            done = Tamper.DELETE_A_ROW; // a lone creation: nothing of another kind to swap with
        }
        String status = record.auditTrail().get(i).after() == IdentityStatus.QUALIFIED ? "PROV" : "QUAL";
        String headStatus = record.status() == IdentityStatus.QUALIFIED ? "PROV" : "QUAL";
        List<String> sql = switch (done) {
            case DELETE_THE_LAST_ROW -> List.of("delete from ins_identity_event where identity_id = ?1 and seq = " + (n - 1));
            case DELETE_A_ROW -> List.of("delete from ins_identity_event where identity_id = ?1 and seq = " + i);
            case ALTER_A_STATUS_COLUMN -> List.of("update ins_identity_event set status_after = '" + status
                    + "' where identity_id = ?1 and seq = " + i);
            case ALTER_AN_OPERATOR -> List.of("update ins_identity_event set operator_id = 'someone else'"
                    + " where identity_id = ?1 and seq = " + i);
            case ALTER_THE_HEAD_COUNT -> List.of("update ins_identity set event_count = event_count + " + (seed % 2 == 0 ? 1 : -1)
                    + " where identity_id = ?1");
            case ALTER_THE_HEAD_STATUS -> List.of("update ins_identity set status = '" + headStatus + "' where identity_id = ?1");
            case SWAP_TWO_ROWS_OF_OTHER_KINDS -> {
                int j = otherKind(record, i);
                yield List.of("update ins_identity_event set seq = -1 where identity_id = ?1 and seq = " + i,
                        "update ins_identity_event set seq = " + i + " where identity_id = ?1 and seq = " + j,
                        "update ins_identity_event set seq = " + j + " where identity_id = ?1 and seq = -1");
            }
        };
        run(emf, em -> sql.forEach(s -> assertThat(em.createNativeQuery(s).setParameter(1, id).executeUpdate())
                .as(s).isEqualTo(1)));
        assertThatThrownBy(() -> inTransaction(emf, em -> LOG.read(em, id)))
                .isInstanceOfSatisfying(InsException.class, x -> {
                    assertThat(x).isInstanceOfAny(EventLogException.class, QualificationException.class);
                    if (record.traits().birthName().value().length() >= 4) {
                        assertThat(x.getMessage()).doesNotContain(record.traits().birthName().value());
                    }
                    record.insIdentity().ifPresent(ins ->
                            assertThat(x.getMessage()).doesNotContain(ins.identifier().matricule().value()));
                    Statistics.label("reason").collect(x.reason());
                });
        Statistics.label("tamper").collect(done);
        Statistics.label("database").collect(db);
    }

    private static int otherKind(IdentityRecord record, int i) {
        for (int k = 0; k < record.events().size(); k++) {
            if (record.events().get(k).event().kind() != record.events().get(i).event().kind()) {
                return k;
            }
        }
        return -1;
    }
}
