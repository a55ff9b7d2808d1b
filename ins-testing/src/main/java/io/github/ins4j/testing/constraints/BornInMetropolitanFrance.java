package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated person was born in a department of metropolitan France other than Corsica
 * ({@code 01}-{@code 95}). See
 * {@link io.github.ins4j.testing.BirthArbitrary#bornInMetropolitanFrance()}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code InsMatricule}, {@code InsIdentifier},
 * {@code Traits}, {@code TypedTraits},
 * {@code BirthPlaceCode}, {@code BirthDate}, {@code InsIdentity}, {@code IdentityRecord} and
 * {@code InsiAnswer}; several region annotations on one parameter allow any of their regions.
 *
 * <pre>{@code
 * @Property
 * void born_in_france(@ForAll @BornInMetropolitanFrance InsMatricule m) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface BornInMetropolitanFrance {
}
