package io.github.ins4j.audit;

/**
 * How one {@link ScoredField} of two records agrees: the graded levels of the Fellegi–Sunter
 * scoring. Each field uses some of them; the weight of each (field, level) is in
 * {@link AuditPolicy}.
 *
 * <pre>{@code
 * policy.weight(ScoredField.BIRTH_DATE, Agreement.SWAP);   // 5.0 by default
 * }</pre>
 */
public enum Agreement {
    /** The same value once normalised (TRT-5). */
    EXACT,
    /** Part of it: one part of a compound birth name, a first-name list that starts the other (TRT-2), known parts of an uncertain date. */
    PARTIAL,
    /** Names one keyboard edit apart or with a Jaro–Winkler similarity of at least 0.93. */
    CLOSE,
    /** Names that sound the same in French (same phonetic key). */
    PHONETIC,
    /** Birth dates whose day and month are swapped. */
    SWAP,
    /** Birth dates that differ by one digit of {@code YYYYMMDD}. */
    ONE_DIGIT,
    /** Birth dates one year apart, same day and month. */
    YEAR_PLUS_MINUS_ONE,
    /** Birth dates of the same year whose day and month differ otherwise (a placeholder date, two typos). */
    SAME_YEAR,
    /** Birth places in the same department, overseas territory or country. */
    SAME_AREA,
    /** Sexes differ but the first names agree: a sex typo. */
    SEX_TYPO,
    /** Sexes differ and the first names are the two forms of one name ({@code JEAN} / {@code JEANNE}): two persons. */
    OPPOSITE_SEX_FORM,
    /** Different. */
    DIFFERENT,
    /** Unknown on one side (a birth place {@code 99999} counts as unknown). */
    MISSING
}
