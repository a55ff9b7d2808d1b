package io.github.ins4j.examples;

import static io.github.ins4j.testing.InsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.Outcome;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.testing.TestIdentities;
import io.github.ins4j.testing.TypedTraits;
import io.github.ins4j.testing.constraints.BornInCorsica;
import io.github.ins4j.traits.Trait;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * ins-testing used as a user would: jqwik properties over generated INS data (test OIDs, coherent
 * matricules), the catalogue of fictitious test identities and the AssertJ assertions whose
 * messages never print personal data.
 */
class TestingWithFixturesExampleTest {

    @Property(tries = 200)
    void every_matricule_round_trips_through_its_display_form(@ForAll InsMatricule matricule) {
        assertThat(InsMatricule.parse(matricule.format(MatriculeFormat.DISPLAY))).isEqualTo(matricule);
    }

    // tag::fixtures[]
    @Property(tries = 200)
    void a_corsican_identity_is_coherent_and_a_test_one(@ForAll @BornInCorsica InsIdentity identity) {
        assertThat(identity).isCoherent().hasTestOid()
                .matricule().isBornInCorsica();
    }

    @Property(tries = 200)
    void what_the_desk_types_matches_insi(@ForAll TypedTraits desk) {   // "garcía", "Sarah–Lou"…
        assertThat(TraitMatcher.compare(desk.toLocalTraits(), desk.strict())).isMatch();
    }

    @Test
    void garcia_is_never_filed_under_hamadi() {
        LocalTraits desk = LocalTraits.builder().birthName("García").firstNames("Sarah–Lou  Marie")
                .birthDate("12/04/1989").sex("f").build();

        assertThat(TraitMatcher.compare(desk, TestIdentities.HAMADI_SARA_LOU.traits()))
                .isMismatch().hasOutcome(Trait.BIRTH_NAME, Outcome.DIFFERENT);
        assertThat(TraitMatcher.compare(desk, TestIdentities.GARCIA_SARAH_LOU.traits()))
                .isMatch().hasOutcome(Trait.BIRTH_NAME, Outcome.EQUIVALENT);

        IdentityRecord garcia = TestIdentities.recordOf(TestIdentities.GARCIA_SARAH_LOU,
                IdentityStatus.QUALIFIED);
        assertThat(Disclosure.decide(garcia, DocumentPurpose.CARE_DOCUMENT)).carriesIns();
        assertThat(Disclosure.decide(garcia, DocumentPurpose.BILLING)).doesNotCarryIns();
    }
    // end::fixtures[]

    @Property(tries = 100)
    void only_qualified_records_carry_the_ins_on_care_documents(@ForAll("records") IdentityRecord record) {
        if (record.isQualified()) {
            assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).carriesIns();
        } else {
            assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).doesNotCarryIns();
        }
    }

    @Provide
    Arbitrary<IdentityRecord> records() {
        return InsArbitraries.records().bornAbroad().withExactBirthDates();
    }

    @Test
    void a_failing_assertion_does_not_print_the_matricule_nor_the_name() {
        InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
        assertThatThrownBy(() -> assertThat(garcia.identifier().matricule()).hasKey(35))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 89 ** ** *** *** 18")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain(garcia.identifier().matricule().numIdentifiant())
                        .doesNotContain("GARCIA"));
    }
}
