package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.testing.population.DuplicateOperator;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.Role;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quality bars of issue 22 on a generated base with its truth: outcomes of a fixed seed,
 * not timings.
 */
class AuditQualityTest {

    static final long SEED = 20261206L;
    static final int SIZE = Integer.getInteger("ins4j.audit.quality.size", 100_000);

    @Test
    void quality_bars_on_a_generated_base() {
        qualityBars(AuditPolicy.defaults());
    }

    @Test
    void quality_bars_hold_with_the_term_frequency_adjustment() {
        qualityBars(AuditPolicy.builder().termFrequencyAdjustment(true).build());
    }

    private static void qualityBars(AuditPolicy policy) {
        SyntheticPopulation population = SyntheticPopulation.of(SEED, SIZE, PopulationProfile.hospital());
        Map<String, SyntheticRecord> truth = new HashMap<>();
        List<AuditRecord> records = new ArrayList<>(SIZE);
        for (SyntheticRecord r : population) {
            truth.put(r.localId(), r);
            records.add(Synthetic.toAudit(r));
        }
        long start = System.nanoTime();
        AuditReport report = IdentityAudit.of(policy).run(records);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Quality q = Quality.measure(report, truth.values(), truth);
        System.out.println(policy + (policy.termFrequencyAdjustment() ? " with term frequencies" : "") + ", "
                + population + " audited in " + millis + " ms\n" + q + "\n" + report.summary());

        assertThat(q.matchPrecision()).as("precision of MATCH").isGreaterThanOrEqualTo(0.999);
        assertThat(q.pairRecall()).as("pair recall").isGreaterThanOrEqualTo(0.98);
        assertThat(q.singleErrorRecall()).as("single-error recall").isGreaterThanOrEqualTo(0.995);
        assertThat(q.hardNegativeMatches()).as("twins and homonyms proposed for a merge").isZero();
        assertThat(q.hardNegatives()).as("twins and homonyms in the base").isPositive();
        assertThat(q.reviewRatio()).as("REVIEW / true duplicates").isLessThanOrEqualTo(1.5);
        assertThat(q.collisionRecall()).as("injected collisions reported").isGreaterThanOrEqualTo(0.90);
        double[] manual = manualSearch(records, truth, q.truePairs());
        System.out.printf(java.util.Locale.ROOT, "RNIV manual search (birth date + first three letters of the birth name"
                + " or first name): %d pairs, precision %.4f, recall %.4f%n", (long) manual[2], manual[0], manual[1]);
        assertThat(q.pairRecall()).as("recall against the RNIV manual search").isGreaterThanOrEqualTo(manual[1] + 0.10);
        double completeness = blockingCompleteness(records, truth);
        System.out.println("blocking pair completeness " + completeness);
        assertThat(completeness).as("blocking pair completeness").isGreaterThanOrEqualTo(0.995);
    }

