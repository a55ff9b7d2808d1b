package io.github.ins4j.validation;

import org.jspecify.annotations.Nullable;

/**
 * The fields of an identity DTO that {@link CoherentIdentity} checks against each other (TRT-7),
 * as the strict texts a form or an API receives. A record whose components have these names
 * implements it with no code:
 *
 * <pre>{@code
 * @CoherentIdentity
 * record PatientDto(@ValidInsMatricule String matricule, String birthName, String firstNames,
 *         String birthDate, String sex, @ValidBirthPlaceCode String birthPlaceCode)
 *         implements InsIdentityFields { }
 * }</pre>
 */
public interface InsIdentityFields {

    /**
     * Returns the matricule.
     *
     * @return the matricule text, or {@code null}
     */
    @Nullable CharSequence matricule();

    /**
     * Returns the sex code.
     *
     * @return {@code M}, {@code F}, or {@code null}
     */
    @Nullable CharSequence sex();

    /**
     * Returns the birth date in strict form.
     *
     * @return {@code YYYY-MM-DD} ({@code 00} for unknown parts), or {@code null}
     */
    @Nullable CharSequence birthDate();

    /**
     * Returns the birth place code.
     *
     * @return the five-character code, or {@code null}
     */
    @Nullable CharSequence birthPlaceCode();
}
