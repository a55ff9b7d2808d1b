package io.github.ins4j.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of an audit: the findings (AUD-1 to AUD-7) in a fixed order, the merge clusters, the
 * named indicators, and the counts per blocking pass. It holds local ids, rule ids, levels and
 * counts only: no trait value, no matricule.
 *
 * <pre>{@code
 * AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(records);
 * report.findings(FindingKind.AUD_2).size();                       // collision suspicions
 * report.indicator(IndicatorKind.STOCK_DUPLICATE_RATE).rate();
 * System.out.println(report.summary());
 * }</pre>
 */
public final class AuditReport {

    private final long records;
    private final List<Finding> findings;
    private final List<Cluster> clusters;
    private final Map<IndicatorKind, Indicator> indicators;
    private final Map<BlockingPass, PassCount> passCounts;
    private final long refusedMerges;

    AuditReport(long records, List<Finding> findings, List<Cluster> clusters,
            Map<IndicatorKind, Indicator> indicators, Map<BlockingPass, PassCount> passCounts, long refusedMerges) {
        this.records = records;
        this.findings = List.copyOf(findings);
        this.clusters = List.copyOf(clusters);
        this.indicators = Collections.unmodifiableMap(new EnumMap<>(indicators));
        this.passCounts = Collections.unmodifiableMap(new EnumMap<>(passCounts));
        this.refusedMerges = refusedMerges;
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
     * Returns every finding, sorted by kind then local ids.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings of one kind.
     *
     * @param kind the kind
     * @return those findings, in order
     */
    public List<Finding> findings(FindingKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() == kind) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns the merge clusters, each without two different active matricules (AUD-4).
     *
     * @return the clusters, sorted by their first local id
     */
    public List<Cluster> clusters() {
        return clusters;
    }

    /**
     * Returns the indicators.
     *
     * @return kind → indicator, for every kind
     */
    public Map<IndicatorKind, Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns one indicator.
     *
     * @param kind the kind
     * @return the indicator
     */
    public Indicator indicator(IndicatorKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        Indicator i = indicators.get(kind);
        return i == null ? new Indicator(kind, 0, 0) : i;
    }

    /**
     * Returns the counts of each blocking pass that ran.
     *
     * @return pass → counts
     */
    public Map<BlockingPass, PassCount> passCounts() {
        return passCounts;
    }

    /**
     * Returns how many merge proposals were turned into reviews because they would have put two
     * different active matricules in one cluster (AUD-4).
     *
     * @return the count
     */
    public long refusedMerges() {
        return refusedMerges;
    }

    /**
     * Returns a readable summary: counts by kind and class, clusters, indicators, passes. No
     * personal data.
     *
     * @return the summary, several lines
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("Audit of ").append(records).append(" records: ").append(findings.size()).append(" findings, ")
                .append(clusters.size()).append(" merge clusters, ").append(refusedMerges)
                .append(" merges refused (AUD-4)\n");
        for (FindingKind k : FindingKind.values()) {
            long match = 0;
            long review = 0;
            for (Finding f : findings) {
                if (f.kind() == k) {
                    if (f.pairClass() == PairClass.MATCH) {
                        match++;
                    } else {
                        review++;
                    }
                }
            }
            sb.append(String.format(Locale.ROOT, "  %-5s %-4s %8d match %8d review  %s%n", k.ruleId(),
                    k.potentialState().code(), match, review, k.description()));
        }
        sb.append("Indicators\n");
        for (Indicator i : indicators.values()) {
            sb.append(String.format(Locale.ROOT, "  %-22s %10d / %-10d = %.4f  (%s)%n", i.kind(), i.numerator(),
                    i.denominator(), i.rate(), i.kind().formula()));
        }
        sb.append("Blocking passes\n");
        for (PassCount c : passCounts.values()) {
            sb.append("  ").append(c).append('\n');
        }
        return sb.toString();
    }

    /**
     * Returns the counts only.
     *
     * @return e.g. {@code AuditReport[1000 records, 12 findings, 5 clusters]}
     */
    @Override
    public String toString() {
        return "AuditReport[" + records + " records, " + findings.size() + " findings, " + clusters.size()
                + " clusters]";
    }
}
