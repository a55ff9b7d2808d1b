package io.github.ins4j.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.identity.CoherenceReport.Disagreement;
import io.github.ins4j.identity.CoherenceReport.Field;
import io.github.ins4j.identity.CoherenceReport.Severity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.Matricules;
import io.github.ins4j.traits.Traits;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** TRT-7: coherence between a matricule and the traits. */
class CoherencePropertiesTest {

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    @Property
    void TRT_7_a_coherent_identity_has_no_error(@ForAll("traits") Traits traits, @ForAll long seed) {
        InsMatricule matricule = Identities.coherentMatricule(traits, seed);
        CoherenceReport report = CoherenceReport.check(matricule, traits);
        assertThat(report.hasErrors()).isFalse();
        if (traits.birthPlace().isUnknown()) {
            assertThat(report.disagreements()).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        } else {
            assertThat(report.isCoherent()).as(report.toString()).isTrue();
        }
    }

    @Property
    void TRT_7_every_injected_sex_disagreement_is_an_error(@ForAll("traits") Traits traits, @ForAll long seed) {
        String value = Identities.coherentMatricule(traits, seed).value();
        char other = "123478".charAt("123478".indexOf(value.charAt(0)) ^ 1); // 1<->2, 3<->4, 7<->8
        assertErrorOn(traits, other + value.substring(1, 13), Field.SEX);
    }

    @Property
    void TRT_7_every_injected_year_disagreement_is_an_error(
            @ForAll("traits") Traits traits, @ForAll long seed, @ForAll @IntRange(min = 1, max = 99) int shift) {
        String value = Identities.coherentMatricule(traits, seed).value();
        int year = (Integer.parseInt(value.substring(1, 3)) + shift) % 100;
        assertErrorOn(traits, value.charAt(0) + String.format("%02d", year) + value.substring(3, 13),
                Field.BIRTH_YEAR);
    }

    @Property
    void TRT_7_every_injected_month_disagreement_is_an_error(
            @ForAll("traits") Traits traits, @ForAll long seed, @ForAll @IntRange(min = 1, max = 11) int shift) {
        String value = Identities.coherentMatricule(traits, seed).value();
        int month = Integer.parseInt(value.substring(3, 5));
        int other = month <= 12 ? (month - 1 + shift) % 12 + 1 : 1 + shift;
        String body = value.substring(0, 3) + String.format("%02d", other) + value.substring(5, 13);
        if (traits.birthDate().month().isPresent()) {
            assertErrorOn(traits, body, Field.BIRTH_MONTH);
        } else {
            InsMatricule matricule = InsMatricule.parse(body + Matricules.oracleKey(body));
            assertThat(CoherenceReport.check(matricule, traits).hasErrors())
                    .as("no month to disagree with").isFalse();
        }
    }

    private static void assertErrorOn(Traits traits, String body, Field field) {
        InsMatricule matricule = InsMatricule.parse(body + Matricules.oracleKey(body));
        CoherenceReport report = CoherenceReport.check(matricule, traits);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.disagreements()).filteredOn(d -> d.severity() == Severity.ERROR)
                .extracting(Disagreement::field).containsExactly(field);
        // The identity says the same.
        InsIdentity identity = InsIdentity.of(InsIdentifier.of(matricule, InsOid.NIR_TEST), traits);
        assertThat(identity.coherence()).isEqualTo(report);
        if (traits.birthName().value().length() >= 4) {
            assertThat(report.toString()).doesNotContain(traits.birthName().value());
        }
    }

    @Property
    void TRT_7_birth_place_disagreements_are_warnings(
            @ForAll("traits") Traits traits, @ForAll long seed, @ForAll("places") String otherPlace) {
        String value = Identities.coherentMatricule(traits, seed).value();
        String body = value.substring(0, 5) + otherPlace + value.substring(10, 13);
        InsMatricule matricule = InsMatricule.parse(body + Matricules.oracleKey(body));
        CoherenceReport report = CoherenceReport.check(matricule, traits);
        assertThat(report.hasErrors()).isFalse();
        List<Disagreement> place = report.disagreements();
        assertThat(place).allSatisfy(d -> {
            assertThat(d.field()).isEqualTo(Field.BIRTH_PLACE);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
        String traitPlace = traits.birthPlace().value();
        boolean sameArea = switch (traits.birthPlace().kind()) {
            case UNKNOWN -> false;
            case ABROAD -> otherPlace.equals(traitPlace);
            case OVERSEAS -> otherPlace.startsWith(traitPlace.substring(0, 3));
            case METROPOLITAN -> otherPlace.startsWith(traitPlace.substring(0, 2));
        };
        assertThat(place).hasSize(sameArea ? 0 : 1);
    }

    @Provide
    Arbitrary<String> places() {
        return Matricules.places();
    }
}
