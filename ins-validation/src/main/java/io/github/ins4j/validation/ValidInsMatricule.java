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
 * The annotated {@code CharSequence} is a valid INS matricule, by the rules of
 * {@link io.github.ins4j.matricule.InsMatricule#parse(CharSequence)} (MAT-1, MAT-3, MAT-4). The
 * message names the reason ({@code {ins4j.matricule.KEY_MISMATCH}}, …), in English or French,
 * never the value. {@code null} is valid: pair with {@code @NotNull}.
 *
 * <pre>{@code
 * record PatientForm(@NotNull @ValidInsMatricule String matricule) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidInsMatriculeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidInsMatricule.List.class)
public @interface ValidInsMatricule {

    /**
     * The message used when no reason-specific one applies.
     *
     * @return the message template
     */
    String message() default "{ins4j.matricule.invalid}";

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

    /** Several {@link ValidInsMatricule} on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidInsMatricule[] value();
    }
}
