package io.github.ins4j.benchmarks;

import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.traits.Traits;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparing two identities (TRT-6) with {@link TraitMatcher}: the local identity against an INSi
 * answer.
 *
 * <p>Three pairs, prepared once, are compared in turn, so that each verdict takes its share:
 * <ul>
 *   <li>{@code MATCH}: the desk re-typed {@code lefèvre} / {@code hélène marie} in lower case with
 *       accents, INSi says {@code LEFEVRE} / {@code HELENE MARIE} (names {@code EQUIVALENT});</li>
 *   <li>{@code MISMATCH}: {@code HAMADI SARA-LOU} against {@code GARCIA SARAH-LOU};</li>
 *   <li>{@code REVIEW}: only the first of the first names is known locally ({@code JEAN} against
 *       {@code JEAN CHRISTOPHE PIERRE}, {@code PARTIAL}).</li>
 * </ul>
 * {@code compare} takes {@link LocalTraits} built from typed text, {@code compareStrict} the same
 * identities as strict {@link Traits} on both sides. Parsing is not measured, only the comparison.
 * Scores are in ns per comparison: comparisons per second on one core = 1e9 / score.
 *
 * <p>Run from the repository root, with the allocation profiler:
 * <pre>{@code
 * ./mvnw -B -q -pl ins-benchmarks -am package -DskipTests && java -jar ins-benchmarks/target/benchmarks.jar MatchingBenchmark -prof gc
 * }</pre>
 * Target: at least 2 million comparisons per second, i.e. at most 500 ns/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MatchingBenchmark {

    private static final Verdict[] EXPECTED = {Verdict.MATCH, Verdict.MISMATCH, Verdict.REVIEW};

    /** Local sides, typed, in the order of {@link #EXPECTED}. */
    private LocalTraits[] typedLocal;
    /** Local sides, strict, in the order of {@link #EXPECTED}. */
    private Traits[] strictLocal;
    /** INSi sides, in the order of {@link #EXPECTED}. */
    private Traits[] insi;
    private int typedIndex;
    private int strictIndex;

    /** Creates the benchmark; JMH calls it. */
    public MatchingBenchmark() {
    }

    /**
     * Builds the three pairs and checks that each yields its expected verdict, with both
     * overloads of {@code compare}.
     *
     * @throws IllegalStateException if a pair does not yield its verdict
     */
    @Setup(Level.Trial)
    public void setUp() {
        insi = new Traits[] {
            Traits.parse("LEFEVRE", "HELENE MARIE", "1985-03-12", "F", "75056"),
            Traits.parse("GARCIA", "SARAH-LOU", "2019-07-04", "F", "13055"),
            Traits.parse("MARTIN--DURAND", "JEAN CHRISTOPHE PIERRE", "1962-11-30", "M", "69123"),
        };
        typedLocal = new LocalTraits[] {
            LocalTraits.builder().birthName("lefèvre").firstNames("hélène  marie")
                    .birthDate("12/03/1985").sex("f").birthPlace("75056").build(),
            LocalTraits.builder().birthName("Hamadi").firstNames("Sara-Lou")
                    .birthDate("04/07/2019").sex("F").birthPlace("13055").build(),
            LocalTraits.builder().birthName("Martin--Durand").firstNames("Jean")
                    .birthDate("30/11/1962").sex("m").birthPlace("69123").build(),
        };
        strictLocal = new Traits[] {
            Traits.parse("LEFEVRE", "HELENE MARIE", "1985-03-12", "F", "75056"),
            Traits.parse("HAMADI", "SARA-LOU", "2019-07-04", "F", "13055"),
            Traits.parse("MARTIN--DURAND", "JEAN", "1962-11-30", "M", "69123"),
        };
        for (int i = 0; i < EXPECTED.length; i++) {
            check(TraitMatcher.compare(typedLocal[i], insi[i]), EXPECTED[i], "typed pair " + i);
            check(TraitMatcher.compare(strictLocal[i], insi[i]), EXPECTED[i], "strict pair " + i);
        }
    }

    private static void check(MatchReport report, Verdict expected, String what) {
        if (report.verdict() != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + report);
        }
    }

    /**
     * {@link TraitMatcher#compare(LocalTraits, Traits)}, the three pairs in turn.
     *
     * @return the report
     */
    @Benchmark
    public MatchReport compare() {
        int i = typedIndex;
        typedIndex = i + 1 == EXPECTED.length ? 0 : i + 1;
        return TraitMatcher.compare(typedLocal[i], insi[i]);
    }

    /**
     * {@link TraitMatcher#compare(Traits, Traits)}, the three pairs in turn.
     *
     * @return the report
     */
    @Benchmark
    public MatchReport compareStrict() {
        int i = strictIndex;
        strictIndex = i + 1 == EXPECTED.length ? 0 : i + 1;
        return TraitMatcher.compare(strictLocal[i], insi[i]);
    }
}
