package io.github.ins4j.audit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;

import io.github.ins4j.audit.AuditKernel;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.BlockingPass;
import io.github.ins4j.audit.Cluster;
import io.github.ins4j.audit.Finding;
import io.github.ins4j.audit.Indicator;
import io.github.ins4j.audit.IndicatorKind;
import io.github.ins4j.audit.PassCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * The identity-base audit of {@code ins-audit} as an Apache Spark job (08-audit.md, "Scale"):
 * same blocking passes, same oversized-block split, same scorer and detectors AUD-1 to AUD-7,
 * same clusters with the AUD-4 guard and same indicators, through {@link AuditKernel}. On the
 * same records and policy it gives exactly the findings, clusters and indicators of
 * {@link io.github.ins4j.audit.IdentityAudit}.
 *
 * <p><b>Serialization.</b> ins4j values are not {@code Serializable} and are never shipped: every
 * shuffle carries plain columns (the text cells of {@link IdentityColumns}, longs, ints) with
 * explicit row encoders ({@link Encoders#row(StructType)}), and each partition function rebuilds
 * the ins4j values it needs from those cells ({@link IdentityColumns#record}, then
 * {@link AuditKernel#prepare}). The policy travels as plain values and is rebuilt on each executor.
 *
 * <p><b>Stages.</b>
 * <ol>
 *   <li>Each row is mapped to its record and its blocking key in every compared pass.</li>
 *   <li>Keys are repartitioned by (pass, key); each block is sorted by local id, counted and, when
 *       oversized, split ({@link AuditKernel#piece(long)}).</li>
 *   <li>Records sharing a matricule give AUD-1/2/3 pairs; the records of each block of two or more
 *       are repartitioned by (pass, key) and compared piece by piece ({@link AuditKernel#scoredPair}),
 *       leaving out pairs an earlier pass covered; pairs are deduplicated.</li>
 *   <li>Connected components of the pairs (iterative minimum-label propagation, no GraphFrames);
 *       records and pairs are repartitioned by component, and each partition (whole components)
 *       gets its findings, clusters and indicators from {@link AuditKernel#report}; the
 *       indicators of the partitions are summed.</li>
 * </ol>
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Dataset<Row> rows = SparkIdentityAudit.read(spark, "csv", "identities.csv");
 * SparkIdentityAudit.Result r = SparkIdentityAudit.of(AuditPolicy.defaults()).run(rows);
 * r.write("audit-out");          // findings/, clusters/ (JSON lines) and report/
 * }</pre>
 */
public final class SparkIdentityAudit {

    private static final StructType SOURCE = schema(IdentityColumns.NAMES.stream()
            .map(n -> DataTypes.createStructField(n, DataTypes.StringType, true)).toArray(StructField[]::new));
    private static final StructType PREPARED = SOURCE.add("matricules", DataTypes.StringType, true);
    private static final StructType BLOCK = schema(field("p", DataTypes.IntegerType), field("key", DataTypes.LongType),
            field("id", DataTypes.StringType));
    private static final StructType BLOCK_OUT = schema(field("type", DataTypes.StringType),
            field("p", DataTypes.IntegerType), field("id", DataTypes.StringType), field("token", DataTypes.StringType),
            field("n1", DataTypes.LongType), field("n2", DataTypes.LongType), field("n3", DataTypes.LongType),
            field("n4", DataTypes.LongType));
    private static final StructType COMPARE = schema(field("p", DataTypes.IntegerType),
            field("key", DataTypes.LongType), SOURCE).add("pieces", DataTypes.StringType, true);
    private static final StructType PAIRS = schema(field("type", DataTypes.StringType),
            field("a", DataTypes.StringType), field("b", DataTypes.StringType), field("src", DataTypes.StringType),
            field("p", DataTypes.IntegerType), field("n", DataTypes.LongType));
    private static final StructType PART = schema(field("label", DataTypes.StringType),
            field("kind", DataTypes.StringType), SOURCE).add("a", DataTypes.StringType, true)
            .add("b", DataTypes.StringType, true).add("src", DataTypes.StringType, true);
    private static final StructType OUT = schema(field("type", DataTypes.StringType),
            field("kind", DataTypes.StringType), field("ids", DataTypes.StringType),
            field("pair_class", DataTypes.StringType), field("potential_state", DataTypes.StringType),
            field("score", DataTypes.DoubleType), field("agreements", DataTypes.StringType),
            field("explanation", DataTypes.StringType), field("num", DataTypes.LongType),
            field("den", DataTypes.LongType));

    /** Separator of local ids inside one cell: a control character, never in a local id. */
    static final String ID_SEPARATOR = "\u001F";

    private final PolicySpec spec;

    private SparkIdentityAudit(AuditPolicy policy) {
        this.spec = new PolicySpec(policy);
    }

    /**
     * Builds the job for a policy.
     *
     * @param policy the policy of the audit (the same as for {@code IdentityAudit})
     * @return the job
     */
    public static SparkIdentityAudit of(AuditPolicy policy) {
        return new SparkIdentityAudit(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /**
     * Reads an identity source with Spark's own readers: {@code csv} ({@code ;}-separated, with a
     * header line, every column as text) or {@code parquet}. For JDBC, use
     * {@code spark.read().jdbc(url, table, properties)} and pass the rows to {@link #run(Dataset)}.
     *
     * @param spark the session
     * @param format {@code csv} or {@code parquet}
     * @param path the file or directory
     * @return the rows
     * @throws SparkAuditException ({@code INVALID_SOURCE}) for another format
     */
    public static Dataset<Row> read(SparkSession spark, String format, String path) {
        Objects.requireNonNull(spark, "spark must not be null");
        Objects.requireNonNull(path, "path must not be null");
        return switch (Objects.requireNonNull(format, "format must not be null")) {
            case "csv" -> spark.read().option("header", "true").option("sep", ";").schema(SOURCE).csv(path);
            case "parquet" -> spark.read().parquet(path);
            default -> throw new SparkAuditException(SparkAuditException.Reason.INVALID_SOURCE,
                    "the format must be csv or parquet (JDBC: read it with spark.read().jdbc)", null);
        };
    }

    /**
     * Audits the rows: columns named as {@link IdentityColumns#NAMES} (other columns are ignored,
     * every value is read as text).
     *
     * @param rows the identities
     * @return the result; its datasets are computed once and kept (call {@link Result#close()})
     * @throws SparkAuditException ({@code INVALID_SOURCE}) when a column is missing
     */
    public Result run(Dataset<Row> rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        List<String> present = List.of(rows.columns());
        Column[] cols = new Column[IdentityColumns.NAMES.size()];
        for (int i = 0; i < cols.length; i++) {
            String name = IdentityColumns.NAMES.get(i);
            if (!present.contains(name)) {
                throw new SparkAuditException(SparkAuditException.Reason.INVALID_SOURCE,
                        "the source has no column " + name + "; the columns are " + IdentityColumns.NAMES, null);
            }
            cols[i] = col(name).cast(DataTypes.StringType).as(name);
        }
        SparkSession spark = rows.sparkSession();
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
        PolicySpec ps = spec;
        AuditKernel driver = AuditKernel.of(ps.policy());
        List<BlockingPass> passes = driver.comparedPasses();
        List<Dataset<?>> kept = new ArrayList<>();

        // 1. Rows to records; the matricules of each record (AUD-1/2/3 pass).
        Dataset<Row> prepared = keep(kept, rows.select(cols).mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> prepare(ps, it), Encoders.row(PREPARED)));
        long records = prepared.count();

        // 2. Blocks of the compared passes: counted, sorted by local id, split when oversized.
        Dataset<Row> blockOut = keep(kept, prepared.mapPartitions((MapPartitionsFunction<Row, Row>) it -> keys(ps, it),
                        Encoders.row(BLOCK))
                .repartition(partitions, col("p"), col("key")).sortWithinPartitions("p", "key")
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> blocks(ps, it), Encoders.row(BLOCK_OUT)));
        long[][] passSums = new long[passes.size()][5];
        for (Row r : blockOut.filter(col("type").equalTo("P")).collectAsList()) {
            long[] s = passSums[r.getInt(1)];
            for (int i = 0; i < 4; i++) {
                s[i] += r.getLong(4 + i);
            }
        }
        Dataset<Row> memberships = blockOut.filter(col("type").equalTo("M")).groupBy("id")
                .agg(concat_ws(",", collect_list(col("token"))).as("pieces"));

        // 3. Pairs: shared matricules, then each piece of each block.
        Dataset<Row> matriculeGroups = prepared.filter(col("matricules").isNotNull())
                .select(col("local_id"), org.apache.spark.sql.functions.explode(split(col("matricules"), "\\|"))
                        .as("m"))
                .groupBy("m").agg(collect_list(col("local_id")).as("ids"))
                .filter(org.apache.spark.sql.functions.size(col("ids")).geq(2));
        Dataset<Row> matriculePairs = matriculeGroups.flatMap(
                (FlatMapFunction<Row, Row>) SparkIdentityAudit::matriculePairs, Encoders.row(PAIRS));
        Dataset<Row> compared = prepared.join(memberships, prepared.col("local_id").equalTo(memberships.col("id")))
                .drop("id")
                .flatMap((FlatMapFunction<Row, Row>) SparkIdentityAudit::explodeMemberships, Encoders.row(COMPARE))
                .repartition(partitions, col("p"), col("key")).sortWithinPartitions("p", "key")
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> compare(ps, it), Encoders.row(PAIRS));
        Dataset<Row> pairOut = keep(kept, matriculePairs.union(compared));
        long[] matriculeCount = new long[3];
        for (Row r : pairOut.filter(col("type").equalTo("N")).collectAsList()) {
            int p = r.getInt(4);
            if (p < 0) {
                matriculeCount[-p - 1] += r.getLong(5);
            } else {
                passSums[p][4] += r.getLong(5);
            }
        }
        Dataset<Row> edges = keep(kept, pairOut.filter(col("type").equalTo("E")).select("a", "b", "src").distinct());
        long matriculePairCount = edges.filter(col("src").equalTo("M")).count();

        Map<BlockingPass, PassCount> counts = new EnumMap<>(BlockingPass.class);
        counts.put(BlockingPass.MATRICULE, AuditKernel.passCount(BlockingPass.MATRICULE, matriculeCount[0],
                matriculeCount[1], 0, matriculeCount[1], matriculePairCount));
        for (int p = 0; p < passes.size(); p++) {
            long[] s = passSums[p];
            counts.put(passes.get(p), AuditKernel.passCount(passes.get(p), s[0], s[1], s[2], s[3], s[4]));
        }

        // 4. Connected components, then each partition of whole components is reported.
        Dataset<Row> labels = keep(kept, components(edges));
        Dataset<Row> recordParts = prepared.join(labels, prepared.col("local_id").equalTo(labels.col("id")), "left")
                .select(partColumns(coalesce(col("label"), col("local_id")), "R", true));
        Dataset<Row> edgeParts = edges.join(labels, edges.col("a").equalTo(labels.col("id")))
                .select(partColumns(col("label"), "E", false));
        Dataset<Row> out = keep(kept, recordParts.union(edgeParts).repartition(partitions, col("label"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> report(ps, it), Encoders.row(OUT)));

        Map<IndicatorKind, long[]> sums = new EnumMap<>(IndicatorKind.class);
        long refused = 0;
        for (Row r : out.filter(col("type").isin("I", "X")).collectAsList()) {
            if (r.getString(0).equals("X")) {
                refused += r.getLong(8);
            } else {
                long[] s = sums.computeIfAbsent(IndicatorKind.valueOf(r.getString(1)), k -> new long[2]);
                s[0] += r.getLong(8);
                s[1] += r.getLong(9);
            }
        }
        Map<IndicatorKind, Indicator> indicators = new EnumMap<>(IndicatorKind.class);
        for (IndicatorKind k : IndicatorKind.values()) {
            long[] s = sums.getOrDefault(k, new long[2]);
            indicators.put(k, AuditKernel.indicator(k, s[0], s[1]));
        }
        Dataset<Row> findings = out.filter(col("type").equalTo("F")).select(col("kind"),
                split(col("ids"), ID_SEPARATOR).as("local_ids"), col("pair_class"), col("potential_state"),
                col("score"), col("agreements"), col("explanation"));
        Dataset<Row> clusters = out.filter(col("type").equalTo("C")).select(
                split(col("ids"), ID_SEPARATOR).as("local_ids"), col("kind").as("survivor_local_id"));
        return new Result(records, findings, clusters, indicators, counts, refused, kept);
    }

    private static <T> Dataset<T> keep(List<Dataset<?>> kept, Dataset<T> ds) {
        Dataset<T> p = ds.persist(StorageLevel.MEMORY_AND_DISK());
        kept.add(p);
        return p;
    }

    private static Column[] partColumns(Column label, String kind, boolean record) {
        List<Column> c = new ArrayList<>();
        c.add(label.as("label"));
        c.add(lit(kind).as("kind"));
        for (String n : IdentityColumns.NAMES) {
            c.add(record ? col(n) : lit(null).cast(DataTypes.StringType).as(n));
        }
        for (String n : List.of("a", "b", "src")) {
            c.add(record ? lit(null).cast(DataTypes.StringType).as(n) : col(n));
        }
        return c.toArray(new Column[0]);
    }

    /** Minimum-label propagation over the pairs until no label changes: id, label. */
    private static Dataset<Row> components(Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("a").as("x"), col("b").as("y"))
                .union(edges.select(col("b").as("x"), col("a").as("y")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> labels = both.groupBy("x").agg(min("y").as("m"))
                .select(col("x").as("id"), least(col("x"), col("m")).as("label")).localCheckpoint();
        while (true) {
            Dataset<Row> l = labels.select(col("id").as("y"), col("label").as("ly"));
            Dataset<Row> prop = both.join(l, "y").groupBy("x").agg(min("ly").as("m"));
            Dataset<Row> next = labels.join(prop, labels.col("id").equalTo(prop.col("x")))
                    .select(col("id"), least(col("label"), col("m")).as("label"), col("label").as("old"))
                    .localCheckpoint();
            long changed = next.filter(col("label").notEqual(col("old"))).count();
            labels = next.drop("old");
            if (changed == 0) {
                both.unpersist();
                return labels;
            }
        }
    }

    // ---- partition functions: ins4j values are built here, from the cells, and never leave ----

    private static @Nullable String[] cells(Row r, int from) {
        @Nullable String[] c = new String[IdentityColumns.NAMES.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = r.isNullAt(from + i) ? null : r.getString(from + i);
        }
        return c;
    }

    private static Iterator<Row> prepare(PolicySpec ps, Iterator<Row> it) {
        AuditKernel k = AuditKernel.of(ps.policy());
        return new MappedIterator(it, r -> {
            @Nullable String[] c = cells(r, 0);
            AuditKernel.Record rec = k.prepare(IdentityColumns.record(c));
            List<String> m = k.matricules(rec);
            Object[] v = new Object[PREPARED.size()];
            System.arraycopy(c, 0, v, 0, c.length);
            v[c.length] = m.isEmpty() ? null : String.join("|", m);
            return RowFactory.create(v);
        });
    }

    private static Iterator<Row> keys(PolicySpec ps, Iterator<Row> it) {
        AuditKernel k = AuditKernel.of(ps.policy());
        return new FlatIterator(it, row -> {
            AuditKernel.Record rec = k.prepare(IdentityColumns.record(cells(row, 0)));
            List<Row> out = new ArrayList<>();
            for (int p = 0; p < k.comparedPasses().size(); p++) {
                long key = k.key(p, rec);
                if (key != 0) {
                    out.add(RowFactory.create(p, key, rec.localId()));
                }
            }
            return out.iterator();
        });
    }

    /** Input sorted by (pass, key): per block, the members (pass/key/piece) and the pass counts. */
    private static Iterator<Row> blocks(PolicySpec ps, Iterator<Row> it) {
        AuditKernel k = AuditKernel.of(ps.policy());
        List<Row> out = new ArrayList<>();
        Map<Integer, List<Long>> sizes = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int p = -1;
        long key = 0;
        while (true) {
            Row r = it.hasNext() ? it.next() : null;
            if (r == null || r.getInt(0) != p || r.getLong(1) != key) {
                if (!ids.isEmpty()) {
                    sizes.computeIfAbsent(p, x -> new ArrayList<>()).add((long) ids.size());
                    if (ids.size() >= 2) {
                        ids.sort(AuditKernel.ID_ORDER);
                        for (int rank = 0; rank < ids.size(); rank++) {
                            out.add(RowFactory.create("M", p, ids.get(rank), p + "/" + key + "/" + k.piece(rank),
                                    0L, 0L, 0L, 0L));
                        }
                    }
                    ids.clear();
                }
                if (r == null) {
                    break;
                }
                p = r.getInt(0);
                key = r.getLong(1);
            }
            ids.add(r.getString(2));
        }
        for (Map.Entry<Integer, List<Long>> e : sizes.entrySet()) {
            long[] s = e.getValue().stream().mapToLong(Long::longValue).toArray();
            PassCount c = k.passCount(e.getKey(), s, 0);
            out.add(RowFactory.create("P", e.getKey(), null, null, c.blocks(), c.candidatePairs(), c.splitBlocks(),
                    c.pairsAfterSplit()));
        }
        return out.iterator();
    }

    private static Iterator<Row> matriculePairs(Row group) {
        List<String> ids = new ArrayList<>(group.getList(1));
        ids.sort(AuditKernel.ID_ORDER);
        List<Row> out = new ArrayList<>();
        for (int x = 0; x < ids.size(); x++) {
            for (int y = x + 1; y < ids.size(); y++) {
                if (!ids.get(x).equals(ids.get(y))) {
                    out.add(RowFactory.create("E", ids.get(x), ids.get(y), "M", -1, 0L));
                }
            }
        }
        long n = ids.size();
        out.add(RowFactory.create("N", null, null, null, -1, 1L));
        out.add(RowFactory.create("N", null, null, null, -2, n * (n - 1) / 2));
        return out.iterator();
    }

    /** A record of a block of two or more, once per (pass, key) it belongs to. */
    private static Iterator<Row> explodeMemberships(Row r) {
        String pieces = r.getString(PREPARED.size());
        List<Row> out = new ArrayList<>();
        for (String token : pieces.split(",", -1)) {
            String[] t = token.split("/", -1);
            Object[] v = new Object[COMPARE.size()];
            v[0] = Integer.parseInt(t[0]);
            v[1] = Long.parseLong(t[1]);
            for (int i = 0; i < IdentityColumns.NAMES.size(); i++) {
                v[2 + i] = r.isNullAt(i) ? null : r.getString(i);
            }
            v[COMPARE.size() - 1] = pieces;
            out.add(RowFactory.create(v));
        }
        return out.iterator();
    }

    /** Input sorted by (pass, key): each piece of each block compared pair by pair. */
    private static Iterator<Row> compare(PolicySpec ps, Iterator<Row> it) {
        AuditKernel k = AuditKernel.of(ps.policy());
        int passes = k.comparedPasses().size();
        List<Row> out = new ArrayList<>();
        long[] scored = new long[passes];
        List<AuditKernel.Record> block = new ArrayList<>();
        int p = -1;
        long key = 0;
        while (true) {
            Row r = it.hasNext() ? it.next() : null;
            if (r == null || r.getInt(0) != p || r.getLong(1) != key) {
                if (!block.isEmpty()) {
                    scored[p] += compareBlock(k, p, block, out);
                    block.clear();
                }
                if (r == null) {
                    break;
                }
                p = r.getInt(0);
                key = r.getLong(1);
            }
            int[] pieces = new int[passes];
            for (String token : r.getString(COMPARE.size() - 1).split(",", -1)) {
                String[] t = token.split("/", -1);
                pieces[Integer.parseInt(t[0])] = Integer.parseInt(t[2]);
            }
            block.add(k.withPieces(k.prepare(IdentityColumns.record(cells(r, 2))), pieces));
        }
        for (int q = 0; q < passes; q++) {
            if (scored[q] != 0) {
                out.add(RowFactory.create("N", null, null, null, q, scored[q]));
            }
        }
        return out.iterator();
    }

    private static long compareBlock(AuditKernel k, int p, List<AuditKernel.Record> block, List<Row> out) {
        block.sort((x, y) -> AuditKernel.ID_ORDER.compare(x.localId(), y.localId()));
        long scored = 0;
        int n = block.size();
        for (int s = 0; s < n;) {
            int piece = k.piece(s);
            int end = s;
            while (end < n && k.piece(end) == piece) {
                end++;
            }
            for (int x = s; x < end; x++) {
                AuditKernel.Record a = block.get(x);
                for (int y = x + 1; y < end; y++) {
                    AuditKernel.Record b = block.get(y);
                    if (k.coveredEarlier(p, a, b)) {
                        continue;
                    }
                    scored++;
                    if (k.scoredPair(a, b).isPresent()) {
                        out.add(RowFactory.create("E", a.localId(), b.localId(), "S", p, 0L));
                    }
                }
            }
            s = end;
        }
        return scored;
    }

    /** A partition of whole components: records (R) and pairs (E) to findings, clusters, indicators. */
    private static Iterator<Row> report(PolicySpec ps, Iterator<Row> it) {
        AuditKernel k = AuditKernel.of(ps.policy());
        Map<String, AuditKernel.Record> byId = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        while (it.hasNext()) {
            Row r = it.next();
            if (r.getString(1).equals("R")) {
                AuditKernel.Record rec = k.prepare(IdentityColumns.record(cells(r, 2)));
                byId.put(rec.localId(), rec);
            } else {
                int at = 2 + IdentityColumns.NAMES.size();
                pairs.add(new String[] {r.getString(at), r.getString(at + 1), r.getString(at + 2)});
            }
        }
        if (byId.isEmpty()) {
            return Collections.emptyIterator();
        }
        List<Finding> findings = new ArrayList<>();
        for (AuditKernel.Record rec : byId.values()) {
            k.single(rec).ifPresent(findings::add);
        }
        for (String[] pair : pairs) {
            AuditKernel.Record a = Objects.requireNonNull(byId.get(pair[0]), "a pair's record is in its component");
            AuditKernel.Record b = Objects.requireNonNull(byId.get(pair[1]), "a pair's record is in its component");
            if (pair[2].equals("M")) {
                findings.add(k.matriculePair(a, b));
            } else {
                k.scoredPair(a, b).ifPresent(findings::add);
            }
        }
        AuditReport part = k.report(new ArrayList<>(byId.values()), findings);
        List<Row> out = new ArrayList<>();
        for (Finding f : part.findings()) {
            out.add(findingRow(f));
        }
        for (Cluster c : part.clusters()) {
            out.add(RowFactory.create("C", c.survivorLocalId(), String.join(ID_SEPARATOR, c.localIds()), null, null,
                    null, null, null, null, null));
        }
        for (Indicator i : part.indicators().values()) {
            out.add(RowFactory.create("I", i.kind().name(), null, null, null, null, null, null, i.numerator(),
                    i.denominator()));
        }
        out.add(RowFactory.create("X", null, null, null, null, null, null, null, part.refusedMerges(), 0L));
        return out.iterator();
    }

    /**
     * A finding as the values of one output row: kind, local ids, pair class, potential state,
     * score, per-field agreements and explanation. No trait value, no matricule.
     */
    static Row findingRow(Finding f) {
        String agreements = f.pairScore().map(s -> s.agreements().toString()).orElse(null);
        return RowFactory.create("F", f.kind().name(), String.join(ID_SEPARATOR, f.localIds()), f.pairClass().name(),
                f.potentialState().name(), f.score(), agreements, f.explanation(), null, null);
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructType schema(StructField a, StructField b, StructType rest) {
        List<StructField> all = new ArrayList<>(List.of(a, b));
        all.addAll(List.of(rest.fields()));
        return DataTypes.createStructType(all);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** Maps an iterator lazily (a partition is never held whole when it need not be). */
    private static final class MappedIterator implements Iterator<Row> {
        private final Iterator<Row> in;
        private final java.util.function.Function<Row, Row> f;

        MappedIterator(Iterator<Row> in, java.util.function.Function<Row, Row> f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public Row next() {
            return f.apply(in.next());
        }
    }

    /** Flat-maps an iterator lazily: one input row at a time. */
    private static final class FlatIterator implements Iterator<Row> {
        private final Iterator<Row> in;
        private final java.util.function.Function<Row, Iterator<Row>> f;
        private Iterator<Row> current = Collections.emptyIterator();

        FlatIterator(Iterator<Row> in, java.util.function.Function<Row, Iterator<Row>> f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && in.hasNext()) {
                current = f.apply(in.next());
            }
            return current.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }

    /**
     * The result of a run: findings and clusters as datasets, indicators, pass counts.
     *
     * <pre>{@code
     * try (SparkIdentityAudit.Result r = job.run(rows)) {
     *     r.indicators().get(IndicatorKind.STOCK_DUPLICATE_RATE).rate();
     * }
     * }</pre>
     */
    public static final class Result implements AutoCloseable {
        private final long records;
        private final Dataset<Row> findings;
        private final Dataset<Row> clusters;
        private final Map<IndicatorKind, Indicator> indicators;
        private final Map<BlockingPass, PassCount> passCounts;
        private final long refusedMerges;
        private final List<Dataset<?>> kept;

        Result(long records, Dataset<Row> findings, Dataset<Row> clusters, Map<IndicatorKind, Indicator> indicators,
                Map<BlockingPass, PassCount> passCounts, long refusedMerges, List<Dataset<?>> kept) {
            this.records = records;
            this.findings = findings;
            this.clusters = clusters;
            this.indicators = Collections.unmodifiableMap(new EnumMap<>(indicators));
            this.passCounts = Collections.unmodifiableMap(new EnumMap<>(passCounts));
            this.refusedMerges = refusedMerges;
            this.kept = kept;
        }

        /**
         * Returns how many records were audited.
         *
         * @return the count
         */
        public long records() {
            return records;
        }

        /**
         * Returns the findings: {@code kind} (AUD_1..AUD_7), {@code local_ids} (array),
         * {@code pair_class}, {@code potential_state} (FR Core code), {@code score} (bits; 0 for one
         * record), {@code agreements} (per-field levels) and {@code explanation}. No trait value.
         *
         * @return the findings, in no order
         */
        public Dataset<Row> findings() {
            return findings;
        }

        /**
         * Returns the clusters: {@code local_ids} (array, sorted) and {@code survivor_local_id}.
         *
         * @return the clusters, in no order
         */
        public Dataset<Row> clusters() {
            return clusters;
        }

        /**
         * Returns the indicators, numerator and denominator summed over the partitions.
         *
         * @return the indicators
         */
        public Map<IndicatorKind, Indicator> indicators() {
            return indicators;
        }

        /**
         * Returns the counts per blocking pass.
         *
         * @return the counts
         */
        public Map<BlockingPass, PassCount> passCounts() {
            return passCounts;
        }

        /**
         * Returns the merge proposals turned into reviews by the AUD-4 guard.
         *
         * @return the count
         */
        public long refusedMerges() {
            return refusedMerges;
        }

        /**
         * Returns a summary: counts, indicators and pass counts; no personal data.
         *
         * @return the text
         */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append("records: ").append(records).append('\n');
            sb.append("refused merges (AUD-4): ").append(refusedMerges).append('\n');
            for (Indicator i : indicators.values()) {
                sb.append(i).append('\n');
            }
            for (PassCount c : passCounts.values()) {
                sb.append(c).append('\n');
            }
            return sb.toString();
        }

        /**
         * Writes {@code findings/} and {@code clusters/} (JSON lines, one directory each) and
         * {@code report/} (one text file: the {@link #summary()}) under a directory, with Spark's writers
         * (any file system Spark knows: local, HDFS, S3).
         *
         * @param directory the output directory; it must not exist
         */
        public void write(String directory) {
            Objects.requireNonNull(directory, "directory must not be null");
            findings.write().json(directory + "/findings");
            clusters.write().json(directory + "/clusters");
            SparkSession spark = findings.sparkSession();
            spark.createDataset(List.of(summary()), Encoders.STRING()).coalesce(1).write().text(directory + "/report");
        }

        /** Releases the datasets this result keeps in memory. */
        @Override
        public void close() {
            for (Dataset<?> d : kept) {
                d.unpersist();
            }
        }
    }

    /**
     * The {@code spark-submit} entry point.
     *
     * <pre>
     * spark-submit --class io.github.ins4j.audit.spark.SparkIdentityAudit \
     *   ins-audit-spark-VERSION-job.jar \
     *   --format csv --input identities.csv --output audit-out [--max-block-size 500]
     * </pre>
     *
     * @param args the options
     * @throws SparkAuditException ({@code INVALID_OPTION}) for a missing or malformed option
     */
    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new SparkAuditException(SparkAuditException.Reason.INVALID_OPTION,
                        "options are --format, --input, --output, --max-block-size", null);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        String input = opts.get("input");
        String output = opts.get("output");
        if (input == null || output == null || args.length % 2 != 0) {
            throw new SparkAuditException(SparkAuditException.Reason.INVALID_OPTION,
                    "usage: --format csv|parquet --input PATH --output DIR [--max-block-size N]", null);
        }
        AuditPolicy.Builder policy = AuditPolicy.builder();
        String max = opts.get("max-block-size");
        if (max != null) {
            try {
                policy.maxBlockSize(Integer.parseInt(max));
            } catch (NumberFormatException e) {
                throw new SparkAuditException(SparkAuditException.Reason.INVALID_OPTION,
                        "--max-block-size must be a whole number", e);
            }
        }
        SparkSession spark = SparkSession.builder().appName("ins4j identity audit").getOrCreate();
        try (Result r = of(policy.build()).run(read(spark, opts.getOrDefault("format", "csv"), input))) {
            r.write(output);
            System.out.print(r.summary());
        } finally {
            spark.stop();
        }
    }
}
