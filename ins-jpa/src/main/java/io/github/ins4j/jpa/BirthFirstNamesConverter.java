package io.github.ins4j.jpa;

import io.github.ins4j.traits.BirthFirstNames;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link BirthFirstNames} as text (TRT-2): the strict INSi text, names separated by one space. Reading goes through the strict ins4j factory:
 * a stored value that is not valid is refused with ins4j's exception (an
 * {@link io.github.ins4j.error.InsException}, whose message never shows the value), never loaded
 * as a half-valid value. {@code null} stays {@code null}.
 *
 * <p>Applied automatically to every attribute of type {@code BirthFirstNames} of the persistence unit
 * where this class is listed ({@code autoApply}):
 *
 * <pre>{@code
 * @Entity
 * class Patient {
 *     @Id String id;
 *     BirthFirstNames value;   // stored by BirthFirstNamesConverter
 * }
 * }</pre>
 */
@Converter(autoApply = true)
public final class BirthFirstNamesConverter implements AttributeConverter<BirthFirstNames, String> {

    /** Creates the converter; the persistence provider instantiates it. */
    public BirthFirstNamesConverter() {
        // stateless
    }

    /**
     * Returns the text to store.
     *
     * @param value the value, or {@code null}
     * @return its text, or {@code null}
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable BirthFirstNames value) {
        return value == null ? null : value.value();
    }

    /**
     * Reads the stored text strictly.
     *
     * @param column the stored text, or {@code null}
     * @return the value, or {@code null}
     * @throws io.github.ins4j.error.InsException if the stored text is not a valid value
     */
    @Override
    public @Nullable BirthFirstNames convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : BirthFirstNames.parse(column);
    }
}
