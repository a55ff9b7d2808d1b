package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.Role;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** AUD-7: the EM re-estimation of the Fellegi–Sunter weights. */
class WeightEstimatorPropertiesTest {

    private static final ScoredField[] FIELDS = ScoredField.values();

    /** Known m, u (per field, over its levels but MISSING) and match proportion. */
    record Truth(double p, Map<ScoredField, Map<Agreement, Double>> m, Map<ScoredField, Map<Agreement, Double>> u,
            double missing) {

        Truth {
            m = ordered(m);
            u = ordered(u);
        }

        /** Enum-ordered copies, so that sampling does not depend on a map's iteration order. */
        private static Map<ScoredField, Map<Agreement, Double>> ordered(Map<ScoredField, Map<Agreement, Double>> t) {
            Map<ScoredField, Map<Agreement, Double>> c = new EnumMap<>(ScoredField.class);
            t.forEach((f, d) -> c.put(f, new EnumMap<>(d)));
            return c;
        }

        static Truth random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double p = 0.05 + 0.25 * r.nextDouble();
            Map<ScoredField, Map<Agreement, Double>> m = new EnumMap<>(ScoredField.class);
            Map<ScoredField, Map<Agreement, Double>> u = new EnumMap<>(ScoredField.class);
            for (ScoredField f : FIELDS) {
                m.put(f, distribution(f, Agreement.EXACT, r));
                u.put(f, distribution(f, Agreement.DIFFERENT, r));
            }
            return new Truth(p, m, u, 0.1 * r.nextDouble());
        }

        /** A distribution over the field's levels that puts most of its mass on {@code main}. */
        private static Map<Agreement, Double> distribution(ScoredField f, Agreement main, SplittableRandom r) {
            Map<Agreement, Double> d = new EnumMap<>(Agreement.class);
            double sum = 0;
            for (Agreement a : f.levels()) {
                if (a != Agreement.MISSING) {
                    double x = a == main ? 4 + r.nextDouble() * 4 : 0.05 + r.nextDouble();
                    d.put(a, x);
                    sum += x;
                }
            }
            for (Map.Entry<Agreement, Double> e : d.entrySet()) {
                e.setValue(e.getValue() / sum);
            }
            return d;
        }

        /** Samples pairs from the model; a field is MISSING with probability {@code missing}. */
        AgreementPatterns sample(int pairs, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            Map<Map<ScoredField, Agreement>, Long> counts = new HashMap<>();
            for (int i = 0; i < pairs; i++) {
                Map<ScoredField, Map<Agreement, Double>> table = r.nextDouble() < p ? m : u;
                Map<ScoredField, Agreement> levels = new EnumMap<>(ScoredField.class);
                for (ScoredField f : FIELDS) {
                    levels.put(f, r.nextDouble() < missing ? Agreement.MISSING : draw(table.get(f), r.nextDouble()));
                }
                counts.merge(levels, 1L, Long::sum);
            }
            AgreementPatterns.Builder b = AgreementPatterns.builder();
            counts.forEach(b::add);
            return b.build();
        }

