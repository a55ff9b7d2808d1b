package io.github.ins4j.audit;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.testing.population.SyntheticRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.QGramComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import no.priv.garshol.duke.utils.Utils;

/**
 * Duke 1.2 ({@code no.priv.garshol.duke:duke}) configured in Java on the fields the audit scores,
 * tuned on a split of a generated base with its truth, and scored over pairs: the side-by-side
 * comparison of issue 22. Test code only.
 *
 * <p>Duke runs in deduplication mode on its Lucene database in memory ({@code RAMDirectory}),
 * which is Duke's default database. The reported run is Duke's own
 * {@link Processor#deduplicate(Collection)}. For the tuning only, two pieces of Duke are restated
 * so that hundreds of settings can be tried: the loop of {@code deduplicate} (index every record,
 * then query each record's candidates, in the same order), run once per set of Lucene lookup
 * fields, and the scoring of a candidate pair (each field's similarity mapped to a probability as
 * {@code PropertyImpl.compare} does, combined by Duke's {@link Utils#computeBayes}).
 * {@link #candidatesMatchDeduplicate} and {@link #scoredLikeProcessor} check both against Duke.
 */
final class DukeHarness {

    /** The Duke property of the local id. */
    static final String ID = "ID";

    /** The fields ins4j scores, as Duke properties. */
    enum Field {
        BIRTH_NAME, FIRST_NAMES, BIRTH_DATE, SEX, BIRTH_PLACE, MATRICULE
    }

    /** The comparators tried per field in the tuning. */
    static final Map<Field, List<String>> COMPARATORS = new EnumMap<>(Map.of(
            Field.BIRTH_NAME, List.of("Levenshtein", "JaroWinkler", "QGram"),
            Field.FIRST_NAMES, List.of("Levenshtein", "JaroWinkler", "JaroWinklerTokenized", "QGram"),
            Field.BIRTH_DATE, List.of("Levenshtein", "Exact"),
            Field.SEX, List.of("Exact"),
            Field.BIRTH_PLACE, List.of("Exact", "Levenshtein"),
            Field.MATRICULE, List.of("Exact")));

