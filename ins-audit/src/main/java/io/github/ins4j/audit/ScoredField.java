package io.github.ins4j.audit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields a pair of records is scored on. Sex and first names are scored together, so that
 * {@code JEAN} (M) and {@code JEANNE} (F) count as two persons, while a sex typo on an otherwise
 * identical first name does not.
 *
 * <pre>{@code
 * score.agreement(ScoredField.BIRTH_DATE);   // e.g. SWAP
 * ScoredField.BIRTH_PLACE.levels();            // [EXACT, SAME_AREA, DIFFERENT, MISSING]
 * }</pre>
 */
public enum ScoredField {
    /** The birth name. */
    BIRTH_NAME(EnumSet.of(Agreement.EXACT, Agreement.PARTIAL, Agreement.CLOSE, Agreement.PHONETIC,
            Agreement.DIFFERENT, Agreement.MISSING)),
    /** The birth first names and the sex, together. */
    FIRST_NAMES_AND_SEX(EnumSet.of(Agreement.EXACT, Agreement.PARTIAL, Agreement.CLOSE, Agreement.PHONETIC,
            Agreement.SEX_TYPO, Agreement.OPPOSITE_SEX_FORM, Agreement.DIFFERENT, Agreement.MISSING)),
    /** The birth date. */
    BIRTH_DATE(EnumSet.of(Agreement.EXACT, Agreement.SWAP, Agreement.ONE_DIGIT, Agreement.YEAR_PLUS_MINUS_ONE,
            Agreement.PARTIAL, Agreement.SAME_YEAR, Agreement.DIFFERENT, Agreement.MISSING)),
    /** The birth place code. */
    BIRTH_PLACE(EnumSet.of(Agreement.EXACT, Agreement.SAME_AREA, Agreement.DIFFERENT, Agreement.MISSING));

    private final Set<Agreement> levels;

    ScoredField(Set<Agreement> levels) {
        this.levels = Collections.unmodifiableSet(levels);
    }

    /**
     * Returns the agreement levels {@link PairScorer} gives this field, {@link Agreement#MISSING}
     * included: the rows of the field in {@link AuditPolicy}'s weight table and in an
     * {@link EstimatedWeights} m/u table (AUD-7).
     *
     * @return the levels, in {@link Agreement} order, unmodifiable
     */
    public Set<Agreement> levels() {
        return levels;
    }
}
