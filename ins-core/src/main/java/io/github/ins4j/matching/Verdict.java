package io.github.ins4j.matching;

/** The overall result of comparing a local identity with an INSi answer (TRT-6). */
public enum Verdict {
    /** Every trait identical or equivalent (a missing birth place alone allowed): the same person. */
    MATCH,
    /**
     * Nothing different, but some trait partial or missing: a named operator must check before the
     * INSi identity is used.
     */
    REVIEW,
    /** At least one trait different: not the same person; do not use the INSi answer. */
    MISMATCH
}