    static final double[] HIGHS = {0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99};
    static final double[] LOWS = {0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.49};
    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999};

    private DukeHarness() {
    }

    private static Comparator comparator(String name) {
        return switch (name) {
            case "Exact" -> new ExactComparator();
            case "Levenshtein" -> new Levenshtein();
            case "JaroWinkler" -> new JaroWinkler();
            case "JaroWinklerTokenized" -> new JaroWinklerTokenized();
            case "QGram" -> new QGramComparator();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * One field's Duke setting: comparator, low and high probability, and whether Duke must search
     * the field in Lucene ({@code lookup="true"}) rather than leave it to Duke's default (the fields
     * of highest high probability that reach the threshold).
     */
    record FieldSetting(String comparator, double low, double high, boolean lookup) {

        FieldSetting(String comparator, double low, double high) {
            this(comparator, low, high, false);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %.2f/%.2f%s", comparator, low, high, lookup ? " lookup" : "");
        }
    }

    /** A whole Duke configuration: threshold, Lucene max-search-hits and the fields. */
    record Settings(double threshold, int maxSearchHits, Map<Field, FieldSetting> fields) {

        Settings {
            fields = new EnumMap<>(fields);
        }

        /** A starting point in the spirit of Duke's person-matching examples. */
        static Settings start(int maxSearchHits) {
            Map<Field, FieldSetting> f = new EnumMap<>(Field.class);
            f.put(Field.BIRTH_NAME, new FieldSetting("Levenshtein", 0.1, 0.9));
            f.put(Field.FIRST_NAMES, new FieldSetting("JaroWinkler", 0.2, 0.8));
            f.put(Field.BIRTH_DATE, new FieldSetting("Levenshtein", 0.05, 0.95));
            f.put(Field.SEX, new FieldSetting("Exact", 0.3, 0.55));
            f.put(Field.BIRTH_PLACE, new FieldSetting("Exact", 0.4, 0.7));
            f.put(Field.MATRICULE, new FieldSetting("Exact", 0.3, 0.99));
            return new Settings(0.9, maxSearchHits, f);
        }

        Settings with(Field field, FieldSetting s) {
            Map<Field, FieldSetting> f = new EnumMap<>(fields);
            f.put(field, s);
            return new Settings(threshold, maxSearchHits, f);
        }

        Settings withThreshold(double t) {
            return new Settings(t, maxSearchHits, fields);
        }

        Settings withMaxSearchHits(int hits) {
            return new Settings(threshold, hits, fields);
        }

        /** Duke's configuration, built in Java (no XML); the threshold before the properties, as Duke's loader does. */
        ConfigurationImpl configuration(double maybeThreshold) {
            ConfigurationImpl c = new ConfigurationImpl();
            c.setThreshold(threshold);
            c.setMaybeThreshold(maybeThreshold);
            List<Property> props = new ArrayList<>();
            props.add(new PropertyImpl(ID));
            for (Map.Entry<Field, FieldSetting> e : fields.entrySet()) {
                FieldSetting s = e.getValue();
                PropertyImpl p = new PropertyImpl(e.getKey().name(), comparator(s.comparator()), s.low(), s.high());
                if (s.lookup()) {
                    p.setLookupBehaviour(Property.Lookup.TRUE);
                }
                props.add(p);
            }
            c.setProperties(props);
            LuceneDatabase db = new LuceneDatabase();
            db.setMaxSearchHits(maxSearchHits);
            c.setDatabase(db);
            c.validate();
            return c;
        }

        /** The fields Duke searches in Lucene for candidates: a function of the highs and the threshold. */
        Set<Field> lookupFields() {
            Set<Field> out = EnumSet.noneOf(Field.class);
            for (Property p : configuration(0.0).getLookupProperties()) {
                out.add(Field.valueOf(p.getName()));
            }
            return out;
        }

        boolean isValid() {
            try {
                configuration(0.0);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "threshold %.3f, max-search-hits %d",
                    threshold, maxSearchHits));
            fields.forEach((k, v) -> b.append("; ").append(k).append(' ').append(v));
            return b.toString();
        }
    }

    /**
     * A Duke record with the values ins4j compares: the local traits, or the INS traits where a local
     * one is missing (as the audit does), the date as {@code YYYYMMDD} (one Lucene token), an unknown
     * birth place left out, and the active and earlier matricules.
     */
    static Record toDuke(SyntheticRecord r) {
        RecordImpl d = new RecordImpl();
        d.addValue(ID, r.localId());
        LocalTraits t = r.traits();
        Traits ins = r.ins().map(InsIdentity::traits).orElse(null);
        BirthName bn = t.birthName().orElse(ins == null ? null : ins.birthName());
        BirthFirstNames fn = t.firstNames().orElse(ins == null ? null : ins.firstNames());
        BirthDate bd = t.birthDate().orElse(ins == null ? null : ins.birthDate());
        Sex sx = t.sex().orElse(ins == null ? null : ins.sex());
        BirthPlaceCode bp = t.birthPlace().orElse(ins == null ? null : ins.birthPlace());
        if (bn != null) {
            d.addValue(Field.BIRTH_NAME.name(), bn.value());
        }
        if (fn != null) {
            d.addValue(Field.FIRST_NAMES.name(), fn.value());
        }
        if (bd != null) {
            d.addValue(Field.BIRTH_DATE.name(), bd.value().replace("-", ""));
        }
        if (sx != null) {
            d.addValue(Field.SEX.name(), sx.code());
        }
        if (bp != null && !bp.isUnknown()) {
            d.addValue(Field.BIRTH_PLACE.name(), bp.value());
        }
        r.ins().ifPresent(i -> {
            d.addValue(Field.MATRICULE.name(), i.identifier().matricule().value());
            for (EarlierIdentifier e : i.history()) {
                d.addValue(Field.MATRICULE.name(), e.identifier().matricule().value());
            }
        });
        return d;
    }

    static long pairKey(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** A base: Duke records, and the truth person of each (same index). */
    record Base(List<Record> records, long[] person, Map<String, Integer> indexOf) {

        static Base of(List<SyntheticRecord> synthetic) {
            List<Record> rs = new ArrayList<>(synthetic.size());
            long[] p = new long[synthetic.size()];
            Map<String, Integer> idx = new HashMap<>();
            for (int i = 0; i < synthetic.size(); i++) {
                SyntheticRecord r = synthetic.get(i);
                rs.add(toDuke(r));
                p[i] = r.personId();
                idx.put(r.localId(), i);
            }
            return new Base(rs, p, idx);
        }

        long truePairs() {
            Map<Long, Integer> count = new HashMap<>();
            for (long x : person) {
                count.merge(x, 1, Integer::sum);
            }
            long pairs = 0;
            for (int c : count.values()) {
                pairs += (long) c * (c - 1) / 2;
            }
            return pairs;
        }

        boolean same(long pair) {
            return person[(int) (pair >>> 32)] == person[(int) pair];
        }

        int index(Record r) {
            return indexOf.get(r.getValue(ID));
        }
    }

    /** Precision, recall and F1 of a set of pairs against the truth. */
    record Score(long shown, long right, long truePairs) {

        static Score of(Set<Long> pairs, Base base, long truePairs) {
            long right = 0;
            for (long p : pairs) {
                if (base.same(p)) {
                    right++;
                }
            }
            return new Score(pairs.size(), right, truePairs);
        }

        double precision() {
            return shown == 0 ? 1.0 : (double) right / shown;
        }

        double recall() {
            return truePairs == 0 ? 1.0 : (double) right / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pairs (%d right of %d true), precision %.4f, recall %.4f, F1 %.4f",
                    shown, right, truePairs, precision(), recall(), f1());
        }
    }

    /**
     * Runs Duke itself ({@link Processor#deduplicate(Collection)}) on the base and returns every pair
     * it reports with its confidence: {@code matches} above the threshold, {@code matchesPerhaps}
     * above {@code maybeThreshold}.
     */
    static Map<Long, Double> deduplicate(Base base, Settings settings, double maybeThreshold) {
        ConfigurationImpl config = settings.configuration(maybeThreshold);
        Processor processor = new Processor(config);
        Map<Long, Double> out = new HashMap<>();
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                out.merge(pairKey(base.index(r1), base.index(r2)), confidence, Math::max);
            }

            @Override
            public void matchesPerhaps(Record r1, Record r2, double confidence) {
                out.merge(pairKey(base.index(r1), base.index(r2)), confidence, Math::max);
            }
        });
        processor.deduplicate(base.records());
        processor.close();
        return out;
    }

    /**
     * The candidates Duke's Lucene database returns for every record, in {@code deduplicate}'s order
     * (index all, commit, then one query per record), as pairs of indexes (both directions kept
     * once). A function of the lookup fields and max-search-hits only.
     */
    static long[] candidates(Base base, Settings settings) {
        ConfigurationImpl config = settings.configuration(0.0);
        no.priv.garshol.duke.Database db = config.getDatabase(true);
        for (Record r : base.records()) {
            db.index(r);
        }
        db.commit();
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < base.records().size(); i++) {
            for (Record c : db.findCandidateMatches(base.records().get(i))) {
                int j = base.index(c);
                if (j != i) {
                    pairs.add(pairKey(i, j));
                }
            }
        }
        db.close();
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The pairs among the candidates that Duke's own comparison puts above the threshold. */
    static Set<Long> score(Base base, long[] candidates, Settings settings) {
        Processor processor = new Processor(settings.configuration(0.0), new LuceneDatabase());
        Set<Long> out = new HashSet<>();
        for (long p : candidates) {
            Record a = base.records().get((int) (p >>> 32));
            Record b = base.records().get((int) p);
            if (processor.compare(a, b) > settings.threshold()) {
                out.add(p);
            }
        }
        return out;
    }

    /** True when the tuning loop (candidates, then compare) finds exactly the pairs Duke's deduplicate finds. */
    static boolean candidatesMatchDeduplicate(Base base, Settings settings) {
        Set<Long> viaLoop = score(base, candidates(base, settings), settings);
        Set<Long> viaDuke = new HashSet<>(deduplicate(base, settings, 0.0).keySet());
        return viaLoop.equals(viaDuke);
    }

    /**
     * Tunes the settings on a base by coordinate ascent of F1 over pairs: threshold, then for each
     * field its comparator, high and low probability, as many rounds as asked. The candidates of one
     * set of lookup fields are searched once.
     */
    static Settings tune(Base base, Settings start, int rounds, Consumer<String> log) {
        long truePairs = base.truePairs();
        Map<Set<Field>, Scored> cache = new HashMap<>();
        Settings best = start;
        double bestF1 = f1(base, best, truePairs, cache);
        int tried = 1;
        log.accept("start: F1 " + bestF1 + " with " + best);
        for (int round = 0; round < rounds; round++) {
            double before = bestF1;
            // Threshold first.
            for (double t : THRESHOLDS) {
                Settings s = best.withThreshold(t);
                if (!s.isValid()) {
                    continue;
                }
                tried++;
                double f = f1(base, s, truePairs, cache);
                if (f > bestF1) {
                    bestF1 = f;
                    best = s;
                }
            }
            for (Field field : Field.values()) {
                for (String comp : COMPARATORS.get(field)) {
                    FieldSetting cur = best.fields().get(field);
                    Settings s = best.with(field, new FieldSetting(comp, cur.low(), cur.high(), cur.lookup()));
                    if (!s.isValid()) {
                        continue;
                    }
                    tried++;
                    double f = f1(base, s, truePairs, cache);
                    if (f > bestF1) {
                        bestF1 = f;
                        best = s;
                    }
                }
                for (double high : HIGHS) {
                    FieldSetting cur = best.fields().get(field);
                    Settings s = best.with(field, new FieldSetting(cur.comparator(), cur.low(), high, cur.lookup()));
                    if (!s.isValid()) {
                        continue;
                    }
                    tried++;
                    double f = f1(base, s, truePairs, cache);
                    if (f > bestF1) {
                        bestF1 = f;
                        best = s;
                    }
                }
                for (boolean lookup : new boolean[] {false, true}) {
                    FieldSetting cur = best.fields().get(field);
                    Settings s = best.with(field, new FieldSetting(cur.comparator(), cur.low(), cur.high(), lookup));
                    if (!s.isValid()) {
                        continue;
                    }
                    tried++;
                    double f = f1(base, s, truePairs, cache);
                    if (f > bestF1) {
                        bestF1 = f;
                        best = s;
                    }
                }
                for (double low : LOWS) {
                    FieldSetting cur = best.fields().get(field);
                    Settings s = best.with(field, new FieldSetting(cur.comparator(), low, cur.high(), cur.lookup()));
                    if (!s.isValid()) {
                        continue;
                    }
                    tried++;
                    double f = f1(base, s, truePairs, cache);
                    if (f > bestF1) {
                        bestF1 = f;
                        best = s;
                    }
                }
            }
            log.accept(String.format(Locale.ROOT, "round %d: F1 %.4f after %d settings (%d Lucene candidate sets): %s",
                    round + 1, bestF1, tried, cache.size(), best));
            if (bestF1 <= before) {
                break;
            }
        }
        return best;
    }

    private static double f1(Base base, Settings s, long truePairs, Map<Set<Field>, Scored> cache) {
        Scored cands = cache.computeIfAbsent(s.lookupFields(), k -> new Scored(base, candidates(base, s)));
        return Score.of(cands.above(s), base, truePairs).f1();
    }

    /**
     * Candidate pairs with each field's similarity under each comparator computed once (the greatest
     * over the values of the two records, {@code NaN} when one has no value), so that a setting is
     * scored by Duke's arithmetic alone: {@code PropertyImpl.compare}'s mapping of a similarity to a
     * probability and {@link Utils#computeBayes}. {@code scoredLikeProcessor} checks it against
     * {@link Processor#compare}.
     */
    static final class Scored {
        final Base base;
        final long[] pairs;
        private final Map<String, double[]> sims = new HashMap<>();

        Scored(Base base, long[] pairs) {
            this.base = base;
            this.pairs = pairs;
        }

        private double[] sims(Field field, String comparatorName) {
            return sims.computeIfAbsent(field + "/" + comparatorName, k -> {
                Comparator c = comparator(comparatorName);
                double[] out = new double[pairs.length];
                for (int n = 0; n < pairs.length; n++) {
                    Collection<String> va = base.records().get((int) (pairs[n] >>> 32)).getValues(field.name());
                    Collection<String> vb = base.records().get((int) pairs[n]).getValues(field.name());
                    double best = Double.NaN;
                    if (va != null && !va.isEmpty() && vb != null && !vb.isEmpty()) {
                        best = Double.NEGATIVE_INFINITY;
                        for (String x : va) {
                            for (String y : vb) {
                                best = Math.max(best, c.compare(x, y));
                            }
                        }
                    }
                    out[n] = best;
                }
                return out;
            });
        }

        /** Duke's probability for each candidate pair under the settings, in the order of {@link #pairs}. */
        double[] probabilities(Settings s) {
            double[] prob = new double[pairs.length];
            java.util.Arrays.fill(prob, 0.5);
            for (Map.Entry<Field, FieldSetting> e : s.fields().entrySet()) {
                FieldSetting f = e.getValue();
                double[] sim = sims(e.getKey(), f.comparator());
                for (int n = 0; n < pairs.length; n++) {
                    double x = sim[n];
                    if (Double.isNaN(x)) {
                        continue;
                    }
                    // PropertyImpl.compare: the similarity mapped to a probability (monotonic, so the
                    // greatest similarity gives Processor.compare's greatest probability).
                    double p = x >= 0.5 ? (f.high() - 0.5) * (x * x) + 0.5 : f.low();
                    prob[n] = Utils.computeBayes(prob[n], p);
                }
            }
            return prob;
        }

        Set<Long> above(Settings s) {
            double[] prob = probabilities(s);
            Set<Long> out = new HashSet<>();
            for (int n = 0; n < pairs.length; n++) {
                if (prob[n] > s.threshold()) {
                    out.add(pairs[n]);
                }
            }
            return out;
        }
    }

    /** The largest difference between {@link Scored#probabilities} and Duke's {@link Processor#compare}. */
    static double scoredLikeProcessor(Base base, Settings s) {
        Scored scored = new Scored(base, candidates(base, s));
        double[] prob = scored.probabilities(s);
        Processor processor = new Processor(s.configuration(0.0), new LuceneDatabase());
        double worst = 0.0;
        for (int n = 0; n < scored.pairs.length; n++) {
            Record a = base.records().get((int) (scored.pairs[n] >>> 32));
            Record b = base.records().get((int) scored.pairs[n]);
            worst = Math.max(worst, Math.abs(prob[n] - processor.compare(a, b)));
        }
        return worst;
    }

    /**
     * The best F1 over the cuts of the pairs ranked by a score (a cut never splits equal scores):
     * what a threshold chosen knowing the truth would give.
     */
    static double bestF1(List<Map.Entry<Long, Double>> ranked, Base base, long truePairs) {
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(ranked);
        sorted.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long right = 0;
        double best = 0.0;
        for (int k = 0; k < sorted.size(); k++) {
            if (base.same(sorted.get(k).getKey())) {
                right++;
            }
            if (k + 1 < sorted.size() && sorted.get(k + 1).getValue().equals(sorted.get(k).getValue())) {
                continue;
            }
            best = Math.max(best, new Score(k + 1, right, truePairs).f1());
        }
        return best;
    }

    /**
     * The best recall among the pairs ranked by a score, over the prefixes whose precision is at
     * least {@code precision}: "recall at equal precision".
     */
    static double recallAtPrecision(List<Map.Entry<Long, Double>> ranked, Base base, long truePairs, double precision) {
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(ranked);
        sorted.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long right = 0;
        double best = 0.0;
        for (int k = 0; k < sorted.size(); k++) {
            if (base.same(sorted.get(k).getKey())) {
                right++;
            }
            // Only at the end of a run of equal scores: a cut cannot split ties.
            if (k + 1 < sorted.size() && sorted.get(k + 1).getValue().equals(sorted.get(k).getValue())) {
                continue;
            }
            if ((double) right / (k + 1) >= precision) {
                best = Math.max(best, (double) right / truePairs);
            }
        }
        return best;
    }
}
