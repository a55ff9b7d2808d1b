package io.github.ins4j.benchmarks;

import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.testing.population.SyntheticRecord;

/** Turns a generated record into an audit record. */
final class AuditRecords {

    private AuditRecords() {
    }

    static AuditRecord of(SyntheticRecord r) {
        AuditRecord.Builder b = AuditRecord.builder(r.localId(), r.status(), r.traits());
        r.ins().ifPresent(b::ins);
        return b.build();
    }
}
