package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentifierArbitraryTest {

    @Property
    void MAT_5_identifiers_carry_the_test_oid_by_default(@ForAll("defaults") InsIdentifier ins) {
        assertThat(ins.oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(ins.oid().isProduction()).isFalse();
        assertThat(InsIdentifier.parse(ins.matricule().value(), ins.oid().urn())).isEqualTo(ins);
    }

    @Provide
    Arbitrary<InsIdentifier> defaults() {
        return InsArbitraries.identifiers();
    }

    @Property
    void MAT_5_the_nia_config_yields_the_nia_oid(@ForAll("nias") InsIdentifier ins) {
        assertThat(ins.oid()).isEqualTo(InsOid.NIA);
        assertThat(ins.oid().isNia()).isTrue();
        assertThat(InsMatricule.parse(ins.matricule().value())).isEqualTo(ins.matricule());
    }

    @Provide
    Arbitrary<InsIdentifier> nias() {
        return InsArbitraries.identifiers().bornAbroad().nia();
    }

    @Property(tries = 100)
    void production_oids_only_when_asked(@ForAll("production") InsIdentifier nir,
            @ForAll("demo") InsIdentifier demo) {
        assertThat(nir.oid()).isEqualTo(InsOid.NIR);
        assertThat(demo.oid()).isEqualTo(InsOid.NIR_DEMO);
    }

    @Provide
    Arbitrary<InsIdentifier> production() {
        return InsArbitraries.identifiers().withProductionOid();
    }

    @Provide
    Arbitrary<InsIdentifier> demo() {
        return InsArbitraries.identifiers().withOid(InsOid.NIR_DEMO);
    }

    @Property(tries = 200)
    void birth_constraints_apply_to_identifiers(@ForAll("corsicanNias") InsIdentifier ins) {
        assertThat(BirthRegion.of(ins.matricule().birthPlace())).isEqualTo(BirthRegion.CORSICA);
        assertThat(ins.oid()).isEqualTo(InsOid.NIA);
    }

    @Provide
    Arbitrary<InsIdentifier> corsicanNias() {
        return InsArbitraries.identifiers().nia().bornInCorsica();
    }
}
