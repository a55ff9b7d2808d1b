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
 * The annotated {@code CharSequence} is an OID of an INS authority, by {@link io.github.ins4j.matricule.InsOid#parse(CharSequence)} (MAT-5): INS-NIR, INS-NIA, INS-NIR-TEST or INS-NIR-DEMO, bare or {@code urn:oid:}; INS-C and the billing NSS OIDs are refused with their own reason. The message names the reason, in English or French,
 * never the value. {@code null} is valid: pair with {@code @NotNull}.
 *
 * <pre>{@code
 * record InsDto(@ValidInsOid String oid) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidInsOidValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(ValidInsOid.List.class)
public @interface ValidInsOid {

    /**
     * The message used when no reason-specific one applies.
     *
     * @return the message template
     */
    String message() default "{ins4j.oid.invalid}";

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

    /** Several {@link ValidInsOid} on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidInsOid[] value();
    }
}