        private static Agreement draw(Map<Agreement, Double> d, double x) {
            double acc = 0;
            Agreement last = Agreement.DIFFERENT;
            for (Map.Entry<Agreement, Double> e : d.entrySet()) {
                acc += e.getValue();
                last = e.getKey();
                if (x < acc) {
                    return last;
                }
            }
            return last;
        }
    }

    @Property(tries = 20)
    void AUD_7_em_recovers_known_m_and_u_and_match_proportion(@ForAll long seed) {
        Truth truth = Truth.random(seed);
        AgreementPatterns patterns = truth.sample(300_000, seed ^ 0x5DEECE66DL);

        EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(patterns);

        assertThat(est.converged()).as("converged").isTrue();
        assertThat(est.pairs()).isEqualTo(300_000);
        assertThat(est.matchProportion()).as("match proportion").isCloseTo(truth.p(), within(0.01));
        for (ScoredField f : FIELDS) {
            for (Map.Entry<Agreement, Double> e : truth.m().get(f).entrySet()) {
                Agreement a = e.getKey();
                assertThat(est.isEstimated(f, a)).isTrue();
                assertThat(est.m(f, a)).as("m of %s %s", f, a).isCloseTo(e.getValue(), within(0.025));
                assertThat(est.u(f, a)).as("u of %s %s", f, a).isCloseTo(truth.u().get(f).get(a), within(0.025));
                assertThat(est.weight(f, a)).isEqualTo(Math.log(est.m(f, a) / est.u(f, a)) / Math.log(2));
            }
            assertThat(est.isEstimated(f, Agreement.MISSING)).isFalse();
            assertThat(est.weight(f, Agreement.MISSING)).isZero();
        }
    }

    @Property(tries = 20)
    void AUD_7_em_is_deterministic_whatever_the_order_of_the_patterns(@ForAll long seed,
            @ForAll @IntRange(max = 1000) int shuffle) {
        AgreementPatterns patterns = Truth.random(seed).sample(20_000, seed);
        List<Map.Entry<Map<ScoredField, Agreement>, Long>> entries = new ArrayList<>(patterns.asMap().entrySet());
        Collections.shuffle(entries, new Random(shuffle));
        AgreementPatterns.Builder b = AgreementPatterns.builder();
        entries.forEach(e -> b.add(e.getKey(), e.getValue()));
        WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults());

        EstimatedWeights first = em.estimate(patterns);
        EstimatedWeights second = em.estimate(b.build());

        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(second.iterations()).isEqualTo(first.iterations());
        assertThat(second.matchProportion()).isEqualTo(first.matchProportion());
        assertThat(second.policy().matchThreshold()).isEqualTo(first.policy().matchThreshold());
        for (ScoredField f : FIELDS) {
            for (Agreement a : f.levels()) {
                assertThat(second.m(f, a)).isEqualTo(first.m(f, a));
                assertThat(second.u(f, a)).isEqualTo(first.u(f, a));
                assertThat(second.weight(f, a)).isEqualTo(first.weight(f, a));
            }
        }
    }

    @Property(tries = 4)
    void AUD_7_estimated_weights_keep_twins_homonyms_and_two_active_ins_out_of_merges(@ForAll long seed) {
        PopulationProfile profile = PopulationProfile.builder().twinRate(0.05).homonymRate(0.05).collisionRate(0.01)
                .build();
        List<SyntheticRecord> base = SyntheticPopulation.of(seed, 6000, profile).stream().toList();
        Map<String, SyntheticRecord> byId = new HashMap<>();
        Map<String, AuditRecord> records = new HashMap<>();
        List<AuditRecord> list = new ArrayList<>();
        for (SyntheticRecord r : base) {
            byId.put(r.localId(), r);
            AuditRecord a = Synthetic.toAudit(r);
            records.put(r.localId(), a);
            list.add(a);
        }
        EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(list);
        AuditReport report = IdentityAudit.of(est.policy()).run(list);

        long hard = base.stream().filter(r -> r.role() == Role.TWIN || r.role() == Role.HOMONYM).count();
        assertThat(hard).as("twins and homonyms in the base").isPositive();
        long proposals = 0;
        for (Finding f : report.findings()) {
            if (!f.isMergeProposal()) {
                continue;
            }
            proposals++;
            SyntheticRecord a = byId.get(f.localIds().get(0));
            SyntheticRecord b = byId.get(f.localIds().get(1));
            // a twin or homonym against the original record of its related person
            boolean hardNegative = isHard(a) && b.role() == Role.ORIGINAL && a.relatedPersonId() == b.personId()
                    || isHard(b) && a.role() == Role.ORIGINAL && b.relatedPersonId() == a.personId();
            assertThat(hardNegative).as("a twin or homonym pair proposed with estimated weights: %s", f).isFalse();
        }
        assertThat(proposals).as("merge proposals with estimated weights").isPositive();
        for (Cluster c : report.clusters()) {
            List<InsIdentity> ins = c.localIds().stream().map(records::get).flatMap(r -> r.ins().stream()).toList();
            for (InsIdentity x : ins) {
                for (InsIdentity y : ins) {
                    boolean related = x.identifier().matricule().equals(y.identifier().matricule())
                            || x.history().stream().anyMatch(e -> e.identifier().matricule().equals(y.identifier().matricule()))
                            || y.history().stream().anyMatch(e -> e.identifier().matricule().equals(x.identifier().matricule()));
                    assertThat(related).as("AUD-4: cluster %s with estimated weights", c).isTrue();
                }
            }
        }
    }

    private static boolean isHard(SyntheticRecord r) {
        return r.role() == Role.TWIN || r.role() == Role.HOMONYM;
    }
}
