package io.github.ins4j.validation;

import io.github.ins4j.identity.CoherenceReport;
import jakarta.validation.ConstraintValidatorContext;

/** Turns the errors of a {@link CoherenceReport} into constraint violations (TRT-7). */
final class CoherenceViolations {

    private CoherenceViolations() {
    }

    static boolean report(CoherenceReport report, ConstraintValidatorContext context, boolean onFields) {
        if (!report.hasErrors()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (CoherenceReport.Disagreement d : report.disagreements()) {
            if (d.severity() != CoherenceReport.Severity.ERROR) {
                continue;
            }
            var builder = context.buildConstraintViolationWithTemplate("{ins4j.coherence." + d.field() + "}");
            if (onFields) {
                builder.addPropertyNode(d.field() == CoherenceReport.Field.SEX ? "sex" : "birthDate")
                        .addConstraintViolation();
            } else {
                builder.addConstraintViolation();
            }
        }
        return false;
    }
}
