package io.github.ins4j.examples;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.datamatrix.DatamatrixException;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.datamatrix.image.Caption;
import io.github.ins4j.datamatrix.image.DatamatrixScanner;
import io.github.ins4j.datamatrix.image.DatamatrixSymbol;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.Traits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The INS Datamatrix: print the code of a qualified test identity (OID INS-NIR-TEST) as a PNG file,
 * scan it back into the same identity, and see a provisional identity refused (DMX-1 … DMX-6).
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.DatamatrixExample [file.png]}; the file is
 * {@code target/ins-datamatrix.png} by default.
 */
public final class DatamatrixExample {

    /** Where {@link #main} writes the PNG when no file is given. */
    static final Path DEFAULT_FILE = Path.of("target", "ins-datamatrix.png");

    private DatamatrixExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args the PNG file to write, optional
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        run(System.out, args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE);
    }

    /**
     * The outcomes of the example, for its test.
     *
     * @param file     the PNG file written
     * @param written  the INS identity of the qualified record
     * @param scanned  the identity read back from the PNG file
     * @param refusal  the refusal for a provisional identity
     */
    record Outcomes(Path file, InsIdentity written, InsIdentity scanned, DatamatrixException refusal) {
    }

    /**
     * Runs the example, writing the PNG to {@code file} and its trace to {@code out}.
     *
     * @param out  where the trace goes
     * @param file the PNG file to write; its directory is created if needed
     * @return the identities written and scanned, and the refusal
     * @throws IOException if the file cannot be written or read
     */
    static Outcomes run(PrintStream out, Path file) throws IOException {
        out.println("== 7. Print and scan the INS Datamatrix");
        IdentityQualifier qualifier =
                IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T11:00:00Z"), ZoneOffset.UTC));
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
        InsIdentity insi = InsIdentity.of(
                InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"), traits);   // INS-NIR-TEST
        IdentityRecord record = qualifier.start(traits, "desk-1");
        record = qualifier.apply(record, InsiAnswer.found(insi), "desk-1");
        record = qualifier.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        Files.createDirectories(file.toAbsolutePath().getParent());

        // tag::datamatrix[]
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));       // qualified only (DMX-5)
        Files.write(file, symbol.toPng(4, Caption.BELOW));            // 4 px a module, « INS à scanner »
        out.println("printed        : " + symbol);                    // DatamatrixSymbol[ECC 200, 36x36 modules]

        InsIdentity scanned = DatamatrixScanner.read(Files.readAllBytes(file));
        out.println("scanned        : " + scanned.identifier());      // InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]
        out.println("same identity  : " + scanned.equals(record.insIdentity().orElseThrow()));   // true

        IdentityRecord walkIn = qualifier.start(traits, "desk-1");    // provisional
        try {
            InsDatamatrix.write(Disclosure.decide(walkIn, DocumentPurpose.CARE_DOCUMENT));
        } catch (DatamatrixException e) {
            out.println("provisional    : " + e.reason());              // NOT_QUALIFIED
        }
        // end::datamatrix[]
        DatamatrixException refusal = null;
        try {
            InsDatamatrix.write(Disclosure.decide(walkIn, DocumentPurpose.CARE_DOCUMENT));
        } catch (DatamatrixException e) {
            refusal = e;
        }
        out.println("file           : " + file.getFileName() + " (" + Files.size(file) + " bytes)");
        return new Outcomes(file, record.insIdentity().orElseThrow(), scanned, refusal);
    }
}
