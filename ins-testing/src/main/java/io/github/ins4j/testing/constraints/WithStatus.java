package io.github.ins4j.testing.constraints;

import io.github.ins4j.qualification.IdentityStatus;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated identity record is in one of the given RNIV statuses, reached through an
 * {@code IdentityQualifier} (QUA-3, QUA-4). See
 * {@link io.github.ins4j.testing.RecordArbitrary#withStatus}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code IdentityRecord}.
 *
 * <pre>{@code
 * @Property
 * void not_qualified_documents_go_without_the_ins_DIS_2(
 *         @ForAll @WithStatus({IdentityStatus.PROVISIONAL, IdentityStatus.VALIDATED})
 *         IdentityRecord record) {
 *     InsAssertions.assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).doesNotCarryIns();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface WithStatus {

    /**
     * The statuses allowed; at least one.
     *
     * @return the statuses
     */
    IdentityStatus[] value();
}
