package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated person's birth month is unknown: month code 20-99 in the matricule (MAT-4) and a
 * birth date without month ({@code 1960-00-00}, {@code 1960-00-15}, TRT-3). See
 * {@link io.github.ins4j.testing.BirthArbitrary#withUnknownBirthMonth()}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code InsMatricule}, {@code InsIdentifier},
 * {@code Traits}, {@code TypedTraits},
 * {@code BirthPlaceCode}, {@code BirthDate}, {@code InsIdentity}, {@code IdentityRecord} and
 * {@code InsiAnswer}.
 *
 * <pre>{@code
 * @Property
 * void unknown_month_MAT_4(@ForAll @UnknownBirthMonth InsMatricule m) {
 *     assertThat(m.birthMonth()).isEmpty();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface UnknownBirthMonth {
}
