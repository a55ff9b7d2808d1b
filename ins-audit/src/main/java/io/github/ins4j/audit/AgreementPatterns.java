package io.github.ins4j.audit;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How many candidate pairs show each agreement pattern: the vector of one {@link Agreement} level
 * per {@link ScoredField}, as {@link PairScorer} grades it. The input of the {@link WeightEstimator}
 * (AUD-7, the EM re-estimation of the Fellegi–Sunter weights): EM iterates over the distinct
 * patterns (at most a few hundred), not over the pairs.
 *
 * <p>{@link #from(Iterable, AuditPolicy)} counts the pairs the policy's blocking passes compare
 * on a base, exactly those {@link IdentityAudit} scores (pairs that share a matricule are left
 * out: AUD-1 to AUD-3 decide them). {@link #builder()} takes counts made elsewhere (another
 * engine, a stored table, a test). Immutable; holds no trait value, only levels and counts.
 *
 * <pre>{@code
 * AgreementPatterns patterns = AgreementPatterns.from(records, AuditPolicy.defaults());
 * patterns.pairs();      // e.g. 511 000 candidate pairs
 * patterns.distinct();   // e.g. 420 patterns
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // a pattern is packed as four 4-bit level ordinals
public final class AgreementPatterns {

    /** Bits per field in a packed pattern; {@link Agreement} has fewer than 16 levels. */
    static final int BITS = 4;
    private static final ScoredField[] FIELDS = ScoredField.values();
    private static final Agreement[] LEVELS = Agreement.values();
    private static final int CODES = 1 << (BITS * FIELDS.length);

    /** Packed patterns in ascending order, and their counts (all positive). */
    private final int[] codes;
    private final long[] counts;
    private final long pairs;

    private AgreementPatterns(int[] codes, long[] counts) {
        this.codes = codes;
        this.counts = counts;
        long total = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
        }
        this.pairs = total;
    }

    /**
     * Counts the agreement patterns of the candidate pairs of a base: the records are read and
     * blocked with the policy's passes and largest block, as {@link IdentityAudit#run(Iterable)}
     * does, and each pair it would score is graded, not scored (AUD-7).
     *
     * @param records the base
     * @param policy the blocking passes and the largest block; its weights are not used
     * @return the counts
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public static AgreementPatterns from(Iterable<AuditRecord> records, AuditPolicy policy) {
        Objects.requireNonNull(records, "records must not be null");
        return from(records.iterator(), policy);
    }

    /**
     * Counts the agreement patterns of the candidate pairs of a base given as a stream, which is
     * consumed; see {@link #from(Iterable, AuditPolicy)}.
     *
     * @param records the base
     * @param policy the blocking passes and the largest block; its weights are not used
     * @return the counts
     * @throws AuditException ({@code DUPLICATE_LOCAL_ID}) when two records have the same local id
     */
    public static AgreementPatterns from(Stream<AuditRecord> records, AuditPolicy policy) {
        Objects.requireNonNull(records, "records must not be null");
        return from(records.iterator(), policy);
    }

    private static AgreementPatterns from(Iterator<AuditRecord> records, AuditPolicy policy) {
        Objects.requireNonNull(policy, "policy must not be null");
        Prepared[] recs = IdentityAudit.readSorted(records, AuditProgress.NONE);
        long[] byCode = new long[CODES];
        IdentityAudit.comparePasses(recs, policy, AuditProgress.NONE, (a, b) -> byCode[code(a, b)]++);
        return fromCodes(byCode);
    }

    /** The packed pattern of a pair, as {@link PairScorer} grades it. */
    static int code(Prepared a, Prepared b) {
        return PairScorer.nameLevel(a, b).ordinal()
                | PairScorer.firstNamesLevel(a, b).ordinal() << BITS
                | PairScorer.dateLevel(a, b).ordinal() << (2 * BITS)
                | PairScorer.placeLevel(a, b).ordinal() << (3 * BITS);
    }

    private static AgreementPatterns fromCodes(long[] byCode) {
        int n = 0;
        for (long c : byCode) {
            if (c > 0) {
                n++;
            }
        }
        int[] codes = new int[n];
        long[] counts = new long[n];
        int j = 0;
        for (int code = 0; code < byCode.length; code++) {
            if (byCode[code] > 0) {
                codes[j] = code;
                counts[j++] = byCode[code];
            }
        }
        try {
            return new AgreementPatterns(codes, counts);
        } catch (ArithmeticException e) {
            throw new AuditException(AuditException.Reason.INVALID_PATTERN,
                    "the pattern counts add up to more than " + Long.MAX_VALUE, e);
        }
    }

    /**
     * Starts counts from nothing, for patterns counted elsewhere.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of pairs counted.
     *
     * @return the sum of the counts
     */
    public long pairs() {
        return pairs;
    }

    /**
     * Returns the number of distinct patterns counted.
     *
     * @return patterns with a count above 0
     */
    public int distinct() {
        return codes.length;
    }

    /**
     * Returns how many pairs show one pattern.
     *
     * @param levels a level per field; a field left out is {@link Agreement#MISSING}
     * @return the count, 0 for a pattern not seen
     * @throws AuditException ({@code INVALID_PATTERN}) when a level is not one of its field's
     */
    public long count(Map<ScoredField, Agreement> levels) {
        int i = Arrays.binarySearch(codes, pack(levels));
        return i >= 0 ? counts[i] : 0;
    }

    /**
     * Returns every pattern seen with its count, patterns in a fixed order (by field, then by
     * level, in enum order).
     *
     * @return pattern → count, unmodifiable
     */
    public Map<Map<ScoredField, Agreement>, Long> asMap() {
        Map<Map<ScoredField, Agreement>, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put(unpack(codes[i]), counts[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The packed patterns, ascending: for the estimator. */
    int[] codes() {
        return codes;
    }

    /** The counts, in the order of {@link #codes()}: for the estimator. */
    long[] counts() {
        return counts;
    }

    /** The level of one field in a packed pattern. */
    static Agreement level(int code, ScoredField field) {
        return LEVELS[(code >>> (BITS * field.ordinal())) & ((1 << BITS) - 1)];
    }

    static int pack(Map<ScoredField, Agreement> levels) {
        Objects.requireNonNull(levels, "levels must not be null");
        int code = 0;
        for (ScoredField f : FIELDS) {
            Agreement a = levels.get(f);
            if (a == null) {
                a = Agreement.MISSING;
            }
            if (!f.levels().contains(a)) {
                throw new AuditException(AuditException.Reason.INVALID_PATTERN,
                        "the level " + a + " is not one of " + f + "'s levels " + f.levels());
            }
            code |= a.ordinal() << (BITS * f.ordinal());
        }
        return code;
    }

    static Map<ScoredField, Agreement> unpack(int code) {
        Map<ScoredField, Agreement> m = new EnumMap<>(ScoredField.class);
        for (ScoredField f : FIELDS) {
            m.put(f, level(code, f));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Returns the counts only.
     *
     * @return e.g. {@code AgreementPatterns[511000 pairs, 420 patterns]}
     */
    @Override
    public String toString() {
        return "AgreementPatterns[" + pairs + " pairs, " + codes.length + " patterns]";
    }

    /**
     * Adds up pattern counts made elsewhere.
     *
     * <pre>{@code
     * AgreementPatterns p = AgreementPatterns.builder()
     *         .add(Map.of(ScoredField.BIRTH_NAME, Agreement.EXACT,
     *                 ScoredField.FIRST_NAMES_AND_SEX, Agreement.EXACT,
     *                 ScoredField.BIRTH_DATE, Agreement.SWAP,
     *                 ScoredField.BIRTH_PLACE, Agreement.MISSING), 12)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final long[] byCode = new long[CODES];

        private Builder() {
        }

        /**
         * Adds pairs of one pattern (the counts of a pattern added twice add up).
         *
         * @param levels a level per field; a field left out is {@link Agreement#MISSING}
         * @param count how many pairs, at least 0
         * @return this builder
         * @throws AuditException ({@code INVALID_PATTERN}) when a level is not one of its field's
         *     ({@link ScoredField#levels()}), the count is negative or the total overflows
         */
        public Builder add(Map<ScoredField, Agreement> levels, long count) {
            int code = pack(levels);
            if (count < 0) {
                throw new AuditException(AuditException.Reason.INVALID_PATTERN,
                        "a pattern count must not be negative: " + count);
            }
            try {
                byCode[code] = Math.addExact(byCode[code], count);
            } catch (ArithmeticException e) {
                throw new AuditException(AuditException.Reason.INVALID_PATTERN,
                        "the pattern counts add up to more than " + Long.MAX_VALUE, e);
            }
            return this;
        }

        /**
         * Builds the counts.
         *
         * @return the counts
         * @throws AuditException ({@code INVALID_PATTERN}) when the counts add up to more than
         *     {@link Long#MAX_VALUE}
         */
        public AgreementPatterns build() {
            return fromCodes(byCode.clone());
        }
    }
}
