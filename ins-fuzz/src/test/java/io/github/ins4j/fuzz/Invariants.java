package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.error.InsException;
import io.github.ins4j.matricule.InsMatricule;
import java.util.function.Supplier;

/**
 * The invariants every fuzz target checks: nothing thrown but the library's own exception family
 * (an {@link InsException} of the expected type), and no matricule in any message or
 * {@code toString()}.
 */
final class Invariants {

    private Invariants() {
    }

    /**
     * Runs a call that takes outside input: it either returns a value, or throws an
     * {@link InsException} of the expected type whose message holds no matricule. Anything else
     * (IllegalArgumentException, NullPointerException, DateTimeException, an Error...) is a
     * finding and propagates to the fuzzer.
     *
     * @return the value, or {@code null} when the input was refused
     */
    static <T> T orRefused(Supplier<T> call, Class<? extends InsException> expected) {
        try {
            T value = call.get();
            assertThat(value).isNotNull();
            noMatricule(String.valueOf(value));
            return value;
        } catch (InsException refused) {
            assertThat(refused).isInstanceOf(expected);
            assertThat(refused.reason()).isNotNull();
            noMatricule(refused.getMessage());
            assertThat(refused.errorIndex()).isGreaterThanOrEqualTo(-1);
            return null;
        }
    }

    /** A message or a {@code toString()} never holds a matricule, in any shape (MAT-7). */
    static void noMatricule(String text) {
        assertThat(InsMatricule.containsMatricule(text)).as("a matricule in: %s", text.length()).isFalse();
    }

    /**
     * The same text with every letter A-Z (and a-z) moved 13 places: the TRT-1 rules depend only on
     * the kind of a character, so a message or a mask that shows no letter of the input is the same
     * for both. A differential test of "no name in any message".
     */
    static String rot13(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            } else if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Uppercase words of the messages themselves (reason and field names), not personal data. */
    private static final String VOCABULARY = vocabulary();

    private static String vocabulary() {
        StringBuilder b = new StringBuilder();
        for (Class<?> type : new Class<?>[] {io.github.ins4j.traits.InvalidTraitException.Reason.class,
                io.github.ins4j.traits.Trait.class, io.github.ins4j.matricule.InvalidMatriculeException.Reason.class,
                io.github.ins4j.matricule.InvalidOidException.Reason.class,
                io.github.ins4j.datamatrix.DatamatrixException.Reason.class,
                io.github.ins4j.datamatrix.DatamatrixField.class,
                io.github.ins4j.mssante.MssanteAddressException.Reason.class,
                io.github.ins4j.matricule.InsOid.class}) {
            for (Object constant : type.getEnumConstants()) {
                b.append(((Enum<?>) constant).name()).append(' ');
            }
        }
        for (io.github.ins4j.matricule.InsOid oid : io.github.ins4j.matricule.InsOid.values()) {
            b.append(oid.typeCode()).append(' ');
        }
        return b.append("INS IS01 DD-MM-YYYY YYYY-MM-DD DD/MM/YYYY GS NFC UTF").toString();
    }

    /**
     * No name from the input in a message: every run of 6 or more name characters (A-Z, apostrophe,
     * hyphen, space) of the input that is not a word of the messages themselves must be absent
     * from the text.
     */
    static void noNameOf(String input, String text) {
        int start = -1;
        for (int i = 0; i <= input.length(); i++) {
            char c = i < input.length() ? input.charAt(i) : '\0';
            boolean nameChar = (c >= 'A' && c <= 'Z') || c == '\'' || c == '-';
            if (nameChar && start < 0) {
                start = i;
            } else if (!nameChar && start >= 0) {
                String run = input.substring(start, i);
                if (run.length() >= 6 && !VOCABULARY.contains(run)) {
                    assertThat(text).as("a name of the input in a message").doesNotContain(run);
                }
                start = -1;
            }
        }
    }

    /** No date of the input (6 digits or more, with or without separators) in a message. */
    static void noDateOf(String input, String text) {
        String digits = input.replaceAll("[^0-9]", "");
        if (digits.length() >= 6) {
            assertThat(text.replaceAll("[^0-9]", "")).doesNotContain(digits);
        }
    }

    /** A message or a mask without the code points it may quote, for a differential comparison. */
    static String withoutCodePoints(String text) {
        return text.replaceAll("U\\+[0-9A-F]{4,6}", "U+?");
    }
}
