package io.github.ins4j.benchmarks;

import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The whole-audit harness (not JMH: one audit of a large base is one long run): generates a base
 * of {@code size} records (seed, hospital profile), streams it into {@link IdentityAudit}, and
 * prints the wall time of the audit (generation included, as the stream is read while auditing)
 * and the peak heap after a GC.
 *
 * <pre>
 * java -Xmx1g -cp ins-benchmarks/target/benchmarks.jar io.github.ins4j.benchmarks.AuditHarness 1000000 42
 * </pre>
 */
public final class AuditHarness {

    private AuditHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args size (default 1,000,000) and seed (default 42)
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        SyntheticPopulation base = SyntheticPopulation.of(seed, size, PopulationProfile.hospital());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(base.stream().map(AuditRecords::of));
        long wall = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.println(base);
        System.out.println(report.summary());
        System.out.printf(Locale.ROOT, "wall %.1f s; peak heap (sum of pool peaks) %d MB; heap after GC with the"
                + " report held %d MB (%d bytes per record); max heap %d MB%n", wall / 1e9, peak >> 20,
                retained >> 20, retained / Math.max(1, size), Runtime.getRuntime().maxMemory() >> 20);
    }
}
