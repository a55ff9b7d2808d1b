package io.github.ins4j.matricule;

/**
 * Finds a matricule written anywhere in a text, in any of the shapes a person or a program can
 * give it: the implementation of {@link InsMatricule#containsMatricule(CharSequence)}. One pass,
 * a 15-character buffer, no other allocation.
 *
 * <p>The text is read as code points, each one of:
 * <ul>
 *   <li><b>significant</b>: a decimal digit of any script ({@code 0-9}, full-width, Arabic-Indic...,
 *       and the "other numbers" whose value is 0-9 such as superscripts or circled digits), or the
 *       A / B of {@code 2A} / {@code 2B} (any case, also full-width) right after a {@code 2};</li>
 *   <li><b>invisible</b>: format characters (zero-width spaces and joiners, soft hyphen, BOM,
 *       direction marks), combining marks, control characters other than white space, and the
 *       invisible Hangul fillers: skipped as if absent;</li>
 *   <li><b>a letter</b> (other than such an A / B): it ends the number, so a matricule glued to
 *       letters ({@code NIR184067505614435X}) is still found;</li>
 *   <li><b>a separator</b>: anything else (spaces of every kind, line breaks, hyphens and dashes,
 *       dots, slashes, underscores, other punctuation and symbols). Up to {@value #MAX_GAP}
 *       separators in a row join two groups of digits ({@code 1-84/06 - 75}); more end the number.</li>
 * </ul>
 * A matricule is found when 15 significant characters that start a group (nothing significant
 * right before them) and end one (nothing significant right after them) make a valid matricule.
 * A longer run of digits written without separators is another number and is not cut into
 * windows: this keeps false positives away from long references, card or account numbers.
 */
final class MatriculeFinder {

    /** Separators in a row that still join two groups of digits. */
    static final int MAX_GAP = 3;

    private static final char NONE = 0;

    private MatriculeFinder() {
    }

    static boolean contains(CharSequence text) {
        final int length = text.length();
        // The last 15 significant characters (ASCII), and whether each one starts a group.
        char[] window = new char[InsMatricule.LENGTH];
        boolean[] starts = new boolean[InsMatricule.LENGTH];
        int count = 0;          // significant characters in the current run
        int gap = 0;            // separators since the last significant character
        char previous = NONE;   // the last significant character, NONE after a separator or letter
        char last = NONE;       // the last significant character of the run
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            int value = significantValue(cp, last);
            if (value != NONE) {
                int slot = count % InsMatricule.LENGTH;
                window[slot] = (char) value;
                // A group starts after a separator, a letter or the A / B of 2A / 2B.
                starts[slot] = previous == NONE || previous == 'A' || previous == 'B';
                count++;
                gap = 0;
                previous = (char) value;
                last = previous;
                i += width;
                // Does a group end here? Look at the next visible code point.
                int next = nextVisible(text, i);
                boolean groupEnds = next < 0
                        || significantValue(next, previous) == NONE
                        || isCorsicaLetter(next);   // "...2A": the number may end before the A
                if (groupEnds && count >= InsMatricule.LENGTH && matches(window, starts, count)) {
                    return true;
                }
                continue;
            }
            i += width;
            if (isInvisible(cp)) {
                continue;
            }
            previous = NONE;
            if (Character.isLetter(cp)) {
                count = 0;
                gap = 0;
                last = NONE;
            } else if (++gap > MAX_GAP) {
                count = 0;
                last = NONE;
            }
        }
        return false;
    }

    /** Whether the last 15 significant characters start a group and form a valid matricule. */
    private static boolean matches(char[] window, boolean[] starts, int count) {
        int first = count % InsMatricule.LENGTH;   // the oldest slot
        if (!starts[first]) {
            return false;
        }
        char[] candidate = new char[InsMatricule.LENGTH];
        for (int k = 0; k < InsMatricule.LENGTH; k++) {
            candidate[k] = window[(first + k) % InsMatricule.LENGTH];
        }
        return InsMatricule.isValid(new String(candidate));
    }

    /** The next code point that is not invisible, or -1 at the end of the text. */
    private static int nextVisible(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!isInvisible(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * The ASCII form of a significant code point ({@code '0'-'9'}, {@code 'A'}, {@code 'B'}), or
     * {@link #NONE}.
     */
    private static int significantValue(int cp, char previous) {
        if (cp >= '0' && cp <= '9') {
            return cp;
        }
        if (isCorsicaLetter(cp)) {
            return previous == '2' ? (cp == 'A' || cp == 'a' || cp == '\uFF21' || cp == '\uFF41' ? 'A' : 'B')
                    : NONE;
        }
        if (cp < 0x80) {
            return NONE;
        }
        int digit = Character.digit(cp, 10);
        if (digit >= 0) {
            return '0' + digit;
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) {
            int numeric = Character.getNumericValue(cp);
            if (numeric >= 0 && numeric <= 9) {
                return '0' + numeric;
            }
        }
        return NONE;
    }

    private static boolean isCorsicaLetter(int cp) {
        return cp == 'A' || cp == 'B' || cp == 'a' || cp == 'b'
                || cp == '\uFF21' || cp == '\uFF22' || cp == '\uFF41' || cp == '\uFF42';
    }

    /** Characters a reader does not see: they neither join nor split digits. */
    static boolean isInvisible(int cp) {
        switch (Character.getType(cp)) {
            case Character.FORMAT:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return true;
            case Character.CONTROL:
                return !Character.isWhitespace(cp);
            default:
                return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
        }
    }
}
