package io.github.ins4j.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the field that holds the billing social-security number (NSS, OIDs
 * {@code 1.2.250.1.213.1.4.13} / {@code .14}), which is not an INS and may be on a billing document
 * (DIS-5): {@link NoIns} does not report it. Use it only for the NSS.
 */
@Documented
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface BillingNss {
}
