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
 * mandatory or complementary insurer (DIS-3) — holds no INS anywhere: no value that holds a
 * valid matricule, no text that is an INS OID, and no ins4j INS type, in any field, nested object,
 * record component, array, collection, map key or value. Each finding is one violation whose path
 * names the field ({@code lines[2].comment}) and whose message never shows the value.
 *
 * <p>A matricule is found in every shape a field can carry it:
 * <ul>
 *   <li>text ({@code String}, {@code StringBuilder}, any {@code CharSequence}, {@code char[]},
 *       {@code byte[]} read as UTF-8, which also reveals ASCII and UTF-16 digits) in any disguise
 *       that {@link io.github.ins4j.matricule.InsMatricule#containsMatricule(CharSequence)} sees
 *       through: spaces of every kind, hyphens, slashes, dots, invisible characters, full-width or
 *       other Unicode digits, glued to letters, inside free text;</li>
 *   <li>numbers ({@code Long}, {@code BigInteger}, {@code BigDecimal}, {@code Double},
 *       {@code AtomicLong}...), written in decimal without exponent;</li>
 *   <li>in arrays and collections: each element as above ({@code long[] {184067505614435L}}),
 *       and a sequence of characters ({@code List<Character>}, {@code Character[]}) or of up to 256
 *       single digits ({@code int[] {1, 8, 4, ...}}) also as one text; a {@code byte[]} is read as
 *       text only, never as
 *       digits one per byte, so that binary data raises no false alarm;</li>
 *   <li>behind a wrapper: {@code Optional}, {@code AtomicReference}, {@code AtomicReferenceArray},
 *       soft or weak references, map entries; any other JDK object by its {@code toString()}
 *       ({@code OptionalLong}, {@code URI}, {@code Path}...).</li>
 * </ul>
 * A run of more than 15 digits written without separators is another number (a card, account or
 * reference number) and is not cut into windows, which keeps ordinary data free of false positives.
 *
 * <p>The billing social-security number (NSS) is not an INS and may be on such a document
 * (DIS-5), although for the insured person it has the same digits as the NIR: mark its field with
 * {@link BillingNss} so that it is not reported.
 *
 * <p>A field that cannot be read (a package not opened to {@code io.github.ins4j.validation} on
 * the module path, a {@code toString()} that throws) is reported as a violation
 * ({@code {ins4j.noIns.UNREADABLE}}) rather than skipped: a leak must not pass unseen.
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
