package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * The birth first names (prénoms de naissance): the whole list, as INSi writes it
 * ({@code ListePrenom}), first names separated by spaces, a composed first name keeping its hyphen:
 * {@code PIERRE-ALAIN MURIEL}.
 *
 * <p><b>TRT-1 strict form</b>: as {@link BirthName}, except that a double hyphen is not allowed and
 * a first name does not end with a hyphen or an apostrophe; at most 100 characters for the list.
 *
 * <p><b>TRT-2</b>: the list is the trait. A first birth first name given on its own (FHIR
 * {@code given}, CDA qualifier {@code BR}, a form) must be consistent with the start of the list,
 * hyphens and apostrophes counting as spaces: see {@link #isConsistentWith(CharSequence)}.
 *
 * <p>Personal data: {@code toString()} gives only the number of first names and the length.
 *
 * <pre>{@code
 * BirthFirstNames names = BirthFirstNames.parse("JEAN CHRISTOPHE PIERRE");
 * names.first();                                   // "JEAN"
 * names.isConsistentWith("Jean-Christophe");       // true
 * names.isConsistentWith("CHRISTOPHE");            // false
 * }</pre>
 */
public final class BirthFirstNames {

    private final String value;

    private BirthFirstNames(String value) {
        this.value = value;
    }

    /**
     * Builds the list from its strict form (TRT-1), as INSi gives it.
     *
     * @param strict the list, e.g. {@code PIERRE-ALAIN MURIEL}
     * @return the first names
     * @throws InvalidTraitException if the text is not in strict form
     */
    public static BirthFirstNames parse(@Nullable CharSequence strict) {
        return new BirthFirstNames(NameRules.check(strict, Trait.BIRTH_FIRST_NAMES));
    }

    /**
     * Builds the list from what a person typed: normalised first (TRT-5), then checked (TRT-1).
     *
     * @param typed the typed text, e.g. {@code Sarah-Lou  Marie}
     * @return the first names
     * @throws InvalidTraitException if no normalisation brings the text to the strict form; the
     *     index is then in the normalised text
     */
    public static BirthFirstNames parseTyped(@Nullable CharSequence typed) {
        if (typed == null) {
            return parse(null);
        }
        return parse(TraitNormalizer.normalize(typed));
    }

    /**
     * Returns the whole list in strict form. Personal data.
     *
     * @return e.g. {@code PIERRE-ALAIN MURIEL}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the first names, in order.
     *
     * @return e.g. {@code [PIERRE-ALAIN, MURIEL]}
     */
    public List<String> names() {
        return NameRules.split(value, " ");
    }

    /**
     * Returns the first birth first name (INSi {@code Prenom}, FHIR {@code given}).
     *
     * @return e.g. {@code PIERRE-ALAIN}
     */
    public String first() {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    /**
     * Tells whether a first name given on its own is consistent with the start of this list
     * (TRT-2): once normalised (TRT-5), its words — hyphens and apostrophes counting as spaces — are
     * the first words of the list. With {@code JEAN CHRISTOPHE PIERRE}: {@code JEAN},
     * {@code JEAN CHRISTOPHE}, {@code JEAN-CHRISTOPHE} and {@code JEAN-CHRISTOPHE-PIERRE} are
     * consistent; {@code CHRISTOPHE} is not.
     *
     * @param firstName the first name, strict or typed
     * @return whether it is consistent with the start of the list
     * @throws NullPointerException if {@code firstName} is {@code null}
     */
    public boolean isConsistentWith(CharSequence firstName) {
        Objects.requireNonNull(firstName, "firstName must not be null");
        List<String> given = words(TraitNormalizer.normalize(firstName));
        List<String> list = words(value);
        return !given.isEmpty() && given.size() <= list.size()
                && list.subList(0, given.size()).equals(given);
    }

    /**
     * Splits a normalised text into words, hyphens and apostrophes counting as spaces (TRT-2).
     *
     * @param normalized a text normalised by {@link TraitNormalizer}
     * @return the words, without empty ones
     */
    static List<String> words(String normalized) {
        return NameRules.split(normalized, " -'");
    }

    /**
     * Compares the strict forms (TRT-8).
     *
     * @param other the object to compare with
     * @return whether {@code other} is the same list in strict form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BirthFirstNames && ((BirthFirstNames) other).value.equals(value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(BirthFirstNames.class, value);
    }

    /**
     * Returns a masked form, e.g. {@code BirthFirstNames[2 names, masked, 19 characters]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        int count = names().size();
        return "BirthFirstNames[" + count + (count == 1 ? " name, " : " names, ")
                + NameRules.mask(value) + "]";
    }
}
