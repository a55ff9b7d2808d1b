package io.github.ins4j.jpa;

import io.github.ins4j.matricule.InsMatricule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link InsMatricule} as text (MAT-1): the 15 characters, e.g. {@code 289046912312018}; column {@code varchar(15)}. Reading goes through the strict ins4j factory:
 * a stored value that is not valid is refused with ins4j's exception (an
 * {@link io.github.ins4j.error.InsException}, whose message never shows the value), never loaded
 * as a half-valid value. {@code null} stays {@code null}.
 *
 * <p>Applied automatically to every attribute of type {@code InsMatricule} of the persistence unit
 * where this class is listed ({@code autoApply}):
 *
 * <pre>{@code
 * @Entity
 * class Patient {
 *     @Id String id;
 *     InsMatricule value;   // stored by InsMatriculeConverter
 * }
 * }</pre>
 */
@Converter(autoApply = true)
public final class InsMatriculeConverter implements AttributeConverter<InsMatricule, String> {

    /** Creates the converter; the persistence provider instantiates it. */
    public InsMatriculeConverter() {
        // stateless
    }

    /**
     * Returns the text to store.
     *
     * @param value the value, or {@code null}
     * @return its text, or {@code null}
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable InsMatricule value) {
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
    public @Nullable InsMatricule convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : InsMatricule.parse(column);
    }
}
