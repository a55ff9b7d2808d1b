package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.constraints.Incoherent;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.Role;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/** One property per detector of 08-audit.md, named after its rule. */
class DetectorPropertiesTest {

    private static final IdentityAudit AUDIT = IdentityAudit.of(AuditPolicy.defaults());

    static AuditRecord qualified(String id, InsIdentity ins, Traits local) {
        return AuditRecord.builder(id, IdentityStatus.QUALIFIED, LocalTraits.from(local)).ins(ins).build();
    }

    static AuditRecord provisional(String id, Traits local) {
        return AuditRecord.builder(id, IdentityStatus.PROVISIONAL, LocalTraits.from(local)).build();
    }

    static boolean inOneCluster(AuditReport report, String a, String b) {
        return report.clusters().stream().anyMatch(c -> c.localIds().contains(a) && c.localIds().contains(b));
    }

    @Property
    void AUD_1_the_same_active_ins_on_matching_records_is_a_duplicate(@ForAll InsIdentity identity) {
        AuditReport report = AUDIT.run(List.of(qualified("A", identity, identity.traits()),
                qualified("B", identity, identity.traits())));

        assertThat(report.findings(FindingKind.AUD_1)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("A", "B");
            assertThat(f.potentialState()).isEqualTo(PotentialState.DPOT);
            assertThat(f.isMergeProposal()).isTrue();
            assertThat(f.matchReport()).hasValueSatisfying(m -> assertThat(m.verdict()).isEqualTo(Verdict.MATCH));
        });
        assertThat(inOneCluster(report, "A", "B")).isTrue();
        assertThat(report.findings(FindingKind.AUD_2)).isEmpty();
    }

    @Property
    void AUD_2_the_same_active_ins_on_different_traits_is_a_collision(@ForAll InsIdentity identity,
            @ForAll Traits other) {
        Assume.that(TraitMatcher.compare(other, identity.traits()).verdict() == Verdict.MISMATCH);
        AuditReport report = AUDIT.run(List.of(qualified("A", identity, identity.traits()),
                qualified("B", identity, other)));

        assertThat(report.findings(FindingKind.AUD_2)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("A", "B");
            assertThat(f.potentialState()).isEqualTo(PotentialState.COLP);
            assertThat(f.isMergeProposal()).isFalse();
        });
        assertThat(report.findings(FindingKind.AUD_1)).isEmpty();
        assertThat(inOneCluster(report, "A", "B")).isFalse();
    }

    @Property
    void AUD_3_an_earlier_ins_of_the_other_record_is_a_duplicate(@ForAll InsIdentity identity,
            @ForAll InsMatricule earlier) {
        Assume.that(!earlier.equals(identity.identifier().matricule()));
        InsIdentity withHistory = new InsIdentity(identity.identifier(), identity.traits(),
                List.of(EarlierIdentifier.of(InsIdentifier.of(earlier, InsOid.NIR_TEST))));
        InsIdentity old = InsIdentity.of(InsIdentifier.of(earlier, InsOid.NIR_TEST), identity.traits());
        AuditReport report = AUDIT.run(List.of(qualified("NEW", withHistory, identity.traits()),
                qualified("OLD", old, identity.traits())));

        assertThat(report.findings(FindingKind.AUD_3)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("NEW", "OLD");
            assertThat(f.isMergeProposal()).isTrue();
        });
        assertThat(report.findings(FindingKind.AUD_4)).isEmpty();
        assertThat(inOneCluster(report, "NEW", "OLD")).isTrue();
    }

    @Property
    void AUD_4_different_active_ins_are_never_proposed_for_a_merge(@ForAll InsIdentity identity,
            @ForAll InsMatricule other) {
        Assume.that(!other.equals(identity.identifier().matricule()));
        InsIdentity second = InsIdentity.of(InsIdentifier.of(other, InsOid.NIR_TEST), identity.traits());
        AuditReport report = AUDIT.run(List.of(qualified("A", identity, identity.traits()),
                qualified("B", second, identity.traits()),
                provisional("C", identity.traits())));

        assertThat(report.findings(FindingKind.AUD_4)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("A", "B");
            assertThat(f.potentialState()).isEqualTo(PotentialState.HOMD);
            assertThat(f.pairClass()).isEqualTo(PairClass.REVIEW);
        });
        // C matches both: it may join one of them, never both, so no cluster holds two active INS.
        assertThat(inOneCluster(report, "A", "B")).isFalse();
        assertThat(report.refusedMerges()).isEqualTo(1);
    }

    @Property(tries = 10)
    void AUD_4_twins_and_homonyms_are_never_proposed_for_a_merge(@ForAll long seed) {
        PopulationProfile hard = PopulationProfile.builder().twinRate(0.3).homonymRate(0.3).duplicateRate(0.05).build();
        List<SyntheticRecord> base = SyntheticPopulation.of(seed, 1500, hard).stream().toList();
        Map<String, SyntheticRecord> byId = new HashMap<>();
        List<AuditRecord> records = new ArrayList<>();
        for (SyntheticRecord r : base) {
            byId.put(r.localId(), r);
            records.add(Synthetic.toAudit(r));
        }
        AuditReport report = AUDIT.run(records);
        long hardPairs = base.stream().filter(r -> r.role() == Role.TWIN || r.role() == Role.HOMONYM).count();
        assertThat(hardPairs).isPositive();
        for (Finding f : report.findings()) {
            if (f.isMergeProposal()) {
                SyntheticRecord a = byId.get(f.localIds().get(0));
                SyntheticRecord b = byId.get(f.localIds().get(1));
                // a twin or homonym against the original record of its related person (a degraded
                // duplicate of that person may come close to the homonym by chance: not counted)
                boolean hardNegative = isHard(a) && b.role() == Role.ORIGINAL && a.relatedPersonId() == b.personId()
                        || isHard(b) && a.role() == Role.ORIGINAL && b.relatedPersonId() == a.personId();
                assertThat(hardNegative)
                        .as("a twin or homonym pair proposed: %s", f).isFalse();
            }
        }
    }

    private static boolean isHard(SyntheticRecord r) {
        return r.role() == Role.TWIN || r.role() == Role.HOMONYM;
    }

    @Property
    void AUD_5_an_ins_incoherent_with_the_traits_is_a_collision_suspicion(@ForAll InsIdentity coherent,
            @ForAll @Incoherent InsIdentity incoherent, @ForAll boolean pickIncoherent) {
        InsIdentity identity = pickIncoherent ? incoherent : coherent;
        Statistics.label("incoherent").collect(pickIncoherent);
        AuditReport report = AUDIT.run(List.of(qualified("A", identity, identity.traits())));

        assertThat(report.findings(FindingKind.AUD_5)).hasSize(identity.coherence().hasErrors() ? 1 : 0);
        report.findings(FindingKind.AUD_5).forEach(f -> {
            assertThat(f.localIds()).containsExactly("A");
            assertThat(f.potentialState()).isEqualTo(PotentialState.COLP);
        });
        Statistics.label("incoherent").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
    }

    @Property
    void AUD_5_a_reverification_with_other_traits_is_a_collision_suspicion(@ForAll InsIdentity identity) {
        AuditRecord r = AuditRecord.builder("A", IdentityStatus.QUALIFIED, LocalTraits.from(identity.traits()))
                .ins(identity).reverifiedWithOtherTraits(true).build();
        assertThat(AUDIT.run(List.of(r)).findings(FindingKind.AUD_5)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("QUA-7"));
    }

    @Property
    void AUD_6_a_provisional_record_matching_a_qualified_one_is_merged_into_it(@ForAll InsIdentity identity) {
        AuditReport report = AUDIT.run(List.of(provisional("P", identity.traits()),
                qualified("Q", identity, identity.traits())));

        assertThat(report.findings(FindingKind.AUD_6)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("P", "Q");
            assertThat(f.isMergeProposal()).isTrue();
        });
        assertThat(report.clusters()).singleElement()
                .satisfies(c -> assertThat(c.survivorLocalId()).isEqualTo("Q"));
    }

    @Property
    void AUD_7_close_records_without_a_shared_ins_are_potential_duplicates(@ForAll Traits traits,
            @ForAll IdentityStatus status) {
        Assume.that(status == IdentityStatus.PROVISIONAL || status == IdentityStatus.VALIDATED);
        AuditRecord a = AuditRecord.builder("A", status, LocalTraits.from(traits)).build();
        AuditRecord b = provisional("B", traits);
        AuditReport report = AUDIT.run(List.of(a, b));

        assertThat(report.findings(FindingKind.AUD_7)).singleElement().satisfies(f -> {
            assertThat(f.localIds()).containsExactly("A", "B");
            assertThat(f.potentialState()).isEqualTo(PotentialState.DPOT);
            assertThat(f.isMergeProposal()).isTrue();
            assertThat(f.pairScore()).hasValueSatisfying(s -> assertThat(s.agreements().values())
                    .allMatch(x -> x == Agreement.EXACT || x == Agreement.MISSING));
        });
    }

    @Property(tries = 20)
    void AUD_4_no_cluster_ever_holds_two_different_active_ins(@ForAll long seed) {
        PopulationProfile p = PopulationProfile.builder().twinRate(0.2).homonymRate(0.2).collisionRate(0.05).build();
        List<AuditRecord> records = SyntheticPopulation.of(seed, 800, p).stream().map(Synthetic::toAudit).toList();
        Map<String, AuditRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.localId(), r));
        AuditReport report = AUDIT.run(records);
        for (Cluster c : report.clusters()) {
            List<InsIdentity> ins = c.localIds().stream().map(byId::get).flatMap(r -> r.ins().stream()).toList();
            for (InsIdentity x : ins) {
                for (InsIdentity y : ins) {
                    boolean related = x.identifier().matricule().equals(y.identifier().matricule())
                            || x.history().stream().anyMatch(e -> e.identifier().matricule().equals(y.identifier().matricule()))
                            || y.history().stream().anyMatch(e -> e.identifier().matricule().equals(x.identifier().matricule()));
                    assertThat(related).as("cluster %s", c).isTrue();
                }
            }
        }
    }

    @Property(tries = 10)
    void AUD_the_report_does_not_depend_on_the_input_order(@ForAll long seed, @ForAll @IntRange(max = 1000) int shuffle) {
        List<AuditRecord> records = new ArrayList<>(SyntheticPopulation.of(seed, 600, PopulationProfile.hospital())
                .stream().map(Synthetic::toAudit).toList());
        AuditReport first = AUDIT.run(records);
        Collections.shuffle(records, new Random(shuffle));
        AuditReport second = AUDIT.run(records);
        assertThat(second.findings().stream().map(Finding::toString).toList())
                .isEqualTo(first.findings().stream().map(Finding::toString).toList());
        assertThat(second.clusters().toString()).isEqualTo(first.clusters().toString());
        assertThat(second.summary()).isEqualTo(first.summary());
    }
}
