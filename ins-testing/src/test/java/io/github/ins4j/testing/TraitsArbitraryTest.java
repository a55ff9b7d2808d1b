package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.Outcome;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.TraitNormalizer;
import io.github.ins4j.traits.Traits;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TraitsArbitraryTest {

    @Property
    void TRT_1_every_generated_trait_reparses_with_the_strict_factories(@ForAll("any") Traits t) {
        assertThat(BirthName.parse(t.birthName().value())).isEqualTo(t.birthName());
        assertThat(BirthFirstNames.parse(t.firstNames().value())).isEqualTo(t.firstNames());
        assertThat(BirthDate.parse(t.birthDate().value())).isEqualTo(t.birthDate());
        assertThat(Sex.parse(t.sex().code())).isEqualTo(t.sex());
        assertThat(BirthPlaceCode.parse(t.birthPlace().value())).isEqualTo(t.birthPlace());
        assertThat(Traits.parse(t.birthName().value(), t.firstNames().value(), t.birthDate().value(),
                t.sex().code(), t.birthPlace().value())).isEqualTo(t);
        assertThat(t.birthName().value().length()).isLessThanOrEqualTo(100);
        assertThat(t.firstNames().value().length()).isLessThanOrEqualTo(100);
        assertThat(t.birthPlace().isUnknown()).isFalse();
    }

    @Provide
    Arbitrary<Traits> any() {
        return InsArbitraries.traits();
    }

    @Test
    void TRT_1_names_use_every_separator_and_dates_every_certainty() {
        List<Traits> sample = InsArbitraries.traits().sampleStream().limit(1000).toList();
        assertThat(sample).anyMatch(t -> t.birthName().value().contains("--"))
                .anyMatch(t -> t.birthName().value().contains("'"))
                .anyMatch(t -> t.birthName().value().contains(" "))
                .anyMatch(t -> t.firstNames().value().contains("-"))
                .anyMatch(t -> t.firstNames().names().size() > 1)
                .anyMatch(t -> t.birthDate().isExact())
                .anyMatch(t -> t.birthDate().value().endsWith("-00-00"))
                .anyMatch(t -> t.birthDate().value().matches("\\d{4}-\\d\\d-00") && t.birthDate().month().isPresent())
                .anyMatch(t -> t.birthDate().value().matches("\\d{4}-00-\\d\\d") && t.birthDate().day().isPresent())
                .anyMatch(t -> t.sex() == Sex.M)
                .anyMatch(t -> t.sex() == Sex.F);
        assertThat(sample).extracting(t -> t.birthPlace().kind()).contains(BirthPlaceCode.Kind.METROPOLITAN,
                BirthPlaceCode.Kind.OVERSEAS, BirthPlaceCode.Kind.ABROAD);
    }

    @Property
    void TRT_3_uncertain_config_yields_only_uncertain_dates(@ForAll("uncertain") Traits t) {
        assertThat(t.birthDate().isExact()).isFalse();
        assertThat(t.birthDate().exactDate()).isEmpty();
    }

    @Provide
    Arbitrary<Traits> uncertain() {
        return InsArbitraries.traits().withUncertainBirthDates();
    }

    @Property
    void TRT_3_exact_config_yields_only_exact_dates_in_the_years_asked(@ForAll("exact1980s") Traits t) {
        assertThat(t.birthDate().isExact()).isTrue();
        assertThat(t.birthDate().year()).isBetween(1980, 1989);
    }

    @Provide
    Arbitrary<Traits> exact1980s() {
        return InsArbitraries.traits().withExactBirthDates().bornBetween(1980, 1989);
    }

    @Property
    void TRT_4_corsican_places_follow_the_split_of_1976(@ForAll("corsica") Traits t) {
        String department = t.birthPlace().value().substring(0, 2);
        if (t.birthDate().year() < 1976) {
            assertThat(department).isEqualTo("20");
        } else {
            assertThat(department).isIn("2A", "2B");
        }
        assertThat(BirthRegion.of(t.birthPlace())).isEqualTo(BirthRegion.CORSICA);
    }

    @Provide
    Arbitrary<Traits> corsica() {
        return InsArbitraries.traits().bornInCorsica();
    }

    @Property
    void TRT_5_typed_traits_normalise_back_to_the_strict_ones(@ForAll("typed") TypedTraits typed) {
        Traits strict = typed.strict();
        assertThat(BirthName.parseTyped(typed.birthName())).isEqualTo(strict.birthName());
        assertThat(BirthFirstNames.parseTyped(typed.firstNames())).isEqualTo(strict.firstNames());
        assertThat(BirthDate.parseTyped(typed.birthDate())).isEqualTo(strict.birthDate());
        assertThat(Sex.parseTyped(typed.sex())).isEqualTo(strict.sex());
        assertThat(BirthPlaceCode.parseTyped(typed.birthPlace())).isEqualTo(strict.birthPlace());
        assertThat(TraitNormalizer.normalize(typed.birthName())).isEqualTo(strict.birthName().value());
    }

    @Property
    void TRT_6_typed_traits_match_the_strict_ones(@ForAll("typed") TypedTraits typed) {
        MatchReport report = TraitMatcher.compare(typed.toLocalTraits(), typed.strict());
        assertThat(report.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(report.outcomes().values()).allMatch(o -> o == Outcome.IDENTICAL || o == Outcome.EQUIVALENT);
    }

    @Provide
    Arbitrary<TypedTraits> typed() {
        return InsArbitraries.typedTraits();
    }

    @Test
    void typed_traits_look_typed_and_are_masked() {
        List<TypedTraits> sample = InsArbitraries.traits().bornInCorsica().typed().sampleStream().limit(300).toList();
        assertThat(sample)
                .anyMatch(t -> !t.birthName().equals(t.strict().birthName().value()))
                .anyMatch(t -> t.birthName().chars().anyMatch(c -> c > 127))
                .anyMatch(t -> t.firstNames().contains("  ") || t.firstNames().contains("\u00A0"))
                .anyMatch(t -> t.birthDate().contains("/"))
                .anyMatch(t -> t.sex().equals("m") || t.sex().equals("f"))
                .anyMatch(t -> t.birthPlace().contains("a") || t.birthPlace().contains("b"));
        for (TypedTraits t : sample) {
            if (t.strict().birthName().value().length() >= 6) {
                assertThat(t.toString()).doesNotContain(t.birthName()).doesNotContain(t.strict().birthName().value());
            }
            assertThat(BirthRegion.of(t.strict().birthPlace())).isEqualTo(BirthRegion.CORSICA);
        }
    }

    @Property
    void TRT_5_typed_forms_of_a_birth_name_normalise_back(@ForAll("dartagnan") String typed) {
        assertThat(BirthName.parseTyped(typed)).isEqualTo(BirthName.parse("D'ARTAGNAN--OEUVRARD"));
    }

    @Provide
    Arbitrary<String> dartagnan() {
        return InsArbitraries.typedForms(BirthName.parse("D'ARTAGNAN--OEUVRARD"));
    }

    @Property
    void TRT_5_typed_forms_of_first_names_normalise_back(@ForAll("firstNames") String typed) {
        assertThat(BirthFirstNames.parseTyped(typed)).isEqualTo(BirthFirstNames.parse("SARAH-LOU MARIE NOELLE"));
    }

    @Provide
    Arbitrary<String> firstNames() {
        return InsArbitraries.typedForms(BirthFirstNames.parse("SARAH-LOU MARIE NOELLE"));
    }

    @Test
    void typed_forms_include_ligatures_typographic_apostrophes_and_dashes() {
        List<String> sample = InsArbitraries.typedForms(BirthName.parse("D'ARTAGNAN--OEUVRARD"))
                .sampleStream().limit(500).toList();
        assertThat(sample).anyMatch(s -> s.contains("\u2019")).anyMatch(s -> s.contains("\u2013"))
                .anyMatch(s -> s.contains("\u0152") || s.contains("\u0153"));
    }
}
