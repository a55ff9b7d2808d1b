package io.github.ins4j.insi;

import io.github.ins4j.error.InsException;
import io.github.ins4j.insi.InsiRequestException.Reason;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one search by traits sends ({@code RECSANSVITALE}): birth name, the first name(s) sent in
 * {@code Prenom}, sex, birth date and, optionally, the birth place code. Every value is an ins4j
 * value in strict form, so only the INSi alphabet reaches the wire (INSI-2, TRT-1): {@code A-Z},
 * space, {@code '}, {@code -}, and {@code --} in a birth name only. A text outside it is refused
 * by {@link #parse}, never transliterated; the explicit conversion is {@link #parseTyped} (the
 * core's TRT-5 normalisation), which the caller chooses to use.
 *
 * <p>{@code toString()} masks every value.
 *
 * <pre>{@code
 * InsiSearch search = InsiSearch.parse("DE VINCI", "LEONARDO", "M", "2014-02-01", null);
 * InsiSearch refined = search.withBirthPlace(BirthPlaceCode.parse("63220"));
 * InsiSearch fromTraits = InsiSearch.from(record.traits());   // whole first-name list, place if known
 * }</pre>
 */
public final class InsiSearch {

    private final BirthName birthName;
    private final BirthFirstNames firstNames;
    private final Sex sex;
    private final BirthDate birthDate;
    private final @Nullable BirthPlaceCode birthPlace;

    private InsiSearch(BirthName birthName, BirthFirstNames firstNames, Sex sex, BirthDate birthDate,
            @Nullable BirthPlaceCode birthPlace) {
        this.birthName = birthName;
        this.firstNames = firstNames;
        this.sex = sex;
        this.birthDate = birthDate;
        this.birthPlace = birthPlace == null || birthPlace.isUnknown() ? null : birthPlace;
    }

    /**
     * A search without birth place.
     *
     * @param birthName  the birth name
     * @param firstNames the first name(s) to send in {@code Prenom}: one name, or the list
     * @param sex        the sex
     * @param birthDate  the birth date (lunar dates are sent with {@code 00})
     * @return the search
     */
    public static InsiSearch of(BirthName birthName, BirthFirstNames firstNames, Sex sex, BirthDate birthDate) {
        return new InsiSearch(Objects.requireNonNull(birthName, "birthName must not be null"),
                Objects.requireNonNull(firstNames, "firstNames must not be null"),
                Objects.requireNonNull(sex, "sex must not be null"),
                Objects.requireNonNull(birthDate, "birthDate must not be null"), null);
    }

    /**
     * A search with the whole first-name list and, when known (not {@code 99999}), the birth place.
     *
     * @param traits the local traits
     * @return the search
     */
    public static InsiSearch from(Traits traits) {
        Objects.requireNonNull(traits, "traits must not be null");
        return of(traits.birthName(), traits.firstNames(), traits.sex(), traits.birthDate())
                .withBirthPlace(traits.birthPlace());
    }

    /**
     * A search for the traits of a record, refused for a doubtful or fictitious identity (INSI-1).
     *
     * @param record the identity record
     * @return the search
     * @throws InsiRequestException with {@code BLOCKED_IDENTITY} if the identity is doubtful or
     *     fictitious
     */
    public static InsiSearch from(IdentityRecord record) {
        refuseIfBlocked(record);
        return from(record.traits());
    }

    static void refuseIfBlocked(IdentityRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        if (record.isBlocked()) {
            throw new InsiRequestException(Reason.BLOCKED_IDENTITY, -1, "INSi is not called for a"
                    + " doubtful or fictitious identity; remove the attribute first (INSI-1, QUA-1)", null);
        }
    }

    /**
     * Builds a search from strict texts (INSI-2): nothing is converted.
     *
     * @param birthName  {@code NomNaissance}, strict
     * @param firstNames {@code Prenom}, strict
     * @param sex        {@code M} or {@code F}
     * @param birthDate  {@code YYYY-MM-DD}
     * @param birthPlace the 5-character code, or {@code null} not to send it
     * @return the search
     * @throws InsiRequestException with {@code NOT_STRICT}, the index of the first bad character
     *     and the core's refusal as cause, for a text outside the INSi alphabet or format
     */
    public static InsiSearch parse(@Nullable CharSequence birthName, @Nullable CharSequence firstNames,
            @Nullable CharSequence sex, @Nullable CharSequence birthDate, @Nullable CharSequence birthPlace) {
        try {
            return new InsiSearch(BirthName.parse(birthName), BirthFirstNames.parse(firstNames), Sex.parse(sex),
                    BirthDate.parse(birthDate), birthPlace == null ? null : BirthPlaceCode.parse(birthPlace));
        } catch (InsException e) {
            throw new InsiRequestException(Reason.NOT_STRICT, e.errorIndex(), "a value is not in the strict"
                    + " INSi form (" + e.reason().messageKey() + "); convert it explicitly with the core's"
                    + " parseTyped if the person agrees (INSI-2)", e);
        }
    }

    /**
     * Builds a search from what a person typed, <b>converted explicitly</b> to the strict INSi form
     * by the core's TRT-5 normalisation (upper case, accents removed, ligatures expanded,
     * {@code ’} to {@code '}, dashes unified, spaces collapsed). Use it only when the caller decided
     * that the converted values are the person's (INSI-2): {@code D’ÆION} is sent as
     * {@code D'AEION}.
     *
     * <pre>{@code
     * InsiSearch search = InsiSearch.parseTyped("d’Æion", "Cœur", "m", "01/01/1987", null);
     * search.birthName().value();   // "D'AEION"
     * }</pre>
     *
     * @param birthName  the typed birth name
     * @param firstNames the typed first name(s)
     * @param sex        the typed sex ({@code m}, {@code F}…)
     * @param birthDate  the typed date ({@code DD/MM/YYYY} or {@code YYYY-MM-DD})
     * @param birthPlace the typed code, or {@code null} not to send it
     * @return the search
     * @throws InsiRequestException with {@code NOT_STRICT} and the core's refusal as cause when no
     *     conversion brings a value to the strict form (digits, emoji, impossible date…)
     */
    public static InsiSearch parseTyped(@Nullable CharSequence birthName, @Nullable CharSequence firstNames,
            @Nullable CharSequence sex, @Nullable CharSequence birthDate, @Nullable CharSequence birthPlace) {
        try {
            return new InsiSearch(BirthName.parseTyped(birthName), BirthFirstNames.parseTyped(firstNames),
                    Sex.parseTyped(sex), BirthDate.parseTyped(birthDate),
                    birthPlace == null ? null : BirthPlaceCode.parseTyped(birthPlace));
        } catch (InsException e) {
            throw new InsiRequestException(Reason.NOT_STRICT, e.errorIndex(), "a typed value cannot be brought to"
                    + " the strict INSi form (" + e.reason().messageKey() + ")", e);
        }
    }

    /**
     * Returns the same search with other first names in {@code Prenom}.
     *
     * @param names the first name(s) to send
     * @return a new search
     */
    public InsiSearch withFirstNames(BirthFirstNames names) {
        return new InsiSearch(birthName, Objects.requireNonNull(names, "names must not be null"), sex,
                birthDate, birthPlace);
    }

    /**
     * Returns the same search with a birth place; {@code 99999} (unknown) removes it.
     *
     * @param place the birth place code
     * @return a new search
     */
    public InsiSearch withBirthPlace(BirthPlaceCode place) {
        return new InsiSearch(birthName, firstNames, sex, birthDate,
                Objects.requireNonNull(place, "place must not be null"));
    }

    /**
     * Returns the same search without birth place.
     *
     * @return a new search
     */
    public InsiSearch withoutBirthPlace() {
        return new InsiSearch(birthName, firstNames, sex, birthDate, null);
    }

    /**
     * Returns the birth name sent.
     *
     * @return the birth name
     */
    public BirthName birthName() {
        return birthName;
    }

    /**
     * Returns the first name(s) sent in {@code Prenom}.
     *
     * @return the first names
     */
    public BirthFirstNames firstNames() {
        return firstNames;
    }

    /**
     * Returns the sex sent.
     *
     * @return the sex
     */
    public Sex sex() {
        return sex;
    }

    /**
     * Returns the birth date sent.
     *
     * @return the birth date
     */
    public BirthDate birthDate() {
        return birthDate;
    }

    /**
     * Returns the birth place sent, if any.
     *
     * @return the code, empty when not sent
     */
    public Optional<BirthPlaceCode> birthPlace() {
        return Optional.ofNullable(birthPlace);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InsiSearch s && s.birthName.equals(birthName) && s.firstNames.equals(firstNames)
                && s.sex == sex && s.birthDate.equals(birthDate) && Objects.equals(s.birthPlace, birthPlace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(birthName, firstNames, sex, birthDate, birthPlace);
    }

    /**
     * Returns a masked form: lengths and counts only.
     *
     * @return e.g. {@code InsiSearch[BirthName[masked, 8 characters], ..., birth place sent]}
     */
    @Override
    public String toString() {
        return "InsiSearch[" + birthName + ", " + firstNames + ", " + birthDate + ", sex masked, birth place "
                + (birthPlace == null ? "not sent" : "sent") + "]";
    }
}
