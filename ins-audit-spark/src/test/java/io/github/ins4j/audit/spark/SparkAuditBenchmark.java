package io.github.ins4j.audit.spark;

import io.github.ins4j.audit.AuditCsv;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark run (not a test, not in CI): one generated base written as CSV, audited either by
 * the single-machine {@code IdentityAudit} or by the Spark job in-process with {@code local[2]};
 * prints the wall time (reading the CSV included in both), the counts, and for Spark the bytes
 * written by all shuffles. Run each mode in its own JVM:
 *
 * <pre>
 * ./mvnw -B -q -pl ins-audit-spark -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test -Dmaven.javadoc.skip
 * CP=ins-audit-spark/target/test-classes:ins-audit-spark/target/classes:$(cat /tmp/cp.txt)
 * java -Xmx1g -cp $CP io.github.ins4j.audit.spark.SparkAuditBenchmark local 1000000 42
 * java -Xmx4g $ADD_OPENS -cp $CP io.github.ins4j.audit.spark.SparkAuditBenchmark spark 1000000 42
 * </pre>
 */
public final class SparkAuditBenchmark {

    private SparkAuditBenchmark() {
    }

    /**
     * Runs one mode.
     *
     * @param args {@code local} or {@code spark}, size, seed
     * @throws IOException when the CSV cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        int size = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path csv = Path.of(System.getProperty("java.io.tmpdir"), "ins4j-base-" + size + "-" + seed + ".csv");
        if (!Files.exists(csv)) {
            Path tmp = Files.createTempFile(csv.getParent(), "ins4j-base", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(SyntheticRecord.csvHeader());
                w.write('\n');
                for (SyntheticRecord r : SyntheticPopulation.of(seed, size, PopulationProfile.hospital())) {
                    w.write(r.csvLine());
                    w.write('\n');
                }
            }
            Files.move(tmp, csv);
        }
        System.out.printf(Locale.ROOT, "base: %d records, seed %d, profile hospital, %d MB of CSV%n", size, seed,
                Files.size(csv) >> 20);
        long start = System.nanoTime();
        if (mode.equals("local")) {
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                Iterator<AuditRecord> records = AuditCsv.read(in);
                AuditReport r = IdentityAudit.of(AuditPolicy.defaults()).run(records, (phase, done, total) -> { });
                System.out.printf(Locale.ROOT, "single machine: wall %.1f s; %d findings, %d clusters%n",
                        (System.nanoTime() - start) / 1e9, r.findings().size(), r.clusters().size());
                System.out.print(r.summary());
            }
            return;
        }
        String master = System.getProperty("spark.master", "local[2]");
        SparkSession spark = SparkSession.builder().master(master).appName("ins4j-audit-benchmark")
                .config("spark.ui.enabled", "false").getOrCreate();
        AtomicLong shuffleWrite = new AtomicLong();
        AtomicLong shuffleRead = new AtomicLong();
        long begin = System.nanoTime();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onStageCompleted(SparkListenerStageCompleted done) {
                // Progress, so that a run stopped by a time limit says how far it got.
                System.out.printf(Locale.ROOT, "  %6.0f s: stage %d done (%d tasks); shuffle written so far %d MB%n",
                        (System.nanoTime() - begin) / 1e9, done.stageInfo().stageId(), done.stageInfo().numTasks(),
                        shuffleWrite.get() >> 20);
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    shuffleWrite.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                    shuffleRead.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
                }
            }
        });
        start = System.nanoTime();
        try (SparkIdentityAudit.Result r = SparkIdentityAudit.of(AuditPolicy.defaults())
                .run(SparkIdentityAudit.read(spark, "csv", csv.toString()))) {
            long findings = r.findings().count();
            long clusters = r.clusters().count();
            System.out.printf(Locale.ROOT, "spark %s: wall %.1f s; %d findings, %d clusters; shuffle written %d MB,"
                    + " read %d MB%n", master, (System.nanoTime() - start) / 1e9, findings, clusters,
                    shuffleWrite.get() >> 20, shuffleRead.get() >> 20);
            System.out.print(r.summary());
        } finally {
            spark.stop();
        }
    }
}
