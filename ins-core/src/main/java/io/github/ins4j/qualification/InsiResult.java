package io.github.ins4j.qualification;

/** The result code of an INSi search (QUA-3). */
public enum InsiResult {
    /** {@code 00}: exactly one identity found. */
    FOUND("00"),
    /** {@code 01}: no identity found. */
    NOT_FOUND("01"),
    /** {@code 02}: several identities found. */
    SEVERAL_FOUND("02");

    private final String code;

    InsiResult(String code) {
        this.code = code;
    }

    /**
     * Returns the INSi code.
     *
     * @return {@code 00}, {@code 01} or {@code 02}
     */
    public String code() {
        return code;
    }
}
