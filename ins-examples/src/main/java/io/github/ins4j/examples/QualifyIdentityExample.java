package io.github.ins4j.examples;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.traits.Traits;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Step 3 of the tour: walk an identity from provisional to qualified (INSi answer, then a passport
 * check), and see a shortcut refused: the traits retrieved from INSi cannot be edited by hand.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.QualifyIdentityExample}.
 */
public final class QualifyIdentityExample {

    private QualifyIdentityExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the qualified record
     */
    static IdentityRecord run(PrintStream out) {
        out.println("== 4. Qualify the identity (RNIV)");
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
        Traits desk = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "99999");
        InsIdentity insi = InsIdentity.of(
                InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));

        // tag::qualify[]
        IdentityQualifier qualifier = IdentityQualifier.of(clock);
        IdentityRecord record = qualifier.start(desk, "desk-1");
        out.println("created        : " + record.status());                 // PROVISIONAL

        record = qualifier.apply(record, InsiAnswer.found(insi), "desk-1");
        out.println("INSi answer 00 : " + record.status());                 // RETRIEVED

        try {   // a shortcut: fix the traits INSi returned by hand
            qualifier.apply(record, new TraitEdit(desk), "desk-1");
        } catch (QualificationException e) {
            out.println("refused        : " + e.reason());                  // INSI_TRAITS_NOT_EDITABLE
        }

        record = qualifier.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        out.println("passport seen  : " + record.status());                 // QUALIFIED
        // end::qualify[]
        out.println("audit trail    :");
        for (AuditEntry entry : record.auditTrail()) {
            out.println("  " + entry.at() + " " + entry.operatorId() + " " + entry.kind() + " "
                    + entry.before().code() + " -> " + entry.after().code()
                    + entry.insiResult().map(r -> " (INSi " + r.code() + ")").orElse(""));
        }
        return record;
    }
}
