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
 * The annotated {@code CharSequence} is a birth place code in strict form, by {@link io.github.ins4j.traits.BirthPlaceCode#parse(CharSequence)} (TRT-4). The message names the reason, in English or French,
 * never the value. {@code null} is valid: pair with {@code @NotNull}.
 *
 * <pre>{@code
 * record PatientForm(@ValidBirthPlaceCode String birthPlace) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidBirthPlaceCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidBirthPlaceCode.List.class)
public @interface ValidBirthPlaceCode {

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

    /** Several {@link ValidBirthPlaceCode} on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidBirthPlaceCode[] value();
    }
}
