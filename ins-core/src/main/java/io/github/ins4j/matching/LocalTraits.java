package io.github.ins4j.matching;

import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The traits of the local identity — what the desk typed or the local record holds — to be
 * compared with an INSi answer by {@link TraitMatcher}. Any trait may be missing. Names keep the
 * text as typed, so that the report can tell {@code IDENTICAL} from {@code EQUIVALENT} (TRT-6).
 *
 * <pre>{@code
 * LocalTraits desk = LocalTraits.builder()
 *         .birthName("garcía")
 *         .firstNames("Sarah-Lou")
 *         .birthDate("12/03/1985")
 *         .sex("f")
 *         .build();                 // birth place unknown at the desk
 * }</pre>
 *
 * <p>{@code toString()} masks every value.
 */
public final class LocalTraits {

    private final @Nullable String typedBirthName;
    private final @Nullable BirthName birthName;
    private final @Nullable String typedFirstNames;
    private final @Nullable BirthFirstNames firstNames;
    private final @Nullable BirthDate birthDate;
    private final @Nullable Sex sex;
    private final @Nullable BirthPlaceCode birthPlace;

    private LocalTraits(Builder b) {
        this.typedBirthName = b.typedBirthName;
        this.birthName = b.birthName;
        this.typedFirstNames = b.typedFirstNames;
        this.firstNames = b.firstNames;
        this.birthDate = b.birthDate;
        this.sex = b.sex;
        this.birthPlace = b.birthPlace;
    }

    /**
     * Starts a set of local traits, all missing.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes the five strict traits as local traits (e.g. a local record already qualified).
     *
     * @param traits the traits
     * @return the local traits, all present
     */
    public static LocalTraits from(Traits traits) {
        Objects.requireNonNull(traits, "traits must not be null");
        Builder b = new Builder();
        b.typedBirthName = traits.birthName().value();
        b.birthName = traits.birthName();
        b.typedFirstNames = traits.firstNames().value();
        b.firstNames = traits.firstNames();
        b.birthDate = traits.birthDate();
        b.sex = traits.sex();
        b.birthPlace = traits.birthPlace();
        return b.build();
    }

    /**
     * Returns the birth name as typed. Personal data.
     *
     * @return the typed text, or empty when missing
     */
    public Optional<String> typedBirthName() {
        return Optional.ofNullable(typedBirthName);
    }

    /**
     * Returns the birth name, normalised.
     *
     * @return the birth name, or empty when missing
     */
    public Optional<BirthName> birthName() {
        return Optional.ofNullable(birthName);
    }

    /**
     * Returns the first names as typed. Personal data.
     *
     * @return the typed text, or empty when missing
     */
    public Optional<String> typedFirstNames() {
        return Optional.ofNullable(typedFirstNames);
    }

    /**
     * Returns the first names, normalised.
     *
     * @return the first names, or empty when missing
     */
    public Optional<BirthFirstNames> firstNames() {
        return Optional.ofNullable(firstNames);
    }

    /**
     * Returns the birth date.
     *
     * @return the date, or empty when missing
     */
    public Optional<BirthDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /**
     * Returns the sex.
     *
     * @return the sex, or empty when missing
     */
    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    /**
     * Returns the birth place code.
     *
     * @return the code, or empty when missing
     */
    public Optional<BirthPlaceCode> birthPlace() {
        return Optional.ofNullable(birthPlace);
    }

    // Package-private raw access for the matcher, without Optional allocation.
    @Nullable String rawBirthName() {
        return typedBirthName;
    }

    @Nullable BirthName strictBirthName() {
        return birthName;
    }

    @Nullable String rawFirstNames() {
        return typedFirstNames;
    }

    @Nullable BirthFirstNames strictFirstNames() {
        return firstNames;
    }

    @Nullable BirthDate date() {
        return birthDate;
    }

    @Nullable Sex sexOrNull() {
        return sex;
    }

    @Nullable BirthPlaceCode placeOrNull() {
        return birthPlace;
    }

