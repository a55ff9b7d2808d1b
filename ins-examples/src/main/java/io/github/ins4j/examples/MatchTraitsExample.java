package io.github.ins4j.examples;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import java.io.PrintStream;

/**
 * Step 2 of the tour: compare what the desk typed with the INSi answer (TRT-6). The mix-up of the
 * founding documents — a document filed for {@code HAMADI Sara-Lou} instead of
 * {@code GARCIA Sarah-Lou} — is refused; the same person typed in lower case with accents and a
 * typographic dash matches.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.MatchTraitsExample}.
 */
public final class MatchTraitsExample {

    private MatchTraitsExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** The two outcomes of the example, for its test. */
    record Outcomes(MatchReport wrongPerson, MatchReport samePerson, InsIdentity identity) {
    }

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the two reports and the INS identity read from INSi
     */
    static Outcomes run(PrintStream out) {
        out.println("== 3. Compare the desk's identity with INSi's answer");

        // tag::match[]
        // What the desk typed for the person at the counter.
        LocalTraits desk = LocalTraits.builder()
                .birthName("García")
                .firstNames("Sarah–Lou  Marie")          // typographic dash, double space
                .birthDate("12/04/1989")
                .sex("f")
                .build();                                 // birth place not asked at the desk

        // INSi answered for another person: HAMADI Sara-Lou.
        Traits hamadi = Traits.parse("HAMADI", "SARA-LOU", "1989-04-12", "F", "69123");
        MatchReport wrong = TraitMatcher.compare(desk, hamadi);
        out.println("HAMADI answer  : " + wrong.verdict());            // MISMATCH
        out.println("  why          : " + wrong.comparisons().get(0));  // birth name DIFFERENT

        // INSi answered for the person at the counter: GARCIA Sarah-Lou Marie.
        InsIdentity garcia = InsIdentity.of(
                InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
                Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));
        MatchReport same = TraitMatcher.compare(desk, garcia.traits());
        out.println("GARCIA answer  : " + same.verdict());             // MATCH
        if (same.verdict() == Verdict.MATCH && !garcia.coherence().hasErrors()) {
            out.println("  identity     : " + garcia);                // masked
        }
        // end::match[]
        out.println("  report       : " + same);
        return new Outcomes(wrong, same, garcia);
    }
}
