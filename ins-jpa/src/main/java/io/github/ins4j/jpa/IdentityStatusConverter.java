package io.github.ins4j.jpa;

import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.jackson.internal.JsonForm;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link IdentityStatus} as text (QUA-3, QUA-4): the FR Core code: {@code PROV}, {@code RECUP}, {@code VALI}, {@code QUAL}. Reading goes through the strict ins4j factory:
 * a stored value that is not valid is refused with ins4j's exception (an
 * {@link io.github.ins4j.error.InsException}, whose message never shows the value), never loaded
 * as a half-valid value. {@code null} stays {@code null}.
 *
 * <p>Applied automatically to every attribute of type {@code IdentityStatus} of the persistence unit
 * where this class is listed ({@code autoApply}):
 *
 * <pre>{@code
 * @Entity
 * class Patient {
 *     @Id String id;
 *     IdentityStatus value;   // stored by IdentityStatusConverter
 * }
 * }</pre>
 */
@Converter(autoApply = true)
public final class IdentityStatusConverter implements AttributeConverter<IdentityStatus, String> {

    /** Creates the converter; the persistence provider instantiates it. */
    public IdentityStatusConverter() {
        // stateless
    }

    /**
     * Returns the text to store.
     *
     * @param value the value, or {@code null}
     * @return its text, or {@code null}
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable IdentityStatus value) {
        return value == null ? null : value.code();
    }

    /**
     * Reads the stored text strictly.
     *
     * @param column the stored text, or {@code null}
     * @return the value, or {@code null}
     * @throws io.github.ins4j.error.InsException if the stored text is not a valid value
     */
    @Override
    public @Nullable IdentityStatus convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : JsonForm.status(column);
    }
}