    /**
     * Converts what the desk typed into the five strict traits that an identity record starts with
     * ({@link io.github.ins4j.qualification.IdentityQualifier#start(LocalTraits, String)}): the one
     * conversion from the counter's form to the INS form. The names are already normalised (TRT-5);
     * a birth place not asked at the desk becomes {@code 99999}, unknown (TRT-4) <b>[decision]</b>.
     *
     * <pre>{@code
     * Traits traits = LocalTraits.builder().birthName("García").firstNames("Sarah–Lou")
     *         .birthDate("12/04/1989").sex("f").build().toTraits();   // birth place 99999
     * }</pre>
     *
     * @return the five traits
     * @throws InvalidTraitException with reason {@code NULL} and the trait when the birth name, the
     *     first names, the birth date or the sex is missing
     */
    public Traits toTraits() {
        return Traits.of(birthName, firstNames, birthDate, sex,
                birthPlace != null ? birthPlace : BirthPlaceCode.parse(BirthPlaceCode.UNKNOWN_CODE));
    }

    /**
     * Returns a masked form that says which traits are present.
     *
     * @return e.g. {@code LocalTraits[birth name, first names, birth date, sex; masked]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LocalTraits[");
        String sep = "";
        if (birthName != null) {
            sb.append(sep).append("birth name");
            sep = ", ";
        }
        if (firstNames != null) {
            sb.append(sep).append("first names");
            sep = ", ";
        }
        if (birthDate != null) {
            sb.append(sep).append("birth date");
            sep = ", ";
        }
        if (sex != null) {
            sb.append(sep).append("sex");
            sep = ", ";
        }
        if (birthPlace != null) {
            sb.append(sep).append("birth place");
        }
        return sb.append("; masked]").toString();
    }

    /**
     * Builds {@link LocalTraits}. Each setter checks its value at once (lenient factories, TRT-5)
     * and throws {@link InvalidTraitException} with the position of the problem.
     */
    public static final class Builder {
        private @Nullable String typedBirthName;
        private @Nullable BirthName birthName;
        private @Nullable String typedFirstNames;
        private @Nullable BirthFirstNames firstNames;
        private @Nullable BirthDate birthDate;
        private @Nullable Sex sex;
        private @Nullable BirthPlaceCode birthPlace;

        private Builder() {
        }

        /**
         * Sets the birth name as typed.
         *
         * @param typed the typed text, e.g. {@code garcía}
         * @return this builder
         * @throws InvalidTraitException if it cannot be normalised to a strict birth name
         */
        public Builder birthName(@Nullable CharSequence typed) {
            BirthName name = BirthName.parseTyped(typed);
            this.birthName = name;
            this.typedBirthName = typed == null ? name.value() : typed.toString();
            return this;
        }

        /**
         * Sets the first names as typed.
         *
         * @param typed the typed list, e.g. {@code Sarah-Lou Marie}
         * @return this builder
         * @throws InvalidTraitException if it cannot be normalised to strict first names
         */
        public Builder firstNames(@Nullable CharSequence typed) {
            BirthFirstNames names = BirthFirstNames.parseTyped(typed);
            this.firstNames = names;
            this.typedFirstNames = typed == null ? names.value() : typed.toString();
            return this;
        }

        /**
         * Sets the birth date as typed ({@code DD/MM/YYYY} or {@code YYYY-MM-DD}).
         *
         * @param typed the typed date
         * @return this builder
         * @throws InvalidTraitException if it is not a possible past date
         */
        public Builder birthDate(@Nullable CharSequence typed) {
            this.birthDate = BirthDate.parseTyped(typed);
            return this;
        }

        /**
         * Sets the birth date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder birthDate(BirthDate date) {
            this.birthDate = Objects.requireNonNull(date, "date must not be null");
            return this;
        }

        /**
         * Sets the sex as typed ({@code m}, {@code F}…).
         *
         * @param typed the typed code
         * @return this builder
         * @throws InvalidTraitException if it is not M or F
         */
        public Builder sex(@Nullable CharSequence typed) {
            this.sex = Sex.parseTyped(typed);
            return this;
        }

        /**
         * Sets the sex.
         *
         * @param sex the sex
         * @return this builder
         */
        public Builder sex(Sex sex) {
            this.sex = Objects.requireNonNull(sex, "sex must not be null");
            return this;
        }

        /**
         * Sets the birth place code as typed.
         *
         * @param typed the typed code
         * @return this builder
         * @throws InvalidTraitException if it is not a birth place code
         */
        public Builder birthPlace(@Nullable CharSequence typed) {
            this.birthPlace = BirthPlaceCode.parseTyped(typed);
            return this;
        }

        /**
         * Builds the local traits.
         *
         * @return the local traits
         */
        public LocalTraits build() {
            return new LocalTraits(this);
        }
    }
}
