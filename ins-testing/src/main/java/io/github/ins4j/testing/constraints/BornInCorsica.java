package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated person was born in Corsica: department {@code 20} when born before 1976,
 * {@code 2A} or {@code 2B} from 1976, in the matricule and in the birth place code. See
 * {@link io.github.ins4j.testing.BirthArbitrary#bornInCorsica()}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code InsMatricule}, {@code InsIdentifier},
 * {@code Traits}, {@code TypedTraits},
 * {@code BirthPlaceCode}, {@code BirthDate}, {@code InsIdentity}, {@code IdentityRecord} and
 * {@code InsiAnswer}; several region annotations on one parameter allow any of their regions.
 *
 * <pre>{@code
 * @Property
 * void corsica_keys_MAT_1(@ForAll @BornInCorsica InsMatricule m) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface BornInCorsica {
}
