package io.github.ins4j.validation;

import io.github.ins4j.identity.InsIdentity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CoherentIdentity} on an {@link InsIdentity}: stateless, thread-safe.
 */
public final class CoherentInsIdentityValidator implements ConstraintValidator<CoherentIdentity, InsIdentity> {

    /** Creates the validator; the Bean Validation provider calls it. */
    public CoherentInsIdentityValidator() {
    }

    @Override
    public boolean isValid(@Nullable InsIdentity identity, ConstraintValidatorContext context) {
        return identity == null || CoherenceViolations.report(identity.coherence(), context, false);
    }
}
