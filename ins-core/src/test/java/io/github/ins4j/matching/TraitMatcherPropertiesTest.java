package io.github.ins4j.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** TRT-6: matching a local identity against an INSi answer. */
class TraitMatcherPropertiesTest {

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    @Provide
    Arbitrary<Traits> knownPlace() {
        return Identities.traitsWithKnownPlace();
    }

    @Property
    void TRT_6_matching_is_reflexive(@ForAll("traits") Traits traits) {
        MatchReport report = TraitMatcher.compare(traits, traits);
        assertThat(report.verdict()).isEqualTo(Verdict.MATCH);
        report.comparisons().forEach(c -> assertThat(c.outcome())
                .isEqualTo(c.trait() == Trait.BIRTH_PLACE_CODE && traits.birthPlace().isUnknown()
                        ? Outcome.MISSING : Outcome.IDENTICAL));
    }

    @Property
    void TRT_6_matching_is_symmetric_in_its_verdict(
            @ForAll("traits") Traits a, @ForAll("traits") Traits b, @ForAll("derivations") Derivation derive) {
        Traits near = derive.apply(a);
        assertThat(TraitMatcher.compare(a, near).verdict())
                .isEqualTo(TraitMatcher.compare(near, a).verdict());
        assertThat(TraitMatcher.compare(a, b).verdict())
                .isEqualTo(TraitMatcher.compare(b, a).verdict());
    }

    /** Changes that keep a pair of identities close: partial names, uncertain dates. */
    @FunctionalInterface
    interface Derivation {
        Traits apply(Traits traits);
    }

    @Provide
    Arbitrary<Derivation> derivations() {
        return net.jqwik.api.Arbitraries.of(
                t -> t,
                t -> withFirstNames(t, BirthFirstNames.parse(t.firstNames().first())),
                t -> withBirthName(t, BirthName.parse(t.birthName().parts().get(0))),
                t -> withDate(t, BirthDate.parse(t.birthDate().year() + "-00-00")),
                t -> withDate(t, BirthDate.uncertain(t.birthDate().conventionalDate())),
                t -> new Traits(t.birthName(), t.firstNames(), t.birthDate(), t.sex(),
                        BirthPlaceCode.parse(BirthPlaceCode.UNKNOWN_CODE)));
    }

