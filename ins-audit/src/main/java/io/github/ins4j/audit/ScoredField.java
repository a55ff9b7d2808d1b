package io.github.ins4j.audit;

/**
 * The fields a pair of records is scored on. Sex and first names are scored together, so that
 * {@code JEAN} (M) and {@code JEANNE} (F) count as two persons, while a sex typo on an otherwise
 * identical first name does not.
 *
 * <pre>{@code
 * score.agreement(ScoredField.BIRTH_DATE);   // e.g. SWAP
 * }</pre>
 */
public enum ScoredField {
    /** The birth name. */
    BIRTH_NAME,
    /** The birth first names and the sex, together. */
    FIRST_NAMES_AND_SEX,
    /** The birth date. */
    BIRTH_DATE,
    /** The birth place code. */
    BIRTH_PLACE
}
