package io.github.ins4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} is a list of birth first names in the strict INSi form, by {@link io.github.ins4j.traits.BirthFirstNames#parse(CharSequence)} (TRT-1). The message names the reason, in English or French,
 * never the value. {@code null} is valid: pair with {@code @NotNull}.
 *
 * <pre>{@code
 * record PatientForm(@ValidBirthFirstNames String firstNames) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidBirthFirstNamesValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidBirthFirstNames.List.class)
public @interface ValidBirthFirstNames {

    /**
     * The message used when no reason-specific one applies.
     *
     * @return the message template
     */
    String message() default "{ins4j.trait.invalid}";

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

    /** Several {@link ValidBirthFirstNames} on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidBirthFirstNames[] value();
    }
}
