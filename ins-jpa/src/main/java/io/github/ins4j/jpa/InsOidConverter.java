package io.github.ins4j.jpa;

import io.github.ins4j.matricule.InsOid;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link InsOid} as text (MAT-5): the bare OID, e.g. {@code 1.2.250.1.213.1.4.8}. Reading goes through the strict ins4j factory:
 * a stored value that is not valid is refused with ins4j's exception (an
 * {@link io.github.ins4j.error.InsException}, whose message never shows the value), never loaded
 * as a half-valid value. {@code null} stays {@code null}.
 *
 * <p>Applied automatically to every attribute of type {@code InsOid} of the persistence unit
 * where this class is listed ({@code autoApply}):
 *
 * <pre>{@code
 * @Entity
 * class Patient {
 *     @Id String id;
 *     InsOid value;   // stored by InsOidConverter
 * }
 * }</pre>
 */
@Converter(autoApply = true)
public final class InsOidConverter implements AttributeConverter<InsOid, String> {

    /** Creates the converter; the persistence provider instantiates it. */
    public InsOidConverter() {
        // stateless
    }

    /**
     * Returns the text to store.
     *
     * @param value the value, or {@code null}
     * @return its text, or {@code null}
     */
    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable InsOid value) {
        return value == null ? null : value.oid();
    }

    /**
     * Reads the stored text strictly.
     *
     * @param column the stored text, or {@code null}
     * @return the value, or {@code null}
     * @throws io.github.ins4j.error.InsException if the stored text is not a valid value
     */
    @Override
    public @Nullable InsOid convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : InsOid.parse(column);
    }
}
