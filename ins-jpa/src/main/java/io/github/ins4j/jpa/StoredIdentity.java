package io.github.ins4j.jpa;

import io.github.ins4j.qualification.IdentityStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The head of an identity's event log (table {@code ins_identity}): how many events the log holds
 * and the status they give. Reading checks the events against it, so that deleted rows at the end
 * of the log are found (a truncated log is refused, QUA-9); its {@code @Version} makes two desks
 * that append to the same identity at once fail instead of interleaving.
 *
 * <p>Written only by {@link IdentityEventLog}; readable by queries, e.g. the qualified identities:
 *
 * <pre>{@code
 * em.createQuery("select i.identityId from StoredIdentity i where i.status = :s", String.class)
 *         .setParameter("s", IdentityStatus.QUALIFIED).getResultList();
 * }</pre>
 */
@Entity
@Table(name = "ins_identity")
public class StoredIdentity {

    @Id
    @Column(name = "identity_id", length = IdentityEventLog.MAX_ID_LENGTH)
    private String identityId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "event_count", nullable = false)
    private int eventCount;

    @Convert(converter = IdentityStatusConverter.class)
    @Column(name = "status", nullable = false, length = 5)
    private IdentityStatus status;

    /** For the persistence provider. */
    @SuppressWarnings("NullAway.Init")
    protected StoredIdentity() {
    }

    StoredIdentity(String identityId, IdentityStatus status) {
        this.identityId = identityId;
        this.status = status;
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
     * Returns the number of events the log holds.
     *
     * @return the count
     */
    public int eventCount() {
        return eventCount;
    }

    /**
     * Returns the status the events give, as written with them.
     *
     * @return the status
     */
    public IdentityStatus status() {
        return status;
    }

    void update(int count, IdentityStatus newStatus) {
        this.eventCount = count;
        this.status = newStatus;
    }
}
