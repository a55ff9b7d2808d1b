package io.github.ins4j.matricule;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when a text is not a valid INS matricule.
 *
 * <p>{@link #reason()} says why, as an enum that callers can switch on (and that the Bean
 * Validation messages of ins4j are keyed on); {@link #errorIndex()} gives the index, in the text
 * that was parsed, of the first character at fault, or {@code -1} when no single character is.
 *
 * <p>The message never contains the matricule or any of its first 13 characters (MAT-7): it names
 * the rule that failed, the position and what was expected, so that a developer can act on it
 * without the value ending up in a log.
 *
 * <pre>{@code
 * try {
 *     InsMatricule.parse(typed);
 * } catch (InvalidMatriculeException e) {
 *     switch (e.reason()) {
 *         case KEY_MISMATCH -> askToCheckTheLastTwoDigits();
 *         default -> showError(e.getMessage());
 *     }
 * }
 * }</pre>
 */
public final class InvalidMatriculeException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not a valid INS matricule. */
    public enum Reason implements InsErrorReason {
        /** The text is {@code null}. */
        NULL,
        /** The text is empty, or holds only separators (spaces, dots). */
        EMPTY,
        /** Not exactly 15 characters once the separators are removed (MAT-3). */
        LENGTH,
        /**
         * A character that is neither an ASCII digit, a separator, nor the letter of {@code 2A} /
         * {@code 2B}; Unicode digits other than ASCII are refused, never converted (MAT-3).
         */
        INVALID_CHARACTER,
        /** The sex digit (position 1) is not 1, 2, 3, 4, 7 or 8 (MAT-4). */
        SEX_DIGIT,
        /** The birth month (positions 4-5) is not 01-12 nor 20-99 (MAT-4). */
        MONTH,
        /**
         * A letter {@code A} or {@code B} in the department (positions 6-7) but not as the A / B of
         * {@code 2A} / {@code 2B}, e.g. {@code 3A} or {@code A5} (MAT-3). A letter anywhere else,
         * where the layout has only digits, is an {@link #INVALID_CHARACTER}.
         */
        CORSICA_POSITION,
        /** The key (positions 14-15) is not 97 − (N mod 97) of the first 13 characters (MAT-1). */
        KEY_MISMATCH;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "matricule";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InvalidMatriculeException(Reason reason, int errorIndex, String detail) {
        super(message(reason, errorIndex, detail), errorIndex, null);
        this.reason = reason;
    }

    private static String message(Reason reason, int errorIndex, String detail) {
        StringBuilder sb = new StringBuilder("Invalid INS matricule (").append(reason);
        if (errorIndex >= 0) {
            sb.append(", at index ").append(errorIndex);
        }
        return sb.append("): ").append(detail).toString();
    }

    /**
     * Returns why the text is not a valid matricule.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }

}
