package io.github.ins4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The matricule and the traits of an identity agree (TRT-7): sex digit, birth year and birth month
 * (the errors of {@link io.github.ins4j.identity.CoherenceReport}; birth-place warnings are not
 * violations). Put it on a class implementing {@link InsIdentityFields}, or on an
 * {@link io.github.ins4j.identity.InsIdentity} field. Fields that do not parse are left to their own
 * constraints; {@code null} is valid.
 *
 * <p>One violation per disagreement, on the field concerned ({@code sex} or {@code birthDate}), with
 * the message {@code {ins4j.coherence.SEX}}, {@code {ins4j.coherence.BIRTH_YEAR}} or
 * {@code {ins4j.coherence.BIRTH_MONTH}}.
 */
@Documented
@Constraint(validatedBy = {CoherentIdentityValidator.class, CoherentInsIdentityValidator.class})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CoherentIdentity {

    /**
     * The message used when no reason-specific one applies.
     *
     * @return the message template
     */
    String message() default "{ins4j.coherence.invalid}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
