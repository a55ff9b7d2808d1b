package io.github.ins4j.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.audit.AuditCsv;
import io.github.ins4j.audit.AuditException;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.Cluster;
import io.github.ins4j.audit.Finding;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.audit.Indicator;
import io.github.ins4j.audit.PassCount;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the single-machine audit on one generated base, in-process with
 * {@code local[2]}: the same findings, clusters, indicators and pass counts (sorted outputs).
 */
class SparkIdentityAuditTest {

    /**
     * The 100 k base: the whole class took 91 s on 2 shared cores (load 9), 3.5 min at load
     * 17 (measured); {@code -Dins4j.spark.size=N} changes it.
     */
    static final int SIZE = Integer.getInteger("ins4j.spark.size", 100_000);
    static final long SEED = 23L;

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("ins4j-audit-spark-test")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path writeBase(int size, String name) throws IOException {
        Path csv = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(SyntheticRecord.csvHeader());
            w.write('\n');
            for (SyntheticRecord r : SyntheticPopulation.of(SEED, size, PopulationProfile.hospital())) {
                w.write(r.csvLine());
                w.write('\n');
            }
        }
        return csv;
    }

    /** The single-machine side reads the file with ins-audit's own CSV reader. */
    private static List<AuditRecord> readLocally(Path csv) throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            AuditCsv.read(in).forEachRemaining(records::add);
        }
        return records;
    }

    static String finding(Finding f) {
        return String.join(" | ", f.kind().name(), String.join(",", f.localIds()), f.pairClass().name(),
                f.potentialState().name(), Double.toString(f.score()),
                f.pairScore().map(s -> s.agreements().toString()).orElse("null"), f.explanation());
    }

    static String finding(Row r) {
        return String.join(" | ", r.getString(0), String.join(",", r.<String>getList(1)), r.getString(2),
                r.getString(3), Double.toString(r.getDouble(4)), r.isNullAt(5) ? "null" : r.getString(5),
                r.getString(6));
    }

    static String cluster(Cluster c) {
        return String.join(",", c.localIds()) + " -> " + c.survivorLocalId();
    }

    static String cluster(Row r) {
        return String.join(",", r.<String>getList(0)) + " -> " + r.getString(1);
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().collect(Collectors.toList());
    }

    @Test
    void AUD_1_to_AUD_7_spark_gives_exactly_the_single_machine_findings_clusters_and_indicators() throws IOException {
        Path csv = writeBase(SIZE, "base.csv");
        AuditPolicy policy = AuditPolicy.defaults();
        AuditReport local = IdentityAudit.of(policy).run(readLocally(csv));

        Dataset<Row> rows = SparkIdentityAudit.read(spark, "csv", csv.toString());
        try (SparkIdentityAudit.Result r = SparkIdentityAudit.of(policy).run(rows)) {
            List<String> sparkFindings = sorted(r.findings().collectAsList().stream()
                    .map(SparkIdentityAuditTest::finding).collect(Collectors.toList()));
            List<String> localFindings = sorted(local.findings().stream()
                    .map(SparkIdentityAuditTest::finding).collect(Collectors.toList()));
            assertThat(localFindings).hasSizeGreaterThan(SIZE / 100);
            assertThat(local.clusters()).isNotEmpty();
            assertThat(sparkFindings).containsExactlyElementsOf(localFindings);

            assertThat(sorted(r.clusters().collectAsList().stream().map(SparkIdentityAuditTest::cluster)
                    .collect(Collectors.toList())))
                    .containsExactlyElementsOf(sorted(local.clusters().stream().map(SparkIdentityAuditTest::cluster)
                            .collect(Collectors.toList())));
            assertThat(r.indicators().values().stream().map(Indicator::toString).collect(Collectors.toList()))
                    .containsExactlyElementsOf(local.indicators().values().stream().map(Indicator::toString)
                            .collect(Collectors.toList()));
            assertThat(r.passCounts().values().stream().map(PassCount::toString).collect(Collectors.toList()))
                    .containsExactlyElementsOf(local.passCounts().values().stream().map(PassCount::toString)
                            .collect(Collectors.toList()));
            assertThat(r.refusedMerges()).isEqualTo(local.refusedMerges());
            assertThat(r.records()).isEqualTo(local.records());
        }
    }

    @Test
    void AUD_1_to_AUD_7_split_blocks_give_the_same_report_and_parquet_the_same_as_csv() throws IOException {
        Path csv = writeBase(2_000, "small.csv");
        // Small blocks: every pass splits some blocks, so the split and the pieces of earlier passes count.
        AuditPolicy policy = AuditPolicy.builder().maxBlockSize(3).build();
        AuditReport local = IdentityAudit.of(policy).run(readLocally(csv));
        assertThat(local.passCounts().values()).anyMatch(c -> c.splitBlocks() > 0);

        String parquet = dir.resolve("small.parquet").toString();
        SparkIdentityAudit.read(spark, "csv", csv.toString()).write().parquet(parquet);
        try (SparkIdentityAudit.Result r = SparkIdentityAudit.of(policy).run(
                SparkIdentityAudit.read(spark, "parquet", parquet))) {
            assertThat(sorted(r.findings().collectAsList().stream().map(SparkIdentityAuditTest::finding)
                    .collect(Collectors.toList())))
                    .containsExactlyElementsOf(sorted(local.findings().stream().map(SparkIdentityAuditTest::finding)
                            .collect(Collectors.toList())));
            assertThat(r.passCounts().values().stream().map(PassCount::toString).collect(Collectors.toList()))
                    .containsExactlyElementsOf(local.passCounts().values().stream().map(PassCount::toString)
                            .collect(Collectors.toList()));
            assertThat(r.indicators().values().stream().map(Indicator::toString).collect(Collectors.toList()))
                    .containsExactlyElementsOf(local.indicators().values().stream().map(Indicator::toString)
                            .collect(Collectors.toList()));
            Path out = dir.resolve("out");
            r.write(out.toString());
            assertThat(out.resolve("findings")).isDirectory();
            assertThat(out.resolve("clusters")).isDirectory();
            assertThat(out.resolve("report")).isDirectory();
        }
    }

    @Test
    void a_source_without_a_column_or_a_bad_row_is_refused_by_name() {
        Dataset<Row> noSex = spark.sql("select 'L1' as local_id");
        assertThatThrownBy(() -> SparkIdentityAudit.of(AuditPolicy.defaults()).run(noSex))
                .isInstanceOf(SparkAuditException.class)
                .hasMessageContaining("no column status")
                .extracting(e -> ((SparkAuditException) e).reason())
                .isEqualTo(SparkAuditException.Reason.INVALID_SOURCE);
        assertThatThrownBy(() -> IdentityColumns.record(new String[] {"L1", "XXX", "", "", "", "MARTIN", "JEAN",
                "01/02/1980", "M", ""}))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("status")
                .hasMessageNotContaining("MARTIN");
        assertThatThrownBy(() -> IdentityColumns.record(new String[] {"L1", "PROV", "", "", "", "MARTIN", "JEAN",
                "31/02/1980", "M", ""}))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("birth_date")
                .hasMessageNotContaining("1980");
        assertThatThrownBy(() -> IdentityColumns.record(new String[] {"L1", "PROV", "", "", "", "MAR;TIN", "JEAN",
                "01/02/1980", "M", ""}))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("birth_name")
                .hasMessageNotContaining("MAR");
        assertThatThrownBy(() -> SparkIdentityAudit.read(spark, "xml", "x"))
                .isInstanceOf(SparkAuditException.class);
    }
}
