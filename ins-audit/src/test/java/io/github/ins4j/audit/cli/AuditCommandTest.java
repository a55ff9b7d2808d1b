package io.github.ins4j.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import io.github.ins4j.testing.population.SyntheticRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true);
    }

    @Test
    void audits_a_csv_base_into_json_and_a_summary_like_the_api_does() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(SyntheticRecord.csvHeader());
        List<AuditRecord> records = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (SyntheticRecord r : SyntheticPopulation.of(5L, 2_000, PopulationProfile.hospital())) {
            lines.add(r.csvLine());
            AuditRecord.Builder b = AuditRecord.builder(r.localId(), r.status(), r.traits());
            r.ins().ifPresent(b::ins);
            records.add(b.build());
            r.ins().ifPresent(i -> secrets.add(i.identifier().matricule().value().substring(0, 13)));
            r.traits().birthName().filter(n -> n.value().length() > 6).ifPresent(n -> secrets.add(n.value()));
        }
        Path csv = dir.resolve("base.csv");
        Path json = dir.resolve("report.json");
        Files.write(csv, lines, StandardCharsets.UTF_8);

        assertThat(run(csv.toString(), json.toString())).isZero();

        AuditReport expected = IdentityAudit.of(AuditPolicy.defaults()).run(records);
        String text = Files.readString(json);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).startsWith(expected.summary());
        assertThat(text.split("\"rule\": ", -1)).hasSize(expected.findings().size() + 1);
        assertThat(text).contains("\"STOCK_DUPLICATE_RATE\"", "\"BIRTH_DATE\"", "\"matchReport\"");
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("%");
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
            assertThat(summary).doesNotContain(secret);
        }
    }

    @Test
    void bad_input_names_the_line_and_column_never_the_value() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.write(csv, List.of(SyntheticRecord.csvHeader(),
                "L1;PROV;;;;ZORGLUB;JEAN;31/02/1985;M;75056"), StandardCharsets.UTF_8);
        assertThat(run(csv.toString(), dir.resolve("r.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2", "birth_date", "INVALID_CSV")
                .doesNotContain("ZORGLUB", "31/02");

        Files.write(csv, List.of("a;b", "x"), StandardCharsets.UTF_8);
        assertThat(run(csv.toString(), dir.resolve("r.json").toString())).isEqualTo(2);
        assertThat(run(csv.toString())).isEqualTo(2);
        assertThat(run(dir.resolve("missing.csv").toString(), dir.resolve("r.json").toString())).isEqualTo(1);

        Files.write(csv, List.of(SyntheticRecord.csvHeader(), "L1;QUAL;;;;ZORGLUB;JEAN;12/02/1985;M;75056"),
                StandardCharsets.UTF_8);
        err.reset();
        assertThat(run(csv.toString(), dir.resolve("r.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("STATUS_INCONSISTENT").doesNotContain("ZORGLUB");
    }
}
