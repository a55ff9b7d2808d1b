package io.github.ins4j.traits;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The normalisation of TRT-5: brings what a person typed to the form INSi writes, for comparing
 * (not for storing).
 *
 * <ul>
 *   <li>upper case ({@code garcía} → {@code GARCIA});</li>
 *   <li>diacritics removed ({@code É} → {@code E}, {@code Ç} → {@code C}, {@code Ł} → {@code L},
 *       {@code Ø} → {@code O});</li>
 *   <li>ligatures expanded ({@code Œ} → {@code OE}, {@code Æ} → {@code AE}, {@code ß} → {@code SS});</li>
 *   <li>every apostrophe-like character ({@code ’ ‘ ` ´ ʼ}) becomes {@code '};</li>
 *   <li>every dash-like character ({@code ‐ ‑ ‒ – — −}) becomes {@code -};</li>
 *   <li>runs of spaces (any Unicode white space, no-break spaces included) become one space;
 *       leading and trailing spaces are removed.</li>
 * </ul>
 *
 * <p>It is idempotent: {@code normalize(normalize(s)).equals(normalize(s))}. It does not
 * validate: a digit or an emoji stays (a lone surrogate becomes U+FFFD), and the strict
 * factories (e.g. {@link BirthName#parse}) then reject it with its position. A text that is already
 * normalised is returned as is, without allocation when it is a {@code String}.
 *
 * <pre>{@code
 * TraitNormalizer.normalize("  d’Artagnan ");   // "D'ARTAGNAN"
 * TraitNormalizer.normalize("Sarah–Lou");       // "SARAH-LOU"
 * TraitNormalizer.normalize("Œdipe  Müller");   // "OEDIPE MULLER"
 * }</pre>
 */
public final class TraitNormalizer {

    /** Characters U+00C0 to U+017F (Latin-1 letters and Latin Extended-A), precomputed. */
    private static final int TABLE_START = 0x00C0;
    private static final int TABLE_END = 0x0180;
    private static final String[] TABLE = new String[TABLE_END - TABLE_START];

    static {
        for (int c = TABLE_START; c < TABLE_END; c++) {
            StringBuilder sb = new StringBuilder(2);
            mapSlow(c, sb);
            TABLE[c - TABLE_START] = sb.toString();
        }
    }

    private TraitNormalizer() {
    }

    /**
     * Normalises a text as TRT-5 says.
     *
     * @param text the text, e.g. what a desk agent typed
     * @return the normalised text; {@code text.toString()} itself when already normalised
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        if (isNormalized(text)) {
            return text.toString();
        }
        final int length = text.length();
        StringBuilder out = new StringBuilder(length);
        boolean pendingSpace = false;
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            int before = out.length();
            if (pendingSpace) {
                out.append(' ');
            }
            int mark = out.length();
            map(cp, out);
            if (out.length() == mark) {
                out.setLength(before); // a mark alone: nothing appended, keep the space pending
                continue;
            }
            pendingSpace = false;
        }
        return out.toString();
    }

    /**
     * Tells whether a text is already in normalised form, made only of {@code A}-{@code Z},
     * {@code '}, {@code -} and single inner spaces. Allocates nothing.
     *
     * @param text the text
     * @return {@code true} when {@link #normalize(CharSequence)} would return it unchanged and it
     *     holds only those characters
     */
    static boolean isNormalized(CharSequence text) {
        final int length = text.length();
        if (length == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if ((c < 'A' || c > 'Z') && c != '\'' && c != '-') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static void map(int cp, StringBuilder out) {
        if (cp >= 'a' && cp <= 'z') {
            out.append((char) (cp - 'a' + 'A'));
        } else if ((cp >= 'A' && cp <= 'Z') || cp == '\'' || cp == '-') {
            out.append((char) cp);
        } else if (cp >= TABLE_START && cp < TABLE_END) {
            out.append(TABLE[cp - TABLE_START]);
        } else {
            mapSlow(cp, out);
        }
    }

    private static void mapSlow(int cp, StringBuilder out) {
        switch (cp) {
            case 'Œ', 'œ' -> out.append("OE");
            case 'Æ', 'æ' -> out.append("AE");
            case 'ß', 'ẞ' -> out.append("SS");
            case '\u2019', '\u2018', '`', '\u00B4', '\u02BC', '\u02B9', '\u2032' -> out.append('\'');
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
            // letters with a stroke: a diacritic that NFKD does not decompose
            case '\u00D8', '\u00F8' -> out.append('O'); // Ø ø
            case '\u0110', '\u0111' -> out.append('D'); // Đ đ
            case '\u0126', '\u0127' -> out.append('H'); // Ħ ħ
            case '\u0141', '\u0142' -> out.append('L'); // Ł ł
            case '\u0166', '\u0167' -> out.append('T'); // Ŧ ŧ
            default -> {
                if (isMark(cp)) {
                    return;
                }
                if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                    // a lone surrogate (malformed UTF-16): the replacement character, so that
                    // removing a mark never joins two halves into a new character (idempotence)
                    out.append('\uFFFD');
                    return;
                }
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)),
                        Normalizer.Form.NFKD);
                int j = 0;
                while (j < decomposed.length()) {
                    int part = decomposed.codePointAt(j);
                    j += Character.charCount(part);
                    if (isMark(part)) {
                        continue;
                    }
                    if (part == cp) {
                        out.append(new String(Character.toChars(part)).toUpperCase(Locale.ROOT));
                    } else if (!isSpace(part)) {
                        map(part, out); // spaces of a decomposition (e.g. of U+00A8) are dropped
                    }
                }
            }
        }
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
