package io.github.ins4j.it.boot;

import io.github.ins4j.jpa.IdentityEventLog;
import io.github.ins4j.qualification.IdentityRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identities of the counter: ins-jpa's event log in Boot's transactions. */
@Service
public class IdentityStore {

    private final IdentityEventLog log;

    @PersistenceContext
    private EntityManager em;

    public IdentityStore(IdentityEventLog log) {
        this.log = log;
    }

    /** Appends the record's new events; returns how many. */
    @Transactional
    public int save(String identityId, IdentityRecord record) {
        return log.write(em, identityId, record);
    }

    /** Reads the log back and restores the record. */
    @Transactional(readOnly = true)
    public IdentityRecord load(String identityId) {
        return log.read(em, identityId);
    }
}
