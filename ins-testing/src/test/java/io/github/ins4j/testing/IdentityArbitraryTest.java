package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentityArbitraryTest {

    @Property
    void TRT_7_generated_identities_are_coherent(@ForAll("any") InsIdentity identity) {
        assertThat(identity.coherence().hasErrors()).isFalse();
        assertThat(identity.coherence().isCoherent()).isTrue();
        assertThat(identity.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(identity.history()).isEmpty();
        assertThat(InsMatricule.parse(identity.identifier().matricule().value()))
                .isEqualTo(identity.identifier().matricule());
    }

    @Provide
    Arbitrary<InsIdentity> any() {
        return InsArbitraries.identities();
    }

    @Property
    void TRT_7_coherence_holds_under_every_constraint(@ForAll("constrained") InsIdentity identity) {
        assertThat(identity.coherence().isCoherent()).isTrue();
        assertThat(identity.identifier().matricule().birthMonthCode()).isBetween(20, 99);
        assertThat(identity.traits().birthDate().month()).isEmpty();
        assertThat(identity.identifier().oid()).isEqualTo(InsOid.NIA);
    }

    @Provide
    Arbitrary<InsIdentity> constrained() {
        return InsArbitraries.identities().bornIn(BirthRegion.CORSICA, BirthRegion.OVERSEAS)
                .withUnknownBirthMonth().nia();
    }

    @Property
    void TRT_7_incoherent_identities_have_a_coherence_error(@ForAll("incoherent") InsIdentity identity) {
        assertThat(identity.coherence().hasErrors()).isTrue();
        assertThat(identity.coherence().disagreements()).extracting(CoherenceReport.Disagreement::field)
                .containsAnyOf(CoherenceReport.Field.SEX, CoherenceReport.Field.BIRTH_YEAR,
                        CoherenceReport.Field.BIRTH_MONTH);
        assertThat(InsMatricule.parse(identity.identifier().matricule().value()))
                .isEqualTo(identity.identifier().matricule());
    }

    @Provide
    Arbitrary<InsIdentity> incoherent() {
        return InsArbitraries.identities().incoherent();
    }

    @Property
    void TRT_7_matricules_coherent_with_given_traits(@ForAll("traits") Traits traits) {
        InsMatricule m = InsArbitraries.matriculesCoherentWith(traits).sample();
        assertThat(CoherenceReport.check(m, traits).isCoherent()).isTrue();
        InsIdentity identity = InsArbitraries.identitiesWith(traits).sample();
        assertThat(identity.traits()).isEqualTo(traits);
        assertThat(identity.coherence().isCoherent()).isTrue();
        assertThat(identity.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
    }

    @Provide
    Arbitrary<Traits> traits() {
        return InsArbitraries.traits();
    }

    @Test
    void TRT_7_an_unknown_birth_place_gives_only_a_warning() {
        Traits unknownPlace = Traits.parse("GARCIA", "SARAH-LOU", "1989-04-12", "F", BirthPlaceCode.UNKNOWN_CODE);
        InsArbitraries.matriculesCoherentWith(unknownPlace).sampleStream().limit(50).forEach(m -> {
            CoherenceReport report = CoherenceReport.check(m, unknownPlace);
            assertThat(report.hasErrors()).isFalse();
            assertThat(report.disagreements()).extracting(CoherenceReport.Disagreement::field)
                    .containsExactly(CoherenceReport.Field.BIRTH_PLACE);
        });
    }

    @Test
    void the_oid_is_configurable_and_production_only_when_asked() {
        assertThat(InsArbitraries.identities().sample().identifier().oid().isProduction()).isFalse();
        assertThat(InsArbitraries.identities().withProductionOid().sample().identifier().oid()).isEqualTo(InsOid.NIR);
        assertThat(InsArbitraries.identities().withOid(InsOid.NIR_DEMO).sample().identifier().oid())
                .isEqualTo(InsOid.NIR_DEMO);
    }
}
