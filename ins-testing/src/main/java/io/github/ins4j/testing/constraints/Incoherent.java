package io.github.ins4j.testing.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The generated identity's matricule disagrees with its traits on at least one TRT-7 error (sex
 * digit, birth year or birth month), so that {@code identity.coherence().hasErrors()} is true. See
 * {@link io.github.ins4j.testing.IdentityArbitrary#incoherent()}.
 *
 * <p>Applies to {@code @ForAll} parameters of type {@code InsIdentity}.
 *
 * <pre>{@code
 * @Property
 * void incoherent_answers_are_refused_TRT_7(@ForAll @Incoherent InsIdentity answer) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Incoherent {
}
