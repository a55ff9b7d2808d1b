package io.github.ins4j.examples;

import io.github.ins4j.validation.BillingNss;
import io.github.ins4j.validation.CoherentIdentity;
import io.github.ins4j.validation.InsIdentityFields;
import io.github.ins4j.validation.NoIns;
import io.github.ins4j.validation.ValidBirthFirstNames;
import io.github.ins4j.validation.ValidBirthName;
import io.github.ins4j.validation.ValidBirthPlaceCode;
import io.github.ins4j.validation.ValidInsMatricule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 5 of the tour: validate a REST DTO and an invoice with Bean Validation; the messages name
 * the reason, in French here, never the value.
 *
 * <p>Run it alone: {@code java io.github.ins4j.examples.BeanValidationExample}.
 */
public final class BeanValidationExample {

    private BeanValidationExample() {
    }

    /**
     * Runs the example and prints its trace.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    // tag::dto[]
    /** What a pharmacy front end posts for a patient. */
    @CoherentIdentity
    public record PatientDto(@ValidInsMatricule String matricule, @ValidBirthName String birthName,
            @ValidBirthFirstNames String firstNames, String birthDate, String sex,
            @ValidBirthPlaceCode String birthPlaceCode) implements InsIdentityFields {
    }

    /** An invoice: it may carry the billing NSS, never the INS (DIS-3, DIS-5). */
    @NoIns
    public record Invoice(String number, @BillingNss String nss, String comment) {
    }
    // end::dto[]

    /**
     * Runs the example, writing its trace to {@code out}.
     *
     * @param out where the trace goes
     * @return the messages, in the order printed
     */
    static List<String> run(PrintStream out) {
        out.println("== 8. Bean Validation (messages in French)");
        List<String> printed = new ArrayList<>();
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new FrenchInterpolator(Validation.byDefaultProvider().configure()
                        .getDefaultMessageInterpolator()))
                .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            // tag::validate[]
            PatientDto typo = new PatientDto("2 89 04 69 123 120 81", "GARCIA", "SARAH-LOU",
                    "1989-04-12", "F", "69123");                        // key mistyped
            PatientDto male = new PatientDto("289046912312018", "GARCIA", "SARAH-LOU",
                    "1989-04-12", "M", "69123");                        // sex disagrees with the NIR
            Invoice leak = new Invoice("F-2026-0042", "289046912312018",
                    "patient 289046912312018");                         // an INS in a comment

            for (Object bean : List.of(typo, male, leak)) {
                for (ConstraintViolation<Object> v : validator.validate(bean)) {
                    out.println(bean.getClass().getSimpleName() + "." + v.getPropertyPath() + " "
                            + v.getMessage());
                    printed.add(v.getPropertyPath() + " " + v.getMessage());
                }
            }
            // end::validate[]
        }
        return printed;
    }

    /** Interpolates every message in French, whatever the default locale of the machine. */
    private record FrenchInterpolator(jakarta.validation.MessageInterpolator delegate)
            implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, Locale.FRENCH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
