package io.github.ins4j.examples;

import io.github.ins4j.audit.AuditIndex;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.Finding;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.audit.IndicatorKind;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.MergedRecord;
import io.github.ins4j.qualification.UnmergeResult;
import io.github.ins4j.traits.Traits;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Auditing an identity base (08-audit.md): a qualified record, a provisional duplicate typed at
 * the desk with the day and month swapped, and a twin with another first name. The audit proposes
 * one merge (AUD-6) and never the twin; the identitovigilance cell merges the duplicate into the
 * qualified record, then undoes it (AUD-8); then the desk asks the index who already looks like a
 * new person before creating a record.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.AuditExample}.
 */
public final class AuditExample {

    private AuditExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** What the example found, for its test. */
    record Outcomes(AuditReport report, List<Finding> atTheDesk, IdentityRecord duplicate, IdentityRecord merged,
            UnmergeResult split) {
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the report and the desk's findings
     */
    static Outcomes run(PrintStream out) {
        out.println("== 13. Audit an identity base: duplicates, collisions, twins");
        InsIdentity garcia = InsIdentity.of(InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));
        // tag::audit[]
        List<AuditRecord> base = List.of(
                AuditRecord.builder("IPP-001", IdentityStatus.QUALIFIED, LocalTraits.from(garcia.traits()))
                        .ins(garcia).build(),
                AuditRecord.builder("IPP-002", IdentityStatus.PROVISIONAL, LocalTraits.builder()
                        .birthName("Garcia").firstNames("Sarah-Lou").birthDate("04/12/1989").sex("F")
                        .build()).build(),
                AuditRecord.builder("IPP-003", IdentityStatus.PROVISIONAL, LocalTraits.builder()
                        .birthName("GARCIA").firstNames("LINA").birthDate("12/04/1989").sex("F")
                        .birthPlace("69123").build()).build());

        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(base);
        for (Finding f : report.findings()) {
            out.println(f.kind().ruleId() + " " + f.potentialState() + " " + f.pairClass() + " "
                    + f.localIds() + " " + f.pairScore().orElseThrow().agreements());
        }
        out.println("stock duplicate rate: " + report.indicator(IndicatorKind.STOCK_DUPLICATE_RATE));
        // end::audit[]

        // The same two records as the events the software stores (IPP-001 qualified, IPP-002 typed
        // at the desk), for the cell to merge the proposal after its review.
        IdentityQualifier qualifier = IdentityQualifier.of(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
                ZoneOffset.UTC));
        IdentityRecord qualified = qualifier.apply(qualifier.apply(qualifier.start(garcia.traits(), "desk-1"),
                InsiAnswer.found(garcia), "desk-1"), DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        IdentityRecord duplicate = qualifier.start(LocalTraits.builder().birthName("Garcia")
                .firstNames("Sarah-Lou").birthDate("04/12/1989").sex("F").build(), "desk-2");
        // tag::merge[]
        // AUD-8: the survivor (the higher status) keeps the retired record whole, in its history.
        IdentityRecord merged = qualifier.merge(qualified, "IPP-002", duplicate, "audit finding AUD-6", "cell-1");
        for (MergedRecord m : merged.mergedRecords()) {
            out.println("merged into IPP-001: " + m.localId() + " (" + m.record().status() + ")");
        }
        out.println("survivor still " + merged.status() + ", " + merged.auditTrail().size() + " audit entries");

        // A mistake after all (two persons): the unmerge gives both records back exactly.
        UnmergeResult split = qualifier.unmerge(merged, "IPP-002", "ticket IV-311", "cell-2");
        out.println("unmerged: IPP-002 is the same record again: " + split.retired().equals(duplicate));
        // end::merge[]

        // tag::lookup[]
        // At the desk, before creating a record: who already looks like this person?
        AuditIndex index = AuditIndex.build(AuditPolicy.defaults(), base);
        List<Finding> lookAlikes = index.lookup(AuditRecord.builder("NEW", IdentityStatus.PROVISIONAL,
                LocalTraits.builder().birthName("Garcia").firstNames("Sarah Lou").birthDate("12/04/1989")
                        .sex("F").build()).build());
        lookAlikes.forEach(f -> out.println("at the desk: " + f.localIds() + " " + f.pairClass()));
        // end::lookup[]
        return new Outcomes(report, lookAlikes, duplicate, merged, split);
    }
}
