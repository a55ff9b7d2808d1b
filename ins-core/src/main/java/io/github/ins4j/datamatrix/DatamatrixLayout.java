package io.github.ins4j.datamatrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an INS Datamatrix payload as raw text, by tag, as the layout-only reading
 * {@link InsDatamatrix#readLayout(CharSequence)} finds them: the header, the tags, the lengths and
 * the separators are checked (DMX-1 … DMX-3, and the DMX-4 refusals of unknown, repeated and
 * missing tags), the values are not.
 *
 * <p>It reads codes whose values are not valid INS values, such as the worked example of the
 * specification, whose matricule and OID are made up; use {@link InsDatamatrix#read(CharSequence)}
 * to get a checked {@link io.github.ins4j.identity.InsIdentity}.
 *
 * <p>Personal data: {@code toString()} gives only the tags and the lengths of the values.
 *
 * <pre>{@code
 * DatamatrixLayout layout = InsDatamatrix.readLayout(scanned);
 * layout.value(DatamatrixField.S4);   // Optional[DATAMATRIXTEST]
 * layout.order();                     // [S1, S2, S3, S4, S5, S6, S7], as read
 * }</pre>
 */
public final class DatamatrixLayout {

    /** The values by field, in reading order. */
    private final Map<DatamatrixField, String> fields;

    private DatamatrixLayout(Map<DatamatrixField, String> fields) {
        this.fields = fields;
    }

    /**
     * Wraps the fields found by the reader.
     *
     * @param fields the values by field, in reading order; copied
     * @return the layout
     */
    static DatamatrixLayout of(Map<DatamatrixField, String> fields) {
        return new DatamatrixLayout(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }

    /**
     * Returns the raw value of a field. Personal data.
     *
     * @param field the field
     * @return the value as written, or empty when the payload does not carry the field (only
     *     {@link DatamatrixField#S7} may be absent)
     */
    public Optional<String> value(DatamatrixField field) {
        return Optional.ofNullable(fields.get(field));
    }

    /**
     * Returns the fields in the order the payload carries them (DMX-4: any order is accepted).
     *
     * @return the fields, six or seven
     */
    public List<DatamatrixField> order() {
        return List.copyOf(fields.keySet());
    }

    /**
     * Returns every raw value by field, in reading order. Personal data.
     *
     * @return an unmodifiable map, iterated in reading order
     */
    public Map<DatamatrixField, String> fields() {
        return fields;
    }

    /**
     * Compares the fields, their values and their order.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a layout with the same fields in the same order
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DatamatrixLayout that
                && that.fields.equals(fields) && that.order().equals(order());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return fields.hashCode() * 31 + order().hashCode();
    }

    /**
     * Returns a masked form: the tags and the lengths, e.g.
     * {@code DatamatrixLayout[S1: 15 characters, S2: 19 characters, ...]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "DatamatrixLayout[", "]");
        fields.forEach((field, value) -> joiner.add(field.tag() + ": " + value.length()
                + (value.length() == 1 ? " character" : " characters")));
        return joiner.toString();
    }
}
