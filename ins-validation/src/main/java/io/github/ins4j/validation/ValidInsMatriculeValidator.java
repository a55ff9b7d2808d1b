package io.github.ins4j.validation;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InvalidMatriculeException;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidInsMatricule}: stateless, thread-safe.
 */
public final class ValidInsMatriculeValidator extends TextConstraintValidator<ValidInsMatricule> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public ValidInsMatriculeValidator() {
    }

    @Override
    @Nullable String violationKey(CharSequence value) {
        if (InsMatricule.isValid(value)) {
            return null;
        }
        try {
            InsMatricule.parse(value);
            throw new AssertionError("isValid and parse disagree");
        } catch (InvalidMatriculeException e) {
            return "ins4j.matricule." + e.reason();
        }
    }
}
