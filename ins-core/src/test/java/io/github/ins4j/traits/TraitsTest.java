package io.github.ins4j.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The five traits together: required, and masked in {@code toString()}. */
class TraitsTest {

    static final BirthName NAME = BirthName.parse("GARCIA");
    static final BirthFirstNames FIRST_NAMES = BirthFirstNames.parse("SARAH-LOU MARIE");
    static final BirthDate DATE = BirthDate.parse("1985-03-12");
    static final BirthPlaceCode PLACE = BirthPlaceCode.parse("75056");

    @Test
    void parse_reads_the_five_strict_texts() {
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1985-03-12", "F", "75056");
        assertThat(traits).isEqualTo(new Traits(NAME, FIRST_NAMES, DATE, Sex.F, PLACE));
        assertThat(traits.hashCode()).isEqualTo(new Traits(NAME, FIRST_NAMES, DATE, Sex.F, PLACE).hashCode());
        assertThat(traits.birthName()).isEqualTo(NAME);
        assertThat(traits.birthPlace().value()).isEqualTo("75056");
    }

    @Test
    void parse_refuses_a_trait_not_in_strict_form_and_says_which() {
        assertThat(catchThrowableOfType(InvalidTraitException.class,
                () -> Traits.parse("Garcia", "SARAH-LOU MARIE", "1985-03-12", "F", "75056")).trait())
                .isEqualTo(Trait.BIRTH_NAME);
        assertThat(catchThrowableOfType(InvalidTraitException.class,
                () -> Traits.parse("GARCIA", "SARAH--LOU", "1985-03-12", "F", "75056")).trait())
                .isEqualTo(Trait.BIRTH_FIRST_NAMES);
        assertThat(catchThrowableOfType(InvalidTraitException.class,
                () -> Traits.parse("GARCIA", "SARAH-LOU MARIE", "12/03/1985", "F", "75056")).trait())
                .isEqualTo(Trait.BIRTH_DATE);
        InvalidTraitException sex = catchThrowableOfType(InvalidTraitException.class,
                () -> Traits.parse("GARCIA", "SARAH-LOU MARIE", "1985-03-12", "f", "75056"));
        assertThat(sex.trait()).isEqualTo(Trait.SEX);
        assertThat(sex.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(catchThrowableOfType(InvalidTraitException.class,
                () -> Traits.parse("GARCIA", "SARAH-LOU MARIE", "1985-03-12", "F", "2a004")).trait())
                .isEqualTo(Trait.BIRTH_PLACE_CODE);
    }

    @Test
    void null_components_are_refused_by_name() {
        assertThatThrownBy(() -> new Traits(null, FIRST_NAMES, DATE, Sex.F, PLACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("birthName");
        assertThatThrownBy(() -> new Traits(NAME, null, DATE, Sex.F, PLACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("firstNames");
        assertThatThrownBy(() -> new Traits(NAME, FIRST_NAMES, null, Sex.F, PLACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("birthDate");
        assertThatThrownBy(() -> new Traits(NAME, FIRST_NAMES, DATE, null, PLACE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sex");
        assertThatThrownBy(() -> new Traits(NAME, FIRST_NAMES, DATE, Sex.F, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("birthPlace");
    }

    @Test
    void to_string_masks_the_example() {
        String shown = new Traits(NAME, FIRST_NAMES, DATE, Sex.F, PLACE).toString();
        assertThat(shown).doesNotContain("GARCIA", "SARAH", "LOU", "MARIE", "1985", "75056");
        assertThat(shown).isEqualTo(new Traits(NAME, FIRST_NAMES, DATE, Sex.M, PLACE).toString());
    }

    // ---- properties --------------------------------------------------------------------------

    @Property(tries = 300)
    void to_string_never_contains_the_values(@ForAll("traits") Traits traits) {
        String shown = traits.toString();
        if (traits.birthName().value().length() >= 5) {
            assertThat(shown).doesNotContain(traits.birthName().value());
        }
        for (String word : Names.wordsOf(traits.firstNames().value())) {
            if (word.length() >= 5) {
                assertThat(shown).doesNotContain(word);
            }
        }
        // single letters ("A") may appear in the type names; the shape property below covers them
        if (traits.firstNames().value().length() >= 5) {
            assertThat(shown).doesNotContain(traits.firstNames().value());
        }
        assertThat(shown).doesNotContain(traits.birthDate().value())
                .doesNotContain(String.valueOf(traits.birthDate().year()))
                .doesNotContain(traits.birthPlace().value());
    }

    @Property(tries = 300)
    void to_string_depends_only_on_the_shape_of_the_values(@ForAll("traits") Traits traits) {
        // same lengths, counts, exactness and kind of place; every letter, digit of the date and
        // the sex changed: the same text
        BirthDate date = traits.birthDate();
        BirthDate otherDate = date.isExact()
                ? BirthDate.of(date.exactDate().orElseThrow().minusYears(1).minusDays(40))
                : BirthDate.parse(String.format("%04d%s", date.year() - 1, date.value().substring(4)));
        Traits other = new Traits(
                BirthName.parse(Names.rot13UpperCase(traits.birthName().value())),
                BirthFirstNames.parse(Names.rot13UpperCase(traits.firstNames().value())),
                otherDate,
                traits.sex() == Sex.M ? Sex.F : Sex.M,
                otherPlaceOfTheSameKind(traits.birthPlace()));
        assertThat(other.toString()).isEqualTo(traits.toString());
        assertThat(other).isNotEqualTo(traits);
    }

    private static BirthPlaceCode otherPlaceOfTheSameKind(BirthPlaceCode place) {
        switch (place.kind()) {
            case UNKNOWN:
                return place;
            case ABROAD:
                return BirthPlaceCode.parse(place.value().equals("99100") ? "99134" : "99100");
            case OVERSEAS:
                return BirthPlaceCode.parse(place.value().equals("97411") ? "98818" : "97411");
            default:
                return BirthPlaceCode.parse(place.value().equals("2A004") ? "75056" : "2A004");
        }
    }

    @Provide
    Arbitrary<Traits> traits() {
        Arbitrary<BirthDate> dates = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40_000).map(n -> BirthDate.of(LocalDate.of(1900, 1, 1).plusDays(n))),
                Arbitraries.integers().between(1900, 2020).map(y -> BirthDate.parse(y + "-00-00")),
                Arbitraries.integers().between(1900, 2020).map(y -> BirthDate.parse(y + "-07-00")));
        Arbitrary<BirthPlaceCode> places = Arbitraries.oneOf(
                Arbitraries.integers().between(1000, 95999).filter(n -> n / 1000 != 20)
                        .map(n -> BirthPlaceCode.parse(String.format("%05d", n))),
                Arbitraries.integers().between(97100, 98999).map(n -> BirthPlaceCode.parse(String.valueOf(n))),
                Arbitraries.integers().between(99000, 99999).map(n -> BirthPlaceCode.parse(String.valueOf(n))),
                Arbitraries.of("2A", "2B").map(d -> BirthPlaceCode.parse(d + "004")));
        return Combinators.combine(Names.birthNames().map(BirthName::parse), Names.firstNameLists().map(BirthFirstNames::parse),
                dates, Arbitraries.of(Sex.class), places).as(Traits::new);
    }
}
