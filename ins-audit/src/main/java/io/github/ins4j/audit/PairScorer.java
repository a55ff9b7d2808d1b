package io.github.ins4j.audit;

import io.github.ins4j.audit.internal.Distance;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.traits.Traits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores a pair of records (Fellegi–Sunter): each {@link ScoredField} gets a graded
 * {@link Agreement} level, each level a weight from the {@link AuditPolicy}, and the sum decides
 * the {@link PairClass}. Sex and first names are scored together: a sex typo on the same first
 * names costs little, {@code JEAN} (M) against {@code JEANNE} (F) is strong evidence of two
 * persons. Two records with different active matricules are never {@code MATCH} (AUD-4), and
 * neither are two records with the same birth name and exact birth date whose first names differ
 * (the twin guard: a first-name typo on an otherwise identical record goes to review).
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>field</th><th>levels, best first</th></tr>
 *   <tr><td>birth name</td><td>EXACT (normalised, TRT-5), PARTIAL (one part of a compound name),
 *       CLOSE (one edit, or Jaro–Winkler ≥ 0.93), PHONETIC (same French phonetic key), DIFFERENT</td></tr>
 *   <tr><td>first names and sex</td><td>EXACT, PARTIAL (one list starts the other, TRT-2; same
 *       first first name; same names in another order), CLOSE, PHONETIC, DIFFERENT; when the sexes
 *       differ: SEX_TYPO (same first first name), OPPOSITE_SEX_FORM (close or phonetic first names),
 *       DIFFERENT</td></tr>
 *   <tr><td>birth date</td><td>EXACT, SWAP (day and month), ONE_DIGIT, YEAR_PLUS_MINUS_ONE,
 *       PARTIAL (uncertain date, known parts agree), SAME_YEAR, DIFFERENT</td></tr>
 *   <tr><td>birth place</td><td>EXACT, SAME_AREA (department, overseas territory), DIFFERENT</td></tr>
 * </table>
 * Any field unknown on one side is MISSING and weighs 0.
 *
 * <pre>{@code
 * PairScore s = PairScorer.of(AuditPolicy.defaults()).score(recordA, recordB);
 * if (s.pairClass() == PairClass.REVIEW) { askAnOperator(s); }
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // weights in a table indexed by field and level, for speed
public final class PairScorer {

    private static final double CLOSE_SIMILARITY = 0.93;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" ");

    private final AuditPolicy policy;
    private final double[][] w;

    private PairScorer(AuditPolicy policy) {
        this.policy = policy;
        this.w = new double[ScoredField.values().length][Agreement.values().length];
        for (ScoredField f : ScoredField.values()) {
            for (Agreement a : Agreement.values()) {
                w[f.ordinal()][a.ordinal()] = policy.weight(f, a);
            }
        }
    }

    /**
     * Builds a scorer.
     *
     * @param policy the weights and thresholds
     * @return the scorer
     */
    public static PairScorer of(AuditPolicy policy) {
        return new PairScorer(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public AuditPolicy policy() {
        return policy;
    }

    /**
     * Scores two records.
     *
     * @param a one record
     * @param b the other
     * @return the score, with the TRT-6 report
     */
    public PairScore score(AuditRecord a, AuditRecord b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        Prepared.Interner in = new Prepared.Interner();
        return full(Prepared.of(a, in), Prepared.of(b, in));
    }

    /** The total only, with no allocation beyond the string distance. */
    double total(Prepared a, Prepared b) {
        Agreement name = nameLevel(a, b);
        return w[0][name.ordinal()] + termFrequency(a, name) + w[1][firstNamesLevel(a, b).ordinal()]
                + w[2][dateLevel(a, b).ordinal()] + w[3][placeLevel(a, b).ordinal()];
    }

    /** The term-frequency adjustment of an exact birth-name agreement, when the policy asks for it. */
    private double termFrequency(Prepared a, Agreement name) {
        return name == Agreement.EXACT && policy.termFrequencyAdjustment() ? a.nameTf : 0.0;
    }

    PairClass classOf(Prepared a, Prepared b, double total, Map<ScoredField, Agreement> levels) {
        PairClass c = policy.classify(total);
        if (c == PairClass.MATCH && (differentActiveMatricules(a, b) || twinPattern(levels))) {
            return PairClass.REVIEW;
        }
        return c;
    }

    /**
     * The twin guard: same birth name and same exact birth date, but first names that are not the
     * same list (nor one the start of the other). Twins look exactly so, often with first names one
     * letter apart ({@code LINA} / {@code NINA}); such a pair is shown for review, never proposed.
     */
    static boolean twinPattern(Map<ScoredField, Agreement> levels) {
        Agreement names = levels.get(ScoredField.FIRST_NAMES_AND_SEX);
        return levels.get(ScoredField.BIRTH_NAME) == Agreement.EXACT
                && levels.get(ScoredField.BIRTH_DATE) == Agreement.EXACT
                && names != Agreement.EXACT && names != Agreement.PARTIAL && names != Agreement.SEX_TYPO
                && names != Agreement.MISSING;
    }

    static boolean differentActiveMatricules(Prepared a, Prepared b) {
        return a.matricule != null && b.matricule != null && !a.sharesMatricule(b);
    }

    PairScore full(Prepared a, Prepared b) {
        Map<ScoredField, Agreement> levels = new EnumMap<>(ScoredField.class);
        levels.put(ScoredField.BIRTH_NAME, nameLevel(a, b));
        levels.put(ScoredField.FIRST_NAMES_AND_SEX, firstNamesLevel(a, b));
        levels.put(ScoredField.BIRTH_DATE, dateLevel(a, b));
        levels.put(ScoredField.BIRTH_PLACE, placeLevel(a, b));
        Map<ScoredField, Double> weights = new EnumMap<>(ScoredField.class);
        double total = 0;
        for (Map.Entry<ScoredField, Agreement> e : levels.entrySet()) {
            double x = w[e.getKey().ordinal()][e.getValue().ordinal()];
            if (e.getKey() == ScoredField.BIRTH_NAME) {
                x += termFrequency(a, e.getValue());
            }
            weights.put(e.getKey(), x);
            total += x;
        }
        return new PairScore(total, classOf(a, b, total, levels), levels, weights, matchReport(a, b));
    }

    static @Nullable MatchReport matchReport(Prepared a, Prepared b) {
        Traits tb = b.strictTraits();
        if (tb != null) {
            return TraitMatcher.compare(a.localTraits(), tb);
        }
        Traits ta = a.strictTraits();
        return ta == null ? null : TraitMatcher.compare(b.localTraits(), ta);
    }

    static Agreement nameLevel(Prepared a, Prepared b) {
        String x = a.name;
        String y = b.name;
        if (x == null || y == null) {
            return Agreement.MISSING;
        }
        if (x.equals(y)) {
            return Agreement.EXACT;
        }
        if (isPartOf(x, y) || isPartOf(y, x)) {
            return Agreement.PARTIAL;
        }
        String kx = a.nameKey;
        String ky = b.nameKey;
        if (close(x, y)) {
            return Agreement.CLOSE;
        }
        if (kx != null && !kx.isEmpty() && kx.equals(ky)) {
            return Agreement.PHONETIC;
        }
        return Agreement.DIFFERENT;
    }

    private static boolean close(String x, String y) {
        return Distance.withinOneEdit(x, y) || Distance.jaroWinklerAtLeast(x, y, CLOSE_SIMILARITY);
    }

    /** One part of a compound name: {@code MARTIN} in {@code MARTIN--DURAND} or {@code MARTIN DURAND}. */
    private static boolean isPartOf(String part, String whole) {
        int i = whole.indexOf(part);
        while (i >= 0) {
            int end = i + part.length();
            boolean startOk = i == 0 || isSeparator(whole.charAt(i - 1));
            boolean endOk = end == whole.length() || isSeparator(whole.charAt(end));
            if (startOk && endOk && part.length() < whole.length()) {
                return true;
            }
            i = whole.indexOf(part, i + 1);
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\'';
    }

    static Agreement firstNamesLevel(Prepared a, Prepared b) {
        Agreement names = firstNamesOnly(a, b);
        if (a.sex == 0 || b.sex == 0 || a.sex == b.sex) {
            return names;
        }
        return switch (names) {
            case EXACT, PARTIAL -> Agreement.SEX_TYPO;
            case CLOSE, PHONETIC -> Agreement.OPPOSITE_SEX_FORM;
            case MISSING -> Agreement.MISSING;
            default -> Agreement.DIFFERENT;
        };
    }

    private static Agreement firstNamesOnly(Prepared a, Prepared b) {
        String x = a.firstNames;
        String y = b.firstNames;
        String fx = a.first;
        String fy = b.first;
        if (x == null || y == null || fx == null || fy == null) {
            return Agreement.MISSING;
        }
        if (x.equals(y)) {
            return Agreement.EXACT;
        }
        if (fx.equals(fy) || sameOrStartsList(x, y) || sameNamesReordered(x, y)) {
            return Agreement.PARTIAL;
        }
        if (close(fx, fy) || close(x, y)) {
            return Agreement.CLOSE;
        }
        String kx = a.firstKey;
        if (kx != null && !kx.isEmpty() && kx.equals(b.firstKey)) {
            return Agreement.PHONETIC;
        }
        return Agreement.DIFFERENT;
    }

    /**
     * The two lists are the same, or one starts the other, hyphens and apostrophes counting as
     * spaces (TRT-2); no allocation.
     */
    private static boolean sameOrStartsList(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int n = shorter.length();
        for (int i = 0; i < n; i++) {
            if (space(shorter.charAt(i)) != space(longer.charAt(i))) {
                return false;
            }
        }
        return n == longer.length() || space(longer.charAt(n)) == ' ';
    }

    private static char space(char c) {
        return c == '-' || c == '\'' ? ' ' : c;
    }

    /** The same names in another order (checked only for lists of equal length with several names). */
    private static boolean sameNamesReordered(String x, String y) {
        if (x.length() != y.length() || (x.indexOf(' ') < 0 && x.indexOf('-') < 0 && x.indexOf('\'') < 0)) {
            return false;
        }
        String[] px = SPACES.split(x.replace('-', ' ').replace('\'', ' '));
        String[] py = SPACES.split(y.replace('-', ' ').replace('\'', ' '));
        java.util.Arrays.sort(px);
        java.util.Arrays.sort(py);
        return java.util.Arrays.equals(px, py);
    }

    static Agreement dateLevel(Prepared a, Prepared b) {
        if (a.dateKind == Prepared.DATE_MISSING || b.dateKind == Prepared.DATE_MISSING) {
            return Agreement.MISSING;
        }
        if (a.dateKind != Prepared.DATE_EXACT || b.dateKind != Prepared.DATE_EXACT) {
            if (a.ymd == b.ymd && a.dateKind == b.dateKind) {
                return Agreement.EXACT;
            }
            return knownPartsAgree(a, b) ? Agreement.PARTIAL : Agreement.DIFFERENT;
        }
        if (a.ymd == b.ymd) {
            return Agreement.EXACT;
        }
        if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
            return Agreement.SWAP;
        }
        if (oneDigit(a.ymd, b.ymd)) {
            return Agreement.ONE_DIGIT;
        }
        if (a.month() == b.month() && a.day() == b.day() && Math.abs(a.year() - b.year()) == 1) {
            return Agreement.YEAR_PLUS_MINUS_ONE;
        }
        return a.year() == b.year() ? Agreement.SAME_YEAR : Agreement.DIFFERENT;
    }

    private static boolean knownPartsAgree(Prepared a, Prepared b) {
        if (a.year() != b.year()) {
            return false;
        }
        boolean aMonth = a.dateKind == Prepared.DATE_EXACT || (a.dateKind == Prepared.DATE_LUNAR && a.month() != 0);
        boolean bMonth = b.dateKind == Prepared.DATE_EXACT || (b.dateKind == Prepared.DATE_LUNAR && b.month() != 0);
        boolean aDay = a.dateKind == Prepared.DATE_EXACT || (a.dateKind == Prepared.DATE_LUNAR && a.day() != 0);
        boolean bDay = b.dateKind == Prepared.DATE_EXACT || (b.dateKind == Prepared.DATE_LUNAR && b.day() != 0);
        return (!aMonth || !bMonth || a.month() == b.month()) && (!aDay || !bDay || a.day() == b.day());
    }

    private static boolean oneDigit(int x, int y) {
        int differing = 0;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10) {
                differing++;
            }
            x /= 10;
            y /= 10;
        }
        return differing == 1;
    }

    static Agreement placeLevel(Prepared a, Prepared b) {
        String x = a.place;
        String y = b.place;
        if (x == null || y == null) {
            return Agreement.MISSING;
        }
        if (x.equals(y)) {
            return Agreement.EXACT;
        }
        return area(x).equals(area(y)) ? Agreement.SAME_AREA : Agreement.DIFFERENT;
    }

    /** Department ({@code 20} for Corsica, {@code 2A}, {@code 2B}), overseas territory, or country. */
    static String area(String place) {
        if (place.startsWith("99")) {
            return place;
        }
        if (place.startsWith("97") || place.startsWith("98")) {
            return place.substring(0, 3);
        }
        if (place.charAt(0) == '2' && (place.charAt(1) == 'A' || place.charAt(1) == 'B' || place.charAt(1) == '0')) {
            return "20";
        }
        return place.substring(0, 2);
    }
}
