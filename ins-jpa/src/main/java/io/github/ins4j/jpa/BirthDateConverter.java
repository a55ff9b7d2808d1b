package io.github.ins4j.jpa;

import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.jackson.internal.JsonForm;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link BirthDate} as text (TRT-3): the strict form {@code 1985-03-12} or {@code 1960-00-00}, or {@code ~} and the conventional date for {@code BirthDate.uncertain} (as in the JSON form of ins-jackson); column {@code varchar(11)}. Reading goes through the strict ins4j factory:
 * a stored value that is not valid is refused with ins4j's exception (an
 * {@link io.github.ins4j.error.InsException}, whose message never shows the value), never loaded
 * as a half-valid value. {@code null} stays {@code null}.
 *
 * <p>Applied automatically to every attribute of type {@code BirthDate} of the persistence unit
 * where this class is listed ({@code autoApply}):
 *
 * <pre>{@code
 * @Entity
 * class Patient {
 *     @Id String id;
 *     BirthDate value;   // stored by BirthDateConverter
 * }
 * }</pre>
 */
@Converter(autoApply = true)
public final class BirthDateConverter implements AttributeConverter<BirthDate, String> {

    /** Creates the converter; the persistence provider instantiates it. */
    public BirthDateConverter() {
        // stateless
    }

    /**
     * Returns the text to store.
     *
     * @param value the value, or {@code null}
     * @return its text, or {@code null}
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable BirthDate value) {
        return value == null ? null : JsonForm.birthDateText(value);
    }

    /**
     * Reads the stored text strictly.
     *
     * @param column the stored text, or {@code null}
     * @return the value, or {@code null}
     * @throws io.github.ins4j.error.InsException if the stored text is not a valid value
     */
    @Override
    public @Nullable BirthDate convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : JsonForm.birthDate(column);
    }
}
