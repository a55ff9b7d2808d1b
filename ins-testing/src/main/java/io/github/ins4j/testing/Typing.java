package io.github.ins4j.testing;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * How a desk agent types a strict name: random case, accents, ligatures, typographic apostrophes
 * and dashes, runs of (no-break) spaces, spaces around. Every form normalises back to the strict
 * one (TRT-5). The choices are drawn independently of the text, so no {@code flatMap} is needed
 * and shrinking goes towards the strict form (all choices 0, no padding).
 *
 * @param choices one choice per character, used cyclically; 0 keeps the strict character
 * @param leading the spaces typed before, 0-2
 * @param trailing the spaces typed after, 0-2
 */
record Typing(List<Integer> choices, int leading, int trailing) {

    private static final String[] APOSTROPHES = {"'", "\u2019", "\u2018", "`", "\u00B4", "\u02BC"};
    private static final String[] DASHES = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"};
    private static final String[] SPACES = {" ", "  ", "\u00A0", " \u00A0 ", "\u202F", "   "};
    private static final String[] PADDING = {"", " ", "\u00A0 "};

    static Arbitrary<Typing> typings() {
        return Combinators.combine(Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(24),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
                .as(Typing::new);
    }

    /** Types a strict name (A-Z, space, apostrophe, hyphen). */
    String type(String strict) {
        StringBuilder out = new StringBuilder(strict.length() + 8).append(PADDING[leading]);
        for (int i = 0; i < strict.length(); i++) {
            char c = strict.charAt(i);
            int k = choices.get(i % choices.size());
            if (k % 7 == 6 && i + 1 < strict.length() && isLigature(c, strict.charAt(i + 1))) {
                out.append(ligature(c, k));
                i++;
                continue;
            }
            out.append(switch (c) {
                case '\'' -> APOSTROPHES[k % APOSTROPHES.length];
                case '-' -> DASHES[k % DASHES.length];
                case ' ' -> SPACES[k % SPACES.length];
                default -> letter(c, k);
            });
        }
        return out.append(PADDING[trailing]).toString();
    }

    private static boolean isLigature(char c, char next) {
        return (c == 'O' || c == 'A') && next == 'E';
    }

    private static String ligature(char c, int k) {
        boolean upper = k % 2 == 0;
        if (c == 'O') {
            return upper ? "\u0152" : "\u0153";   // Œ œ
        }
        return upper ? "\u00C6" : "\u00E6";       // Æ æ
    }

    private static String letter(char c, int k) {
        String[] accented = switch (c) {
            case 'A' -> new String[] {"A", "a", "\u00E0", "\u00E2", "\u00E4", "\u00C0", "\u00C2"};
            case 'C' -> new String[] {"C", "c", "\u00E7", "\u00C7"};
            case 'E' -> new String[] {"E", "e", "\u00E9", "\u00E8", "\u00EA", "\u00EB", "\u00C9", "\u00C8"};
            case 'I' -> new String[] {"I", "i", "\u00EE", "\u00EF", "\u00ED"};
            case 'N' -> new String[] {"N", "n", "\u00F1"};
            case 'O' -> new String[] {"O", "o", "\u00F4", "\u00F6", "\u00D3"};
            case 'U' -> new String[] {"U", "u", "\u00F9", "\u00FB", "\u00FC", "\u00DA"};
            case 'Y' -> new String[] {"Y", "y", "\u00FF", "\u0178"};
            default -> null;
        };
        if (accented != null) {
            return accented[k % accented.length];
        }
        return k % 2 == 0 ? String.valueOf(c) : String.valueOf(c).toLowerCase(Locale.ROOT);
    }
}
