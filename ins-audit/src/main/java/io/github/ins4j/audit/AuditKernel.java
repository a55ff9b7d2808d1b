package io.github.ins4j.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The steps of {@link IdentityAudit}, one at a time, for an engine that spreads the audit over
 * several machines (the {@code ins-audit-spark} module): the same blocking keys
 * ({@link BlockingPass}), the same oversized-block split, the same scorer and detectors AUD-1 to
 * AUD-7, and the same clusters and indicators (08-audit.md, "Scale"). Nothing here is a second
 * implementation: each method calls the code {@link IdentityAudit} runs.
 *
 * <p>The engine's contract, for a result equal to {@link IdentityAudit#run(Iterable)}:
 * <ol>
 *   <li>{@link #prepare(AuditRecord)} each record; {@link #single(Record)} gives AUD-5;
 *       {@link #key(int, Record)} gives its key in each {@linkplain #comparedPasses() compared pass}.</li>
 *   <li>Records sharing one of their {@link #matricules(Record)}: {@link #matriculePair} for each
 *       pair once (AUD-1, AUD-2, AUD-3).</li>
 *   <li>In each pass, a block (records of one non-zero key) is sorted by local id
 *       ({@link #ID_ORDER}); the record of rank {@code r} goes to piece {@link #piece(long)};
 *       {@link #withPieces(Record, int[])} keeps the record's piece in every pass. Inside a
 *       piece, each pair {@code a < b} that {@link #coveredEarlier(int, Record, Record)} does not
 *       exclude is {@link #scoredPair scored}; {@link #passCount} sums the blocks.</li>
 *   <li>The records and findings are cut into parts that each hold whole connected components of
 *       the findings' pairs; {@link #report(List, List)} on each part gives its findings (merge
 *       proposals refused by the AUD-4 guard become reviews), its clusters and additive
 *       indicators: the whole base's indicators are the sums of the parts' numerators and
 *       denominators.</li>
 * </ol>
 * A kernel holds a string interner: use one per task or partition, never share it between threads.
 *
 * <pre>{@code
 * AuditKernel k = AuditKernel.of(AuditPolicy.defaults());
 * AuditKernel.Record a = k.prepare(recordA);
 * AuditKernel.Record b = k.prepare(recordB);
 * Optional<Finding> f = k.scoredPair(a, b);   // AUD-4, AUD-6 or AUD-7 when the pair is close
 * }</pre>
 */
public final class AuditKernel {

    /** The order of local ids inside a block: {@link String#compareTo(String)}, as the batch audit. */
    public static final Comparator<String> ID_ORDER = Comparator.naturalOrder();

    private final AuditPolicy policy;
    private final PairScorer scorer;
    private final Detectors detectors;
    private final List<BlockingPass> compared;
    private final Prepared.Interner interner = new Prepared.Interner();

    private AuditKernel(AuditPolicy policy) {
        this.policy = policy;
        this.scorer = PairScorer.of(policy);
        this.detectors = new Detectors(scorer);
        List<BlockingPass> passes = new ArrayList<>();
        for (BlockingPass p : BlockingPass.values()) {
            if (p != BlockingPass.MATRICULE && policy.passes().contains(p)) {
                passes.add(p);
            }
        }
        this.compared = List.copyOf(passes);
    }

    /**
     * Builds a kernel.
     *
     * @param policy the policy of the audit
     * @return the kernel
     */
    public static AuditKernel of(AuditPolicy policy) {
        return new AuditKernel(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public AuditPolicy policy() {
        return policy;
    }

    /**
     * Returns the passes compared block by block, in the order of the batch audit (every pass of
     * the policy but {@link BlockingPass#MATRICULE}); a pass is named by its index in this list.
     *
     * @return the passes
     */
    public List<BlockingPass> comparedPasses() {
        return compared;
    }

    /**
     * Reads one row of the {@link AuditCsv} layout given as its cells (a row of a CSV, Parquet or
     * JDBC source), with the rules of {@link AuditCsv}: the same record as the CSV line would give.
     *
     * @param cells the cells in the order of {@link AuditCsv#HEADER}; null or empty: missing
     * @param row the row's number, for error messages (0 when the engine does not know it)
     * @return the record
     * @throws AuditException ({@code INVALID_CSV}) when the row cannot be read; the message names
     *     the column, never the value
     */
    public static AuditRecord record(@Nullable String[] cells, long row) {
        Objects.requireNonNull(cells, "cells must not be null");
        String[] columns = AuditCsv.HEADER.split(";", -1);
        if (cells.length != columns.length) {
            throw new AuditException(AuditException.Reason.INVALID_CSV,
                    "row " + row + ": " + cells.length + " cells; " + columns.length + " expected");
        }
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c != null && (c.indexOf(';') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)) {
                throw new AuditException(AuditException.Reason.INVALID_CSV,
                        "row " + row + ", column " + columns[i] + ": a ';' or a line break in a cell");
            }
            if (i > 0) {
                line.append(';');
            }
            line.append(c == null ? "" : c);
        }
        return AuditCsv.parse(line.toString(), row);
    }

    /**
     * Prepares a record: the compact form the audit compares, and its blocking keys.
     *
     * @param record the record
     * @return the prepared record (not serializable: rebuild it from the source columns where it is needed)
     */
    public Record prepare(AuditRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        Prepared p = Prepared.of(record, interner);
        long[] keys = new long[compared.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Blocking.key(compared.get(i), p);
        }
        return new Record(p, keys, new int[keys.length]);
    }

    /**
     * Returns the record with its piece in each compared pass (0 unless its block was split).
     *
     * @param record the record
     * @param pieces the piece per compared pass, as {@link #piece(long)} gave them
     * @return the record with these pieces
     */
    public Record withPieces(Record record, int[] pieces) {
        Objects.requireNonNull(record, "record must not be null");
        if (pieces.length != compared.size()) {
            throw new AuditException(AuditException.Reason.INVALID_POLICY,
                    "one piece per compared pass is needed: " + compared.size() + ", not " + pieces.length);
        }
        return new Record(record.prepared, record.keys, pieces.clone());
    }

    /**
     * Returns the blocking key of a record in a compared pass (0: no key, the record is in no block).
     *
     * @param pass the index of the pass in {@link #comparedPasses()}
     * @param record the record
     * @return the key
     */
    public long key(int pass, Record record) {
        return record.keys[pass];
    }

    /**
     * Returns the piece of the record of rank {@code rank} in its block, sorted by local id: the
     * split of an oversized block ({@link AuditPolicy#maxBlockSize()}).
     *
     * @param rank the rank, from 0
     * @return the piece, from 0
     */
    public int piece(long rank) {
        return Blocking.piece(rank, policy.maxBlockSize());
    }

    /**
     * Returns the active and earlier matricules of a record (the {@link BlockingPass#MATRICULE} pass).
     *
     * @param record the record
     * @return the matricules, without repetition, empty without an INS
     */
    public List<String> matricules(Record record) {
        Prepared p = record.prepared;
        if (p.matricule == null) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(p.matricule);
        if (p.earlier != null) {
            all.addAll(Arrays.asList(p.earlier));
        }
        return List.copyOf(all);
    }

    /**
     * AUD-5 on one record.
     *
     * @param record the record
     * @return the finding, if any
     */
    public Optional<Finding> single(Record record) {
        return Optional.ofNullable(Detectors.single(record.prepared));
    }

    /**
     * AUD-1, AUD-2 or AUD-3 for two records that share an active or earlier matricule.
     *
     * @param a the record with the smaller local id
     * @param b the other
     * @return the finding
     */
    public Finding matriculePair(Record a, Record b) {
        return detectors.matriculePair(a.prepared, b.prepared);
    }

    /**
     * Whether the pair is left out of compared pass {@code pass}: it shares a matricule, or an
     * earlier compared pass put both records in the same piece of one block.
     *
     * @param pass the index of the pass in {@link #comparedPasses()}
     * @param a one record
     * @param b the other
     * @return true when the pair must not be scored in this pass
     */
    public boolean coveredEarlier(int pass, Record a, Record b) {
        if (a.prepared.sharesMatricule(b.prepared)) {
            return true;
        }
        for (int q = 0; q < pass; q++) {
            long k = a.keys[q];
            if (k != 0 && k == b.keys[q] && a.pieces[q] == b.pieces[q]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores a pair of one piece: AUD-4, AUD-6 or AUD-7 when it reaches the review threshold.
     *
     * @param a the record with the smaller local id
     * @param b the other
     * @return the finding, if any
     */
    public Optional<Finding> scoredPair(Record a, Record b) {
        double total = scorer.total(a.prepared, b.prepared);
        if (total < policy.reviewThreshold()) {
            return Optional.empty();
        }
        return Optional.ofNullable(detectors.scoredPair(a.prepared, b.prepared, total));
    }

    /**
     * The count of a compared pass from its block sizes: blocks of two or more records, candidate
     * pairs, split blocks and pairs after the split.
     *
     * @param pass the index of the pass in {@link #comparedPasses()}
     * @param blockSizes the size of every block of the pass (sizes under 2 are ignored)
     * @param scored the pairs scored in the pass
     * @return the count
     */
    public PassCount passCount(int pass, long[] blockSizes, long scored) {
        long max = policy.maxBlockSize();
        long blocks = 0;
        long candidates = 0;
        long split = 0;
        long afterSplit = 0;
        for (long size : blockSizes) {
            if (size < 2) {
                continue;
            }
            blocks++;
            candidates += size * (size - 1) / 2;
            if (size > max) {
                split++;
            }
            for (long s = 0; s < size; s += max) {
                long piece = Math.min(max, size - s);
                afterSplit += piece * (piece - 1) / 2;
            }
        }
        return new PassCount(compared.get(pass), blocks, candidates, split, afterSplit, scored);
    }

    /**
     * A pass count from its parts' sums (the counts of several engine tasks add up).
     *
     * @param pass the pass
     * @param blocks blocks of two or more records
     * @param candidates pairs inside these blocks, {@code sum(n(n-1)/2)}
     * @param split blocks larger than the largest block
     * @param afterSplit pairs after the split
     * @param scored pairs compared
     * @return the count
     */
    public static PassCount passCount(BlockingPass pass, long blocks, long candidates, long split, long afterSplit,
            long scored) {
        return new PassCount(Objects.requireNonNull(pass, "pass must not be null"), blocks, candidates, split,
                afterSplit, scored);
    }

    /**
     * An indicator from its parts' sums (the numerators and denominators of the parts of
     * {@link #report(List, List)} add up).
     *
     * @param kind the indicator
     * @param numerator the numerator
     * @param denominator the denominator
     * @return the indicator
     */
    public static Indicator indicator(IndicatorKind kind, long numerator, long denominator) {
        return new Indicator(Objects.requireNonNull(kind, "kind must not be null"), numerator, denominator);
    }

    /**
     * The report of a part of the base that holds whole connected components of the findings'
     * pairs (a record and all the records it shares a finding with, transitively): its findings
     * in the report's order, its clusters with the AUD-4 guard, its indicators (additive over the
     * parts) and its refused merges. Pass counts are left empty.
     *
     * @param records the records of the part, in any order
     * @param findings the findings whose records are in the part
     * @return the report of the part
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public AuditReport report(List<Record> records, List<Finding> findings) {
        Prepared[] recs = new Prepared[records.size()];
        for (int i = 0; i < recs.length; i++) {
            recs[i] = records.get(i).prepared;
        }
        Arrays.sort(recs, Comparator.comparing((Prepared p) -> p.id, ID_ORDER));
        for (int i = 1; i < recs.length; i++) {
            if (recs[i].id.equals(recs[i - 1].id)) {
                throw new AuditException(AuditException.Reason.DUPLICATE_LOCAL_ID,
                        "two records have the same local id; local ids must be unique");
            }
        }
        Map<BlockingPass, PassCount> none = new EnumMap<>(BlockingPass.class);
        return Reports.build(recs, findings, none, policy);
    }

    /**
     * A prepared record: opaque, immutable, not serializable.
     *
     * <pre>{@code
     * String id = kernel.prepare(record).localId();
     * }</pre>
     */
    public static final class Record {
        private final Prepared prepared;
        private final long[] keys;
        private final int[] pieces;

        private Record(Prepared prepared, long[] keys, int[] pieces) {
            this.prepared = prepared;
            this.keys = keys;
            this.pieces = pieces;
        }

        /**
         * Returns the local id.
         *
         * @return the local id
         */
        public String localId() {
            return prepared.id;
        }

        /**
         * Returns the local id only: no trait, no matricule.
         *
         * @return a description
         */
        @Override
        public String toString() {
            return "AuditKernel.Record[" + prepared.id + "]";
        }
    }
}
