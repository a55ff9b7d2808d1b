package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated identifier is an NIA, a waiting number: OID {@code InsOid.NIA}
 * ({@code 1.2.250.1.213.1.4.9}), a production OID since there is no test NIA OID (MAT-5). Without
 * it, identifiers carry the test OID {@code InsOid.NIR_TEST}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code InsIdentifier}, {@code InsIdentity},
 * {@code IdentityRecord} and {@code InsiAnswer}.
 *
 * <pre>{@code
 * @Property
 * void nia_is_told_by_the_oid_MAT_5(@ForAll @Nia InsIdentifier ins) {
 *     assertThat(ins.oid().isNia()).isTrue();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Nia {
}
