package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.audit.DukeHarness.Base;
import io.github.ins4j.audit.DukeHarness.Score;
import io.github.ins4j.audit.DukeHarness.Settings;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, side by side on one generated base: ins4j's audit, Duke 1.2 tuned on a 10 % split of
 * the base with its truth, and the RNIV manual search (birth date, then the first three letters of
 * the birth name or first name). Pairs are counted against the truth file.
 *
 * <p>The default run (CI) does the whole procedure on a {@value #CI_SIZE}-record base; the
 * 100 000-record run of the README is tagged {@code duke-100k}, excluded by default:
 * {@code ./mvnw -B -pl ins-audit -am verify -Dgroups=duke-100k -DexcludedGroups= -Dtest=DukeComparisonTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DukeComparisonTest {

    static final long SEED = AuditQualityTest.SEED;
    static final int CI_SIZE = 10_000;
    /**
     * Lucene hits per record Duke compares on the whole base (Duke's default, 1 000 000, compares
     * every record sharing one token, a first name or a year, with the record: hours on 100 000).
     */
    static final int MAX_SEARCH_HITS = 100;
    /**
     * The same on the tuning split, ten times less dense: the best 10 hits in a tenth of the base
     * stand for the best 100 in the whole.
     */
    static final int SPLIT_MAX_SEARCH_HITS = 10;
    static final int TUNING_ROUNDS = 3;

    @Test
    void the_tuning_loop_finds_what_dukes_deduplicate_finds() {
        List<SyntheticRecord> records = generate(3_000);
        Base base = Base.of(records);
        Settings s = Settings.start(MAX_SEARCH_HITS);
        Set<Long> viaDuke = DukeHarness.deduplicate(base, s, 0.0).keySet();
        assertThat(viaDuke).as("pairs Duke reports on 3 000 records").isNotEmpty();
        assertThat(DukeHarness.candidatesMatchDeduplicate(base, s)).isTrue();
        Settings other = s.withThreshold(0.97).with(DukeHarness.Field.FIRST_NAMES,
                new DukeHarness.FieldSetting("JaroWinklerTokenized", 0.05, 0.95));
        assertThat(DukeHarness.candidatesMatchDeduplicate(base, other)).isTrue();
        assertThat(DukeHarness.scoredLikeProcessor(base, s)).isLessThan(1e-9);
        assertThat(DukeHarness.scoredLikeProcessor(base, other)).isLessThan(1e-9);
    }

    @Test
    void ins4j_against_duke_and_the_manual_search_on_a_ci_base() {
        compare(CI_SIZE);
    }

    @Test
    @Tag("duke-100k")
    void ins4j_against_duke_and_the_manual_search_on_100k() {
        compare(100_000);
    }

    static List<SyntheticRecord> generate(int size) {
        List<SyntheticRecord> out = new ArrayList<>(size);
        SyntheticPopulation.of(SEED, size, PopulationProfile.hospital()).forEach(out::add);
        return out;
    }

    /**
     * The tuning split: whole truth clusters, a person with every record of it, joined with the
     * person a twin, homonym or collision is related to; a cluster is in the split when a random
     * draw seeded by the seed and the cluster's smallest person id falls in the first tenth.
     */
    static List<SyntheticRecord> tuningSplit(List<SyntheticRecord> records) {
        Map<Long, Long> parent = new HashMap<>();
        for (SyntheticRecord r : records) {
            union(parent, r.personId(), r.personId());
            if (r.relatedPersonId() >= 0) {
                union(parent, r.personId(), r.relatedPersonId());
            }
        }
        List<SyntheticRecord> split = new ArrayList<>();
        for (SyntheticRecord r : records) {
            long root = find(parent, r.personId());
            if (new SplittableRandom(SEED ^ (root * 0x9E3779B97F4A7C15L)).nextInt(10) == 0) {
                split.add(r);
            }
        }
        return split;
    }

    private static long find(Map<Long, Long> parent, long x) {
        long r = x;
        while (parent.getOrDefault(r, r) != r) {
            r = parent.get(r);
        }
        parent.put(x, r);
        return r;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static void compare(int size) {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        List<SyntheticRecord> synthetic = generate(size);
        Base base = Base.of(synthetic);
        long truePairs = base.truePairs();

        // Duke: tuned on the split, then run on the whole base.
        List<SyntheticRecord> splitRecords = tuningSplit(synthetic);
        Base split = Base.of(splitRecords);
        long t1 = System.nanoTime();
        Settings tuned = DukeHarness.tune(split, Settings.start(SPLIT_MAX_SEARCH_HITS), TUNING_ROUNDS,
                System.out::println).withMaxSearchHits(MAX_SEARCH_HITS);
        long t2 = System.nanoTime();
        double maybe = Math.min(0.5, tuned.threshold());
        Map<Long, Double> dukeAll = DukeHarness.deduplicate(base, tuned, maybe);
        long t3 = System.nanoTime();
        Set<Long> dukeMatches = new HashSet<>();
        dukeAll.forEach((k, v) -> {
            if (v > tuned.threshold()) {
                dukeMatches.add(k);
            }
        });
        Score duke = Score.of(dukeMatches, base, truePairs);

        // ins4j: the audit with its default policy.
        List<AuditRecord> records = new ArrayList<>(size);
        Map<String, SyntheticRecord> truth = new HashMap<>();
        for (SyntheticRecord r : synthetic) {
            records.add(Synthetic.toAudit(r));
            truth.put(r.localId(), r);
        }
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(records);
        long t4 = System.nanoTime();
        Set<Long> match = new HashSet<>();
        Map<Long, Double> shown = shownPairs(report, base, match);
        Score ins4jMatch = Score.of(match, base, truePairs);
        Score ins4jShown = Score.of(shown.keySet(), base, truePairs);

        // ins4j tuned like Duke: its review threshold chosen for F1 on the same split, with the
        // split's truth, then the audit of the whole base with that threshold.
        List<AuditRecord> splitAudit = splitRecords.stream().map(Synthetic::toAudit).toList();
        double bestReview = AuditPolicy.defaults().reviewThreshold();
        double bestSplitF1 = -1;
        for (double t = 4.0; t <= AuditPolicy.defaults().matchThreshold(); t += 0.5) {
            AuditReport r = IdentityAudit.of(AuditPolicy.builder().reviewThreshold(t).build()).run(splitAudit);
            double f = Score.of(shownPairs(r, split, new HashSet<>()).keySet(), split, split.truePairs()).f1();
            if (f > bestSplitF1) {
                bestSplitF1 = f;
                bestReview = t;
            }
        }
        AuditReport tunedReport = IdentityAudit.of(AuditPolicy.builder().reviewThreshold(bestReview).build())
                .run(records);
        Score ins4jTuned = Score.of(shownPairs(tunedReport, base, new HashSet<>()).keySet(), base, truePairs);

        double[] manual = AuditQualityTest.manualSearch(records, truth, truePairs);
        double ins4jAtManual = DukeHarness.recallAtPrecision(new ArrayList<>(shown.entrySet()), base, truePairs,
                manual[0]);
        double dukeAtManual = DukeHarness.recallAtPrecision(new ArrayList<>(dukeAll.entrySet()), base, truePairs,
                manual[0]);
        double dukeAtMatchPrecision = DukeHarness.recallAtPrecision(new ArrayList<>(dukeAll.entrySet()), base,
                truePairs, ins4jMatch.precision());

        System.out.printf(Locale.ROOT, "%n%d records (seed %d, hospital profile), %d true pairs; tuning split %d records"
                        + " (%d true pairs)%n", size, SEED, truePairs, split.records().size(), split.truePairs());
        System.out.println("Duke tuned: " + tuned);
        System.out.printf(Locale.ROOT, "| ins4j MATCH | %s |%n| ins4j MATCH + REVIEW | %s |%n"
                        + "| ins4j, review threshold %.1f tuned on the split (split F1 %.4f) | %s |%n| Duke | %s |%n"
                        + "| RNIV manual search | %d pairs, precision %.4f, recall %.4f, F1 %.4f |%n",
                ins4jMatch, ins4jShown, bestReview, bestSplitF1, ins4jTuned, duke, (long) manual[2], manual[0], manual[1],
                2 * manual[0] * manual[1] / (manual[0] + manual[1]));
        System.out.printf(Locale.ROOT, "recall at the manual search's precision (%.4f): ins4j %.4f, Duke %.4f"
                + " (Duke's pairs above %.2f ranked by confidence)%n", manual[0], ins4jAtManual, dukeAtManual, maybe);
        System.out.printf(Locale.ROOT, "best F1 over the cuts of the ranked pairs (chosen knowing the truth):"
                        + " ins4j %.4f, Duke %.4f%n",
                DukeHarness.bestF1(new ArrayList<>(shown.entrySet()), base, truePairs),
                DukeHarness.bestF1(new ArrayList<>(dukeAll.entrySet()), base, truePairs));
        System.out.printf(Locale.ROOT, "recall at the precision of ins4j's MATCH (%.5f): ins4j %.4f, Duke %.4f%n",
                ins4jMatch.precision(), ins4jMatch.recall(), dukeAtMatchPrecision);
        System.out.printf(Locale.ROOT, "wall time: generate %.1f s, Duke tuning %.1f s, Duke run %.1f s, ins4j audit"
                        + " %.1f s; CPU time of the test JVM %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, (t4 - t3) / 1e9,
                (cpuNanos() - cpu0) / 1e9);

        // Both tuned on the same 10 % split with its truth, then run on the whole base.
        assertThat(ins4jTuned.f1()).as("F1 of ins4j tuned on the split against Duke tuned on the split")
                .isGreaterThanOrEqualTo(duke.f1());
        assertThat(ins4jAtManual).as("ins4j's recall at the manual search's precision")
                .isGreaterThanOrEqualTo(manual[1] + 0.10);
    }

    /** The pairs ins4j shows (MATCH and REVIEW), ranked by class then score; merge proposals into {@code match}. */
    private static Map<Long, Double> shownPairs(AuditReport report, Base base, Set<Long> match) {
        Map<Long, Double> shown = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.localIds().size() != 2) {
                continue;
            }
            long k = DukeHarness.pairKey(base.indexOf().get(f.localIds().get(0)),
                    base.indexOf().get(f.localIds().get(1)));
            // Ranked by class, then score: the order in which a reviewer would take them.
            double rank = (f.pairClass() == PairClass.MATCH ? 2000 : f.pairClass() == PairClass.REVIEW ? 1000 : 0)
                    + f.score();
            shown.merge(k, rank, Math::max);
            if (f.isMergeProposal()) {
                match.add(k);
            }
        }
        return shown;
    }
}
