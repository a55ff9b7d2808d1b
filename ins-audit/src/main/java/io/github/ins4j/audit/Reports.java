package io.github.ins4j.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Clusters (with the AUD-4 guard), indicators and the final order of the findings. */
final class Reports {

    private Reports() {
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind)
            .thenComparing(f -> String.join("\u0000", f.localIds()));

    static AuditReport build(Prepared[] recs, List<Finding> raw, Map<BlockingPass, PassCount> counts,
            AuditPolicy policy) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < recs.length; i++) {
            index.put(recs[i].id, i);
        }
        // Merge proposals, best first, then by ids: deterministic.
        List<Integer> proposals = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            if (raw.get(k).isMergeProposal()) {
                proposals.add(k);
            }
        }
        proposals.sort(Comparator.comparingDouble((Integer k) -> -raw.get(k).score())
                .thenComparing(k -> String.join("\u0000", raw.get(k).localIds())));
        UnionFind uf = new UnionFind(recs);
        List<Finding> findings = new ArrayList<>(raw);
        long refused = 0;
        for (int k : proposals) {
            Finding f = raw.get(k);
            Integer a = index.get(f.localIds().get(0));
            Integer b = index.get(f.localIds().get(1));
            if (a == null || b == null) {
                continue;
            }
            if (!uf.union(a, b)) {
                refused++;
                findings.set(k, f.withPairClass(PairClass.REVIEW, f.explanation()
                        + "; not proposed for a merge: it would put two different active INS in one cluster (AUD-4)"));
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < recs.length; i++) {
            if (uf.size(i) > 1) {
                members.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(i);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        long inClusters = 0;
        for (List<Integer> group : members.values()) {
            group.sort(null);
            List<String> ids = new ArrayList<>(group.size());
            Prepared survivor = recs[group.get(0)];
            for (int i : group) {
                ids.add(recs[i].id);
                // AUD-8: the survivor has the higher status (IdentityStatus.mergeRank, one rule in ins-core).
                if (recs[i].status.mergeRank() > survivor.status.mergeRank()) {
                    survivor = recs[i];
                }
            }
            inClusters += group.size();
            clusters.add(new Cluster(ids, survivor.id));
        }
        clusters.sort(Comparator.comparing((Cluster c) -> c.localIds().get(0)));
        findings.sort(ORDER);

        Map<IndicatorKind, Indicator> indicators = new EnumMap<>(IndicatorKind.class);
        long n = recs.length;
        put(indicators, IndicatorKind.STOCK_DUPLICATE_RATE, inClusters - clusters.size(), n);
        put(indicators, IndicatorKind.FLOW_DUPLICATE_RATE, flow(recs, uf, policy.flowSince().orElse(null)));
        Map<String, Integer> activeCount = new HashMap<>();
        long qualified = 0;
        for (Prepared r : recs) {
            if (r.matricule != null) {
                activeCount.merge(r.matricule, 1, Integer::sum);
            }
            if (r.status == io.github.ins4j.qualification.IdentityStatus.QUALIFIED) {
                qualified++;
            }
        }
        long shared = activeCount.values().stream().filter(c -> c > 1).count();
        put(indicators, IndicatorKind.SAME_INS_GROUPS, shared, activeCount.size());
        Set<String> colp = new HashSet<>();
        long review = 0;
        for (Finding f : findings) {
            if (f.potentialState() == PotentialState.COLP) {
                colp.addAll(f.localIds());
            }
            if (!f.isMergeProposal()) {
                review++;
            }
        }
        put(indicators, IndicatorKind.COLLISION_SUSPICIONS, colp.size(), n);
        put(indicators, IndicatorKind.QUALIFICATION_RATE, qualified, n);
        put(indicators, IndicatorKind.REVIEW_BACKLOG, review, n);
        return new AuditReport(recs.length, findings, clusters, indicators, counts, refused);
    }

    private static void put(Map<IndicatorKind, Indicator> m, IndicatorKind k, long num, long den) {
        m.put(k, new Indicator(k, num, den));
    }

    private static void put(Map<IndicatorKind, Indicator> m, IndicatorKind k, long[] numDen) {
        m.put(k, new Indicator(k, numDen[0], numDen[1]));
    }

    private static long[] flow(Prepared[] recs, UnionFind uf, @Nullable LocalDate since) {
        if (since == null) {
            return new long[] {0, 0};
        }
        long from = since.toEpochDay();
        Map<Integer, Long> oldest = new HashMap<>();
        for (int i = 0; i < recs.length; i++) {
            if (recs[i].createdOn != Long.MIN_VALUE) {
                oldest.merge(uf.find(i), recs[i].createdOn, Math::min);
            }
        }
        long created = 0;
        long joined = 0;
        for (int i = 0; i < recs.length; i++) {
            long c = recs[i].createdOn;
            if (c == Long.MIN_VALUE || c < from) {
                continue;
            }
            created++;
            Long o = oldest.get(uf.find(i));
            if (uf.size(i) > 1 && o != null && o < c) {
                joined++;
            }
        }
        return new long[] {joined, created};
    }

    /** Union-find whose roots keep the cluster's active matricule and earlier matricules (AUD-4 guard). */
    static final class UnionFind {
        private final int[] parent;
        private final int[] size;
        private final Prepared[] recs;
        private final Map<Integer, String> active = new HashMap<>();
        private final Map<Integer, Set<String>> earlier = new HashMap<>();

        UnionFind(Prepared[] recs) {
            this.recs = recs;
            this.parent = new int[recs.length];
            this.size = new int[recs.length];
            for (int i = 0; i < recs.length; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int i) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            while (parent[i] != r) {
                int next = parent[i];
                parent[i] = r;
                i = next;
            }
            return r;
        }

        int size(int i) {
            return size[find(i)];
        }

        private @Nullable String activeOf(int root) {
            return size[root] == 1 ? recs[root].matricule : active.get(root);
        }

        private Set<String> earlierOf(int root) {
            if (size[root] == 1) {
                String[] e = recs[root].earlier;
                return e == null ? Set.of() : Set.of(e);
            }
            return earlier.getOrDefault(root, Set.of());
        }

        /** Joins the clusters of a and b unless that would hold two different active matricules. */
        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return true;
            }
            String ma = activeOf(ra);
            String mb = activeOf(rb);
            Set<String> ea = earlierOf(ra);
            Set<String> eb = earlierOf(rb);
            String kept;
            if (ma == null || mb == null || ma.equals(mb)) {
                kept = ma != null ? ma : mb;
            } else if (eb.contains(ma)) {
                kept = mb;          // a's INS is an earlier INS of b's person (AUD-3)
            } else if (ea.contains(mb)) {
                kept = ma;
            } else {
                return false;
            }
            Set<String> union = new HashSet<>(ea);
            union.addAll(eb);
            if (ma != null && !ma.equals(kept)) {
                union.add(ma);
            }
            if (mb != null && !mb.equals(kept)) {
                union.add(mb);
            }
            int big = size[ra] >= size[rb] ? ra : rb;
            int small = big == ra ? rb : ra;
            parent[small] = big;
            size[big] += size[small];
            active.remove(small);
            earlier.remove(small);
            if (kept != null) {
                active.put(big, kept);
            } else {
                active.remove(big);
            }
            earlier.put(big, union);
            return true;
        }
    }
}
