package io.github.ins4j.validation;

import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidInsOid}: stateless, thread-safe.
 */
public final class ValidInsOidValidator extends TextConstraintValidator<ValidInsOid> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public ValidInsOidValidator() {
    }

    @Override
    @Nullable String violationKey(CharSequence value) {
        try {
            InsOid.parse(value);
            return null;
        } catch (InvalidOidException e) {
            return "ins4j.oid." + e.reason();
        }
    }
}
