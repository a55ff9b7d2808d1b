package io.github.ins4j.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Who already looks like this person?": an index of a base that answers, for one identity about
 * to be created, with the same blocking, scoring and findings as {@link IdentityAudit}. Built
 * once from the base, then kept up to date with {@link #add(AuditRecord)}.
 *
 * <p>Each blocking pass keeps a sorted array of keys; a lookup is a few binary searches and the
 * scoring of the records of the matching blocks. Records added since the last rebuild (one every
 * 4096 additions) are scanned linearly, and the name frequencies of
 * {@link AuditPolicy#termFrequencyAdjustment()} are refreshed at each rebuild. Not thread-safe:
 * guard it, or build one per thread.
 *
 * <pre>{@code
 * AuditIndex index = AuditIndex.build(AuditPolicy.defaults(), base);
 * List<Finding> lookAlikes = index.lookup(newRecord);   // before creating it
 * if (lookAlikes.stream().anyMatch(Finding::isMergeProposal)) { showThemToTheDesk(); }
 * index.add(newRecord);
 * }</pre>
 */
public final class AuditIndex {

    private static final int REBUILD_AFTER = 4096;

    private final AuditPolicy policy;
    private final PairScorer scorer;
    private final Detectors detectors;
    private final Prepared.Interner interner = new Prepared.Interner();
    private final List<Prepared> recs = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<BlockingPass> passes = new ArrayList<>();
    private final Map<String, List<Integer>> byMatricule = new HashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private double sumSquares;
    private long namedRecords;
    private long[][] sorted;
    private int indexed;

    private AuditIndex(AuditPolicy policy) {
        this.policy = policy;
        this.scorer = PairScorer.of(policy);
        this.detectors = new Detectors(scorer);
        for (BlockingPass p : BlockingPass.values()) {
            if (p != BlockingPass.MATRICULE && policy.passes().contains(p)) {
                passes.add(p);
            }
        }
        this.sorted = new long[passes.size()][0];
    }

    /**
     * Builds an index of a base.
     *
     * @param policy the policy
     * @param base the records of the base
     * @return the index
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public static AuditIndex build(AuditPolicy policy, Iterable<AuditRecord> base) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(base, "base must not be null");
        AuditIndex index = new AuditIndex(policy);
        for (AuditRecord r : base) {
            index.append(Objects.requireNonNull(r, "a record must not be null"));
        }
        index.rebuild();
        return index;
    }

    /**
     * Returns how many records the index holds.
     *
     * @return the count
     */
    public int size() {
        return recs.size();
    }

    /**
     * Adds a record, e.g. once it is created.
     *
     * @param record the record
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when its local id is already indexed
     */
    public void add(AuditRecord record) {
        append(Objects.requireNonNull(record, "record must not be null"));
        if (recs.size() - indexed >= REBUILD_AFTER) {
            rebuild();
        }
    }

    private void append(AuditRecord record) {
        if (!ids.add(record.localId())) {
            throw new AuditException(AuditException.Reason.DUPLICATE_LOCAL_ID,
                    "the local id is already in the index; local ids must be unique");
        }
        if (recs.size() >= Blocking.MAX_RECORDS) {
            throw new AuditException(AuditException.Reason.INVALID_CSV,
                    "more than " + Blocking.MAX_RECORDS + " records in one index");
        }
        Prepared p = Prepared.of(record, interner);
        int i = recs.size();
        recs.add(p);
        if (p.name != null) {
            int f = nameCounts.merge(p.name, 1, Integer::sum);
            sumSquares += 2.0 * f - 1;
            namedRecords++;
            p.nameTf = Prepared.tf(sumSquares, namedRecords, f);
        }
        if (p.matricule != null) {
            byMatricule.computeIfAbsent(p.matricule, m -> new ArrayList<>(1)).add(i);
            if (p.earlier != null) {
                for (String e : p.earlier) {
                    byMatricule.computeIfAbsent(e, m -> new ArrayList<>(1)).add(i);
                }
            }
        }
    }

    private void rebuild() {
        if (policy.termFrequencyAdjustment()) {
            for (Prepared r : recs) {
                String name = r.name;
                r.nameTf = name == null ? 0.0 : Prepared.tf(sumSquares, namedRecords, nameCounts.getOrDefault(name, 1));
            }
        }
        for (int p = 0; p < passes.size(); p++) {
            long[] keys = new long[recs.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = Blocking.key(passes.get(p), recs.get(i));
            }
            sorted[p] = Blocking.sorted(keys);
        }
        indexed = recs.size();
    }

    /**
     * Finds the records of the index that look like a new one: AUD-1 to AUD-3 through a shared
     * matricule, AUD-4, AUD-6 and AUD-7 through blocking and scoring, and AUD-5 on the new record
     * itself. The record is not added.
     *
     * @param candidate the identity about to be created
     * @return the findings, sorted as in {@link AuditReport#findings()}; empty when nobody looks alike
     */
    public List<Finding> lookup(AuditRecord candidate) {
        Objects.requireNonNull(candidate, "candidate must not be null");
        Prepared c = Prepared.of(candidate, interner);
        if (policy.termFrequencyAdjustment() && c.name != null) {
            // as if the candidate were in the base, as the batch counts it
            int f = nameCounts.getOrDefault(c.name, 0) + 1;
            c.nameTf = Prepared.tf(sumSquares + 2.0 * f - 1, namedRecords + 1, f);
        }
        List<Finding> out = new ArrayList<>();
        Finding single = Detectors.single(c);
        if (single != null) {
            out.add(single);
        }
        Set<Integer> seen = new HashSet<>(4);
        if (c.matricule != null) {
            List<String> ms = new ArrayList<>();
            ms.add(c.matricule);
            if (c.earlier != null) {
                ms.addAll(Arrays.asList(c.earlier));
            }
            for (String m : ms) {
                for (int i : byMatricule.getOrDefault(m, List.of())) {
                    Prepared other = recs.get(i);
                    if (!other.id.equals(c.id) && c.sharesMatricule(other) && seen.add(i)) {
                        out.add(detectors.matriculePair(c, other));
                    }
                }
            }
        }
        int[] candidates = new int[16];
        int count = 0;
        for (int p = 0; p < passes.size(); p++) {
            long key = Blocking.key(passes.get(p), c);
            if (key == 0) {
                continue;
            }
            long[] s = sorted[p];
            int pos = Blocking.firstOf(s, key);
            if (pos >= 0) {
                for (int x = pos; x < s.length && Blocking.keyOf(s[x]) == key; x++) {
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = Blocking.indexOf(s[x]);
                }
            }
            for (int i = indexed; i < recs.size(); i++) {
                if (Blocking.key(passes.get(p), recs.get(i)) == key) {
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = i;
                }
            }
        }
        Arrays.sort(candidates, 0, count);
        for (int k = 0; k < count; k++) {
            if (k == 0 || candidates[k] != candidates[k - 1]) {
                consider(c, candidates[k], seen, out);
            }
        }
        out.sort(Reports.ORDER);
        return out;
    }

    private void consider(Prepared c, int i, Set<Integer> seen, List<Finding> out) {
        Prepared other = recs.get(i);
        if (seen.contains(i) || other.id.equals(c.id) || c.sharesMatricule(other)) {
            return;
        }
        double total = scorer.total(c, other);
        if (total >= policy.reviewThreshold()) {
            Finding f = detectors.scoredPair(c, other, total);
            if (f != null) {
                out.add(f);
            }
        }
    }
}
