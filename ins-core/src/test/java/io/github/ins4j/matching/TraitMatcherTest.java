package io.github.ins4j.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of TRT-6. */
class TraitMatcherTest {

    private static final Traits GARCIA =
            Traits.parse("GARCIA", "SARAH-LOU MARIE", "1985-03-12", "F", "75056");

    @Test
    void hamadi_is_not_garcia() {
        Traits hamadi = Traits.parse("HAMADI", "SARA-LOU", "1985-03-12", "F", "75056");
        LocalTraits desk = LocalTraits.builder().birthName("García").firstNames("Sarah-Lou Marie")
                .birthDate("12/03/1985").sex("F").birthPlace("75056").build();

        MatchReport report = TraitMatcher.compare(desk, hamadi);

        assertThat(report.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(report.comparison(Trait.BIRTH_NAME).outcome()).isEqualTo(Outcome.DIFFERENT);
        assertThat(report.comparison(Trait.BIRTH_FIRST_NAMES).outcome()).isEqualTo(Outcome.DIFFERENT);
        assertThat(report.toString())
                .startsWith("MatchReport[MISMATCH: birth name DIFFERENT (the birth names differ)")
                .doesNotContain("HAMADI").doesNotContain("GARCIA").doesNotContain("SARA")
                .doesNotContain("1985");
    }

    @Test
    void the_desk_typing_of_garcia_matches() {
        LocalTraits desk = LocalTraits.builder().birthName("  garcía ").firstNames("Sarah–Lou  Marie")
                .birthDate("12/03/1985").sex("f").build();

        MatchReport report = TraitMatcher.compare(desk, GARCIA);

        assertThat(report.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(report.outcomes()).isEqualTo(Map.of(
                Trait.BIRTH_NAME, Outcome.EQUIVALENT,
                Trait.BIRTH_FIRST_NAMES, Outcome.EQUIVALENT,
                Trait.BIRTH_DATE, Outcome.IDENTICAL,
                Trait.SEX, Outcome.IDENTICAL,
                Trait.BIRTH_PLACE_CODE, Outcome.MISSING));
    }

    @Test
    void compound_birth_name_part_asks_for_review() {
        Traits insi = Traits.parse("MARTIN--DURAND", "PAUL", "1970-05-01", "M", "69123");
        LocalTraits desk = LocalTraits.builder().birthName("Martin").firstNames("Paul")
                .birthDate("01/05/1970").sex("M").birthPlace("69123").build();

        MatchReport report = TraitMatcher.compare(desk, insi);

        assertThat(report.comparison(Trait.BIRTH_NAME).outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void first_name_list_start_asks_for_review_but_a_later_name_is_different() {
        Traits insi = Traits.parse("DUPONT", "JEAN CHRISTOPHE PIERRE", "1970-05-01", "M", "69123");
        LocalTraits start = LocalTraits.builder().birthName("DUPONT").firstNames("Jean-Christophe")
                .birthDate("01/05/1970").sex("M").build();
        LocalTraits later = LocalTraits.builder().birthName("DUPONT").firstNames("Christophe")
                .birthDate("01/05/1970").sex("M").build();

        assertThat(TraitMatcher.compare(start, insi).comparison(Trait.BIRTH_FIRST_NAMES).outcome())
                .isEqualTo(Outcome.PARTIAL);
        assertThat(TraitMatcher.compare(later, insi).comparison(Trait.BIRTH_FIRST_NAMES).outcome())
                .isEqualTo(Outcome.DIFFERENT);
        assertThat(TraitMatcher.compare(later, insi).verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void lunar_date_of_insi_against_the_desk() {
        Traits insi = Traits.parse("BENALI", "AHMED", "1960-00-00", "M", "99352");
        LocalTraits exact = LocalTraits.builder().birthName("BENALI").firstNames("AHMED")
                .birthDate("15/07/1960").sex("M").birthPlace("99352").build();
        LocalTraits conventional = LocalTraits.builder().birthName("BENALI").firstNames("AHMED")
                .birthDate(BirthDate.uncertain(LocalDate.of(1960, 12, 31))).sex("M")
                .birthPlace("99352").build();
        LocalTraits typedLunar = LocalTraits.builder().birthName("BENALI").firstNames("AHMED")
                .birthDate("00/00/1960").sex("M").birthPlace("99352").build();
        LocalTraits otherYear = LocalTraits.builder().birthName("BENALI").firstNames("AHMED")
                .birthDate("15/07/1961").sex("M").birthPlace("99352").build();

        assertThat(TraitMatcher.compare(exact, insi).comparison(Trait.BIRTH_DATE).outcome())
                .isEqualTo(Outcome.PARTIAL);
        assertThat(TraitMatcher.compare(conventional, insi).comparison(Trait.BIRTH_DATE).outcome())
                .isEqualTo(Outcome.EQUIVALENT);
        assertThat(TraitMatcher.compare(conventional, insi).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(TraitMatcher.compare(typedLunar, insi).comparison(Trait.BIRTH_DATE).outcome())
                .isEqualTo(Outcome.IDENTICAL);
        assertThat(TraitMatcher.compare(otherYear, insi).verdict()).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void born_abroad_with_an_unknown_place_on_either_side() {
        Traits insi = Traits.parse("SILVA", "ANA", "1990-02-03", "F", "99999");
        LocalTraits desk = LocalTraits.builder().birthName("Silva").firstNames("Ana")
                .birthDate("03/02/1990").sex("F").birthPlace("99139").build();
        MatchReport report = TraitMatcher.compare(desk, insi);
        assertThat(report.comparison(Trait.BIRTH_PLACE_CODE).outcome()).isEqualTo(Outcome.MISSING);
        assertThat(report.verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void the_builder_refuses_what_cannot_be_a_trait() {
        assertThatThrownBy(() -> LocalTraits.builder().birthName("G4RCIA"))
                .isInstanceOfSatisfying(InvalidTraitException.class, e -> {
                    assertThat(e.trait()).isEqualTo(Trait.BIRTH_NAME);
                    assertThat(e.reason()).isEqualTo(InvalidTraitException.Reason.INVALID_CHARACTER);
                    assertThat(e.errorIndex()).isEqualTo(1);
                    assertThat(e.getMessage()).doesNotContain("G4RCIA");
                });
        assertThatThrownBy(() -> LocalTraits.builder().birthDate("30/02/1985"))
                .isInstanceOfSatisfying(InvalidTraitException.class, e ->
                        assertThat(e.reason()).isEqualTo(InvalidTraitException.Reason.IMPOSSIBLE_DATE));
        assertThatThrownBy(() -> LocalTraits.builder().birthName(null))
                .isInstanceOfSatisfying(InvalidTraitException.class, e ->
                        assertThat(e.reason()).isEqualTo(InvalidTraitException.Reason.NULL));
    }

    @Test
    void local_traits_are_masked() {
        LocalTraits desk = LocalTraits.builder().birthName("García").sex("F").build();
        assertThat(desk.toString()).isEqualTo("LocalTraits[birth name, sex; masked]");
        assertThat(desk.typedBirthName()).contains("García");
        assertThat(desk.firstNames()).isEmpty();
    }
}
