package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The contract of {@link AuditKernel} (the audit's steps for a distributed engine): driven step by
 * step in memory as a cluster engine drives it, with the base cut into parts of whole components,
 * it gives exactly the report of {@link IdentityAudit} (AUD-1 to AUD-7, clusters, indicators).
 */
class AuditKernelPropertiesTest {

    @Property(tries = 12)
    void AUD_1_to_AUD_7_the_kernel_step_by_step_gives_the_batch_report(@ForAll @IntRange(min = 0, max = 1000) int seed,
            @ForAll @IntRange(min = 2, max = 12) int maxBlock, @ForAll @IntRange(min = 1, max = 4) int parts) {
        AuditPolicy policy = AuditPolicy.builder().maxBlockSize(maxBlock).build();
        List<AuditRecord> records = SyntheticPopulation.of(seed, 600, PopulationProfile.hospital()).stream()
                .map(Synthetic::toAudit).collect(Collectors.toList());
        AuditReport batch = IdentityAudit.of(policy).run(records);

        AuditKernel k = AuditKernel.of(policy);
        List<AuditKernel.Record> prepared = records.stream().map(k::prepare).collect(Collectors.toList());
        int passes = k.comparedPasses().size();
        Map<String, int[]> pieces = new HashMap<>();
        List<Map<Long, List<AuditKernel.Record>>> blocks = new ArrayList<>();
        Map<BlockingPass, PassCount> counts = new EnumMap<>(BlockingPass.class);
        for (int p = 0; p < passes; p++) {
            Map<Long, List<AuditKernel.Record>> byKey = new TreeMap<>();
            for (AuditKernel.Record r : prepared) {
                if (k.key(p, r) != 0) {
                    byKey.computeIfAbsent(k.key(p, r), x -> new ArrayList<>()).add(r);
                }
            }
            for (List<AuditKernel.Record> block : byKey.values()) {
                block.sort(Comparator.comparing(AuditKernel.Record::localId, AuditKernel.ID_ORDER));
                for (int rank = 0; rank < block.size(); rank++) {
                    pieces.computeIfAbsent(block.get(rank).localId(), x -> new int[passes])[p] = k.piece(rank);
                }
            }
            blocks.add(byKey);
        }
        Map<String, AuditKernel.Record> byId = new HashMap<>();
        for (AuditKernel.Record r : prepared) {
            byId.put(r.localId(), k.withPieces(r, pieces.getOrDefault(r.localId(), new int[passes])));
        }
        // pairs: [a, b, "M" or "S"], a before b
        List<String[]> pairs = new ArrayList<>();
        Map<String, List<String>> byMatricule = new TreeMap<>();
        for (AuditKernel.Record r : prepared) {
            for (String m : k.matricules(r)) {
                byMatricule.computeIfAbsent(m, x -> new ArrayList<>()).add(r.localId());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        long mBlocks = 0;
        long mCandidates = 0;
        for (List<String> ids : byMatricule.values()) {
            if (ids.size() < 2) {
                continue;
            }
            mBlocks++;
            mCandidates += (long) ids.size() * (ids.size() - 1) / 2;
            ids.sort(AuditKernel.ID_ORDER);
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    if (seen.add(ids.get(x) + "\u0000" + ids.get(y))) {
                        pairs.add(new String[] {ids.get(x), ids.get(y), "M"});
                    }
                }
            }
        }
        counts.put(BlockingPass.MATRICULE,
                AuditKernel.passCount(BlockingPass.MATRICULE, mBlocks, mCandidates, 0, mCandidates, seen.size()));
        for (int p = 0; p < passes; p++) {
            long scored = 0;
            List<Long> sizes = new ArrayList<>();
            for (List<AuditKernel.Record> raw : blocks.get(p).values()) {
                sizes.add((long) raw.size());
                List<AuditKernel.Record> block = raw.stream().map(r -> byId.get(r.localId())).collect(Collectors.toList());
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size() && k.piece(y) == k.piece(x); y++) {
                        AuditKernel.Record a = block.get(x);
                        AuditKernel.Record b = block.get(y);
                        if (k.coveredEarlier(p, a, b)) {
                            continue;
                        }
                        scored++;
                        if (k.scoredPair(a, b).isPresent()) {
                            pairs.add(new String[] {a.localId(), b.localId(), "S"});
                        }
                    }
                }
            }
            counts.put(k.comparedPasses().get(p),
                    k.passCount(p, sizes.stream().mapToLong(Long::longValue).toArray(), scored));
        }
        // components (union-find on ids), dealt round-robin into parts
        Map<String, String> parent = new HashMap<>();
        for (String id : byId.keySet()) {
            parent.put(id, id);
        }
        for (String[] pair : pairs) {
            parent.put(root(parent, pair[0]), root(parent, pair[1]));
        }
        Map<String, Integer> partOfRoot = new TreeMap<>();
        for (String id : new java.util.TreeSet<>(byId.keySet())) {
            partOfRoot.computeIfAbsent(root(parent, id), r -> partOfRoot.size() % parts);
        }
        List<List<AuditKernel.Record>> partRecords = new ArrayList<>();
        List<List<Finding>> partFindings = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            partRecords.add(new ArrayList<>());
            partFindings.add(new ArrayList<>());
        }
        for (AuditKernel.Record r : byId.values()) {
            int part = partOfRoot.get(root(parent, r.localId()));
            partRecords.get(part).add(r);
            k.single(r).ifPresent(partFindings.get(part)::add);
        }
        for (String[] pair : pairs) {
            AuditKernel.Record a = byId.get(pair[0]);
            AuditKernel.Record b = byId.get(pair[1]);
            partFindings.get(partOfRoot.get(root(parent, pair[0])))
                    .add(pair[2].equals("M") ? k.matriculePair(a, b) : k.scoredPair(a, b).orElseThrow());
        }
        List<String> findings = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        Map<IndicatorKind, long[]> sums = new EnumMap<>(IndicatorKind.class);
        long refused = 0;
        for (int i = 0; i < parts; i++) {
            AuditReport r = k.report(partRecords.get(i), partFindings.get(i));
            r.findings().forEach(f -> findings.add(f.toString() + " " + f.explanation() + " " + f.score()));
            r.clusters().forEach(c -> clusters.add(c.localIds() + " " + c.survivorLocalId()));
            r.indicators().values().forEach(ind -> {
                long[] s = sums.computeIfAbsent(ind.kind(), x -> new long[2]);
                s[0] += ind.numerator();
                s[1] += ind.denominator();
            });
            refused += r.refusedMerges();
        }
        Statistics.label("split blocks").collect(counts.values().stream().anyMatch(c -> c.splitBlocks() > 0));
        Statistics.label("split blocks").coverage(c -> c.check(true).count(n -> n > 0));

        assertThat(findings.stream().sorted().collect(Collectors.toList())).containsExactlyElementsOf(batch.findings()
                .stream().map(f -> f.toString() + " " + f.explanation() + " " + f.score()).sorted()
                .collect(Collectors.toList()));
        assertThat(clusters.stream().sorted().collect(Collectors.toList())).containsExactlyElementsOf(batch.clusters()
                .stream().map(c -> c.localIds() + " " + c.survivorLocalId()).sorted().collect(Collectors.toList()));
        for (Indicator ind : batch.indicators().values()) {
            assertThat(sums.getOrDefault(ind.kind(), new long[2])).containsExactly(ind.numerator(), ind.denominator());
        }
        assertThat(counts.values().stream().map(PassCount::toString).collect(Collectors.toList()))
                .containsExactlyElementsOf(batch.passCounts().values().stream().map(PassCount::toString)
                        .collect(Collectors.toList()));
        assertThat(refused).isEqualTo(batch.refusedMerges());
        assertThat(batch.findings()).isNotEmpty();
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
