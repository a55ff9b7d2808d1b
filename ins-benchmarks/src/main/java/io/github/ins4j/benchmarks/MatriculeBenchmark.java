package io.github.ins4j.benchmarks;

import io.github.ins4j.matricule.InsMatricule;
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
 * Checking and parsing INS matricules: {@link InsMatricule#isValid(CharSequence)} and
 * {@link InsMatricule#parse(CharSequence)} against the usual regular-expression check
 * ({@link RegexMatriculeValidator}).
 *
 * <p>Each call takes the next text of a fixed array, so the JIT cannot fold a constant input.
 * The mixed array holds valid matricules (Corsica {@code 2A} / {@code 2B} included, one in
 * lowercase) and invalid ones (wrong key, wrong length, a letter); {@code parse} runs on the
 * valid ones only, so that it measures parsing, not exceptions.
 *
 * <p>Run from the repository root, with the allocation profiler:
 * <pre>{@code
 * ./mvnw -B -q -pl ins-benchmarks -am package -DskipTests && java -jar ins-benchmarks/target/benchmarks.jar MatriculeBenchmark -prof gc
 * }</pre>
 * {@code isValid} should show {@code gc.alloc.rate.norm} near 0 B/op, and {@code parse} only the
 * returned instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MatriculeBenchmark {

    private static final String[] VALID = {
        "184067505614435",
        "289042A00412088",
        "154112B03301068",
        "101219935203168",
        "260052000407192",
        "299122A00100132",
        "170052B01234565",
        "289042a00412088",
    };

    private static final String[] INVALID = {
        "184067505614436",  // wrong key
        "289042A00412089",  // wrong key, Corsica
        "18406750561443",   // 14 characters
        "1840675056X4435",  // a letter
    };

    /** Valid and invalid texts, interleaved. */
    private String[] mixed;
    /** Valid texts only. */
    private String[] valid;
    private int mixedIndex;
    private int validIndex;

    /** Creates the benchmark; JMH calls it. */
    public MatriculeBenchmark() {
    }

    /**
     * Fills the input arrays and checks that the baseline and {@link InsMatricule#isValid}
     * agree on every input, and that the valid ones parse.
     *
     * @throws IllegalStateException if they disagree on an input
     */
    @Setup(Level.Trial)
    public void setUp() {
        mixed = new String[VALID.length + INVALID.length];
        int v = 0;
        int w = 0;
        for (int i = 0; i < mixed.length; i++) {
            // Two valid texts, then an invalid one, while both last.
            boolean takeInvalid = i % 3 == 2 && w < INVALID.length || v == VALID.length;
            mixed[i] = takeInvalid ? INVALID[w++] : VALID[v++];
        }
        valid = VALID.clone();
        for (String text : mixed) {
            boolean baseline = RegexMatriculeValidator.isValid(text);
            boolean ins4j = InsMatricule.isValid(text);
            if (baseline != ins4j) {
                throw new IllegalStateException("baseline says " + baseline
                        + ", InsMatricule.isValid says " + ins4j + " for " + text);
            }
        }
        for (String text : VALID) {
            if (!InsMatricule.isValid(text)) {
                throw new IllegalStateException("expected valid: " + text);
            }
            InsMatricule.parse(text);
        }
        for (String text : INVALID) {
            if (InsMatricule.isValid(text)) {
                throw new IllegalStateException("expected invalid: " + text);
            }
        }
    }

    private String nextMixed() {
        int i = mixedIndex;
        mixedIndex = i + 1 == mixed.length ? 0 : i + 1;
        return mixed[i];
    }

    private String nextValid() {
        int i = validIndex;
        validIndex = i + 1 == valid.length ? 0 : i + 1;
        return valid[i];
    }

    /**
     * The regular-expression check of {@link RegexMatriculeValidator} on the mixed inputs.
     *
     * @return whether the text is valid
     */
    @Benchmark
    public boolean baselineRegex() {
        return RegexMatriculeValidator.isValid(nextMixed());
    }

    /**
     * {@link InsMatricule#isValid(CharSequence)} on the mixed inputs.
     *
     * @return whether the text is valid
     */
    @Benchmark
    public boolean isValid() {
        return InsMatricule.isValid(nextMixed());
    }

    /**
     * {@link InsMatricule#parse(CharSequence)} on the valid inputs.
     *
     * @return the parsed matricule
     */
    @Benchmark
    public InsMatricule parse() {
        return InsMatricule.parse(nextValid());
    }
}
