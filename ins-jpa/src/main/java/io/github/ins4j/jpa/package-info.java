/**
 * Jakarta Persistence 3.2 support: attribute converters for the INS values
 * ({@link io.github.ins4j.jpa.InsMatriculeConverter}, the trait converters…) and an event log
 * ({@link io.github.ins4j.jpa.IdentityEventLog}, entities {@link io.github.ins4j.jpa.StoredIdentity}
 * and {@link io.github.ins4j.jpa.StoredEvent}) that stores an identity's RNIV events and audit
 * trail and restores the same record (QUA-8, QUA-9).
 *
 * <p>A persistence unit lists what it uses, e.g. with Jakarta Persistence 3.2:
 *
 * <pre>{@code
 * EntityManagerFactory emf = new PersistenceConfiguration("ins")
 *         .managedClass(StoredIdentity.class).managedClass(StoredEvent.class)
 *         .managedClass(InsMatriculeConverter.class)
 *         .property(PersistenceConfiguration.JDBC_URL, url)
 *         .createEntityManagerFactory();
 * }</pre>
 *
 * <p>Runnable example: {@code StoreIdentityExample} in the {@code ins-examples} module.
 */
@NullMarked
package io.github.ins4j.jpa;

import org.jspecify.annotations.NullMarked;
