package io.github.ins4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.jpa.StoredEvent;
import io.github.ins4j.jpa.StoredIdentity;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Step 3b of the tour (printed as 4b): store the qualified identity of step 3 with its audit trail, as JSON
 * (ins-jackson) and in a database (ins-jpa, here H2 through Hibernate ORM), and restore it: same
 * status, same audit trail (QUA-9). The trace shows statuses and sizes only; the stored JSON and
 * rows hold the matricule and the traits in full, as a patient record does.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.StoreIdentityExample}.
 */
public final class StoreIdentityExample {

    private StoreIdentityExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     * @throws IOException if JSON cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        run(System.out, QualifyIdentityExample.run(new PrintStream(PrintStream.nullOutputStream())));
    }

    /**
     * Runs the example on a record, writing its trace to {@code out}.
     *
     * @param out    where the trace goes
     * @param record the record to store
     * @return the record restored from the database
     * @throws IOException if JSON cannot be written or read
     */
    static IdentityRecord run(PrintStream out, IdentityRecord record) throws IOException {
        out.println("== 5. Store the identity and its audit trail (JSON, JPA)");
        IdentityQualifier qualifier = IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"),
                ZoneOffset.UTC));

        // tag::store-json[]
        ObjectMapper mapper = JsonMapper.builder().addModule(new InsModule(qualifier)).build();
        String json = mapper.writeValueAsString(record);            // {"v":1,"status":"QUAL","events":[...
        IdentityRecord fromJson = mapper.readValue(json, IdentityRecord.class);   // replayed by restore
        out.println("from JSON      : " + fromJson.status() + ", " + fromJson.auditTrail().size()
                + " audit entries, same record: " + fromJson.equals(record));
        // end::store-json[]

        // tag::store-jpa[]
        EntityManagerFactory emf = new PersistenceConfiguration("identities")
                .managedClass(StoredIdentity.class)
                .managedClass(StoredEvent.class)
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:ins4j")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create")
                .createEntityManagerFactory();
        IdentityEventLog log = IdentityEventLog.of(qualifier);
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            log.write(em, "patient-42", record);                     // appends the new events
            em.getTransaction().commit();
        }
        IdentityRecord fromDb;
        try (EntityManager em = emf.createEntityManager()) {
            fromDb = log.read(em, "patient-42");                       // same status, same audit trail
        }
        emf.close();
        out.println("from database  : " + fromDb.status() + ", same audit trail: "
                + fromDb.auditTrail().equals(record.auditTrail()));
        // end::store-jpa[]
        out.println("JSON form      : version " + InsModule.FORM_VERSION + ", " + json.length()
                + " characters (personal data in full: store it as such)");
        for (AuditEntry entry : fromDb.auditTrail()) {
            out.println("  " + entry.at() + " " + entry.operatorId() + " " + entry.kind() + " "
                    + entry.before().code() + " -> " + entry.after().code());
        }
        return fromDb;
    }
}
