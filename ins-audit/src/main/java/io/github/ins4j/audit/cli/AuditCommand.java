package io.github.ins4j.audit.cli;

import io.github.ins4j.audit.AuditCsv;
import io.github.ins4j.audit.AuditJson;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditProgress;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.error.InsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Audits a CSV base ({@link AuditCsv} layout) and writes the report as JSON ({@link AuditJson});
 * prints the readable summary on standard output, and a progress bar on the terminal.
 *
 * <pre>
 * java -p ins-core.jar:ins-audit.jar -m io.github.ins4j.audit/io.github.ins4j.audit.cli.AuditCommand base.csv report.json
 * </pre>
 * Exit status: 0 done, 2 bad arguments or input (the message names the line and column, never a
 * value), 1 an I/O error.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the CSV file and the JSON file to write
     */
    @SuppressWarnings("SystemConsoleNull") // Java 17: null when not on a terminal
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.console() != null));
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length != 2) {
            err.println("usage: AuditCommand <base.csv> <report.json>");
            err.println("CSV header: " + AuditCsv.HEADER);
            return 2;
        }
        Path csv = Path.of(args[0]);
        Path json = Path.of(args[1]);
        AuditProgress progress = terminal ? new Bar(err) : AuditProgress.NONE;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(AuditCsv.read(in), progress);
            if (terminal) {
                err.println();
            }
            try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                AuditJson.write(report, w);
            }
            out.print(report.summary());
            out.println("JSON report: " + json);
            return 0;
        } catch (InsException e) {
            err.println("refused: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("I/O error: " + e.getMessage());
            return 1;
        }
    }

    /** A one-line progress bar on the terminal. */
    private static final class Bar implements AuditProgress {
        private final PrintStream err;
        private String lastPhase = "";

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void onProgress(String phase, long done, long total) {
            if (!phase.equals(lastPhase)) {
                if (!lastPhase.isEmpty()) {
                    err.println();
                }
                lastPhase = phase;
            }
            if (total <= 0) {
                err.printf(Locale.ROOT, "\r%-24s %,d records", phase, done);
                return;
            }
            int width = 30;
            int filled = (int) (width * done / total);
            err.printf(Locale.ROOT, "\r%-24s [%s%s] %3d%%", phase, "#".repeat(filled), " ".repeat(width - filled),
                    100 * done / total);
        }
    }
}
