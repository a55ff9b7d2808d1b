package io.github.ins4j.audit;

import io.github.ins4j.testing.population.SyntheticRecord;

/** Turns a generated record into an audit record. */
final class Synthetic {

    private Synthetic() {
    }

    static AuditRecord toAudit(SyntheticRecord r) {
        AuditRecord.Builder b = AuditRecord.builder(r.localId(), r.status(), r.traits());
        r.ins().ifPresent(b::ins);
        return b.build();
    }
}
