package io.github.ins4j.validation;

import io.github.ins4j.traits.BirthName;

/**
 * Validates {@link ValidBirthName} with {@link BirthName#parse(CharSequence)}: stateless, thread-safe.
 */
public final class ValidBirthNameValidator extends TraitConstraintValidator<ValidBirthName> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public ValidBirthNameValidator() {
        super(BirthName::parse);
    }
}
