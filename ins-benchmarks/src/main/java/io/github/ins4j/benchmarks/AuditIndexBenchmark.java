package io.github.ins4j.benchmarks;

import io.github.ins4j.audit.AuditIndex;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.Finding;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Who already looks like this person?" on an index of a generated base (seed 42, hospital
 * profile): the time of one {@link AuditIndex#lookup(AuditRecord)} for a record that is not in the
 * index (the next records of the same generated stream, duplicates included).
 *
 * <pre>
 * java -Xmx3g -jar ins-benchmarks/target/benchmarks.jar AuditIndexBenchmark -p size=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class AuditIndexBenchmark {

    /** The records in the index. */
    @Param({"100000"})
    public int size;

    private AuditIndex index;
    private AuditRecord[] queries;
    private int next;

    /** Builds the index and the queries. */
    @Setup(Level.Trial)
    public void setUp() {
        List<AuditRecord> all = new ArrayList<>(size + 10_000);
        SyntheticPopulation.of(42L, size + 10_000, PopulationProfile.hospital()).stream()
                .map(AuditRecords::of).forEach(all::add);
        index = AuditIndex.build(AuditPolicy.defaults(), all.subList(0, size));
        queries = all.subList(size, all.size()).toArray(new AuditRecord[0]);
    }

    /**
     * Looks one record up.
     *
     * @return the findings
     */
    @Benchmark
    public List<Finding> lookup() {
        AuditRecord q = queries[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        return index.lookup(q);
    }
}
