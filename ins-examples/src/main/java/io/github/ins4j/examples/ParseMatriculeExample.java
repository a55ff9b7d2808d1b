package io.github.ins4j.examples;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import java.io.PrintStream;

/**
 * Step 1 of the tour: read the INS identifier INSi returned (NumIdentifiant, Cle, OID), look at
 * its structure, and see how a mistyped matricule is refused — all without printing the matricule.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.ParseMatriculeExample}.
 */
public final class ParseMatriculeExample {

    private ParseMatriculeExample() {
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
     * @return the INS identifier read from the INSi fields
     */
    public static InsIdentifier run(PrintStream out) {
        out.println("== 1. Read the INS identifier returned by INSi");

        // tag::parse[]
        // The three fields of an INSi answer: NumIdentifiant, Cle and the OID of the authority.
        InsMatricule matricule = InsMatricule.of("2890469123120", "18");
        InsIdentifier ins = InsIdentifier.of(matricule, InsOid.parse("1.2.250.1.213.1.4.10"));

        out.println("INS identifier : " + ins);            // masked: 2 89 ** ** *** *** 18
        out.println("authority      : " + ins.oid().typeCode()
                + (ins.oid().isProduction() ? "" : " (test identity)"));
        out.println("sex digit      : " + matricule.sexDigit());
        out.println("birth month    : " + (matricule.birthMonth().isPresent()
                ? "known" : "unknown (code 20-99)"));
        out.println("birth place    : " + matricule.birthPlace()); // Department[69***]
        // end::parse[]

        out.println();
        out.println("== 2. A matricule typed at the desk, with one digit wrong");
        // tag::invalid[]
        String typed = "2 89 04 69 123 129 18";          // 129 instead of 120
        try {
            InsMatricule.parse(typed);
        } catch (InvalidMatriculeException e) {
            out.println("refused        : " + e.reason() + " at index " + e.errorIndex());
            out.println("message        : " + e.getMessage());
        }
        // end::invalid[]
        out.println("isValid        : " + InsMatricule.isValid(typed));
        return ins;
    }
}
