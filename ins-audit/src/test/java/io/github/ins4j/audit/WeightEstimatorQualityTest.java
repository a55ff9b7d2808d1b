package io.github.ins4j.audit;

import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * AUD-7 EM on the 100 k base of {@link AuditQualityTest} (seed 20261206, profile
 * {@code hospital()}): a figure-printing harness, outside CI. The quality bars of issue 22 do not
 * all hold with the estimated weights (pair recall 0.964 &lt; 0.98, see the README), so they are
 * printed here, not asserted, and the bars of the default policy are not weakened. Run it with
 * <pre>
 * ./mvnw -B -o verify -pl ins-audit -am -Dmaven.javadoc.skip -Dtest=WeightEstimatorQualityTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dins4j.audit.em=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "ins4j.audit.em", matches = "true")
@SuppressWarnings("EnumOrdinal")
class WeightEstimatorQualityTest {

    @Test
    void AUD_7_figures_with_and_without_em_on_the_generated_base() {
        int size = AuditQualityTest.SIZE;
        SyntheticPopulation population = SyntheticPopulation.of(AuditQualityTest.SEED, size,
                PopulationProfile.hospital());
        Map<String, SyntheticRecord> truth = new HashMap<>();
        List<AuditRecord> records = new ArrayList<>(size);
        for (SyntheticRecord r : population) {
            truth.put(r.localId(), r);
            records.add(Synthetic.toAudit(r));
        }
        System.out.println(population);
        run("default policy", AuditPolicy.defaults(), records, truth);
        long t0 = System.nanoTime();
        AgreementPatterns patterns = AgreementPatterns.from(records, AuditPolicy.defaults());
        long t1 = System.nanoTime();
        EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).estimate(patterns);
        long t2 = System.nanoTime();
        System.out.println(patterns + " counted in " + (t1 - t0) / 1_000_000 + " ms; EM in "
                + (t2 - t1) / 1_000_000 + " ms");
        System.out.println(est);
        truthTable(records, truth, est);
        run("EM, policy() (posterior 0.999 / 0.5)", est.policy(), records, truth);
        AuditPolicy.Builder kept = AuditPolicy.builder();
        for (ScoredField f : ScoredField.values()) {
            for (Agreement a : f.levels()) {
                kept.weight(f, a, est.weight(f, a));
            }
        }
        run("EM weights, default thresholds 15 / 8", kept.build(), records, truth);
        run("EM, policy(0.9999, 0.5)", est.policy(0.9999, 0.5), records, truth);
        run("EM, policy(0.999, 0.1)", est.policy(0.999, 0.1), records, truth);
    }

    /** The m and u the truth file gives on the same candidate pairs, beside EM's. */
    private static void truthTable(List<AuditRecord> records, Map<String, SyntheticRecord> truth, EstimatedWeights est) {
        Prepared[] recs = IdentityAudit.readSorted(records.iterator(), AuditProgress.NONE);
        long[][] matches = new long[ScoredField.values().length][Agreement.values().length];
        long[][] others = new long[ScoredField.values().length][Agreement.values().length];
        long[] classes = new long[2];
        IdentityAudit.comparePasses(recs, AuditPolicy.defaults(), AuditProgress.NONE, (a, b) -> {
            boolean match = truth.get(a.id).personId() == truth.get(b.id).personId();
            classes[match ? 1 : 0]++;
            int code = AgreementPatterns.code(a, b);
            for (ScoredField f : ScoredField.values()) {
                (match ? matches : others)[f.ordinal()][AgreementPatterns.level(code, f).ordinal()]++;
            }
        });
        System.out.printf(java.util.Locale.ROOT, "truth: %d true matches among %d candidate pairs: p = %.6f (EM %.6f)%n",
                classes[1], classes[0] + classes[1], (double) classes[1] / (classes[0] + classes[1]),
                est.matchProportion());
        for (ScoredField f : ScoredField.values()) {
            long mKnown = 0;
            long uKnown = 0;
            for (Agreement a : f.levels()) {
                if (a != Agreement.MISSING) {
                    mKnown += matches[f.ordinal()][a.ordinal()];
                    uKnown += others[f.ordinal()][a.ordinal()];
                }
            }
            for (Agreement a : f.levels()) {
                if (a != Agreement.MISSING && est.isEstimated(f, a)) {
                    System.out.printf(java.util.Locale.ROOT, "  %-19s %-19s true m %.6f u %.6f | EM m %.6f u %.6f%n", f,
                            a, (double) matches[f.ordinal()][a.ordinal()] / mKnown,
                            (double) others[f.ordinal()][a.ordinal()] / uKnown, est.m(f, a), est.u(f, a));
                }
            }
        }
    }

    private static void run(String name, AuditPolicy policy, List<AuditRecord> records,
            Map<String, SyntheticRecord> truth) {
        AuditReport report = IdentityAudit.of(policy).run(records);
        AuditQualityTest.Quality q = AuditQualityTest.Quality.measure(report, truth.values(), truth);
        System.out.printf(java.util.Locale.ROOT,
                "%s %s:%n  precision of MATCH %.5f, pair recall %.4f, single-error recall %.4f, MATCH recall %.4f,"
                        + " REVIEW / true pairs %.2f, twins+homonyms proposed %d, collisions %d/%d%n",
                name, policy, q.matchPrecision(), q.pairRecall(), q.singleErrorRecall(), q.matchRecall(),
                q.reviewRatio(), q.hardNegativeMatches(), q.collisionsFound(), q.collisions());
    }
}
