package io.github.ins4j.validation;

import io.github.ins4j.traits.BirthFirstNames;

/**
 * Validates {@link ValidBirthFirstNames} with {@link BirthFirstNames#parse(CharSequence)}: stateless, thread-safe.
 */
public final class ValidBirthFirstNamesValidator extends TraitConstraintValidator<ValidBirthFirstNames> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public ValidBirthFirstNamesValidator() {
        super(BirthFirstNames::parse);
    }
}
