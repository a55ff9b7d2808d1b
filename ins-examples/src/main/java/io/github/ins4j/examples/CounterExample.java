package io.github.ins4j.examples;

import io.github.ins4j.cda.RecordTargetWriter;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.Traits;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The last step of the tour, and the first thing to read: one patient at the pharmacy counter,
 * from what the desk typed through the INSi answer, the matching, the document check, to the
 * header of a document for the shared record (DMP) and the invoice. The trace shows statuses,
 * decisions and masked values only: never a name nor a birth date.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.CounterExample}.
 */
public final class CounterExample {

    private CounterExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** The outcomes of the example, for its test. */
    record Outcomes(IdentityRecord record, MatchReport match, DisclosureDecision dmp, String header,
            DisclosureDecision invoice) {
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return what the counter produced
     */
    static Outcomes run(PrintStream out) {
        out.println("== 11. At the counter, from start to finish");
        IdentityQualifier qualifier =
                IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        // What INSi returns for this person (the INSi client of ins-insi gives it to you).
        InsIdentity insi = InsIdentity.of(InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));

        // tag::counter[]
        // 1. What the desk typed, as typed: accents, a typographic dash, no birth place asked.
        LocalTraits desk = LocalTraits.builder().birthName("García").firstNames("Sarah–Lou  Marie")
                .birthDate("12/04/1989").sex("f").build();
        IdentityRecord record = qualifier.start(desk, "desk-1");
        out.println("created         : " + record.status());                 // PROVISIONAL

        // 2. INSi answered 00: is it the person at the counter?
        MatchReport match = TraitMatcher.compare(desk, insi.traits());
        out.println("INSi answer     : " + match.verdict());                 // MATCH
        record = qualifier.apply(record, InsiAnswer.found(insi), "desk-1");
        out.println("retrieved       : " + record.status());                 // RETRIEVED

        // 3. The operator checks the passport.
        record = qualifier.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        out.println("passport seen   : " + record.status());                 // QUALIFIED

        // 4. The document for the shared record (DMP) carries the INS and the five traits.
        DisclosureDecision dmp = Disclosure.decide(record, DocumentPurpose.SHARED_RECORD);
        String header = RecordTargetWriter.write(dmp);                       // CDA recordTarget
        out.println("DMP header      : " + dmp.level() + " (" + dmp.reason() + ")");

        // 5. The invoice never carries the INS, whatever the status (DIS-3).
        DisclosureDecision invoice = Disclosure.decide(record, DocumentPurpose.BILLING);
        out.println("invoice         : " + invoice.level() + " (" + invoice.reason() + ")");
        out.println("in your logs    : " + record + ", " + dmp);             // masked, no name
        // end::counter[]
        return new Outcomes(record, match, dmp, header, invoice);
    }
}
