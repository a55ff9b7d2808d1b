package io.github.ins4j.testing.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthPlaceCode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

    @Property(tries = 20)
    void AUD_the_same_seed_gives_the_same_base(@ForAll long seed) {
        SyntheticPopulation p = SyntheticPopulation.of(seed, 300, PopulationProfile.hospital());
        List<String> first = p.stream().map(r -> r.csvLine() + " " + r.truthLine()).toList();
        List<String> second = p.stream().map(r -> r.csvLine() + " " + r.truthLine()).toList();
        assertThat(first).hasSize(300).isEqualTo(second);
        assertThat(new HashSet<>(p.stream().map(SyntheticRecord::localId).toList())).hasSize(300);
    }

    @Test
    void a_base_holds_every_role_every_operator_and_only_test_oids() {
        SyntheticPopulation p = SyntheticPopulation.of(7L, 20_000, PopulationProfile.hospital());
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Set<DuplicateOperator> ops = EnumSet.noneOf(DuplicateOperator.class);
        Set<BirthPlaceCode.Kind> places = EnumSet.noneOf(BirthPlaceCode.Kind.class);
        Set<IdentityStatus> statuses = EnumSet.noneOf(IdentityStatus.class);
        boolean corsica = false;
        boolean history = false;
        for (SyntheticRecord r : p) {
            roles.merge(r.role(), 1, Integer::sum);
            ops.addAll(r.operators());
            statuses.add(r.status());
            r.traits().birthPlace().ifPresent(b -> places.add(b.kind()));
            corsica |= r.traits().birthPlace().map(b -> b.value().startsWith("2A") || b.value().startsWith("2B"))
                    .orElse(false);
            assertThat(r.ins().isPresent()).isEqualTo(r.status() == IdentityStatus.QUALIFIED
                    || r.status() == IdentityStatus.RETRIEVED);
            for (InsIdentity ins : r.ins().stream().toList()) {
                assertThat(ins.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
                ins.history().forEach(e -> assertThat(e.identifier().oid()).isEqualTo(InsOid.NIR_TEST));
                history |= !ins.history().isEmpty();
                if (r.role() != Role.COLLISION) {
                    assertThat(ins.coherence().hasErrors()).as("coherent INS %s", r).isFalse();
                }
            }
            assertThat(r.role() == Role.DUPLICATE || r.operators().isEmpty()).isTrue();
        }
        assertThat(roles.keySet()).containsExactlyInAnyOrder(Role.values());
        assertThat(roles.get(Role.ORIGINAL)).isGreaterThan(17_000);
        assertThat(ops).containsExactlyInAnyOrder(DuplicateOperator.values());
        assertThat(places).contains(BirthPlaceCode.Kind.METROPOLITAN, BirthPlaceCode.Kind.OVERSEAS,
                BirthPlaceCode.Kind.ABROAD);
        assertThat(statuses).containsExactlyInAnyOrder(IdentityStatus.values());
        assertThat(corsica).isTrue();
        assertThat(history).isTrue();
    }

    @Test
    void duplicates_share_their_person_and_hard_negatives_do_not() {
        SyntheticPopulation p = SyntheticPopulation.of(11L, 5_000, PopulationProfile.builder().twinRate(0.1)
                .homonymRate(0.1).build());
        Map<Long, SyntheticRecord> originals = new java.util.HashMap<>();
        List<SyntheticRecord> all = p.stream().toList();
        all.stream().filter(r -> r.role() == Role.ORIGINAL).forEach(r -> originals.put(r.personId(), r));
        for (SyntheticRecord r : all) {
            switch (r.role()) {
                case DUPLICATE -> assertThat(originals).containsKey(r.personId());
                case TWIN -> {
                    SyntheticRecord o = originals.get(r.relatedPersonId());
                    assertThat(r.personId()).isNotEqualTo(o.personId());
                    assertThat(r.traits().birthDate()).isEqualTo(o.traits().birthDate());
                    assertThat(r.traits().birthName()).isEqualTo(o.traits().birthName());
                    assertThat(r.traits().firstNames().orElseThrow().first())
                            .isNotEqualTo(o.traits().firstNames().orElseThrow().first());
                }
                case HOMONYM -> {
                    SyntheticRecord o = originals.get(r.relatedPersonId());
                    assertThat(r.traits().firstNames()).isEqualTo(o.traits().firstNames());
                    assertThat(Math.abs(r.traits().birthDate().orElseThrow().year()
                            - o.traits().birthDate().orElseThrow().year())).isGreaterThanOrEqualTo(2);
                }
                default -> { }
            }
        }
    }

    @Test
    void csv_and_truth_lines_have_their_headers_columns_and_no_personal_data_in_toString() {
        SyntheticRecord r = SyntheticPopulation.of(3L, 1, PopulationProfile.hospital()).iterator().next();
        assertThat(r.csvLine().split(";", -1)).hasSize(SyntheticRecord.csvHeader().split(";").length);
        assertThat(r.truthLine().split(";", -1)).hasSize(SyntheticRecord.truthHeader().split(";").length);
        assertThat(r.toString()).doesNotContain(r.traits().birthName().orElseThrow().value());
        assertThat(SyntheticPopulation.of(3L, 0, PopulationProfile.hospital()).stream()).isEmpty();
        assertThatThrownBy(() -> SyntheticPopulation.of(3L, -1, PopulationProfile.hospital()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PopulationProfile.builder().duplicateRate(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PopulationProfile.hospital().toString()).contains("dup 0.08");
    }
}
