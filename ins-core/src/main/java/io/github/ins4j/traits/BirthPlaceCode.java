package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.Locale;

/**
 * The birth place code, INSi {@code LieuNaissance}: the INSEE COG code of the commune at the date
 * of birth, or {@code 99} and the country code for people born abroad (TRT-4).
 *
 * <ul>
 *   <li>{@link Kind#METROPOLITAN}: a department {@code 01}-{@code 95}, {@code 2A} or {@code 2B}
 *       (or {@code 20}, Corsica before 1976) and a three-digit commune: {@code 75056}, {@code 2A004};</li>
 *   <li>{@link Kind#OVERSEAS}: {@code 97x} / {@code 98x} and a two-digit commune: {@code 97411};</li>
 *   <li>{@link Kind#ABROAD}: {@code 99} and the three-digit country code: {@code 99100};</li>
 *   <li>{@link Kind#UNKNOWN}: {@code 99999}, accepted, reported as a warning by the coherence
 *       check (TRT-7).</li>
 * </ul>
 *
 * <p>Codes are not checked against the INSEE list, which changes over time; only department
 * {@code 00} is refused, as no code starts with it.
 *
 * <pre>{@code
 * BirthPlaceCode.parse("2A004").kind();     // METROPOLITAN
 * BirthPlaceCode.parseTyped(" 2a004 ");   // typed: trimmed, upper-cased
 * }</pre>
 */
public final class BirthPlaceCode {

    /** The layouts of a birth place code. */
    public enum Kind {
        /** A department of metropolitan France or Corsica and a commune. */
        METROPOLITAN,
        /** An overseas department or territory ({@code 97x}, {@code 98x}) and a commune. */
        OVERSEAS,
        /** Born abroad: {@code 99} and a country code. */
        ABROAD,
        /** {@code 99999}: unknown. */
        UNKNOWN
    }

    /** The code of an unknown birth place. */
    public static final String UNKNOWN_CODE = "99999";

    private final String value;

    private BirthPlaceCode(String value) {
        this.value = value;
    }

    /**
     * Reads the strict code: five characters, ASCII digits, {@code 2A} / {@code 2B} upper-case.
     *
     * @param strict the code
     * @return the birth place code
     * @throws InvalidTraitException if the text is not such a code
     */
    public static BirthPlaceCode parse(@Nullable CharSequence strict) {
        if (strict == null) {
            throw error(Reason.NULL, -1, "the text is null");
        }
        int length = strict.length();
        if (length == 0) {
            throw error(Reason.EMPTY, -1, "the text is empty");
        }
        if (length > 5) {
            throw error(Reason.TOO_LONG, 5, "the code has " + length + " characters; 5 are expected");
        }
        for (int i = 0; i < length; i++) {
            char c = strict.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean corsica = i == 1 && (c == 'A' || c == 'B') && strict.charAt(0) == '2';
            if (!digit && !corsica) {
                throw error(Reason.INVALID_CHARACTER, i, "the character at index " + i + " is "
                        + NameRules.describe(c) + "; expected ASCII digits, or 2A / 2B first");
            }
        }
        if (length < 5) {
            throw error(Reason.TOO_SHORT, -1, "the code has " + length + " characters; 5 are expected");
        }
        if (strict.charAt(0) == '0' && strict.charAt(1) == '0') {
            throw error(Reason.INVALID_VALUE, 0, "no department is numbered 00");
        }
        return new BirthPlaceCode(strict.toString());
    }

    /**
     * Reads what a person typed: surrounding spaces removed, {@code 2a} / {@code 2b} upper-cased.
     *
     * @param typed the typed code
     * @return the birth place code
     * @throws InvalidTraitException if the text is not such a code
     */
    public static BirthPlaceCode parseTyped(@Nullable CharSequence typed) {
        if (typed == null || typed.length() > 100) {
            return parse(typed);
        }
        return parse(typed.toString().strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Returns the five characters. Personal data.
     *
     * @return e.g. {@code 75056}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the layout of the code.
     *
     * @return the kind
     */
    public Kind kind() {
        if (value.equals(UNKNOWN_CODE)) {
            return Kind.UNKNOWN;
        }
        if (value.startsWith("99")) {
            return Kind.ABROAD;
        }
        if (value.startsWith("97") || value.startsWith("98")) {
            return Kind.OVERSEAS;
        }
        return Kind.METROPOLITAN;
    }

    /**
     * Tells whether the birth place is unknown ({@code 99999}).
     *
     * @return {@code true} for {@code 99999}
     */
    public boolean isUnknown() {
        return kind() == Kind.UNKNOWN;
    }

    /**
     * Compares the codes (TRT-8).
     *
     * @param other the object to compare with
     * @return whether {@code other} is the same code
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof BirthPlaceCode && ((BirthPlaceCode) other).value.equals(value);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns a masked form that tells only the kind, e.g. {@code BirthPlaceCode[ABROAD, masked]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "BirthPlaceCode[" + kind() + ", masked]";
    }

    private static InvalidTraitException error(Reason reason, int index, String detail) {
        return new InvalidTraitException(Trait.BIRTH_PLACE_CODE, reason, index, detail);
    }
}
