package io.github.ins4j.traits;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when a text is not a valid INS trait in its strict form (TRT-1), or when a typed text
 * cannot be brought to one (TRT-5).
 *
 * <p>{@link #trait()} says which trait, {@link #reason()} why, and {@link #errorIndex()} where: the
 * index of the first bad character, or {@code -1}. The message never repeats the value: traits are
 * personal data.
 */
public final class InvalidTraitException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not a valid trait. */
    public enum Reason implements InsErrorReason {
        /** The text is {@code null}. */
        NULL,
        /** The text is empty (or blank, for typed text). */
        EMPTY,
        /** More than 100 characters for a name (TRT-1), or not the expected length for a code. */
        TOO_LONG,
        /** The text is shorter than the trait requires (birth place code, date). */
        TOO_SHORT,
        /**
         * A character the strict form does not allow: lower case, accent, ligature, digit, control
         * character, emoji… (TRT-1).
         */
        INVALID_CHARACTER,
        /**
         * A separator out of place: leading space or hyphen, doubled space or apostrophe, a space
         * next to an apostrophe or a hyphen, a double hyphen in first names, a trailing separator,
         * or a name made only of separators, with no letter at all ({@code '}) (TRT-1).
         */
        BAD_SEPARATOR,
        /** A date that is not {@code YYYY-MM-DD} (or {@code DD/MM/YYYY} when typed) (TRT-3). */
        DATE_FORMAT,
        /** A date that does not exist: 30 February, month 13, year before 1800 (TRT-3). */
        IMPOSSIBLE_DATE,
        /** A date after today (TRT-3). */
        FUTURE_DATE,
        /** A code outside the values of the trait: sex other than M / F, department 00 (TRT-4). */
        INVALID_VALUE;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "trait";
        }
    }

    /** The trait that is invalid. */
    private final Trait trait;
    /** Why the operation was refused. */
    private final Reason reason;

    InvalidTraitException(Trait trait, Reason reason, int errorIndex, String detail) {
        super("Invalid " + trait.label() + " (" + reason
                + (errorIndex >= 0 ? ", at index " + errorIndex : "") + "): " + detail, errorIndex, null);
        this.trait = trait;
        this.reason = reason;
    }

    /**
     * Returns the trait that is invalid.
     *
     * @return the trait, never {@code null}
     */
    public Trait trait() {
        return trait;
    }

    /**
     * Returns why the text is invalid.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }

}
