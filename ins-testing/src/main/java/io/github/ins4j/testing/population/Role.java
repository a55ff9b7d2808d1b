package io.github.ins4j.testing.population;

/**
 * What a synthetic record is, in the truth file.
 *
 * <pre>{@code
 * if (record.role() == Role.TWIN) { ... }
 * }</pre>
 */
public enum Role {
    /** The first record of a person. */
    ORIGINAL,
    /** Another record of the same person, made by {@link DuplicateOperator}s. */
    DUPLICATE,
    /** A twin of another person: same birth name, date and place, other first names. */
    TWIN,
    /** A homonym of another person: same birth name, first names and sex, born in another year. */
    HOMONYM,
    /** A record that holds the traits of one person and the INS of another (its related person). */
    COLLISION
}
