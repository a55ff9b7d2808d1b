package io.github.ins4j.examples;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.mssante.MssanteAddressException;
import io.github.ins4j.mssante.MssantePatientAddress;
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
import java.util.List;

/**
 * Step 4 of the tour: the same qualified patient gets a care document with the INS, an invoice
 * without it, and an MSSanté address; a provisional patient's address is refused.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.DisclosureExample}.
 */
public final class DisclosureExample {

    private DisclosureExample() {
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
    record Outcomes(List<DisclosureDecision> decisions, MssantePatientAddress address,
            MssanteAddressException refusal) {
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the decisions, the derived address and the refusal
     */
    static Outcomes run(PrintStream out) {
        out.println("== 6. What each document may carry, and the MSSanté address");
        IdentityQualifier qualifier =
                IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        Traits traits = Traits.parse("MARTIN--DURAND", "PAUL", "1984-06-01", "M", "75056");
        InsIdentity insi = InsIdentity.of(
                InsIdentifier.parse("184067505614435", "1.2.250.1.213.1.4.8"), traits);
        IdentityRecord patient = qualifier.start(traits, "desk-1");
        patient = qualifier.apply(patient, InsiAnswer.found(insi), "desk-1");
        patient = qualifier.apply(patient, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "desk-1");

        // tag::disclose[]
        DisclosureDecision care = Disclosure.decide(patient, DocumentPurpose.CARE_DOCUMENT);
        DisclosureDecision invoice = Disclosure.decide(patient, DocumentPurpose.BILLING);
        out.println("care document  : " + care.level() + " (" + care.reason() + ")");
        out.println("invoice        : " + invoice.level() + " (" + invoice.reason() + ")");

        if (care.identity() instanceof DisclosedIdentity.WithIns ins) {
            out.println("  writes       : " + ins.identifier() + " + " + ins.traits());
        }
        // The invoice's view is TraitsOnly: it has no accessor for the matricule at all.

        MssantePatientAddress address = MssantePatientAddress.from(Disclosure.decide(patient, DocumentPurpose.MSSANTE_TO_PATIENT));
        out.println("MSSanté address: " + address);   // masked: 184**********35@patient.mssante.fr

        IdentityRecord walkIn = qualifier.start(traits, "desk-1");   // provisional
        try {
            MssantePatientAddress.from(Disclosure.decide(walkIn, DocumentPurpose.MSSANTE_TO_PATIENT));
        } catch (MssanteAddressException e) {
            out.println("provisional    : " + e.reason());                  // NOT_QUALIFIED
        }
        // end::disclose[]
        MssanteAddressException refusal = null;
        try {
            MssantePatientAddress.from(Disclosure.decide(walkIn, DocumentPurpose.MSSANTE_TO_PATIENT));
        } catch (MssanteAddressException e) {
            refusal = e;
        }
        return new Outcomes(List.of(care, invoice), address, refusal);
    }
}
