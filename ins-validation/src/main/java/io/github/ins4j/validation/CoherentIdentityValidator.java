package io.github.ins4j.validation;

import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CoherentIdentity} on an {@link InsIdentityFields} DTO: stateless, thread-safe.
 */
public final class CoherentIdentityValidator implements ConstraintValidator<CoherentIdentity, InsIdentityFields> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public CoherentIdentityValidator() {
    }

    @Override
    public boolean isValid(@Nullable InsIdentityFields dto, ConstraintValidatorContext context) {
        if (dto == null || dto.matricule() == null || dto.sex() == null || dto.birthDate() == null
                || dto.birthPlaceCode() == null || !InsMatricule.isValid(dto.matricule())) {
            return true;
        }
        CoherenceReport report;
        try {
            report = CoherenceReport.check(InsMatricule.parse(dto.matricule()), Sex.parse(dto.sex()),
                    BirthDate.parse(dto.birthDate()), BirthPlaceCode.parse(dto.birthPlaceCode()));
        } catch (InsException invalidField) {
            return true; // each field's own constraint reports it
        }
        return CoherenceViolations.report(report, context, true);
    }
}
