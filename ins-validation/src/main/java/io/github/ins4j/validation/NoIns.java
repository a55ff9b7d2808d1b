package io.github.ins4j.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
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
 * The annotated object, a document whose purpose forbids the INS — an invoice, a document for a
 * mandatory or complementary insurer (DIS-3) — holds no INS anywhere: no text that is, or
 * contains as a number of its own ({@code "patient 2 89 04 69 123 120 18"}), a valid matricule; no
 * text that is an INS OID; and no ins4j INS type, in any field, nested object, record component,
 * array, collection or map value. Each finding is one violation whose path names the field
 * ({@code lines[2].comment}) and whose message never shows the value.
 *
 * <p>The billing social-security number (NSS) is not an INS and may be on such a document
 * (DIS-5), although for the insured person it has the same digits as the NIR: mark its field with
 * {@link BillingNss} so that it is not reported.
 *
 * <p>Objects of the JDK ({@code java.*}) are not inspected, except strings, collections, maps and
 * arrays. A field that cannot be read (a package not opened to {@code io.github.ins4j.validation} on
 * the module path) is reported as a violation ({@code {ins4j.noIns.UNREADABLE}}) rather than
 * skipped: a leak must not pass unseen.
 *
 * <pre>{@code
 * @NoIns
 * record Invoice(String number, @BillingNss String nss, List<InvoiceLine> lines) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = NoInsValidator.class)
@Target({TYPE, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NoIns {

    /**
     * The message used when no finding-specific one applies.
     *
     * @return the message template
     */
    String message() default "{ins4j.noIns.invalid}";

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
