package io.github.ins4j.datamatrix;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a text is not an INS Datamatrix payload (DMX-1 … DMX-4), or when an identity may not
 * carry one (DMX-5).
 *
 * <p>{@link #reason()} says why, as an enum that callers can switch on; {@link #field()} says which
 * field is at fault, when one is; {@link #errorIndex()} gives the index in the payload of the first
 * character at fault, or {@code -1}. For {@link Reason#BAD_VALUE}, {@link #getCause()} is the
 * exception of the INS type that refused the value ({@code InvalidMatriculeException},
 * {@code InvalidOidException} or {@code InvalidTraitException}), with its own reason.
 *
 * <p>The message never contains the matricule, the names nor the birth date: it names the field,
 * the rule and what was expected, so that a developer can act on it without personal data ending up
 * in a log.
 *
 * <pre>{@code
 * try {
 *     InsIdentity identity = InsDatamatrix.read(scanned);
 * } catch (DatamatrixException e) {
 *     switch (e.reason()) {
 *         case BAD_HEADER, UNKNOWN_TAG -> askForAnotherCode();      // not an INS Datamatrix
 *         default -> reportDamagedCode(e.reason(), e.field());
 *     }
 * }
 * }</pre>
 */
public final class DatamatrixException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not an INS Datamatrix payload, or why an identity may not carry one. */
    public enum Reason implements InsErrorReason {
        /** The text is {@code null}. */
        NULL,
        /**
         * The text does not start with the header {@code IS01} and 22 zeros (DMX-1): another kind of
         * code, another format version, or an empty or too short text.
         */
        BAD_HEADER,
        /** Two characters where a tag is expected are not {@code S1} to {@code S7} (DMX-4). */
        UNKNOWN_TAG,
        /** A tag appears twice (DMX-4). */
        REPEATED_TAG,
        /** A mandatory field ({@code S1} to {@code S6}) is absent (DMX-4). */
        MISSING_FIELD,
        /**
         * A value is shorter than its field's minimum: a fixed-length field cut by the end of the
         * text, a separator or the next tag; an empty name; an OID of fewer than 19 characters
         * (DMX-2).
         */
        WRONG_LENGTH,
        /**
         * A group separator (GS) is missing where DMX-3 requires one (a variable-length field
         * shorter than its maximum, followed by another field), or present where it allows none
         * (after a fixed-length field, after a field at its maximum length, after the last field).
         */
        BAD_SEPARATOR,
        /**
         * A value is refused by the INS type it stands for (DMX-4): matricule key, OID, strict
         * traits, date; see {@link DatamatrixException#getCause()}.
         */
        BAD_VALUE,
        /** Writing: the identity is not qualified, so its matricule may not travel (DMX-5, DIS-1). */
        NOT_QUALIFIED,
        /**
         * Writing: the document's purpose forbids the INS (billing, insurers, research: DMX-5,
         * DIS-3).
         */
        INS_NOT_DISCLOSED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "datamatrix";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;
    /** The field at fault, or {@code null}. */
    private final @Nullable DatamatrixField field;
    /** Index of the first character at fault in the payload, or -1. */

    DatamatrixException(Reason reason, @Nullable DatamatrixField field, int errorIndex, String detail,
            @Nullable Throwable cause) {
        super(message(reason, field, errorIndex, detail), errorIndex, cause);
        this.reason = reason;
        this.field = field;
    }

    DatamatrixException(Reason reason, @Nullable DatamatrixField field, int errorIndex, String detail) {
        this(reason, field, errorIndex, detail, null);
    }

    private static String message(Reason reason, @Nullable DatamatrixField field, int errorIndex,
            String detail) {
        boolean writing = reason == Reason.NOT_QUALIFIED || reason == Reason.INS_NOT_DISCLOSED;
        StringBuilder sb = new StringBuilder(writing ? "INS Datamatrix refused (" : "Invalid INS Datamatrix (")
                .append(reason);
        if (field != null) {
            sb.append(", field ").append(field.tag());
        }
        if (errorIndex >= 0) {
            sb.append(", at index ").append(errorIndex);
        }
        return sb.append("): ").append(detail).toString();
    }

    /**
     * Returns why the text was refused, or why the identity may not carry a Datamatrix.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the field at fault: the unknown or repeated tag's field, the missing field, the field
     * whose value or separator is wrong.
     *
     * @return the field, or empty when no single field is at fault (header, unknown tag, writing)
     */
    public Optional<DatamatrixField> field() {
        return Optional.ofNullable(field);
    }

}
