package io.github.ins4j.testing.assertions;

import io.github.ins4j.identity.CoherenceReport;

/** Text of failure messages, built from what ins-core already masks. */
final class Describe {

    private Describe() {
    }

    /** One line per disagreement: field, severity and explanation; never a value. */
    static String disagreements(CoherenceReport report) {
        if (report.disagreements().isEmpty()) {
            return " no disagreement";
        }
        StringBuilder sb = new StringBuilder();
        for (CoherenceReport.Disagreement d : report.disagreements()) {
            sb.append(System.lineSeparator()).append("  - ").append(d.field()).append(' ').append(d.severity())
                    .append(": ").append(d.explanation());
        }
        return sb.toString();
    }
}
