package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The five INS traits, in strict form, as INSi returns them or as an INS document carries them.
 * All five are required; an unknown birth place is {@code 99999}.
 *
 * <p>{@code toString()} masks every value.
 *
 * <pre>{@code
 * Traits traits = new Traits(BirthName.parse("GARCIA"), BirthFirstNames.parse("SARAH-LOU MARIE"),
 *         BirthDate.parse("1985-03-12"), Sex.F, BirthPlaceCode.parse("75056"));
 * }</pre>
 *
 * @param birthName  the birth name
 * @param firstNames the birth first names
 * @param birthDate  the birth date
 * @param sex        the sex
 * @param birthPlace the birth place code
 */
public record Traits(BirthName birthName, BirthFirstNames firstNames, BirthDate birthDate, Sex sex,
        BirthPlaceCode birthPlace) {

    /**
     * Checks that no trait is {@code null}.
     *
     * @param birthName the birth name
     * @param firstNames the birth first names
     * @param birthDate the birth date
     * @param sex the sex
     * @param birthPlace the birth place code
     * @throws NullPointerException naming the missing trait
     */
    public Traits {
        Objects.requireNonNull(birthName, "birthName must not be null");
        Objects.requireNonNull(firstNames, "firstNames must not be null");
        Objects.requireNonNull(birthDate, "birthDate must not be null");
        Objects.requireNonNull(sex, "sex must not be null");
        Objects.requireNonNull(birthPlace, "birthPlace must not be null");
    }

    /**
     * Assembles the five traits from their parts, refusing a missing one with its name (rather than
     * a {@link NullPointerException}), e.g. when a local form left it empty.
     *
     * <pre>{@code
     * Traits traits = Traits.of(BirthName.parse("GARCIA"), BirthFirstNames.parse("SARAH-LOU"),
     *         BirthDate.parse("1989-04-12"), Sex.F, BirthPlaceCode.parse("99999"));
     * }</pre>
     *
     * @param birthName  the birth name
     * @param firstNames the birth first names
     * @param birthDate  the birth date
     * @param sex        the sex
     * @param birthPlace the birth place code ({@code 99999} when unknown)
     * @return the traits
     * @throws InvalidTraitException with reason {@code NULL} and the trait, for the first one missing
     */
    public static Traits of(@Nullable BirthName birthName, @Nullable BirthFirstNames firstNames,
            @Nullable BirthDate birthDate, @Nullable Sex sex, @Nullable BirthPlaceCode birthPlace) {
        return new Traits(present(Trait.BIRTH_NAME, birthName), present(Trait.BIRTH_FIRST_NAMES, firstNames),
                present(Trait.BIRTH_DATE, birthDate), present(Trait.SEX, sex),
                present(Trait.BIRTH_PLACE_CODE, birthPlace));
    }

    private static <T> T present(Trait trait, @Nullable T value) {
        if (value == null) {
            throw new InvalidTraitException(trait, InvalidTraitException.Reason.NULL, -1,
                    "the " + trait.label() + " is missing; the five INS traits are all required");
        }
        return value;
    }

    /**
     * Reads the five traits from their strict INSi texts.
     *
     * @param birthName  {@code NomNaissance}
     * @param firstNames {@code ListePrenom}
     * @param birthDate  {@code DateNaissance}
     * @param sex        {@code Sexe}
     * @param birthPlace {@code LieuNaissance}
     * @return the traits
     * @throws InvalidTraitException for the first trait that is not in strict form
     */
    public static Traits parse(@Nullable CharSequence birthName, @Nullable CharSequence firstNames,
            @Nullable CharSequence birthDate, @Nullable CharSequence sex, @Nullable CharSequence birthPlace) {
        return new Traits(BirthName.parse(birthName), BirthFirstNames.parse(firstNames),
                BirthDate.parse(birthDate), Sex.parse(sex), BirthPlaceCode.parse(birthPlace));
    }

    /**
     * Returns a masked form, e.g.
     * {@code Traits[BirthName[masked, 6 characters], BirthFirstNames[...], ...]}; the sex is masked too.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "Traits[" + birthName + ", " + firstNames + ", " + birthDate + ", sex masked, "
                + birthPlace + "]";
    }
}
