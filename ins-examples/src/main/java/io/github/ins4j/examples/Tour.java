package io.github.ins4j.examples;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tour of ins4j: every example, in the order of the INS workflow. This is what the README's
 * main-job command runs: {@code ./mvnw -B -q -Pexamples -pl ins-examples -am package -DskipTests}.
 */
public final class Tour {

    private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");

    private Tour() {
    }

    /**
     * Runs every example.
     *
     * @param args unused
     * @throws IOException if the Datamatrix example cannot write its PNG file
     */
    public static void main(String[] args) throws IOException {
        // Hibernate Validator announces its version on java.util.logging; keep the trace readable.
        HV_LOGGER.setLevel(Level.WARNING);
        System.out.println("ins4j tour (values are masked, as in your logs)");
        System.out.println();
        ParseMatriculeExample.run(System.out);
        System.out.println();
        MatchTraitsExample.run(System.out);
        System.out.println();
        QualifyIdentityExample.run(System.out);
        System.out.println();
        DisclosureExample.run(System.out);
        System.out.println();
        DatamatrixExample.main(new String[0]);
        System.out.println();
        BeanValidationExample.run(System.out);
        System.out.println();
        FhirExample.run(System.out);
        System.out.println();
        ExchangeExample.run(System.out);
        System.out.println();
        AuditExample.run(System.out);
    }
}
