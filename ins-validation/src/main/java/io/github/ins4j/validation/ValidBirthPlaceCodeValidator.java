package io.github.ins4j.validation;

import io.github.ins4j.traits.BirthPlaceCode;

/**
 * Validates {@link ValidBirthPlaceCode} with {@link BirthPlaceCode#parse(CharSequence)}: stateless, thread-safe.
 */
public final class ValidBirthPlaceCodeValidator extends TraitConstraintValidator<ValidBirthPlaceCode> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public ValidBirthPlaceCodeValidator() {
        super(BirthPlaceCode::parse);
    }
}
