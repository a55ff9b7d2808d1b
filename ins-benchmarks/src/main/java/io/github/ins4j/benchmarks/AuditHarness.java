package io.github.ins4j.benchmarks;

import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditProgress;
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
 * the heap the records take once read (after a GC), and the peak heap. The audit's own time is
 * the wall time minus the generation; the reading line gives both.
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
        long[] afterRead = {0};
        long[] readNanos = {0};
        long start = System.nanoTime();
        AuditProgress probe = (phase, done, total) -> {
            if (phase.equals("read") && done == total && afterRead[0] == 0) {
                readNanos[0] = System.nanoTime() - start;
                System.gc();
                afterRead[0] = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            }
        };
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults())
                .run(base.stream().map(AuditRecords::of).iterator(), probe);
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
        System.out.printf(Locale.ROOT, "heap after reading (records in memory, after a GC) %d MB: %d bytes per"
                + " record; generation and reading %.1f s%n", afterRead[0] >> 20, afterRead[0] / Math.max(1, size),
                readNanos[0] / 1e9);
        System.out.printf(Locale.ROOT, "wall %.1f s; peak heap (sum of pool peaks) %d MB; heap after GC with the"
                + " report held %d MB (%d bytes per record); max heap %d MB%n", wall / 1e9, peak >> 20,
                retained >> 20, retained / Math.max(1, size), Runtime.getRuntime().maxMemory() >> 20);
    }
}
