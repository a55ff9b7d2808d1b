/**
 * Jakarta Bean Validation constraints for the INS: {@link io.github.ins4j.validation.ValidInsMatricule},
 * {@link io.github.ins4j.validation.ValidInsOid}, {@link io.github.ins4j.validation.ValidBirthName},
 * {@link io.github.ins4j.validation.ValidBirthFirstNames},
 * {@link io.github.ins4j.validation.ValidBirthPlaceCode} on text fields ({@code null} is valid);
 * {@link io.github.ins4j.validation.CoherentIdentity} on identity DTOs (TRT-7); and
 * {@link io.github.ins4j.validation.NoIns} on billing and insurer documents (DIS-3). Messages name
 * the reason, in English and French ({@code ValidationMessages[_fr].properties}), never the value.
 *
 * <p>Runnable example: {@code BeanValidationExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/BeanValidationExample.java}).
 */
@NullMarked
package io.github.ins4j.validation;

import org.jspecify.annotations.NullMarked;
