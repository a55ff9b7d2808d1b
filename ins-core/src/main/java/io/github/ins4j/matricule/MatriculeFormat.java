package io.github.ins4j.matricule;

/**
 * How an {@link InsMatricule} is written out (MAT-8).
 *
 * <p>Both forms parse back to the same matricule with {@link InsMatricule#parse(CharSequence)}.
 */
public enum MatriculeFormat {
    /** The canonical form: 15 characters, no separator, e.g. {@code 184067505614435}. */
    COMPACT,
    /**
     * The display form, grouped as people read it: sex, year, month, department, commune, order,
     * key, e.g. {@code 1 84 06 75 056 144 35}.
     */
    DISPLAY
}
