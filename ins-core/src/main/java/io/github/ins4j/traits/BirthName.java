package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The birth name (nom de naissance), as INSi writes it ({@code NomNaissance}).
 *
 * <p><b>TRT-1 strict form</b>: upper-case {@code A}-{@code Z}, space, apostrophe and hyphen only;
 * no leading space or hyphen, no trailing space or hyphen; a space or an apostrophe is never doubled
 * nor next to another separator; a double hyphen {@code --} separates the two names of a double
 * family name ({@code MARTIN--DURAND}); at most 100 characters.
 *
 * <p><b>TRT-8</b>: two birth names are {@code equals} when their strict forms are; compare
 * identities across sources with the matcher, not with {@code equals}.
 *
 * <p>Personal data: {@code toString()} gives only the length.
 *
 * <pre>{@code
 * BirthName strict = BirthName.parse("D'ARTAGNAN");          // from INSi
 * BirthName typed = BirthName.parseTyped(" d’Artagnan ");  // normalised first (TRT-5)
 * strict.equals(typed);                                    // true
 * }</pre>
 */
public final class BirthName {

    private final String value;

    private BirthName(String value) {
        this.value = value;
    }

    /**
     * Builds a birth name from its strict form (TRT-1), as INSi or an INS document gives it.
     *
     * @param strict the strict form, e.g. {@code MARTIN--DURAND}
     * @return the birth name
     * @throws InvalidTraitException if the text is not in strict form, with the position of the
     *     first bad character
     */
    public static BirthName parse(@Nullable CharSequence strict) {
        return new BirthName(NameRules.check(strict, Trait.BIRTH_NAME));
    }

    /**
     * Builds a birth name from what a person typed: normalised first (TRT-5), then checked (TRT-1).
     *
     * @param typed the typed text, e.g. {@code garcía}
     * @return the birth name
     * @throws InvalidTraitException if the text is null, blank, or holds characters that no
     *     normalisation brings to the strict form (digits, emoji…); the index is then in the
     *     normalised text
     */
    public static BirthName parseTyped(@Nullable CharSequence typed) {
        if (typed == null) {
            return parse(null);
        }
        return parse(TraitNormalizer.normalize(typed));
    }

    /**
     * Returns the strict form. Personal data.
     *
     * @return e.g. {@code MARTIN--DURAND}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the names a compound birth name is made of, split on double hyphens, hyphens and
     * spaces: {@code MARTIN--DURAND} gives {@code [MARTIN, DURAND]}.
     *
     * @return the parts, at least one
     */
    public List<String> parts() {
        return NameRules.split(value, " -");
    }

    /**
     * Compares the strict forms (TRT-8).
     *
     * @param other the object to compare with
     * @return whether {@code other} is a birth name with the same strict form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BirthName && ((BirthName) other).value.equals(value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(BirthName.class, value);
    }

    /**
     * Returns a masked form: the length only, e.g. {@code BirthName[masked, 6 characters]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "BirthName[" + NameRules.mask(value) + "]";
    }
}
