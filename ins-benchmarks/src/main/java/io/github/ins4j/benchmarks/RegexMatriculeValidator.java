package io.github.ins4j.benchmarks;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The baseline of {@link MatriculeBenchmark}: a NIR check written the way most snippets on the
 * web write it — a precompiled regular expression for the shape, then {@code 2A} / {@code 2B}
 * replaced by {@code 19} / {@code 18}, {@link Long#parseLong(String)}, {@code % 97} and a
 * comparison with the key read by {@link Integer#parseInt(String)}.
 *
 * <p>It accepts no separators (spaces, dots), unlike
 * {@link io.github.ins4j.matricule.InsMatricule#isValid(CharSequence)}; the benchmark inputs
 * therefore hold none. Not part of ins4j: for comparison only.
 */
public final class RegexMatriculeValidator {

    private static final Pattern SHAPE = Pattern.compile(
            "^[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}$",
            Pattern.CASE_INSENSITIVE);

    private RegexMatriculeValidator() {
    }

    /**
     * Tells whether a text is a valid NIR, the regular-expression way.
     *
     * @param text the text to check; {@code null} gives {@code false}
     * @return whether the shape matches and the key is {@code 97 - (N mod 97)}
     */
    public static boolean isValid(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return false;
        }
        String body = text.substring(0, 13).toUpperCase(Locale.ROOT)
                .replace("2A", "19").replace("2B", "18");
        long number = Long.parseLong(body);
        int key = Integer.parseInt(text.substring(13));
        return 97 - number % 97 == key;
    }
}
