package io.github.ins4j.examples;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.cda.RecordTargetReader;
import io.github.ins4j.cda.RecordTargetWriter;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.hl7v2.PidFields;
import io.github.ins4j.hl7v2.PidReader;
import io.github.ins4j.hl7v2.PidWriter;
import io.github.ins4j.identity.InsIdentity;
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
 * Step 7 of the tour: a qualified patient's INS written in a CDA {@code recordTarget} and in HL7 v2
 * PID fields, then read back, always through the disclosure rules; an invoice gets the traits only; a
 * provisional patient travels without the INS.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.ExchangeExample}.
 */
public final class ExchangeExample {

    private ExchangeExample() {
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
    record Outcomes(InsIdentity insi, String recordTarget, ClaimedIdentity cdaBack, String invoice,
            PidFields pid, ClaimedIdentity pidBack, PidFields provisionalPid) {
    }

    /**
     * Runs the example, writing its trace to {@code out}; the traces mask the matricule.
     *
     * @param out where the trace goes
     * @return what was written, read back and refused
     */
    static Outcomes run(PrintStream out) {
        out.println("== 10. The INS in a CDA document and in an HL7 v2 message");
        IdentityQualifier qualifier =
                IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
        InsIdentity insi = InsIdentity.of(
                InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"), traits);   // INS-NIR-TEST
        IdentityRecord patient = qualifier.start(traits, "desk-1");
        patient = qualifier.apply(patient, InsiAnswer.found(insi), "desk-1");
        patient = qualifier.apply(patient, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "desk-1");
        String matricule = insi.identifier().matricule().value();
        String masked = insi.identifier().matricule().toString();   // 2 89 ** ** *** *** 18

        // tag::cda[]
        String recordTarget = RecordTargetWriter.write(Disclosure.decide(patient, DocumentPurpose.SHARED_RECORD));
        ClaimedIdentity cdaBack = RecordTargetReader.read(recordTarget);   // no DTD, bounded size and depth
        out.println("CDA recordTarget: " + recordTarget.replace(matricule, masked));   // logs mask it
        out.println("read back       : " + cdaBack.insIdentity().orElseThrow());

        String invoice = RecordTargetWriter.write(Disclosure.decide(patient, DocumentPurpose.BILLING));
        out.println("invoice         : " + (invoice.contains(matricule) ? "INS" : "traits only"));   // DIS-3
        // end::cda[]

        // tag::hl7v2[]
        PidFields pid = PidWriter.write(Disclosure.decide(patient, DocumentPurpose.CARE_DOCUMENT));
        String segment = pid.segment();   // PID|||<matricule>^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||...
        ClaimedIdentity pidBack = PidReader.read(PidFields.parse(segment));   // or a whole message
        out.println("PID segment     : " + segment.replace(matricule, masked));
        out.println("read back       : " + pidBack.insIdentity().orElseThrow());

        IdentityRecord walkIn = qualifier.start(traits, "desk-1");                  // provisional
        PidFields provisionalPid = PidWriter.write(Disclosure.decide(walkIn, DocumentPurpose.CARE_DOCUMENT));
        out.println("provisional     : PID-3 " + (provisionalPid.pid3().isEmpty() ? "empty" : "set")
                + ", PID-5 " + provisionalPid.pid5());
        // end::hl7v2[]
        return new Outcomes(insi, recordTarget, cdaBack, invoice, pid, pidBack, provisionalPid);
    }
}