    /**
     * The RNIV manual search before creating an identity (08-audit.md): same birth date, then the
     * first three letters of the birth name or of the first name. Returns precision, recall and the
     * number of pairs it shows.
     */
    static double[] manualSearch(List<AuditRecord> records, Map<String, SyntheticRecord> truth, long truePairs) {
        Map<String, List<AuditRecord>> byDate = new HashMap<>();
        for (AuditRecord r : records) {
            r.traits().birthDate().ifPresent(d -> byDate.computeIfAbsent(d.value(), k -> new ArrayList<>()).add(r));
        }
        long shown = 0;
        long right = 0;
        for (List<AuditRecord> group : byDate.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    AuditRecord a = group.get(i);
                    AuditRecord b = group.get(j);
                    if (samePrefix(a.traits().birthName().map(n -> n.value()).orElse(""),
                            b.traits().birthName().map(n -> n.value()).orElse(""))
                            || samePrefix(a.traits().firstNames().map(n -> n.value()).orElse(""),
                            b.traits().firstNames().map(n -> n.value()).orElse(""))) {
                        shown++;
                        if (truth.get(a.localId()).personId() == truth.get(b.localId()).personId()) {
                            right++;
                        }
                    }
                }
            }
        }
        return new double[] {shown == 0 ? 1.0 : (double) right / shown, (double) right / truePairs, shown};
    }

    private static boolean samePrefix(String a, String b) {
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }

    /** True pairs that share a key in at least one pass (or a matricule) / true pairs. */
    static double blockingCompleteness(List<AuditRecord> records, Map<String, SyntheticRecord> truth) {
        Prepared.Interner in = new Prepared.Interner();
        Map<Long, List<Prepared>> byPerson = new HashMap<>();
        for (AuditRecord r : records) {
            byPerson.computeIfAbsent(truth.get(r.localId()).personId(), p -> new ArrayList<>()).add(Prepared.of(r, in));
        }
        long pairs = 0;
        long blocked = 0;
        for (List<Prepared> group : byPerson.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs++;
                    Prepared a = group.get(i);
                    Prepared b = group.get(j);
                    boolean hit = a.sharesMatricule(b);
                    for (BlockingPass p : BlockingPass.values()) {
                        long k = Blocking.key(p, a);
                        hit |= k != 0 && k == Blocking.key(p, b);
                    }
                    if (hit) {
                        blocked++;
                    }
                }
            }
        }
        return pairs == 0 ? 1.0 : (double) blocked / pairs;
    }

    /** Precision, recall and the other figures of one audit against the truth. */
    record Quality(long truePairs, long matchPairs, long matchTrue, long foundTrue, long singleErrorPairs,
            long singleErrorFound, long hardNegatives, long hardNegativeMatches, long reviews, long collisions,
            long collisionsFound) {

        static String key(String a, String b) {
            return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        }

        static Quality measure(AuditReport report, Iterable<SyntheticRecord> all, Map<String, SyntheticRecord> truth) {
            Map<Long, List<SyntheticRecord>> byPerson = new HashMap<>();
            List<SyntheticRecord> collisions = new ArrayList<>();
            Map<Long, String> originalOf = new HashMap<>();
            List<SyntheticRecord> hard = new ArrayList<>();
            for (SyntheticRecord r : all) {
                byPerson.computeIfAbsent(r.personId(), p -> new ArrayList<>()).add(r);
                if (r.role() == Role.COLLISION) {
                    collisions.add(r);
                }
                if (r.role() == Role.ORIGINAL) {
                    originalOf.put(r.personId(), r.localId());
                }
                if (r.role() == Role.TWIN || r.role() == Role.HOMONYM) {
                    hard.add(r);
                }
            }
            Set<String> found = new HashSet<>();
            Set<String> matched = new HashSet<>();
            Set<String> colp = new HashSet<>();
            long reviews = 0;
            for (Finding f : report.findings()) {
                if (f.potentialState() == PotentialState.COLP) {
                    colp.addAll(f.localIds());
                }
                if (f.localIds().size() != 2) {
                    continue;
                }
                String k = key(f.localIds().get(0), f.localIds().get(1));
                found.add(k);
                if (f.isMergeProposal()) {
                    matched.add(k);
                } else {
                    reviews++;
                }
            }
            long truePairs = 0;
            long foundTrue = 0;
            long single = 0;
            long singleFound = 0;
            for (List<SyntheticRecord> group : byPerson.values()) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        SyntheticRecord a = group.get(i);
                        SyntheticRecord b = group.get(j);
                        truePairs++;
                        boolean hit = found.contains(key(a.localId(), b.localId()));
                        if (hit) {
                            foundTrue++;
                        }
                        SyntheticRecord dup = a.role() == Role.DUPLICATE ? a : b;
                        SyntheticRecord other = dup == a ? b : a;
                        if (other.role() == Role.ORIGINAL && dup.operators().size() <= 1
                                && !dup.operators().contains(DuplicateOperator.USED_NAME_AS_BIRTH_NAME)) {
                            single++;
                            if (hit) {
                                singleFound++;
                            }
                        }
                    }
                }
            }
            long matchTrue = 0;
            for (String k : matched) {
                String[] ids = k.split("\\|");
                if (truth.get(ids[0]).personId() == truth.get(ids[1]).personId()) {
                    matchTrue++;
                }
            }
            long hardMatches = 0;
            for (SyntheticRecord h : hard) {
                String o = originalOf.get(h.relatedPersonId());
                if (o != null && matched.contains(key(o, h.localId()))) {
                    hardMatches++;
                }
            }
            long collisionsFound = collisions.stream().filter(c -> colp.contains(c.localId())).count();
            return new Quality(truePairs, matched.size(), matchTrue, foundTrue, single, singleFound, hard.size(),
                    hardMatches, reviews, collisions.size(), collisionsFound);
        }

        double matchPrecision() {
            return matchPairs == 0 ? 1.0 : (double) matchTrue / matchPairs;
        }

        double pairRecall() {
            return truePairs == 0 ? 1.0 : (double) foundTrue / truePairs;
        }

        double matchRecall() {
            return truePairs == 0 ? 1.0 : (double) matchTrue / truePairs;
        }

        double singleErrorRecall() {
            return singleErrorPairs == 0 ? 1.0 : (double) singleErrorFound / singleErrorPairs;
        }

        double reviewRatio() {
            return truePairs == 0 ? 0.0 : (double) reviews / truePairs;
        }

        double collisionRecall() {
            return collisions == 0 ? 1.0 : (double) collisionsFound / collisions;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "true pairs %d; MATCH pairs %d, precision %.5f; recall (MATCH or REVIEW) %.4f, MATCH recall %.4f;"
                            + " single-error recall %.4f (%d pairs); twins+homonyms %d, proposed %d;"
                            + " reviews %d (%.2f x true pairs); collisions reported %d/%d",
                    truePairs, matchPairs, matchPrecision(), pairRecall(), matchRecall(), singleErrorRecall(),
                    singleErrorPairs, hardNegatives, hardNegativeMatches, reviews, reviewRatio(), collisionsFound,
                    collisions);
        }
    }
}
