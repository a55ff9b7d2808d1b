package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeBirthPlace;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestIdentitiesTest {

    @Test
    void MAT_1_every_catalogue_matricule_parses_and_its_key_follows_the_rule() {
        for (InsIdentity identity : TestIdentities.all()) {
            InsMatricule m = identity.identifier().matricule();
            assertThat(InsMatricule.parse(m.value())).isEqualTo(m);
            assertThat(m.key()).as(identity.toString()).isEqualTo(Oracle.key(m.numIdentifiant()));
            assertThat(InsIdentifier.parse(m.value(), identity.identifier().oid().oid()))
                    .isEqualTo(identity.identifier());
        }
    }

    @Test
    void TRT_7_every_catalogue_identity_is_coherent_with_a_test_oid() {
        for (InsIdentity identity : TestIdentities.all()) {
            assertThat(identity.coherence().isCoherent()).as(identity.toString()).isTrue();
            assertThat(identity.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
            Traits t = identity.traits();
            assertThat(Traits.parse(t.birthName().value(), t.firstNames().value(), t.birthDate().value(),
                    t.sex().code(), t.birthPlace().value())).isEqualTo(t);
        }
    }

    @Test
    void the_catalogue_has_distinct_matricules() {
        List<InsIdentity> all = TestIdentities.all();
        assertThat(all).hasSize(11).doesNotHaveDuplicates();
        assertThat(all).extracting(i -> i.identifier().matricule()).doesNotHaveDuplicates();
    }

    @Test
    void each_entry_is_what_its_name_says() {
        assertThat(TraitMatcher.compare(TestIdentities.GARCIA_SARAH_LOU.traits(),
                TestIdentities.HAMADI_SARA_LOU.traits()).verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(TestIdentities.MARTIN_DURAND_PIERRE_ALAIN.traits().birthName().parts())
                .containsExactly("MARTIN", "DURAND");
        assertThat(TestIdentities.D_ARTAGNAN_CHARLES.traits().birthName().value()).contains("'");
        assertThat(department(TestIdentities.SANTONI_MARIE_ANTOINETTE)).isEqualTo("20");
        assertThat(TestIdentities.SANTONI_MARIE_ANTOINETTE.traits().birthDate().year()).isLessThan(1976);
        assertThat(department(TestIdentities.CASANOVA_LUCA)).isEqualTo("2B");
        assertThat(TestIdentities.CASANOVA_LUCA.traits().birthDate().year()).isGreaterThanOrEqualTo(1976);
        assertThat(TestIdentities.PAYET_MARIE_JOSE.identifier().matricule().birthPlace())
                .isInstanceOf(MatriculeBirthPlace.Overseas.class);
        assertThat(TestIdentities.BENALI_YASMINE.identifier().matricule().birthPlace())
                .isInstanceOf(MatriculeBirthPlace.Abroad.class);
        assertThat(TestIdentities.NDIAYE_AMADOU.traits().birthDate().value()).isEqualTo("1960-00-00");
        assertThat(TestIdentities.NDIAYE_AMADOU.traits().birthDate().isExact()).isFalse();
        assertThat(TestIdentities.NDIAYE_AMADOU.identifier().matricule().birthMonth()).isEmpty();
        assertThat(TestIdentities.LEROY_JEAN_A.traits()).isEqualTo(TestIdentities.LEROY_JEAN_B.traits());
        assertThat(TestIdentities.LEROY_JEAN_A.identifier()).isNotEqualTo(TestIdentities.LEROY_JEAN_B.identifier());
    }

    private static String department(InsIdentity identity) {
        return ((MatriculeBirthPlace.Department) identity.identifier().matricule().birthPlace()).department();
    }

    @Test
    void QUA_8_records_of_every_status_are_built_for_every_catalogue_identity() {
        for (InsIdentity identity : TestIdentities.all()) {
            for (IdentityStatus status : IdentityStatus.values()) {
                IdentityRecord record = TestIdentities.recordOf(identity, status);
                assertThat(record.status()).isEqualTo(status);
                assertThat(record.traits()).isEqualTo(identity.traits());
                boolean retrieved = status == IdentityStatus.RETRIEVED || status == IdentityStatus.QUALIFIED;
                assertThat(record.insIdentity().isPresent()).isEqualTo(retrieved);
                record.insIdentity().ifPresent(ins -> assertThat(ins).isEqualTo(identity));
            }
        }
    }

    @Test
    void MAT_7_catalogue_identities_are_masked() {
        for (InsIdentity identity : TestIdentities.all()) {
            assertThat(identity.toString()).doesNotContain(identity.identifier().matricule().numIdentifiant())
                    .doesNotContain(identity.traits().birthName().value());
        }
    }
}
