package io.github.ins4j.audit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ins4j.audit.AuditCsv;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditReport;
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
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two ends of {@code spark-submit.sh} (not a JUnit test: the job jar it checks exists only
 * after {@code package}). {@code generate SIZE SEED FILE} writes a synthetic base as CSV (hospital
 * profile); {@code compare FILE OUTPUT} audits the same file with the single-machine
 * {@code IdentityAudit} and compares, sorted, the findings and clusters the submitted job wrote
 * (JSON lines) and its report (the summary text) with it; it exits with status 1 on any
 * difference, naming the first one (local ids and kinds only, no trait value).
 */
public final class SparkSubmitCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSubmitCheck() {
    }

    /**
     * Runs one end.
     *
     * @param args {@code generate SIZE SEED FILE} or {@code compare FILE OUTPUT}
     * @throws IOException when a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("generate")) {
            generate(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        int differences = compare(Path.of(args[1]), Path.of(args[2]));
        if (differences > 0) {
            System.exit(1);
        }
    }

    static void generate(int size, long seed, Path csv) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(SyntheticRecord.csvHeader());
            w.write('\n');
            for (SyntheticRecord r : SyntheticPopulation.of(seed, size, PopulationProfile.hospital())) {
                w.write(r.csvLine());
                w.write('\n');
            }
        }
    }

    static int compare(Path csv, Path output) throws IOException {
        AuditReport local;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            local = IdentityAudit.of(AuditPolicy.defaults()).run(AuditCsv.read(in), (phase, done, total) -> { });
        }
        List<String> expectedFindings = sorted(local.findings().stream().map(SparkIdentityAuditTest::finding));
        List<String> expectedClusters = sorted(local.clusters().stream().map(SparkIdentityAuditTest::cluster));
        StringBuilder expectedReport = new StringBuilder();
        expectedReport.append("records: ").append(local.records()).append('\n');
        expectedReport.append("refused merges (AUD-4): ").append(local.refusedMerges()).append('\n');
        for (Indicator i : local.indicators().values()) {
            expectedReport.append(i).append('\n');
        }
        for (PassCount c : local.passCounts().values()) {
            expectedReport.append(c).append('\n');
        }

        List<String> findings = sorted(jsonLines(output.resolve("findings")).stream().map(SparkSubmitCheck::finding));
        List<String> clusters = sorted(jsonLines(output.resolve("clusters")).stream().map(SparkSubmitCheck::cluster));
        String report;
        try (Stream<Path> files = Files.list(output.resolve("report"))) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .collect(Collectors.toList());
            report = parts.size() == 1 ? Files.readString(parts.get(0), StandardCharsets.UTF_8).strip() : "";
        }

        int differences = differ("findings", expectedFindings, findings)
                + differ("clusters", expectedClusters, clusters)
                + differ("report", List.of(expectedReport.toString().strip()), List.of(report));
        if (expectedFindings.isEmpty() || expectedClusters.isEmpty()) {
            System.out.println("FAIL: the base gave no finding or no cluster: nothing was compared");
            differences++;
        }
        System.out.printf(Locale.ROOT, "%s: %d records; findings %d (single machine %d), clusters %d (%d);"
                + " report %s%n", differences == 0 ? "SAME" : "DIFFERENT", local.records(), findings.size(),
                expectedFindings.size(), clusters.size(), expectedClusters.size(),
                report.equals(expectedReport.toString().strip()) ? "equal" : "different");
        return differences;
    }

    private static int differ(String what, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return 0;
        }
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(none)";
            String a = i < actual.size() ? actual.get(i) : "(none)";
            if (!e.equals(a)) {
                System.out.printf(Locale.ROOT, "FAIL %s #%d:%n  single machine: %s%n  spark-submit:   %s%n", what, i,
                        e, a);
                break;
            }
        }
        return 1;
    }

    private static List<JsonNode> jsonLines(Path directory) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .collect(Collectors.toList())) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }

    /** The same text as {@code SparkIdentityAuditTest.finding}; Spark's JSON writer leaves nulls out. */
    private static String finding(JsonNode n) {
        return String.join(" | ", n.get("kind").asText(), ids(n.get("local_ids")), n.get("pair_class").asText(),
                n.get("potential_state").asText(), Double.toString(n.get("score").asDouble()),
                n.hasNonNull("agreements") ? n.get("agreements").asText() : "null", n.get("explanation").asText());
    }

    private static String cluster(JsonNode n) {
        return ids(n.get("local_ids")) + " -> " + n.get("survivor_local_id").asText();
    }

    private static String ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return String.join(",", ids);
    }

    private static List<String> sorted(Stream<String> s) {
        return s.sorted().collect(Collectors.toList());
    }
}
