package io.github.ins4j.traits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test data for the name traits, written from spec/02-traits.md and independently of
 * {@link NameRules} and {@link TraitNormalizer}: generators of strict names (TRT-1) and a
 * "re-typer" that turns a strict name into what a desk agent could have typed (TRT-5).
 */
final class Names {

    /** Apostrophe-like characters of TRT-5, the ASCII apostrophe included. */
    static final String APOSTROPHES = "'\u2019\u2018`\u00B4\u02BC";

    /** Dash-like characters of TRT-5, the ASCII hyphen included. */
    static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014";

    /** Blanks a person may type: space, tab, no-break space, narrow no-break space. */
    static final String BLANKS = " \t\u00A0\u202F";

    /** Upper- and lower-case accented forms of the letters that have some, precomposed. */
    static final Map<Character, String> ACCENTED = Map.of(
            'A', "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5", // À Á Â Ã Ä Å à á â ã ä å
            'C', "\u00C7\u00E7",                                                             // Ç ç
            'E', "\u00C8\u00C9\u00CA\u00CB\u00E8\u00E9\u00EA\u00EB",                         // È É Ê Ë è é ê ë
            'I', "\u00CC\u00CD\u00CE\u00CF\u00EC\u00ED\u00EE\u00EF",                         // Ì Í Î Ï ì í î ï
            'N', "\u00D1\u00F1",                                                             // Ñ ñ
            'O', "\u00D2\u00D3\u00D4\u00D5\u00D6\u00F2\u00F3\u00F4\u00F5\u00F6",             // Ò Ó Ô Õ Ö ò ó ô õ ö
            'U', "\u00D9\u00DA\u00DB\u00DC\u00F9\u00FA\u00FB\u00FC",                         // Ù Ú Û Ü ù ú û ü
            'Y', "\u00DD\u00FD\u00FF\u0178");                                                // Ý ý ÿ Ÿ

    /** Combining marks: grave, acute, circumflex, tilde, diaeresis, cedilla. */
    static final String COMBINING_MARKS = "\u0300\u0301\u0302\u0303\u0308\u0327";

    /** Two strict letters and the ligatures a person may type for them. */
    static final Map<String, String> LIGATURES = Map.of(
            "OE", "\u0152\u0153", // Œ œ
            "AE", "\u00C6\u00E6", // Æ æ
            "SS", "\u00DF");      // ß

    private Names() {
    }

    /** A word of upper-case letters A-Z. */
    static Arbitrary<String> words(int maxLength) {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(maxLength);
    }

    /**
     * Strict birth names (TRT-1): words joined by a space, an apostrophe, a hyphen or a double
     * hyphen, e.g. {@code D'ARTAGNAN}, {@code MARTIN--DURAND}; at most 68 characters.
     */
    static Arbitrary<String> birthNames() {
        return joined(words(12), 5, Arbitraries.of(" ", "'", "-", "--"));
    }

    /** Strict names with single separators only (space, apostrophe, hyphen). */
    static Arbitrary<String> singleSeparatorNames() {
        return joined(words(12), 5, Arbitraries.of(" ", "'", "-"));
    }

    /** A strict first name: words joined by a hyphen or an apostrophe ({@code PIERRE-ALAIN}, {@code N'DEYE}). */
    static Arbitrary<String> firstNames() {
        return joined(words(10), 2, Arbitraries.of("-", "'"));
    }

    /** Strict lists of birth first names (TRT-1): first names separated by single spaces; at most 87 characters. */
    static Arbitrary<String> firstNameLists() {
        return firstNames().list().ofMinSize(1).ofMaxSize(4).map(list -> String.join(" ", list));
    }

    private static Arbitrary<String> joined(Arbitrary<String> words, int maxWords, Arbitrary<String> separators) {
        return Combinators.combine(words.list().ofMinSize(1).ofMaxSize(maxWords),
                separators.list().ofSize(maxWords - 1)).as((ws, ss) -> {
                    StringBuilder sb = new StringBuilder(ws.get(0));
                    for (int i = 1; i < ws.size(); i++) {
                        sb.append(ss.get(i - 1)).append(ws.get(i));
                    }
                    return sb.toString();
                });
    }

    /** The words of a strict name, hyphens and apostrophes counting as spaces (TRT-2), as the spec says it. */
    static List<String> wordsOf(String strict) {
        List<String> words = new ArrayList<>();
        for (String w : strict.split("[ '\\-]")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Re-types a strict name the way a person could have typed it: random case, accented letters
     * (precomposed or with combining marks), ligatures for OE / AE / SS, typographic apostrophes
     * and dashes, runs of blanks instead of a space, blanks at both ends. TRT-5 brings it back.
     */
    static String retype(String strict, Random random) {
        StringBuilder out = new StringBuilder();
        out.append(blanks(random, 0, 3));
        for (int i = 0; i < strict.length(); i++) {
            char c = strict.charAt(i);
            if (i + 1 < strict.length() && random.nextInt(3) == 0) {
                String ligatures = LIGATURES.get(strict.substring(i, i + 2));
                if (ligatures != null) {
                    out.append(pick(ligatures, random));
                    i++;
                    continue;
                }
            }
            if (c == ' ') {
                out.append(blanks(random, 1, 3));
            } else if (c == '\'') {
                out.append(pick(APOSTROPHES, random));
            } else if (c == '-') {
                out.append(pick(DASHES, random));
            } else {
                out.append(letter(c, random));
            }
        }
        out.append(blanks(random, 0, 3));
        return out.toString();
    }

    /** Re-types strict names: pairs of (strict, typed). */
    static Arbitrary<String[]> retyped(Arbitrary<String> strictNames) {
        return Combinators.combine(strictNames, Arbitraries.randoms())
                .as((strict, random) -> new String[] {strict, retype(strict, random)});
    }

    /** The index of the first letter A-Z at or after {@code from} (modulo the length), cyclically. */
    static int letterAtOrAfter(String strict, int from) {
        for (int k = 0; k < strict.length(); k++) {
            int i = (from + k) % strict.length();
            char c = strict.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return i;
            }
        }
        throw new IllegalArgumentException("no letter");
    }

    /** The text with its character at {@code index} in lower case. */
    static String lowerCaseAt(String text, int index) {
        return text.substring(0, index) + Character.toLowerCase(text.charAt(index)) + text.substring(index + 1);
    }

    /** The text with every letter A-Z shifted by 13 (A becomes N); every other character kept. */
    static String rot13UpperCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + 13) % 26) : c);
        }
        return sb.toString();
    }

    private static String letter(char c, Random random) {
        boolean lower = random.nextBoolean();
        String accented = ACCENTED.get(c);
        switch (random.nextInt(4)) {
            case 0:
                if (accented != null) {
                    return String.valueOf(pick(accented, random));
                }
                break;
            case 1:
                if (accented != null) {
                    return (lower ? Character.toLowerCase(c) : c) + String.valueOf(pick(COMBINING_MARKS, random));
                }
                break;
            default:
                break;
        }
        return String.valueOf(lower ? Character.toLowerCase(c) : c);
    }

    private static String blanks(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(pick(BLANKS, random));
        }
        return sb.toString();
    }

    private static char pick(String chars, Random random) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
