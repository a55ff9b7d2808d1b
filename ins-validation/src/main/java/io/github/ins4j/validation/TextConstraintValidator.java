package io.github.ins4j.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * Shared behaviour of the text constraints: {@code null} is valid, and a violation carries the
 * message key of its reason ({@code {ins4j.matricule.KEY_MISMATCH}}), never the value.
 *
 * @param <A> the constraint annotation
 */
abstract class TextConstraintValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    @Override
    public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String key = violationKey(value);
        if (key == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        return false;
    }

    /**
     * Checks the value.
     *
     * @param value the value, not {@code null}
     * @return {@code null} when valid, else the message key of the reason
     */
    abstract @Nullable String violationKey(CharSequence value);
}