    @Property
    void TRT_6_a_retyped_copy_of_a_strict_identity_matches(
            @ForAll("knownPlace") Traits insi, @ForAll long seed) {
        LocalTraits desk = LocalTraits.builder()
                .birthName(Identities.retype(insi.birthName().value(), seed))
                .firstNames(Identities.retype(insi.firstNames().value(), seed + 1))
                .birthDate(insi.birthDate())
                .sex(seed % 2 == 0 ? insi.sex().code().toLowerCase(java.util.Locale.ROOT) : insi.sex().code())
                .birthPlace(" " + insi.birthPlace().value().toLowerCase(java.util.Locale.ROOT) + " ")
                .build();
        MatchReport report = TraitMatcher.compare(desk, insi);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.MATCH);
        assertThat(report.comparison(Trait.BIRTH_NAME).outcome())
                .isIn(Outcome.IDENTICAL, Outcome.EQUIVALENT);
    }

    @Property
    void TRT_6_a_different_birth_name_is_a_mismatch(
            @ForAll("knownPlace") Traits insi, @ForAll("otherNames") String other) {
        BirthName name = BirthName.parse(other);
        boolean related = name.parts().stream().anyMatch(insi.birthName().parts()::contains);
        if (!related) {
            assertDifferent(withBirthName(insi, name), insi, Trait.BIRTH_NAME);
        }
    }

    @Provide
    Arbitrary<String> otherNames() {
        return Identities.birthNames();
    }

    @Property
    void TRT_6_different_first_names_are_a_mismatch(
            @ForAll("knownPlace") Traits insi, @ForAll("otherFirstNames") String other) {
        BirthFirstNames names = BirthFirstNames.parse(other);
        if (!insi.firstNames().isConsistentWith(other) && !names.isConsistentWith(insi.firstNames().value())) {
            assertDifferent(withFirstNames(insi, names), insi, Trait.BIRTH_FIRST_NAMES);
        }
    }

    @Provide
    Arbitrary<String> otherFirstNames() {
        return Identities.firstNameLists();
    }

    @Property
    void TRT_6_a_different_birth_date_is_a_mismatch(
            @ForAll("knownPlace") Traits insi, @ForAll("exactDates") LocalDate other) {
        BirthDate date = BirthDate.of(other);
        if (!date.knownPartsAgree(insi.birthDate())) {
            assertDifferent(withDate(insi, date), insi, Trait.BIRTH_DATE);
        }
    }

    @Provide
    Arbitrary<LocalDate> exactDates() {
        return Identities.exactDates();
    }

    @Property
    void TRT_6_a_different_sex_is_a_mismatch(@ForAll("knownPlace") Traits insi) {
        Sex other = insi.sex() == Sex.M ? Sex.F : Sex.M;
        assertDifferent(new Traits(insi.birthName(), insi.firstNames(), insi.birthDate(), other,
                insi.birthPlace()), insi, Trait.SEX);
    }

    @Property
    void TRT_6_a_different_birth_place_is_a_mismatch(
            @ForAll("knownPlace") Traits insi, @ForAll("knownPlace") Traits other) {
        if (!other.birthPlace().equals(insi.birthPlace())) {
            assertDifferent(new Traits(insi.birthName(), insi.firstNames(), insi.birthDate(), insi.sex(),
                    other.birthPlace()), insi, Trait.BIRTH_PLACE_CODE);
        }
    }

    private static void assertDifferent(Traits local, Traits insi, Trait changed) {
        MatchReport report = TraitMatcher.compare(local, insi);
        assertThat(report.comparison(changed).outcome()).isEqualTo(Outcome.DIFFERENT);
        assertThat(report.verdict()).isEqualTo(Verdict.MISMATCH);
        report.comparisons().stream().filter(c -> c.trait() != changed)
                .forEach(c -> assertThat(c.outcome()).isEqualTo(Outcome.IDENTICAL));
    }

    @Property
    void TRT_6_a_missing_birth_place_alone_does_not_prevent_a_match_other_missing_traits_do(
            @ForAll("knownPlace") Traits insi, @ForAll("traitsToOmit") Trait omitted) {
        LocalTraits.Builder b = LocalTraits.builder();
        if (omitted != Trait.BIRTH_NAME) {
            b.birthName(insi.birthName().value());
        }
        if (omitted != Trait.BIRTH_FIRST_NAMES) {
            b.firstNames(insi.firstNames().value());
        }
        if (omitted != Trait.BIRTH_DATE) {
            b.birthDate(insi.birthDate());
        }
        if (omitted != Trait.SEX) {
            b.sex(insi.sex());
        }
        if (omitted != Trait.BIRTH_PLACE_CODE) {
            b.birthPlace(insi.birthPlace().value());
        }
        MatchReport report = TraitMatcher.compare(b.build(), insi);
        assertThat(report.comparison(omitted).outcome()).isEqualTo(Outcome.MISSING);
        assertThat(report.verdict())
                .isEqualTo(omitted == Trait.BIRTH_PLACE_CODE ? Verdict.MATCH : Verdict.REVIEW);
    }

    @Provide
    Arbitrary<Trait> traitsToOmit() {
        return net.jqwik.api.Arbitraries.of(Trait.class);
    }

    @Property
    void TRT_6_partial_first_names_and_uncertain_dates_ask_for_review(@ForAll("knownPlace") Traits insi) {
        if (insi.firstNames().names().size() > 1) {
            MatchReport report = TraitMatcher.compare(
                    withFirstNames(insi, BirthFirstNames.parse(insi.firstNames().first())), insi);
            assertThat(report.comparison(Trait.BIRTH_FIRST_NAMES).outcome()).isEqualTo(Outcome.PARTIAL);
            assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        }
        if (insi.birthDate().isExact()) {
            MatchReport report = TraitMatcher.compare(
                    withDate(insi, BirthDate.parse(insi.birthDate().year() + "-00-00")), insi);
            assertThat(report.comparison(Trait.BIRTH_DATE).outcome()).isEqualTo(Outcome.PARTIAL);
            assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        } else {
            MatchReport report = TraitMatcher.compare(
                    withDate(insi, BirthDate.uncertain(insi.birthDate().conventionalDate())), insi);
            assertThat(report.comparison(Trait.BIRTH_DATE).outcome()).isEqualTo(Outcome.EQUIVALENT);
        }
    }

    @Property
    void TRT_6_the_report_never_prints_a_value(@ForAll("knownPlace") Traits a, @ForAll("knownPlace") Traits b) {
        String report = TraitMatcher.compare(a, b).toString();
        for (Traits t : new Traits[] {a, b}) {
            for (String name : new String[] {t.birthName().value(), t.firstNames().value()}) {
                if (name.length() >= 6) { // shorter ones may be ordinary English words of the report
                    assertThat(report).doesNotContain(name);
                }
            }
            assertThat(report).doesNotContain(t.birthDate().value())
                    .doesNotContain(String.valueOf(t.birthDate().year()))
                    .doesNotContain(t.birthPlace().value());
        }
    }

    static Traits withBirthName(Traits t, BirthName name) {
        return new Traits(name, t.firstNames(), t.birthDate(), t.sex(), t.birthPlace());
    }

    static Traits withFirstNames(Traits t, BirthFirstNames names) {
        return new Traits(t.birthName(), names, t.birthDate(), t.sex(), t.birthPlace());
    }

    static Traits withDate(Traits t, BirthDate date) {
        return new Traits(t.birthName(), t.firstNames(), date, t.sex(), t.birthPlace());
    }
}
