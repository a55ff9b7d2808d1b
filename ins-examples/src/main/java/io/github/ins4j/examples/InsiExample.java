package io.github.ins4j.examples;

import io.github.ins4j.insi.FirstNameStrategy;
import io.github.ins4j.insi.InsiAuthentication;
import io.github.ins4j.insi.InsiClient;
import io.github.ins4j.insi.InsiConfiguration;
import io.github.ins4j.insi.InsiExchange;
import io.github.ins4j.insi.InsiRequestException;
import io.github.ins4j.insi.InsiSearch;
import io.github.ins4j.insi.InsiSearchRun;
import io.github.ins4j.insi.SoftwareIdentity;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.io.PrintStream;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Step 11 of the tour: call INSi from a desk-typed identity to a qualified record, against the fake
 * INSi server of ins-testing (mutual TLS on loopback, the personas of the INSi test kit). The desk
 * typed DE VINCI Leonardo Piero born in 63220: the first search, without birth place, finds
 * several people ({@code 02}); the first-name strategy searches again with the birth place
 * ({@code 00}); the qualifier compares the traits and decides.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.InsiExample}.
 */
public final class InsiExample {

    private InsiExample() {
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
        out.println("== 12. Call INSi (here: the fake INSi server of ins-testing)");
        IdentityQualifier qualifier = IdentityQualifier.of(
                Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC));
        // What the desk typed, converted explicitly to the strict INSi form (TRT-5, INSI-2).
        Traits desk = new Traits(BirthName.parseTyped("De Vinci"), BirthFirstNames.parseTyped("Léonardo Piero"),
                BirthDate.parseTyped("01/02/2014"), Sex.parseTyped("m"), BirthPlaceCode.parseTyped("63220"));
        UUID installation = UUID.fromString("2f1c6a3e-8d5b-4c1e-9a7f-0b6d2e4c8a10");

        try (FakeInsiServer insi = FakeInsiServer.start()) {
            // In production: InsiEndpoints.TEST_SOFTWARE_CERTIFICATE (or PRODUCTION_...), your
            // PKCS#12 (CN INSI-AUTO or INSI-MANU) and the IGC-Santé CA certificates.
            URI endpoint = insi.uri();
            String authorisationNumber = insi.authorisationNumber();
            KeyStore pkcs12 = insi.clientKeyStore();
            char[] password = insi.clientPassword();
            List<X509Certificate> igcSante = insi.trustAnchors();

            // tag::calling-insi[]
            // Once per installation; the client is thread-safe and reused for every call.
            InsiClient client = InsiClient.of(InsiConfiguration.builder()
                    .endpoint(endpoint)
                    .software(SoftwareIdentity.of(authorisationNumber, "MyPharmacy", "4.2.0", installation))
                    .authentication(InsiAuthentication.softwareCertificate(pkcs12, password, igcSante))
                    .build());

            IdentityRecord record = qualifier.start(desk, "desk-1");
            InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
            for (InsiExchange call : run.attempts()) {       // store them: the RNIV asks (INSI-6)
                out.println("INSi call      : " + call.resultCode() + ", birth place sent: "
                        + call.search().orElseThrow().birthPlace().isPresent());   // 02 false, 00 true
            }
            Optional<InsiAnswer> answer = run.outcome().answerEvent();   // empty for a fault
            if (answer.isPresent()) {
                record = qualifier.apply(record, answer.get(), "desk-1");   // compares the traits (INSI-5)
            }
            out.println("after INSi     : " + record.status());                // RETRIEVED
            record = qualifier.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
            out.println("passport seen  : " + record.status());                // QUALIFIED
            // end::calling-insi[]
            out.println("INS identity   : " + record.insIdentity().orElseThrow());   // masked

            try {   // a hand-typed value outside the INSi alphabet is never sent (INSI-2)
                InsiSearch.parse("D’ÆION", "CŒUR", "M", "1987-01-01", null);
            } catch (InsiRequestException e) {
                out.println("refused        : " + e.reason() + " at index " + e.errorIndex());
            }
            out.println("fake server    : " + insi.requests().size() + " requests, "
                    + insi.requests().stream().filter(r -> !r.violations().isEmpty()).count() + " with a violation");
            return record;
        }
    }
}
