package io.github.ins4j.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Audits a whole identity base (08-audit.md): finds every duplicate and collision suspicion,
 * explains each, and never proposes a merge that would create a collision.
 *
 * <ol>
 *   <li>Reads the records once (a stream is fine) into a compact form and sorts them by local id,
 *       so that the report does not depend on the input order.</li>
 *   <li>AUD-5 on each record; AUD-1, AUD-2 and AUD-3 on records that share an active or earlier
 *       matricule ({@link BlockingPass#MATRICULE}).</li>
 *   <li>The other {@link BlockingPass}es: the candidate pairs of a pass are counted before any is
 *       generated; blocks are compared one at a time; a block larger than
 *       {@link AuditPolicy#maxBlockSize()} is split into pieces (reported in {@link PassCount});
 *       a pair an earlier pass found is not scored again. Scored pairs give AUD-4, AUD-6 or AUD-7.</li>
 *   <li>Merge proposals are joined into {@link Cluster}s, best score first; a proposal that would
 *       put two different active matricules in one cluster becomes a review (AUD-4).</li>
 * </ol>
 *
 * <p>Deterministic: the same records and policy give the same report, whatever their order.
 * At most 16,777,215 records per run.
 *
 * <pre>{@code
 * AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(records);
 * System.out.println(report.summary());   // counts and indicators, no personal data
 * }</pre>
 */
public final class IdentityAudit {

    private final AuditPolicy policy;
    private final PairScorer scorer;
    private final Detectors detectors;

    private IdentityAudit(AuditPolicy policy) {
        this.policy = policy;
        this.scorer = PairScorer.of(policy);
        this.detectors = new Detectors(scorer);
    }

    /**
     * Builds an audit.
     *
     * @param policy the policy
     * @return the audit
     */
    public static IdentityAudit of(AuditPolicy policy) {
        return new IdentityAudit(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /**
     * Audits a stream of records; the stream is consumed.
     *
     * @param records the records
     * @return the report
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public AuditReport run(Stream<AuditRecord> records) {
        Objects.requireNonNull(records, "records must not be null");
        return run(records.iterator(), AuditProgress.NONE);
    }

    /**
     * Audits records.
     *
     * @param records the records
     * @return the report
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public AuditReport run(Iterable<AuditRecord> records) {
        Objects.requireNonNull(records, "records must not be null");
        return run(records.iterator(), AuditProgress.NONE);
    }

    /**
     * Audits records, reporting progress.
     *
     * @param records the records, read once
     * @param progress the listener
     * @return the report
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public AuditReport run(Iterator<AuditRecord> records, AuditProgress progress) {
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        return audit(readSorted(records, progress), progress);
    }

    /** Reads the records, sorts them by local id and refuses a local id seen twice. */
    static Prepared[] readSorted(Iterator<AuditRecord> records, AuditProgress progress) {
        Prepared[] recs = read(records, progress);
        Arrays.sort(recs, Comparator.comparing((Prepared p) -> p.id));
        for (int i = 1; i < recs.length; i++) {
            if (recs[i].id.equals(recs[i - 1].id)) {
                throw new AuditException(AuditException.Reason.DUPLICATE_LOCAL_ID,
                        "two records have the local id at sorted position " + i + "; local ids must be unique");
            }
        }
        progress.onProgress("read", recs.length, recs.length);
        return recs;
    }

    private static Prepared[] read(Iterator<AuditRecord> records, AuditProgress progress) {
        Prepared.Interner interner = new Prepared.Interner();
        List<Prepared> list = new ArrayList<>();
        while (records.hasNext()) {
            AuditRecord r = Objects.requireNonNull(records.next(), "a record must not be null");
            if (list.size() >= Blocking.MAX_RECORDS) {
                throw new AuditException(AuditException.Reason.INVALID_CSV,
                        "more than " + Blocking.MAX_RECORDS + " records in one audit; split the base");
            }
            list.add(Prepared.of(r, interner));
            if ((list.size() & 0xFFFF) == 0) {
                progress.onProgress("read", list.size(), -1);
            }
        }
        return list.toArray(new Prepared[0]);
    }

    private AuditReport audit(Prepared[] recs, AuditProgress progress) {
        if (policy.termFrequencyAdjustment()) {
            Prepared.termFrequencies(Arrays.asList(recs));
        }
        List<Finding> findings = new ArrayList<>();
        for (Prepared r : recs) {
            Finding f = Detectors.single(r);
            if (f != null) {
                findings.add(f);
            }
        }
        Map<BlockingPass, PassCount> counts = new EnumMap<>(BlockingPass.class);
        counts.put(BlockingPass.MATRICULE, matriculePass(recs, findings));

        counts.putAll(comparePasses(recs, policy, progress, (a, b) -> {
            double total = scorer.total(a, b);
            if (total >= policy.reviewThreshold()) {
                Finding f = detectors.scoredPair(a, b, total);
                if (f != null) {
                    findings.add(f);
                }
            }
        }));
        return Reports.build(recs, findings, counts, policy);
    }

    /** What is done with each candidate pair of the compared passes. */
    @FunctionalInterface
    interface PairVisitor {
        /**
         * Visits one candidate pair, the record of lower index first.
         *
         * @param a one record
         * @param b the other
         */
        void visit(Prepared a, Prepared b);
    }

    /**
     * Runs the compared passes (every pass of the policy but {@link BlockingPass#MATRICULE}):
     * counts each pass's blocks and pairs first, then visits each candidate pair that no earlier
     * pass nor a shared matricule covered, blocks one at a time. The one blocking loop of the
     * audit and of the {@link WeightEstimator}.
     */
    static Map<BlockingPass, PassCount> comparePasses(Prepared[] recs, AuditPolicy policy, AuditProgress progress,
            PairVisitor visitor) {
        Map<BlockingPass, PassCount> counts = new EnumMap<>(BlockingPass.class);
        List<BlockingPass> passes = new ArrayList<>();
        for (BlockingPass p : BlockingPass.values()) {
            if (p != BlockingPass.MATRICULE && policy.passes().contains(p)) {
                passes.add(p);
            }
        }
        int n = recs.length;
        long[][] keys = new long[passes.size()][];
        int[][] chunks = new int[passes.size()][];
        for (int p = 0; p < passes.size(); p++) {
            long[] k = new long[n];
            for (int i = 0; i < n; i++) {
                k[i] = Blocking.key(passes.get(p), recs[i]);
            }
            keys[p] = k;
        }
        int max = policy.maxBlockSize();
        for (int p = 0; p < passes.size(); p++) {
            long[] sorted = Blocking.sorted(keys[p]);
            int[] chunk = new int[n];
            chunks[p] = chunk;
            long blocks = 0;
            long candidates = 0;
            long split = 0;
            long afterSplit = 0;
            // count first: blocks, candidate pairs, splits
            for (int start = 0; start < sorted.length;) {
                int end = blockEnd(sorted, start);
                long size = (long) end - start;
                if (size >= 2) {
                    blocks++;
                    candidates += size * (size - 1) / 2;
                    if (size > max) {
                        split++;
                    }
                    for (int s = start; s < end; s += max) {
                        long piece = Math.min((long) max, (long) end - s);
                        afterSplit += piece * (piece - 1) / 2;
                    }
                }
                for (int s = start; s < end; s++) {
                    chunk[Blocking.indexOf(sorted[s])] = Blocking.piece(s - start, max);
                }
                start = end;
            }
            long scored = 0;
            long done = 0;
            for (int start = 0; start < sorted.length;) {
                int end = blockEnd(sorted, start);
                for (int s = start; s < end; s += max) {
                    int pieceEnd = Math.min(end, s + max);
                    for (int x = s; x < pieceEnd; x++) {
                        int i = Blocking.indexOf(sorted[x]);
                        for (int y = x + 1; y < pieceEnd; y++) {
                            int j = Blocking.indexOf(sorted[y]);
                            if (coveredEarlier(recs, keys, chunks, p, i, j)) {
                                continue;
                            }
                            scored++;
                            visitor.visit(recs[i], recs[j]);
                        }
                    }
                }
                done += end - start;
                if ((start & 0xFFFF) == 0) {
                    progress.onProgress(passes.get(p).name(), done, sorted.length);
                }
                start = end;
            }
            progress.onProgress(passes.get(p).name(), sorted.length, sorted.length);
            counts.put(passes.get(p), new PassCount(passes.get(p), blocks, candidates, split, afterSplit, scored));
        }
        return counts;
    }

    private static int blockEnd(long[] sorted, int start) {
        long key = Blocking.keyOf(sorted[start]);
        int end = start + 1;
        while (end < sorted.length && Blocking.keyOf(sorted[end]) == key) {
            end++;
        }
        return end;
    }

    private static boolean coveredEarlier(Prepared[] recs, long[][] keys, int[][] chunks, int p, int i, int j) {
        if (recs[i].sharesMatricule(recs[j])) {
            return true;
        }
        for (int q = 0; q < p; q++) {
            long k = keys[q][i];
            if (k != 0 && k == keys[q][j] && chunks[q][i] == chunks[q][j]) {
                return true;
            }
        }
        return false;
    }

    private PassCount matriculePass(Prepared[] recs, List<Finding> findings) {
        Map<String, List<Integer>> byMatricule = new HashMap<>();
        for (int i = 0; i < recs.length; i++) {
            Prepared r = recs[i];
            if (r.matricule == null) {
                continue;
            }
            byMatricule.computeIfAbsent(r.matricule, m -> new ArrayList<>(2)).add(i);
            if (r.earlier != null) {
                for (String e : r.earlier) {
                    List<Integer> l = byMatricule.computeIfAbsent(e, m -> new ArrayList<>(2));
                    if (l.isEmpty() || l.get(l.size() - 1) != i) {
                        l.add(i);
                    }
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        long blocks = 0;
        long candidates = 0;
        List<String> matricules = new ArrayList<>(byMatricule.keySet());
        matricules.sort(null);
        for (String m : matricules) {
            List<Integer> group = byMatricule.get(m);
            if (group == null || group.size() < 2) {
                continue;
            }
            blocks++;
            long size = group.size();
            candidates += size * (size - 1) / 2;
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int i = Math.min(group.get(x), group.get(y));
                    int j = Math.max(group.get(x), group.get(y));
                    if (seen.add(((long) i << 32) | j)) {
                        findings.add(detectors.matriculePair(recs[i], recs[j]));
                    }
                }
            }
        }
        return new PassCount(BlockingPass.MATRICULE, blocks, candidates, 0, candidates, seen.size());
    }
}
