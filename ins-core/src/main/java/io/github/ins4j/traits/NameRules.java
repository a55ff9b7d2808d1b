package io.github.ins4j.traits;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.traits.InvalidTraitException.Reason;
import java.util.ArrayList;
import java.util.List;

/** TRT-1 for the two name traits: one implementation, used by {@link BirthName} and {@link BirthFirstNames}. */
final class NameRules {

    /** TRT-1: every text trait has at most 100 characters. */
    static final int MAX_LENGTH = 100;

    private NameRules() {
    }

    /**
     * Checks the strict form of a name and returns it as a String.
     *
     * @param text      the text
     * @param trait     {@link Trait#BIRTH_NAME} or {@link Trait#BIRTH_FIRST_NAMES}
     * @throws InvalidTraitException when the text is not in strict form
     */
    static String check(@Nullable CharSequence text, Trait trait) {
        if (text == null) {
            throw new InvalidTraitException(trait, Reason.NULL, -1, "the text is null");
        }
        final int length = text.length();
        if (length == 0) {
            throw new InvalidTraitException(trait, Reason.EMPTY, -1, "the text is empty");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidTraitException(trait, Reason.TOO_LONG, MAX_LENGTH,
                    "the text has " + length + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        final boolean birthName = trait == Trait.BIRTH_NAME;
        boolean hasLetter = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                hasLetter = true;
                continue;
            }
            char previous = i == 0 ? 0 : text.charAt(i - 1);
            if (c == ' ' || c == '\'') {
                if (i == 0 && c == ' ') {
                    throw separator(trait, i, "a name does not start with a space");
                }
                if (previous == ' ' || previous == '\'' || previous == '-') {
                    throw separator(trait, i, "a space or an apostrophe is never doubled nor"
                            + " next to another separator");
                }
            } else if (c == '-') {
                if (i == 0) {
                    throw separator(trait, i, "a name does not start with a hyphen");
                }
                if (previous == ' ' || previous == '\'') {
                    throw separator(trait, i, "a hyphen is never next to a space or an apostrophe");
                }
                if (previous == '-') {
                    if (!birthName) {
                        throw separator(trait, i, "only the birth name may hold a double hyphen");
                    }
                    if (i >= 2 && text.charAt(i - 2) == '-') {
                        throw separator(trait, i, "at most two hyphens in a row (double family name)");
                    }
                }
            } else {
                throw new InvalidTraitException(trait, Reason.INVALID_CHARACTER, i,
                        "the character at index " + i + " is " + describe(c)
                        + "; the strict form allows upper-case A-Z, space, apostrophe and hyphen"
                        + " (use the typed-text factory to normalise what a person typed)");
            }
        }
        if (!hasLetter) {
            throw separator(trait, 0, "a name holds at least one letter; this one has only"
                    + " separators (space, apostrophe, hyphen)");
        }
        char last = text.charAt(length - 1);
        if (last == ' ' || last == '-' || (!birthName && last == '\'')) {
            throw separator(trait, length - 1, birthName
                    ? "a name does not end with a space or a hyphen"
                    : "a first name does not end with a space, a hyphen or an apostrophe");
        }
        return text.toString();
    }

    private static InvalidTraitException separator(Trait trait, int index, String detail) {
        return new InvalidTraitException(trait, Reason.BAD_SEPARATOR, index, detail);
    }

    /** Describes a character without repeating the name it is part of. */
    static String describe(char c) {
        String kind;
        if (c >= 'a' && c <= 'z') {
            kind = "a lower-case letter";
        } else if (c >= '0' && c <= '9' || Character.isDigit(c)) {
            kind = "a digit";
        } else if (Character.isISOControl(c)) {
            kind = "a control character";
        } else if (Character.isSurrogate(c)) {
            kind = "part of a character outside the BMP (emoji, symbol…)";
        } else if (Character.isLetter(c)) {
            kind = "a letter outside A-Z (accent, ligature or other script)";
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            kind = "a space other than U+0020";
        } else {
            kind = "a symbol or punctuation";
        }
        return kind + String.format(" (U+%04X)", (int) c);
    }

    /**
     * Splits a normalised name on the given separator characters, dropping empty pieces; no
     * regular expression, as matching calls it often.
     *
     * @param text       a normalised name
     * @param separators the characters that separate words, e.g. {@code " -"}
     * @return the words, in order
     */
    static List<String> split(String text, String separators) {
        List<String> words = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ' ' : text.charAt(i);
            if (c == ' ' || separators.indexOf(c) >= 0) {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(words);
    }

    /** Masks a name for {@code toString()}: its length only. */
    static String mask(String value) {
        return "masked, " + value.length() + (value.length() == 1 ? " character" : " characters");
    }
}
