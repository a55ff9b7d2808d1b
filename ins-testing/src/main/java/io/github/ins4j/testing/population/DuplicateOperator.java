package io.github.ins4j.testing.population;

/**
 * How a duplicate record differs from its person's original record. A duplicate carries one to
 * three operators; an operator that does not apply (no hyphen to lose, a day above 12 to swap) is
 * replaced by a keyboard typo.
 *
 * <pre>{@code
 * record.operators().contains(DuplicateOperator.DAY_MONTH_SWAP);
 * }</pre>
 */
public enum DuplicateOperator {
    /** A letter of the birth name or of a first name replaced by an AZERTY neighbour, dropped, doubled or swapped. */
    KEYBOARD_TYPO,
    /** A French spelling of the same sound: {@code PH}/{@code F}, {@code AU}/{@code O}, {@code Y}/{@code I}, a silent final letter. */
    PHONETIC_SPELLING,
    /** Typed with accents, lower case or mixed case (the same after TRT-5 normalisation). */
    ACCENTS_AND_CASE,
    /** A hyphen lost: {@code JEAN-PIERRE} typed {@code JEAN PIERRE}, {@code MARTIN--DURAND} typed {@code MARTIN DURAND}. */
    HYPHEN_LOST,
    /** Day and month swapped. */
    DAY_MONTH_SWAP,
    /** One digit of the birth date changed. */
    DATE_ONE_DIGIT,
    /** A placeholder date: the 1st of January of the birth year. */
    PLACEHOLDER_DATE,
    /** The birth place left out. */
    PLACE_MISSING,
    /** Another commune of the same department (a merged commune). */
    PLACE_MERGED_COMMUNE,
    /** Only the first first name kept. */
    FIRST_NAMES_TRUNCATED,
    /** The first two first names swapped. */
    FIRST_NAMES_REORDERED,
    /** The used name (a spouse's) typed as birth name. */
    USED_NAME_AS_BIRTH_NAME,
    /** The sex typed wrong. */
    SEX_TYPO,
    /** An emergency record: no first names and no birth place. */
    PROVISIONAL_PLACEHOLDER,
    /** The duplicate was retrieved from INSi too: the same INS and traits (AUD-1). */
    INS_COPIED,
    /** The duplicate holds the person's earlier INS (an NIA that became a NIR, AUD-3). */
    EARLIER_INS
}
