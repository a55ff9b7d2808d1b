package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated identity record is qualified ({@code QUAL}): retrieved from INSi and checked on a
 * high-trust document, or read from the carte Vitale application, built through an
 * {@code IdentityQualifier}. Shorthand for {@code @WithStatus(IdentityStatus.QUALIFIED)}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code IdentityRecord}.
 *
 * <pre>{@code
 * @Property
 * void qualified_identities_carry_the_ins_DIS_1(@ForAll @Qualified IdentityRecord record) {
 *     InsAssertions.assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).carriesIns();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Qualified {
}
