package io.github.ins4j.audit;

import io.github.ins4j.matching.MatchReport;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of a pair of records: the agreement level and weight of each {@link ScoredField},
 * their sum (a Fellegi–Sunter log-likelihood ratio in bits), its {@link PairClass}, and the TRT-6
 * {@link MatchReport} of the two records' traits when one side has the four traits INSi needs.
 *
 * <p>{@code toString()} names levels and weights only, never a value.
 *
 * <pre>{@code
 * PairScore s = PairScorer.of(AuditPolicy.defaults()).score(a, b);
 * s.agreement(ScoredField.FIRST_NAMES_AND_SEX);   // e.g. OPPOSITE_SEX_FORM for JEAN / JEANNE
 * }</pre>
 */
public final class PairScore {

    private final double score;
    private final PairClass pairClass;
    private final Map<ScoredField, Agreement> agreements;
    private final Map<ScoredField, Double> weights;
    private final @Nullable MatchReport matchReport;

    PairScore(double score, PairClass pairClass, Map<ScoredField, Agreement> agreements,
            Map<ScoredField, Double> weights, @Nullable MatchReport matchReport) {
        this.score = score;
        this.pairClass = pairClass;
        this.agreements = Collections.unmodifiableMap(new EnumMap<>(agreements));
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        this.matchReport = matchReport;
    }

    PairScore withPairClass(PairClass c) {
        return new PairScore(score, c, agreements, weights, matchReport);
    }

    /**
     * Returns the total weight.
     *
     * @return the score in bits
     */
    public double score() {
        return score;
    }

    /**
     * Returns the class of the pair. For two records with different active matricules it is never
     * {@link PairClass#MATCH} (AUD-4).
     *
     * @return the class
     */
    public PairClass pairClass() {
        return pairClass;
    }

    /**
     * Returns the agreement level of each field.
     *
     * @return field → level, for the four fields
     */
    public Map<ScoredField, Agreement> agreements() {
        return agreements;
    }

    /**
     * Returns the agreement level of one field.
     *
     * @param field the field
     * @return its level
     */
    public Agreement agreement(ScoredField field) {
        Objects.requireNonNull(field, "field must not be null");
        Agreement a = agreements.get(field);
        return a == null ? Agreement.MISSING : a;
    }

    /**
     * Returns the weight each field brought.
     *
     * @return field → weight in bits
     */
    public Map<ScoredField, Double> weights() {
        return weights;
    }

    /**
     * Returns the TRT-6 report of the two records' traits.
     *
     * @return the report, or empty when neither record has name, first names, date and sex
     */
    public Optional<MatchReport> matchReport() {
        return Optional.ofNullable(matchReport);
    }

    /**
     * Returns the levels and weights, without values.
     *
     * @return e.g. {@code PairScore[25.0 MATCH: BIRTH_NAME EXACT +7.0, ...]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PairScore[").append(score).append(' ').append(pairClass).append(": ");
        String sep = "";
        for (Map.Entry<ScoredField, Agreement> e : agreements.entrySet()) {
            double w = weights.getOrDefault(e.getKey(), 0.0);
            sb.append(sep).append(e.getKey()).append(' ').append(e.getValue()).append(' ')
                    .append(w >= 0 ? "+" : "").append(w);
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
