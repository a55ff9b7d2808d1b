package io.github.ins4j.audit;

import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitComparison;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link AuditReport} as JSON, by hand (no JSON library): records, findings with their
 * rule, state, class, local ids, score, agreement levels and TRT-6 outcomes, clusters, indicators
 * and pass counts. Like the report, the JSON holds no trait value and no matricule.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("report.json"))) {
 *     AuditJson.write(report, out);
 * }
 * }</pre>
 */
public final class AuditJson {

    private AuditJson() {
    }

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(AuditReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(out, "out must not be null");
        out.append("{\n  \"records\": ").append(Long.toString(report.records()));
        out.append(",\n  \"refusedMerges\": ").append(Long.toString(report.refusedMerges()));
        out.append(",\n  \"findings\": [");
        String sep = "\n    ";
        for (Finding f : report.findings()) {
            out.append(sep);
            sep = ",\n    ";
            finding(f, out);
        }
        out.append("\n  ],\n  \"clusters\": [");
        sep = "\n    ";
        for (Cluster c : report.clusters()) {
            out.append(sep).append("{\"survivor\": ");
            sep = ",\n    ";
            string(c.survivorLocalId(), out);
            out.append(", \"localIds\": ");
            ids(c.localIds(), out);
            out.append('}');
        }
        out.append("\n  ],\n  \"indicators\": {");
        sep = "\n    ";
        for (Indicator i : report.indicators().values()) {
            out.append(sep).append('"').append(i.kind().name()).append("\": {\"numerator\": ")
                    .append(Long.toString(i.numerator())).append(", \"denominator\": ")
                    .append(Long.toString(i.denominator())).append(", \"rate\": ").append(number(i.rate()))
                    .append(", \"formula\": ");
            string(i.kind().formula(), out);
            out.append('}');
            sep = ",\n    ";
        }
        out.append("\n  },\n  \"passes\": {");
        sep = "\n    ";
        for (PassCount c : report.passCounts().values()) {
            out.append(sep).append('"').append(c.pass().name()).append("\": {\"blocks\": ")
                    .append(Long.toString(c.blocks())).append(", \"candidatePairs\": ")
                    .append(Long.toString(c.candidatePairs())).append(", \"splitBlocks\": ")
                    .append(Long.toString(c.splitBlocks())).append(", \"pairsAfterSplit\": ")
                    .append(Long.toString(c.pairsAfterSplit())).append(", \"scoredPairs\": ")
                    .append(Long.toString(c.scoredPairs())).append('}');
            sep = ",\n    ";
        }
        out.append("\n  }\n}\n");
    }

    private static void finding(Finding f, Appendable out) throws IOException {
        out.append("{\"rule\": \"").append(f.kind().ruleId()).append("\", \"state\": \"")
                .append(f.potentialState().code()).append("\", \"class\": \"").append(f.pairClass().name())
                .append("\", \"mergeProposal\": ").append(Boolean.toString(f.isMergeProposal()))
                .append(", \"localIds\": ");
        ids(f.localIds(), out);
        if (f.pairScore().isPresent()) {
            PairScore s = f.pairScore().get();
            out.append(", \"score\": ").append(number(s.score())).append(", \"agreements\": {");
            String sep = "";
            for (Map.Entry<ScoredField, Agreement> e : s.agreements().entrySet()) {
                out.append(sep).append('"').append(e.getKey().name()).append("\": \"").append(e.getValue().name())
                        .append('"');
                sep = ", ";
            }
            out.append('}');
            if (s.matchReport().isPresent()) {
                MatchReport m = s.matchReport().get();
                out.append(", \"matchReport\": {\"verdict\": \"").append(m.verdict().name()).append("\", \"traits\": {");
                sep = "";
                for (TraitComparison c : m.comparisons()) {
                    out.append(sep).append('"').append(c.trait().name()).append("\": \"").append(c.outcome().name())
                            .append('"');
                    sep = ", ";
                }
                out.append("}}");
            }
        }
        out.append(", \"explanation\": ");
        string(f.explanation(), out);
        out.append('}');
    }

    private static void ids(java.util.List<String> ids, Appendable out) throws IOException {
        out.append('[');
        String sep = "";
        for (String id : ids) {
            out.append(sep);
            string(id, out);
            sep = ", ";
        }
        out.append(']');
    }

    private static String number(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null";
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static void string(String s, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
