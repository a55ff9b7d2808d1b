package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.traits.InvalidTraitException.Reason;

/**
 * The sex trait, INSi {@code Sexe}: {@code M} or {@code F} only.
 *
 * <pre>{@code
 * Sex.parse("F");          // F, strict
 * Sex.parseTyped(" m ");  // M, typed
 * }</pre>
 */
public enum Sex {
    /** Male, code {@code M}; sex digits 1, 3 and 7 of a matricule (TRT-7). */
    M,
    /** Female, code {@code F}; sex digits 2, 4 and 8 of a matricule (TRT-7). */
    F;

    /**
     * Reads the strict code, {@code M} or {@code F}.
     *
     * @param code the code
     * @return the sex
     * @throws InvalidTraitException if the text is null, empty, or another code
     */
    public static Sex parse(@Nullable CharSequence code) {
        if (code == null) {
            throw error(Reason.NULL, "the text is null");
        }
        if (code.length() == 0) {
            throw error(Reason.EMPTY, "the text is empty");
        }
        if (code.length() == 1 && (code.charAt(0) == 'M' || code.charAt(0) == 'F')) {
            return code.charAt(0) == 'M' ? M : F;
        }
        throw error(Reason.INVALID_VALUE, "expected M or F (" + code.length()
                + (code.length() == 1 ? " character)" : " characters)"));
    }

    /**
     * Reads what a person typed: {@code m}, {@code M}, {@code f} or {@code F}, surrounding spaces
     * ignored.
     *
     * @param typed the typed code
     * @return the sex
     * @throws InvalidTraitException if the text is null, blank or another code
     */
    public static Sex parseTyped(@Nullable CharSequence typed) {
        if (typed == null || typed.length() > 100) {
            return parse(typed);
        }
        String text = typed.toString().strip().toUpperCase(java.util.Locale.ROOT);
        return parse(text);
    }

    /**
     * Returns the sex that a matricule's sex digit stands for (TRT-7).
     *
     * @param sexDigit the sex digit, 1, 2, 3, 4, 7 or 8
     * @return {@link #M} for 1, 3, 7; {@link #F} for 2, 4, 8
     * @throws InvalidTraitException with reason {@code INVALID_VALUE} for any other digit; a parsed
     *     matricule never has one
     */
    public static Sex fromSexDigit(int sexDigit) {
        return switch (sexDigit) {
            case 1, 3, 7 -> M;
            case 2, 4, 8 -> F;
            default -> throw new InvalidTraitException(Trait.SEX, InvalidTraitException.Reason.INVALID_VALUE, -1,
                    "not a sex digit of a matricule (1, 2, 3, 4, 7 or 8)");
        };
    }

    /**
     * Returns the INSi code.
     *
     * @return {@code "M"} or {@code "F"}
     */
    public String code() {
        return name();
    }

    private static InvalidTraitException error(Reason reason, String detail) {
        return new InvalidTraitException(Trait.SEX, reason, -1, detail);
    }
}
