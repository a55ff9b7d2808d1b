package io.github.ins4j.examples;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.FrCoreVersion;
import io.github.ins4j.fhir.InsPatientReader;
import io.github.ins4j.fhir.InsPatientWriter;
import io.github.ins4j.fhir.WrittenPatient;
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
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * The INS in FHIR: a qualified test identity written as an FR Core 2.2.0 Patient INS for the
 * shared record, the same patient walking in unqualified (no INS written), an invoice with the traits
 * only, and a Patient written for FR Core's continuous build read back, then with a wrong key. Only
 * masked values and codes are printed.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.FhirExample}.
 */
public final class FhirExample {

    private FhirExample() {
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
    record Outcomes(WrittenPatient written, Patient walkIn, WrittenPatient invoice, ClaimedIdentity read,
            ClaimedIdentity wrongKey) {
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the Patients written, the refusals and what was read back
     */
    static Outcomes run(PrintStream out) {
        out.println("== 9. The INS in FHIR (FR Core Patient INS)");
        IdentityQualifier qualifier =
                IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
        InsIdentity insi = InsIdentity.of(
                InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"), traits);
        IdentityRecord retrieved =
                qualifier.apply(qualifier.start(traits, "desk-1"), InsiAnswer.found(insi), "desk-1");
        IdentityRecord record =
                qualifier.apply(retrieved, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");   // QUAL
        IdentityRecord walkIn = qualifier.start(traits, "desk-2");   // provisional

        // tag::fhir[]
        WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.SHARED_RECORD));
        Patient patient = written.patient();   // FR Core 2.2.0, the published version: the default
        Identifier ins = patient.getIdentifierFirstRep();
        out.println("INS identifier : " + ins.getSystem() + " " + ins.getType().getCodingFirstRep().getCode()
                + " " + ins.getUse().toCode());   // urn:oid:1.2.250.1.213.1.4.10 INS-NIR-TEST official
        out.println("written        : " + written);   // WrittenPatient[FR Core 2.2.0, left out: []]

        Patient unqualified = InsPatientWriter.write(Disclosure.decide(walkIn, DocumentPurpose.SHARED_RECORD)).patient();
        out.println("walk-in        : " + unqualified.getIdentifier().size() + " identifier");   // traits only

        WrittenPatient invoice = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.BILLING));
        out.println("invoice        : " + invoice.patient().getIdentifier().size() + " identifier, left out "
                + invoice.leftOut());   // traits only (DIS-3); 2.2.0 says qualified only with the INS

        // FR Core's continuous build (QUAL, RECUP, comment…), for a receiver that asked for it
        Patient next = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.SHARED_RECORD),
                FrCoreVersion.CONTINUOUS_BUILD).patient();
        ClaimedIdentity read = InsPatientReader.read(next);
        out.println("read back      : " + read.status().orElseThrow().code() + " "
                + read.insIdentity().map(InsIdentity::identifier).orElseThrow());   // masked

        next.getIdentifierFirstRep().setValue("289046912312019");   // the key is 18: one digit wrong
        ClaimedIdentity wrongKey = InsPatientReader.read(next);   // read; its INS is refused
        out.println("wrong key      : " + wrongKey.refusal(Refusal.Part.INS).orElseThrow().reason()
                + ", INS " + (wrongKey.insIdentity().isPresent() ? "kept" : "not kept"));   // INVALID_MATRICULE
        // end::fhir[]
        return new Outcomes(written, unqualified, invoice, read, wrongKey);
    }
}
