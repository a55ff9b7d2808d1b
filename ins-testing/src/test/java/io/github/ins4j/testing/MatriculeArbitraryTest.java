package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.MatriculeBirthPlace;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.traits.Sex;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import org.junit.jupiter.api.Test;

class MatriculeArbitraryTest {

    @Property
    void MAT_1_every_generated_matricule_parses_back_to_itself(@ForAll("any") InsMatricule m) {
        assertThat(InsMatricule.isValid(m.value())).isTrue();
        assertThat(InsMatricule.parse(m.value())).isEqualTo(m);
        assertThat(InsMatricule.parse(m.format(MatriculeFormat.DISPLAY))).isEqualTo(m);
        assertThat(InsMatricule.of(m.numIdentifiant(), String.format("%02d", m.key()))).isEqualTo(m);
        assertThat(m.key()).isEqualTo(Oracle.key(m.numIdentifiant()));
    }

    @Property
    void MAT_4_sex_digits_and_month_codes_are_accepted_values(@ForAll("any") InsMatricule m) {
        assertThat(m.sexDigit()).isIn(1, 2, 3, 4, 7, 8);
        assertThat(m.birthMonthCode()).satisfiesAnyOf(
                month -> assertThat(month).isBetween(1, 12), month -> assertThat(month).isBetween(20, 99));
    }

    @Provide
    Arbitrary<InsMatricule> any() {
        return InsArbitraries.matricules();
    }

    @Property
    void MAT_4_a_corsica_arbitrary_yields_only_2A_2B_or_20(@ForAll("corsica") InsMatricule m) {
        assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Department.class);
        assertThat(((MatriculeBirthPlace.Department) m.birthPlace()).department()).isIn("2A", "2B", "20");
    }

    @Provide
    Arbitrary<InsMatricule> corsica() {
        return InsArbitraries.matricules().bornInCorsica();
    }

    @Property
    void corsica_before_1976_is_department_20(@ForAll("corsicaBefore1976") InsMatricule m) {
        assertThat(m.birthPlace().code()).startsWith("20");
        assertThat(m.birthYearTwoDigits()).isBetween(50, 75);
    }

    @Provide
    Arbitrary<InsMatricule> corsicaBefore1976() {
        return InsArbitraries.matricules().bornInCorsica().bornBetween(1950, 1975);
    }

    @Property
    void corsica_from_1976_is_2A_or_2B(@ForAll("corsicaFrom1976") InsMatricule m) {
        assertThat(m.birthPlace().code()).matches("2[AB]\\d{3}");
    }

    @Provide
    Arbitrary<InsMatricule> corsicaFrom1976() {
        return InsArbitraries.matricules().bornInCorsica().bornBetween(1976, 2010);
    }

    @Property
    void an_overseas_arbitrary_yields_only_97x_or_98x(@ForAll("overseas") InsMatricule m) {
        assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Overseas.class);
        assertThat(m.birthPlace().code()).matches("9[78]\\d{3}");
    }

    @Provide
    Arbitrary<InsMatricule> overseas() {
        return InsArbitraries.matricules().bornOverseas();
    }

    @Property
    void an_abroad_arbitrary_yields_only_99_and_a_country(@ForAll("abroad") InsMatricule m) {
        assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Abroad.class);
        assertThat(m.birthPlace().code()).startsWith("99").isNotEqualTo("99999");
    }

    @Provide
    Arbitrary<InsMatricule> abroad() {
        return InsArbitraries.matricules().bornAbroad();
    }

    @Property
    void a_metropolitan_arbitrary_yields_departments_01_to_95_but_20(@ForAll("metropolitan") InsMatricule m) {
        assertThat(m.birthPlace()).isInstanceOf(MatriculeBirthPlace.Department.class);
        int department = Integer.parseInt(((MatriculeBirthPlace.Department) m.birthPlace()).department());
        assertThat(department).isBetween(1, 95).isNotEqualTo(20);
    }

    @Provide
    Arbitrary<InsMatricule> metropolitan() {
        return InsArbitraries.matricules().bornInMetropolitanFrance();
    }

    @Property
    void MAT_4_unknown_month_config_yields_month_codes_20_to_99(@ForAll("unknownMonth") InsMatricule m) {
        assertThat(m.birthMonthCode()).isBetween(20, 99);
        assertThat(m.birthMonth()).isEmpty();
    }

    @Provide
    Arbitrary<InsMatricule> unknownMonth() {
        return InsArbitraries.matricules().withUnknownBirthMonth();
    }

    @Property
    void female_matricules_have_sex_digit_2_4_or_8(@ForAll("female") InsMatricule m) {
        assertThat(m.sexDigit()).isIn(2, 4, 8);
        assertThat(Sex.fromSexDigit(m.sexDigit())).isEqualTo(Sex.F);
    }

    @Provide
    Arbitrary<InsMatricule> female() {
        return InsArbitraries.matricules().withSex(Sex.F);
    }

    @Property
    void several_regions_add_up(@ForAll("corsicaOrAbroad") InsMatricule m) {
        assertThat(BirthRegion.of(m.birthPlace())).isIn(BirthRegion.CORSICA, BirthRegion.ABROAD);
    }

    @Provide
    Arbitrary<InsMatricule> corsicaOrAbroad() {
        return InsArbitraries.matricules().bornIn(BirthRegion.CORSICA, BirthRegion.ABROAD);
    }

    @Test
    void configuration_returns_a_new_arbitrary_and_leaves_the_receiver_unchanged() {
        MatriculeArbitrary all = InsArbitraries.matricules();
        MatriculeArbitrary corsica = all.bornInCorsica();
        assertThat(corsica).isNotSameAs(all);
        Set<BirthRegion> regions = all.sampleStream().limit(500)
                .map(m -> BirthRegion.of(m.birthPlace())).collect(Collectors.toSet());
        assertThat(regions).containsExactlyInAnyOrder(BirthRegion.values());
        assertThat(corsica.sampleStream().limit(100).map(m -> BirthRegion.of(m.birthPlace())))
                .containsOnly(BirthRegion.CORSICA);
    }

    @Test
    void by_default_every_sex_digit_and_both_kinds_of_month_come_out() {
        List<InsMatricule> sample = InsArbitraries.matricules().sampleStream().limit(1000).toList();
        assertThat(sample).extracting(InsMatricule::sexDigit).contains(1, 2, 3, 4, 7, 8);
        assertThat(sample).anyMatch(m -> m.birthMonth().isPresent()).anyMatch(m -> m.birthMonth().isEmpty());
    }

    @Test
    void birth_years_out_of_range_are_refused() {
        MatriculeArbitrary matricules = InsArbitraries.matricules();
        assertThatThrownBy(() -> matricules.bornBetween(1990, 1980)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matricules.bornBetween(1700, 1980)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matricules.bornBetween(1980, 3000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void shrinking_goes_towards_the_simplest_matricule_and_every_step_is_valid() {
        Shrinkable<InsMatricule> current = InsArbitraries.matricules().generator(1000).next(new Random(42));
        for (int step = 0; step < 10_000; step++) {
            Shrinkable<InsMatricule> next = current.shrink().findFirst().orElse(null);
            if (next == null) {
                break;
            }
            assertThat(InsMatricule.parse(next.value().value())).isEqualTo(next.value());
            current = next;
        }
        // Male, sex digit 1, born on 1 January 1900 in department 01, commune 001, order 001.
        assertThat(current.value().numIdentifiant()).isEqualTo("1000101001001");
    }
}
