package io.github.ins4j.datamatrix;

import org.jspecify.annotations.Nullable;

/**
 * The fields of the INS Datamatrix, by their tag (DMX-2), with their lengths and whether they are
 * mandatory.
 *
 * <table>
 *   <caption>Fields of the INS Datamatrix (DMX-2)</caption>
 *   <tr><th>tag</th><th>value</th><th>length</th><th>mandatory</th></tr>
 *   <tr><td>{@link #S1}</td><td>matricule INS, 13 characters and the key</td><td>15</td><td>yes</td></tr>
 *   <tr><td>{@link #S2}</td><td>OID of the matricule</td><td>19 to 20</td><td>yes</td></tr>
 *   <tr><td>{@link #S3}</td><td>birth first names, space-separated</td><td>1 to 100</td><td>yes</td></tr>
 *   <tr><td>{@link #S4}</td><td>birth name</td><td>1 to 100</td><td>yes</td></tr>
 *   <tr><td>{@link #S5}</td><td>sex, {@code M} or {@code F}</td><td>1</td><td>yes</td></tr>
 *   <tr><td>{@link #S6}</td><td>birth date {@code DD-MM-YYYY}</td><td>10</td><td>yes</td></tr>
 *   <tr><td>{@link #S7}</td><td>birth place code</td><td>5</td><td>no</td></tr>
 * </table>
 *
 * <p>A field whose minimum and maximum lengths differ is <em>variable-length</em>: when it is
 * shorter than its maximum and is not the last field, it is ended by the group separator
 * {@link InsDatamatrix#GS} (DMX-3).
 */
public enum DatamatrixField {
    /** {@code S1}: the matricule INS, 13 characters and the two-digit key; exactly 15 characters. */
    S1("matricule", 15, 15, true),
    /** {@code S2}: the OID of the matricule's authority, dotted; 19 or 20 characters. */
    S2("OID", 19, 20, true),
    /** {@code S3}: the list of birth first names, space-separated, strict form; 1 to 100 characters. */
    S3("birth first names", 1, 100, true),
    /** {@code S4}: the birth name, strict form; 1 to 100 characters. */
    S4("birth name", 1, 100, true),
    /** {@code S5}: the sex, {@code M} or {@code F}; exactly 1 character. */
    S5("sex", 1, 1, true),
    /** {@code S6}: the birth date, {@code DD-MM-YYYY}, {@code 00} for an unknown day or month; exactly 10 characters. */
    S6("birth date", 10, 10, true),
    /** {@code S7}: the birth place code (INSEE COG, or {@code 99} and the country); 5 characters, optional. */
    S7("birth place code", 5, 5, false);

    private final String label;
    private final int minLength;
    private final int maxLength;
    private final boolean mandatory;

    DatamatrixField(String label, int minLength, int maxLength, boolean mandatory) {
        this.label = label;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.mandatory = mandatory;
    }

    /**
     * Finds the field of a two-character tag.
     *
     * @param first  the first character of the tag
     * @param second the second character
     * @return the field, or {@code null} when the two characters are not {@code S1} to {@code S7}
     */
    static @Nullable DatamatrixField ofTag(char first, char second) {
        if (first != 'S' || second < '1' || second > '7') {
            return null;
        }
        return values()[second - '1'];
    }

    /**
     * Tells whether a tag of this payload format starts at an index: {@code S} and a digit
     * {@code 1}-{@code 7}. No valid value holds one, which lets the reader tell a field that is too
     * short or lacks its separator from a wrong value.
     *
     * @param text  the text
     * @param index the index
     * @return whether {@code text[index, index + 2)} is a tag
     */
    static boolean isTagAt(CharSequence text, int index) {
        return index + 1 < text.length() && ofTag(text.charAt(index), text.charAt(index + 1)) != null;
    }

    /**
     * Returns the tag as it is written in the payload.
     *
     * @return {@code "S1"} to {@code "S7"}
     */
    public String tag() {
        return name();
    }

    /**
     * Returns what the field holds, in plain English, for messages.
     *
     * @return e.g. {@code "birth name"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the minimum length of the value.
     *
     * @return the minimum number of characters
     */
    public int minLength() {
        return minLength;
    }

    /**
     * Returns the maximum length of the value.
     *
     * @return the maximum number of characters
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Tells whether the value always has the same length, and so is never followed by a separator
     * (DMX-3).
     *
     * @return {@code true} for {@link #S1}, {@link #S5}, {@link #S6} and {@link #S7}
     */
    public boolean isFixedLength() {
        return minLength == maxLength;
    }

    /**
     * Tells whether every INS Datamatrix carries this field (DMX-2).
     *
     * @return {@code true} for all but {@link #S7}
     */
    public boolean isMandatory() {
        return mandatory;
    }
}
