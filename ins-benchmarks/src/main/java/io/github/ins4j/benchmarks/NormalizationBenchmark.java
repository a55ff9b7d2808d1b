package io.github.ins4j.benchmarks;

import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.TraitNormalizer;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
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
 * Normalising typed names (TRT-5): {@link TraitNormalizer#normalize(CharSequence)} against the
 * usual baseline, {@code Normalizer.normalize(s, NFD)} then {@code replaceAll("\\p{M}", "")} then
 * {@code toUpperCase(Locale.ROOT)} (which, unlike TRT-5, neither expands {@code Œ}/{@code Æ},
 * unifies apostrophes and dashes, nor collapses spaces).
 *
 * <p>The mixed corpus holds {@value #CORPUS_SIZE} French-looking birth names generated from a
 * fixed-seed {@link Random}, so every run measures the same texts: about a quarter already in
 * strict form ({@code MARTIN--DURAND}, {@code D'ARTAGNAN}), the rest in lower, capitalised or
 * upper case, with accents ({@code é è ê ë à â ç î ï ô ù û ÿ}), ligatures ({@code œ æ ß}),
 * typographic apostrophes ({@code ’}), en dashes ({@code –}) and extra spaces. Each call takes the
 * next name, so the JIT cannot fold a constant input; scores are per name.
 *
 * <p>Run from the repository root, with the allocation profiler:
 * <pre>{@code
 * ./mvnw -B -q -pl ins-benchmarks -am package -DskipTests && java -jar ins-benchmarks/target/benchmarks.jar NormalizationBenchmark -prof gc
 * }</pre>
 * Target: {@code normalize} at least 3 times faster than {@code baseline};
 * {@code normalizeAlreadyNormalized} near 0 B/op in {@code gc.alloc.rate.norm}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NormalizationBenchmark {

    /** Number of names in each corpus. */
    static final int CORPUS_SIZE = 1000;

    private static final long SEED = 20240611L;

    /** Name parts as a person may type them (lower case, accents and ligatures kept). */
    private static final String[] TYPED_PARTS = {
        "martin", "durand", "lefèvre", "hélène", "françois", "gérard", "benoît", "noël",
        "chloé", "jérôme", "aurélie", "élodie", "joël", "loïc", "anaïs", "maëlle",
        "cœur", "lætitia", "strauß", "bénédicte", "désirée", "geneviève", "anne-laure", "rené",
        "château", "garçon", "moïse", "hôpital", "sœur", "dûment", "haÿ", "à-la-noë",
        "garcia", "hamadi", "dupont", "moreau", "petit", "bernard", "lefebvre", "roux",
        "renée", "ève", "jean-françois", "béatrice", "cécile", "pénélope", "zoé", "mégane",
    };

    /** Name parts already in strict form. */
    private static final String[] STRICT_PARTS = {
        "MARTIN", "DURAND", "GARCIA", "HAMADI", "DUPONT", "MOREAU", "PETIT", "BERNARD",
        "LEFEBVRE", "ROUX", "ARTAGNAN", "FONTAINE", "CHEVALIER", "ROBERT", "RICHARD", "DUBOIS",
        "LAURENT", "SIMON", "MICHEL", "LEROY", "GIRARD", "BONNET", "MERCIER", "BLANC",
    };

    /** Separators between the parts of a strict name. */
    private static final String[] STRICT_SEPARATORS = {" ", "-", "--", "'"};

    /** Separators between the parts of a typed name: look-alikes and doubled spaces included. */
    private static final String[] TYPED_SEPARATORS = {
        " ", " ", "-", "--", "'", "\u2019", "\u2013", "  ", "\u2013\u2013", "   ",
    };

    /** Mixed names: strict, lower, capitalised, upper; accents, look-alikes, extra spaces. */
    private String[] mixed;
    /** Names already in strict form only. */
    private String[] strict;
    private int mixedIndex;
    private int strictIndex;

    /** Creates the benchmark; JMH calls it. */
    public NormalizationBenchmark() {
    }

    /**
     * Generates both corpora and checks that: every strict name comes back from
     * {@link TraitNormalizer#normalize} as the same instance; every mixed name normalises to a valid
     * strict birth name; and the baseline agrees with {@code normalize} on the names made only of
     * letters without ligatures (where both ought to give the same result).
     *
     * @throws IllegalStateException if a check fails
     */
    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(SEED);
        strict = new String[CORPUS_SIZE];
        for (int i = 0; i < CORPUS_SIZE; i++) {
            strict[i] = strictName(random);
        }
        mixed = new String[CORPUS_SIZE];
        for (int i = 0; i < CORPUS_SIZE; i++) {
            mixed[i] = random.nextInt(4) == 0 ? strictName(random) : typedName(random);
        }
        for (String name : strict) {
            if (TraitNormalizer.normalize(name) != name) {
                throw new IllegalStateException("a strict name was not returned as is: " + name);
            }
        }
        int compared = 0;
        for (String name : mixed) {
            String normalized = TraitNormalizer.normalize(name);
            BirthName.parse(normalized); // throws InvalidTraitException if not strict
            if (isPlainLetters(name)) {
                String expected = baseline(name);
                if (!expected.equals(normalized)) {
                    throw new IllegalStateException("baseline gives " + expected
                            + ", normalize gives " + normalized + " for " + name);
                }
                compared++;
            }
        }
        if (compared < CORPUS_SIZE / 10) {
            throw new IllegalStateException("only " + compared
                    + " names could be compared with the baseline");
        }
    }

    private static String strictName(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(6) == 0) {
            sb.append("D'"); // D'ARTAGNAN
        }
        sb.append(STRICT_PARTS[random.nextInt(STRICT_PARTS.length)]);
        int more = random.nextInt(3); // one to three parts
        for (int p = 0; p < more; p++) {
            sb.append(STRICT_SEPARATORS[random.nextInt(STRICT_SEPARATORS.length)])
                    .append(STRICT_PARTS[random.nextInt(STRICT_PARTS.length)]);
        }
        return sb.toString();
    }

    private static String typedName(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(6) == 0) {
            sb.append(random.nextBoolean() ? "d\u2019" : "d'");
        }
        sb.append(TYPED_PARTS[random.nextInt(TYPED_PARTS.length)]);
        int more = random.nextInt(3);
        for (int p = 0; p < more; p++) {
            sb.append(TYPED_SEPARATORS[random.nextInt(TYPED_SEPARATORS.length)])
                    .append(TYPED_PARTS[random.nextInt(TYPED_PARTS.length)]);
        }
        String name;
        switch (random.nextInt(4)) {
            case 0 -> name = sb.toString();                              // hélène
            case 1 -> name = sb.toString().toUpperCase(Locale.ROOT);     // HÉLÈNE
            default -> name = capitalize(sb);                            // Hélène
        }
        if (random.nextInt(5) == 0) {
            name = " " + name + "  ";                                    // stray spaces
        }
        return name;
    }

    private static String capitalize(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /** Letters only, no ligature: where the baseline and TRT-5 must agree. */
    private static boolean isPlainLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) || "œŒæÆ".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The usual baseline: decompose, drop the marks, upper case. */
    static String baseline(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
    }

    private String nextMixed() {
        int i = mixedIndex;
        mixedIndex = i + 1 == mixed.length ? 0 : i + 1;
        return mixed[i];
    }

    private String nextStrict() {
        int i = strictIndex;
        strictIndex = i + 1 == strict.length ? 0 : i + 1;
        return strict[i];
    }

    /**
     * The usual baseline ({@code NFD}, {@code replaceAll("\\p{M}", "")},
     * {@code toUpperCase(Locale.ROOT)}) on the mixed corpus.
     *
     * @return the upper-cased text without marks
     */
    @Benchmark
    public String baseline() {
        return baseline(nextMixed());
    }

    /**
     * {@link TraitNormalizer#normalize(CharSequence)} on the mixed corpus.
     *
     * @return the normalised text
     */
    @Benchmark
    public String normalize() {
        return TraitNormalizer.normalize(nextMixed());
    }

    /**
     * {@link TraitNormalizer#normalize(CharSequence)} on names already in strict form: should
     * return its argument and allocate nothing (about 0 B/op).
     *
     * @return the same text
     */
    @Benchmark
    public String normalizeAlreadyNormalized() {
        return TraitNormalizer.normalize(nextStrict());
    }
}
