package io.github.ins4j.matching;

/** How one trait of the local identity compares with INSi's (TRT-6). */
public enum Outcome {
    /** The same text, character for character. */
    IDENTICAL,
    /**
     * The same once normalised (TRT-5): case, accents, apostrophes, dashes, spaces; for dates, an
     * uncertain local date that is the conventional completion of INSi's uncertain date.
     */
    EQUIVALENT,
    /**
     * Part of it: first names consistent with the start of the other list (TRT-2); one part of a
     * compound birth name; a date whose known parts agree with an uncertain one.
     */
    PARTIAL,
    /** Different. */
    DIFFERENT,
    /** Unknown on one side (a birth place {@code 99999} counts as unknown). */
    MISSING
}
