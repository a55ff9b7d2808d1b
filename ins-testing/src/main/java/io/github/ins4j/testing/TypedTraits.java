package io.github.ins4j.testing;

import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.traits.Traits;
import java.util.Locale;
import java.util.Objects;

/**
 * The five traits "as typed at the desk" together with the strict traits they stand for: random
 * case, accents, ligatures, typographic apostrophes ({@code ’}) and dashes ({@code –}), runs of
 * spaces and no-break spaces, spaces around; dates as {@code DD/MM/YYYY}, {@code D.M.YYYY}…
 * ({@code 00} for an unknown part); {@code m} / {@code f}; {@code 2a004}.
 *
 * <p>Every typed text goes back to the strict trait through the typed-text factories of ins-core
 * ({@code BirthName.parseTyped}…, TRT-5), so {@link #toLocalTraits()} compared with
 * {@link #strict()} by {@link io.github.ins4j.matching.TraitMatcher} gives {@code MATCH} (TRT-6),
 * each trait {@code IDENTICAL} or {@code EQUIVALENT}.
 *
 * <pre>{@code
 * @Property
 * void the_desk_finds_the_person(@ForAll TypedTraits desk) {
 *     MatchReport report = TraitMatcher.compare(desk.toLocalTraits(), desk.strict());
 *     InsAssertions.assertThat(report).hasVerdict(Verdict.MATCH);
 * }
 * }</pre>
 *
 * <p>Instances come from {@link TraitsArbitrary#typed()} or {@link InsArbitraries#typedTraits()}.
 * The texts are fictitious but {@code toString()} masks them like the traits themselves.
 */
public final class TypedTraits {

    private static final int DATE_STYLES = 7;
    private static final int SHORT_STYLES = 4;

    private final Traits strict;
    private final String birthName;
    private final String firstNames;
    private final String birthDate;
    private final String sex;
    private final String birthPlace;

    private TypedTraits(Traits strict, String birthName, String firstNames, String birthDate, String sex,
            String birthPlace) {
        this.strict = strict;
        this.birthName = birthName;
        this.firstNames = firstNames;
        this.birthDate = birthDate;
        this.sex = sex;
        this.birthPlace = birthPlace;
    }

    /** Types strict traits with the given drawn choices. */
    static TypedTraits type(Traits strict, Typing name, Typing first, int dateStyle, int sexStyle,
            int placeStyle) {
        Objects.requireNonNull(strict, "strict must not be null");
        return new TypedTraits(strict, name.type(strict.birthName().value()),
                first.type(strict.firstNames().value()),
                typeDate(strict.birthDate().value(), dateStyle % DATE_STYLES),
                typeShort(strict.sex().code(), sexStyle % SHORT_STYLES),
                typeShort(strict.birthPlace().value(), placeStyle % SHORT_STYLES));
    }

    private static String typeDate(String iso, int style) {
        String year = iso.substring(0, 4);
        String month = iso.substring(5, 7);
        String day = iso.substring(8, 10);
        return switch (style) {
            case 0 -> iso;
            case 1 -> day + "/" + month + "/" + year;
            case 2 -> Integer.parseInt(day) + "/" + Integer.parseInt(month) + "/" + year;
            case 3 -> day + "-" + month + "-" + year;
            case 4 -> day + "." + month + "." + year;
            case 5 -> day + " " + month + " " + year;
            default -> " " + day + "/" + month + "/" + year + " ";
        };
    }

    private static String typeShort(String code, int style) {
        return switch (style) {
            case 0 -> code;
            case 1 -> code.toLowerCase(Locale.ROOT);
            case 2 -> " " + code + " ";
            default -> " " + code.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Returns the strict traits the typed texts stand for, as INSi would return them.
     *
     * @return the strict traits
     */
    public Traits strict() {
        return strict;
    }

    /**
     * Returns the birth name as typed, e.g. {@code " garcía"} or {@code "d’Artagnan"}.
     *
     * @return the typed birth name
     */
    public String birthName() {
        return birthName;
    }

    /**
     * Returns the first names as typed, e.g. {@code "Sarah–Lou  marie"}.
     *
     * @return the typed list of first names
     */
    public String firstNames() {
        return firstNames;
    }

    /**
     * Returns the birth date as typed, e.g. {@code "12/04/1989"}, {@code "00/00/1960"} or
     * {@code "1989-04-12"}.
     *
     * @return the typed birth date
     */
    public String birthDate() {
        return birthDate;
    }

    /**
     * Returns the sex as typed, e.g. {@code "f"} or {@code " M "}.
     *
     * @return the typed sex
     */
    public String sex() {
        return sex;
    }

    /**
     * Returns the birth place code as typed, e.g. {@code "2a004"} or {@code " 69123 "}.
     *
     * @return the typed birth place code
     */
    public String birthPlace() {
        return birthPlace;
    }

    /**
     * Returns the typed texts as the local traits the desk would record, all five present.
     *
     * @return the local traits, to compare with {@link #strict()}
     */
    public LocalTraits toLocalTraits() {
        return LocalTraits.builder()
                .birthName(birthName)
                .firstNames(firstNames)
                .birthDate(birthDate)
                .sex(sex)
                .birthPlace(birthPlace)
                .build();
    }

    /**
     * Compares the typed texts and the strict traits.
     *
     * @param other the object to compare with
     * @return whether {@code other} holds the same texts and traits
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TypedTraits t && t.strict.equals(strict) && t.birthName.equals(birthName)
                && t.firstNames.equals(firstNames) && t.birthDate.equals(birthDate) && t.sex.equals(sex)
                && t.birthPlace.equals(birthPlace);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(strict, birthName, firstNames, birthDate, sex, birthPlace);
    }

    /**
     * Returns a masked form: the lengths of the typed names and the masked strict traits.
     *
     * @return e.g. {@code TypedTraits[birth name typed with 8 characters, first names typed with 17
     *     characters, Traits[...]]}
     */
    @Override
    public String toString() {
        return "TypedTraits[birth name typed with " + birthName.length() + " characters, first names typed with "
                + firstNames.length() + " characters, " + strict + "]";
    }
}
