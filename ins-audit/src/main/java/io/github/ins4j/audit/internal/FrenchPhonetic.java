package io.github.ins4j.audit.internal;

import io.github.ins4j.traits.TraitNormalizer;
import java.util.regex.Pattern;

/**
 * A small phonetic key for French names, used by the blocking passes and the {@code PHONETIC}
 * agreement level. It folds the spellings that a desk agent hears the same way: {@code PH}/{@code F},
 * {@code C}/{@code K}/{@code QU}, soft {@code C}/{@code S}/{@code Z}, soft {@code G}/{@code J},
 * {@code AU}/{@code EAU}/{@code O}, {@code AI}/{@code EI}/{@code E}, nasal {@code EN}/{@code AN},
 * {@code Y}/{@code I}, silent {@code H}, silent final {@code E}, {@code S}, {@code T}, {@code D},
 * {@code X}, and doubled letters. So {@code JEAN} and {@code JEANNE}, {@code DANIEL} and
 * {@code DANIELLE}, {@code FREDERIC} and {@code FREDERIQUE} share a key, which is what the
 * sex-and-first-name scoring needs to recognise the feminine form of a first name.
 *
 * <p>Why our own key rather than Beider–Morse (commons-codec): Beider–Morse returns sets of
 * alternatives and is costly per name; a blocking key must be one short string computed in a
 * few hundred nanoseconds, and the audit module depends on ins-core only. The key is a decision
 * of ins4j, easy to change: nothing persists it.
 */
public final class FrenchPhonetic {

    private static final int MAX_LENGTH = 10;

    private static final String[][] RULES = {
        {"SCH", "S"}, {"CH", "S"}, {"SH", "S"}, {"PH", "F"}, {"GN", "NI"}, {"CK", "K"},
        {"QU", "K"}, {"Q", "K"}, {"GUE", "KE"}, {"GUI", "KI"}, {"GE", "JE"}, {"GI", "JI"},
        {"GY", "JI"}, {"CE", "SE"}, {"CI", "SI"}, {"CY", "SI"}, {"C", "K"}, {"G", "K"},
        {"W", "V"}, {"Z", "S"}, {"Y", "I"}, {"H", ""}, {"EAU", "O"}, {"AU", "O"}, {"OU", "U"},
        {"AIN", "IN"}, {"EIN", "IN"}, {"AI", "E"}, {"EI", "E"}, {"EAN", "AN"},
    };
    private static final Pattern NASAL_E = Pattern.compile("E[NM](?=[^AEIOU]|$)");
    private static final Pattern NASAL_A = Pattern.compile("AM(?=[^AEIOU]|$)");
    private static final Pattern ER_END = Pattern.compile("ER$");

    private FrenchPhonetic() {
    }

    /**
     * Returns the key of a name, normalised first (TRT-5); separators are dropped.
     *
     * @param name the name, e.g. {@code Jean-Pierre}
     * @return the key, at most 10 letters; empty when the name has no letter
     */
    public static String key(CharSequence name) {
        String s = lettersOnly(TraitNormalizer.normalize(name));
        if (s.isEmpty()) {
            return s;
        }
        for (String[] rule : RULES) {
            if (s.contains(rule[0])) {
                s = s.replace(rule[0], rule[1]);
            }
        }
        s = NASAL_E.matcher(s).replaceAll("AN");
        s = NASAL_A.matcher(s).replaceAll("AN");
        s = collapse(s);
        s = ER_END.matcher(s).replaceAll("E");
        s = dropSilentEnd(s);
        s = collapse(s);
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    private static String lettersOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String dropSilentEnd(String s) {
        String r = s;
        if (r.length() > 2 && r.endsWith("E")) {
            r = r.substring(0, r.length() - 1);
        }
        while (r.length() > 2 && "STDX".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        if (r.length() > 2 && r.endsWith("E")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != previous) {
                sb.append(c);
            }
            previous = c;
        }
        return sb.toString();
    }
}
