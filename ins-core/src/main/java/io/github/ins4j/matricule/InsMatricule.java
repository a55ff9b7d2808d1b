package io.github.ins4j.matricule;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.matricule.InvalidMatriculeException.Reason;
import java.util.OptionalInt;

/**
 * The INS matricule: a person's NIR, or an NIA while a NIR is pending — 13 characters and a
 * two-digit key. An instance that exists is valid; it is immutable and compared by value.
 *
 * <h2>Layout</h2>
 * <pre>
 *  1 84 06 75 056 144 35
 *  | |  |  |  |   |   +-- key: 97 - (N mod 97), 01..97 (MAT-1)
 *  | |  |  |  |   +------ order number
 *  | |  |  +--+---------- birth place: department + commune, 97x/98x + commune, or 99 + country
 *  | |  +---------------- birth month: 01-12, or 20-99 when unknown
 *  | +------------------- birth year, last two digits
 *  +--------------------- sex digit: 1, 2, 3, 4, 7 or 8
 * </pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>MAT-1</b>: the key is {@code 97 - (N mod 97)} where N is the first 13 characters read as a
 *       number, {@code 2A} read as {@code 19} and {@code 2B} as {@code 18}.</li>
 *   <li><b>MAT-2</b>: so any single wrong character and any swap of two neighbouring characters is
 *       rejected.</li>
 *   <li><b>MAT-3</b>: exactly 15 characters once spaces (also no-break spaces) and dots are
 *       removed; ASCII digits only (Unicode digits are refused, never converted); {@code 2A} /
 *       {@code 2B} only at positions 6-7, lowercase accepted and upper-cased.</li>
 *   <li><b>MAT-4</b>: sex digit in {1, 2, 3, 4, 7, 8}; month 01-12 or 20-99 (unknown). Communes are
 *       not checked against the INSEE list.</li>
 *   <li><b>MAT-5</b>: whether the number is a NIR or an NIA is told by its OID, never by its digits:
 *       see {@link InsOid} and {@link InsIdentifier}.</li>
 *   <li><b>MAT-7</b>: personal data. {@link #toString()} is masked ({@code 1 84 ** ** *** *** 35});
 *       only {@link #value()} and {@link #format(MatriculeFormat)} give the whole number.</li>
 *   <li><b>MAT-8</b>: canonical form of 15 characters ({@link MatriculeFormat#COMPACT}) and display
 *       form {@code 1 84 06 75 056 144 35} ({@link MatriculeFormat#DISPLAY}).</li>
 * </ul>
 *
 * <pre>{@code
 * InsMatricule m = InsMatricule.parse("2 89 04 2a 004 120 88");   // Corse-du-Sud, lowercase accepted
 * m.value();                      // "289042A00412088"
 * m.birthPlace();                 // Department[2A***]
 * InsMatricule.isValid("289042A00412089");   // false: wrong key
 * }</pre>
 */
public final class InsMatricule {

    /** Number of characters of a matricule: 13 and a two-digit key. */
    public static final int LENGTH = 15;

    private static final long TEN_POW_12 = 1_000_000_000_000L;
    private static final long TEN_POW_10 = 10_000_000_000L;
    private static final long TEN_POW_8 = 100_000_000L;

    private static final int NO_CORSICA = 0;
    private static final int CORSICA_A = 1;
    private static final int CORSICA_B = 2;

    // Packing of a successful scan: body in bits 0-43, Corsica in 44-45, key in 46-52.
    private static final int CORSICA_SHIFT = 44;
    private static final int KEY_SHIFT = 46;
    private static final long BODY_MASK = (1L << CORSICA_SHIFT) - 1;

    // Packing of a failed scan (stored bitwise-negated, hence negative):
    // reason ordinal in bits 0-3, a small detail (a count, a key) in bits 4-10, index + 1 above.
    private static final int DETAIL_SHIFT = 4;
    private static final int INDEX_SHIFT = 11;
    // Result of the fast path (fastScan) when it cannot accept the text; never turned into an error.
    private static final long NOT_FAST = -1;

    /** The first 13 characters as a number, {@code 2A} read as 19 and {@code 2B} as 18. */
    private final long body;
    /** {@link #NO_CORSICA}, {@link #CORSICA_A} or {@link #CORSICA_B}. */
    private final byte corsica;
    /** The key, 1..97. */
    private final byte key;

    private InsMatricule(long body, int corsica, int key) {
        this.body = body;
        this.corsica = (byte) corsica;
        this.key = (byte) key;
    }

    /**
     * Parses a matricule as a person or a system wrote it: 15 characters, with any number of
     * spaces, no-break spaces and dots anywhere (MAT-3).
     *
     * <pre>{@code
     * InsMatricule.parse("184067505614435");
     * InsMatricule.parse("1 84 06 75 056 144 35");
     * InsMatricule.parse("1.84.06.75.056.144.35");
     * }</pre>
     *
     * @param text the text to parse; may be {@code null} (rejected with reason {@code NULL})
     * @return the matricule
     * @throws InvalidMatriculeException if the text is not a valid matricule, with the
     *     {@linkplain InvalidMatriculeException#reason() reason} and the
     *     {@linkplain InvalidMatriculeException#errorIndex() index} of the first bad character
     */
    public static InsMatricule parse(@Nullable CharSequence text) {
        long scan = scan(text);
        if (scan < 0) {
            throw failure(text, scan);
        }
        return new InsMatricule(scan & BODY_MASK, (int) ((scan >>> CORSICA_SHIFT) & 0b11),
                (int) (scan >>> KEY_SHIFT));
    }

    /**
     * Builds a matricule from the two fields INSi returns: {@code NumIdentifiant} (the 13
     * characters) and {@code Cle} (the two-digit key). Both are machine data and are taken
     * strictly: exactly 13 and 2 characters, no separator.
     *
     * <pre>{@code
     * InsMatricule m = InsMatricule.of("1840675056144", "35");
     * }</pre>
     *
     * @param numIdentifiant the 13 first characters
     * @param cle            the two-digit key
     * @return the matricule
     * @throws InvalidMatriculeException if either field is null or of the wrong length, or if
     *     together they are not a valid matricule; the error index then counts in the 15
     *     characters {@code numIdentifiant + cle}
     */
    public static InsMatricule of(@Nullable CharSequence numIdentifiant, @Nullable CharSequence cle) {
        if (numIdentifiant == null || cle == null) {
            throw new InvalidMatriculeException(Reason.NULL, -1,
                    (numIdentifiant == null ? "NumIdentifiant" : "Cle") + " is null");
        }
        if (numIdentifiant.length() != LENGTH - 2) {
            throw new InvalidMatriculeException(Reason.LENGTH, -1, "NumIdentifiant has "
                    + numIdentifiant.length() + " characters; 13 are expected, without separators");
        }
        if (cle.length() != 2) {
            throw new InvalidMatriculeException(Reason.LENGTH, -1,
                    "Cle has " + cle.length() + " characters; 2 digits are expected");
        }
        for (int i = 0; i < LENGTH - 2; i++) {
            if (isSeparator(numIdentifiant.charAt(i))) {
                throw new InvalidMatriculeException(Reason.INVALID_CHARACTER, i,
                        "NumIdentifiant holds a separator; INSi fields have none");
            }
        }
        return parse(new StringBuilder(LENGTH).append(numIdentifiant).append(cle));
    }

    /**
     * Tells whether a text is a valid matricule, by the same rules as {@link #parse(CharSequence)}.
     * Never throws and allocates nothing.
     *
     * @param text the text to check; {@code null} gives {@code false}
     * @return {@code true} exactly when {@code parse(text)} would succeed
     */
    public static boolean isValid(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length == LENGTH) {
            // 15 characters with a separator among them leave fewer than 15 significant ones:
            // such a text is invalid, so the fast path alone gives the answer.
            return fastScan(text) >= 0;
        }
        // Fewer than 15 characters cannot hold the 15 significant ones (MAT-3).
        return length > LENGTH && generalScan(text) >= 0;
    }

    /**
     * Tells whether a text holds a valid matricule anywhere, in any shape a person or a program
     * can give it: with spaces of any kind, hyphens, dashes, slashes, dots or other punctuation
     * between the digits; with invisible characters (zero-width spaces, soft hyphens, direction
     * marks, control characters) inside; with full-width or other Unicode digits; glued to letters
     * ({@code "NIR184067505614435"}). This is the one detector of the rules that keep the matricule
     * out of a place: DIS-3 (a billing document holds no INS, {@code @NoIns} of ins-validation)
     * and QUA-9 (the audit trail never holds a matricule: an operator id shaped like one is
     * refused).
     *
     * <p>15 significant characters (digits, and the A / B of 2A / 2B) that stand as a number of
     * their own — groups of digits joined by at most three separators in a row, with nothing
     * significant right before nor right after — are checked with {@link #isValid(CharSequence)}.
     * A longer run of digits written together is another number (a card, account or reference
     * number) and is not cut into windows, to keep false positives away from ordinary data. It
     * reads every character once and never throws.
     *
     * <pre>{@code
     * InsMatricule.containsMatricule("NIR: 1-84-06-75-056-144-35");      // true
     * InsMatricule.containsMatricule("patient NIR184067505614435.");      // true
     * InsMatricule.containsMatricule("invoice 2026-000123, 3 boxes");    // false
     * }</pre>
     *
     * @param text the text to search; {@code null} gives {@code false}
     * @return {@code true} when a valid matricule is written in it
     */
    public static boolean containsMatricule(@Nullable CharSequence text) {
        return text != null && MatriculeFinder.contains(text);
    }

    // ------------------------------------------------------------------------------------------
    // Scanning: one pass, no allocation. Returns the packed matricule (>= 0) or a packed error (< 0).

    private static long scan(@Nullable CharSequence text) {
        if (text != null && text.length() == LENGTH) {
            long packed = fastScan(text);
            if (packed >= 0) {
                return packed;
            }
        }
        // Separators, or an invalid text: the general scan also tells the reason and the index.
        return generalScan(text);
    }

    /**
     * The fast path of {@link #generalScan(CharSequence)} for the common case, a compact matricule
     * of exactly 15 characters: the same rules (MAT-1, MAT-3, MAT-4) and the same packed result
     * on success, but {@link #NOT_FAST} on any failure, without reason nor index.
     *
     * <p>It reads the fields of the layout as separate numbers, short independent chains rather
     * than one long one: N = head * 10^8 + place * 10^3 + order, so N mod 97 takes a single
     * {@code int} remainder, since 10^8 mod 97 = 81 and 10^3 mod 97 = 30.
     *
     * @param text a text of exactly 15 characters
     */
    private static long fastScan(CharSequence text) {
        int head = digitsAt(text, 0, 5);          // sex digit, birth year, birth month
        int corsica = NO_CORSICA;
        int place;                                // department (or 97x / 98x / 99) and commune
        char c6 = text.charAt(6);
        if (c6 >= '0' && c6 <= '9') {
            place = digitsAt(text, 5, 10);
        } else if (text.charAt(5) == '2' && isCorsicaLetter(c6)) {
            // 2A / 2B, read as 19 / 18 (MAT-1).
            corsica = corsicaOf(c6);
            int commune = digitsAt(text, 7, 10);
            place = commune < 0 ? commune : (corsica == CORSICA_A ? 19_000 : 18_000) + commune;
        } else {
            return NOT_FAST;
        }
        int order = digitsAt(text, 10, LENGTH - 2);
        int key = digitsAt(text, LENGTH - 2, LENGTH);
        if ((head | place | order | key) < 0                                  // MAT-3
                || !isSexDigit(head / 10_000) || !isMonth(head % 100)          // MAT-4
                || key != 97 - (head * 81 + place * 30 + order) % 97) {       // MAT-1
            return NOT_FAST;
        }
        long body = head * TEN_POW_8 + place * 1_000L + order;
        return body | ((long) corsica << CORSICA_SHIFT) | ((long) key << KEY_SHIFT);
    }

    /**
     * Reads {@code text[from, to)} as a decimal number, without a branch per character.
     *
     * @return the number, or -1 if one of the characters is not an ASCII digit
     */
    private static int digitsAt(CharSequence text, int from, int to) {
        int value = 0;
        int bad = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            bad |= d | (9 - d);     // negative exactly when d is not 0-9
            value = value * 10 + d;
        }
        return value | (bad >> 31); // bad >> 31 is -1 when bad is negative, 0 otherwise
    }

    /** The scan of any text: separators skipped, and on failure the reason and the index. */
    private static long generalScan(@Nullable CharSequence text) {
        if (text == null) {
            return error(Reason.NULL, -1, 0);
        }
        final int length = text.length();
        long body = 0;
        int key = 0;
        int corsica = NO_CORSICA;
        int count = 0;
        int sexIndex = -1;
        int monthIndex = -1;
        int keyIndex = -1;
        for (int i = 0; i < length; i++) {
            final char c = text.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            if (count == LENGTH) {
                return error(Reason.LENGTH, i, LENGTH + 1);
            }
            if (c >= '0' && c <= '9') {
                if (count < LENGTH - 2) {
                    body = body * 10 + (c - '0');
                } else {
                    key = key * 10 + (c - '0');
                }
            } else if (isCorsicaLetter(c)) {
                if (count != 6 || body % 10 != 2) {
                    // CORSICA_POSITION only in the department (positions 6-7), where 2A / 2B may
                    // stand; anywhere else a letter is simply not allowed (MAT-3).
                    return error(count == 5 || count == 6 ? Reason.CORSICA_POSITION
                            : Reason.INVALID_CHARACTER, i, 0);
                }
                corsica = corsicaOf(c);
                // "2A" counts as 19 and "2B" as 18: the 2 already added becomes 1.
                body = (body - 1) * 10 + (corsica == CORSICA_A ? 9 : 8);
            } else {
                return error(Reason.INVALID_CHARACTER, i, 0);
            }
            if (count == 0) {
                sexIndex = i;
            } else if (count == 3) {
                monthIndex = i;
            } else if (count == LENGTH - 2) {
                keyIndex = i;
            }
            count++;
        }
        if (count == 0) {
            return error(Reason.EMPTY, -1, 0);
        }
        if (count != LENGTH) {
            return error(Reason.LENGTH, -1, count);
        }
        if (!isSexDigit((int) (body / TEN_POW_12))) {
            return error(Reason.SEX_DIGIT, sexIndex, 0);
        }
        if (!isMonth((int) (body / TEN_POW_8 % 100))) {
            return error(Reason.MONTH, monthIndex, 0);
        }
        int expected = keyOf(body);
        if (key != expected) {
            return error(Reason.KEY_MISMATCH, keyIndex, expected);
        }
        return body | ((long) corsica << CORSICA_SHIFT) | ((long) key << KEY_SHIFT);
    }

    private static long error(Reason reason, int index, int detail) {
        return ~(reason.ordinal() | ((long) detail << DETAIL_SHIFT) | ((long) (index + 1) << INDEX_SHIFT));
    }

    private static InvalidMatriculeException failure(@Nullable CharSequence input, long scan) {
        // Only the NULL reason comes without a text; every other one has an index into it.
        CharSequence text = input == null ? "" : input;
        long packed = ~scan;
        Reason reason = Reason.values()[(int) (packed & 0b1111)];
        int detail = (int) ((packed >>> DETAIL_SHIFT) & 0b111_1111);
        int index = (int) (packed >>> INDEX_SHIFT) - 1;
        String message;
        switch (reason) {
            case NULL:
                message = "the text is null";
                break;
            case EMPTY:
                message = "the text is empty or holds only separators (spaces, dots)";
                break;
            case LENGTH:
                message = (detail > LENGTH ? "more than 15" : String.valueOf(detail))
                        + " characters once spaces and dots are removed; 15 are expected"
                        + " (13 characters and a two-digit key)";
                break;
            case INVALID_CHARACTER:
                message = characterDetail(text.charAt(index), index);
                break;
            case CORSICA_POSITION:
                message = "the letter at index " + index + " is in the department (positions 6-7)"
                        + " but not as the A or B of 2A / 2B (Corsica)";
                break;
            case SEX_DIGIT:
                message = "the sex digit (position 1) is " + text.charAt(index)
                        + "; expected 1, 2, 3, 4, 7 or 8";
                break;
            case MONTH:
                message = "the birth month (positions 4-5) must be 01-12, or 20-99 when unknown";
                break;
            case KEY_MISMATCH:
                int actual = keyAt(text, index);
                message = (actual < 1 || actual > 97
                        ? "the key is " + twoDigits(actual) + ", out of range 01-97"
                        : "the key is " + twoDigits(actual))
                        + " but the first 13 characters give " + twoDigits(detail);
                break;
            default:
                throw new AssertionError(reason);
        }
        return new InvalidMatriculeException(reason, index, message);
    }

    private static String characterDetail(char c, int index) {
        if (isCorsicaLetter(c)) {
            return "the character at index " + index + " is a letter where the matricule has only"
                    + " digits; A and B are allowed only as 2A / 2B (Corsica) at positions 6-7";
        }
        String what = Character.isDigit(c)
                ? "a non-ASCII digit (" + codePoint(c) + "); Unicode digits are not converted"
                : "not allowed (" + codePoint(c) + ")";
        return "the character at index " + index + " is " + what
                + "; only ASCII digits, 2A / 2B at positions 6-7, and spaces or dots are accepted";
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static int keyAt(CharSequence text, int keyIndex) {
        int key = text.charAt(keyIndex) - '0';
        for (int i = keyIndex + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSeparator(c)) {
                return key * 10 + (c - '0');
            }
        }
        throw new AssertionError("a scanned key has two digits");
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isCorsicaLetter(char c) {
        return c == 'A' || c == 'B' || c == 'a' || c == 'b';
    }

    private static int corsicaOf(char c) {
        return c == 'A' || c == 'a' ? CORSICA_A : CORSICA_B;
    }

    private static boolean isSexDigit(int digit) {
        return digit == 1 || digit == 2 || digit == 3 || digit == 4 || digit == 7 || digit == 8;
    }

    private static boolean isMonth(int month) {
        return (month >= 1 && month <= 12) || month >= 20;
    }

    private static int keyOf(long number) {
        return (int) (97 - number % 97);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    // ------------------------------------------------------------------------------------------
    // Accessors

    /**
     * Returns the whole matricule in its canonical form: 15 characters, no separator, {@code 2A} /
     * {@code 2B} upper-case (MAT-8). This is personal data: do not log it.
     *
     * @return the 15 characters, e.g. {@code 184067505614435}
     */
    public String value() {
        return new String(chars());
    }

    /**
     * Returns the 13 first characters, as INSi's {@code NumIdentifiant}. Personal data.
     *
     * @return the 13 characters, e.g. {@code 1840675056144}
     */
    public String numIdentifiant() {
        return new String(chars(), 0, LENGTH - 2);
    }

    /**
     * Returns the whole matricule in the given form (MAT-8). Personal data: do not log it.
     *
     * @param format {@link MatriculeFormat#COMPACT} or {@link MatriculeFormat#DISPLAY}
     * @return {@code 184067505614435} or {@code 1 84 06 75 056 144 35}
     */
    public String format(MatriculeFormat format) {
        if (format == null) {
            throw new NullPointerException("format must not be null");
        }
        char[] c = chars();
        if (format == MatriculeFormat.COMPACT) {
            return new String(c);
        }
        return new StringBuilder(21)
                .append(c, 0, 1).append(' ')
                .append(c, 1, 2).append(' ')
                .append(c, 3, 2).append(' ')
                .append(c, 5, 2).append(' ')
                .append(c, 7, 3).append(' ')
                .append(c, 10, 3).append(' ')
                .append(c, 13, 2).toString();
    }

    /**
     * Returns the key (positions 14-15), 1 to 97 (MAT-1).
     *
     * @return the key
     */
    public int key() {
        return key;
    }

    /**
     * Returns the sex digit (position 1): 1 male, 2 female, 3 / 4 foreigners being registered,
     * 7 / 8 temporary numbers. It says nothing of NIR versus NIA (MAT-5).
     *
     * @return 1, 2, 3, 4, 7 or 8
     */
    public int sexDigit() {
        return (int) (body / TEN_POW_12);
    }

    /**
     * Returns the last two digits of the birth year (positions 2-3); the century is not encoded.
     *
     * @return 0 to 99
     */
    public int birthYearTwoDigits() {
        return (int) (body / TEN_POW_10 % 100);
    }

    /**
     * Returns the birth month as written (positions 4-5): 1 to 12, or 20 to 99 when the month is
     * unknown or the civil-status act incomplete.
     *
     * @return 1-12 or 20-99
     */
    public int birthMonthCode() {
        return (int) (body / TEN_POW_8 % 100);
    }

    /**
     * Returns the birth month when the matricule knows it.
     *
     * @return 1 to 12, or empty when the month code is 20-99 (unknown)
     */
    public OptionalInt birthMonth() {
        int month = birthMonthCode();
        return month <= 12 ? OptionalInt.of(month) : OptionalInt.empty();
    }

    /**
     * Returns the birth place of positions 6-10: a department and commune, an overseas territory
     * and commune, or a country abroad.
     *
     * @return the birth place, never {@code null}
     */
    public MatriculeBirthPlace birthPlace() {
        String place = new String(chars(), 5, 5);
        String head = place.substring(0, 2);
        if (head.equals("97") || head.equals("98")) {
            return new MatriculeBirthPlace.Overseas(place.substring(0, 3), place.substring(3));
        }
        if (head.equals("99")) {
            return new MatriculeBirthPlace.Abroad(place.substring(2));
        }
        return new MatriculeBirthPlace.Department(head, place.substring(2));
    }

    /**
     * Returns the order number (positions 11-13), which tells apart people born at the same place
     * in the same month.
     *
     * @return 0 to 999
     */
    public int orderNumber() {
        return (int) (body % 1000);
    }

    private char[] chars() {
        char[] c = new char[LENGTH];
        long n = body;
        for (int i = 12; i >= 0; i--) {
            c[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        if (corsica != NO_CORSICA) {
            c[5] = '2';
            c[6] = corsica == CORSICA_A ? 'A' : 'B';
        }
        c[13] = (char) ('0' + key / 10);
        c[14] = (char) ('0' + key % 10);
        return c;
    }

    /**
     * Compares by value: two matricules are equal when their 15 characters are.
     *
     * @param other the object to compare with
     * @return whether {@code other} is the same matricule
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof InsMatricule
                && ((InsMatricule) other).body == body
                && ((InsMatricule) other).corsica == corsica;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(body) * 31 + corsica;
    }

    /**
     * Returns the masked form (MAT-7): sex digit, birth year and key, the rest hidden, e.g.
     * {@code 1 84 ** ** *** *** 35}. It does not parse back; use {@link #value()} for that.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        char[] c = chars();
        return new StringBuilder(21)
                .append(c[0]).append(' ')
                .append(c, 1, 2).append(" ** ** *** *** ")
                .append(c, 13, 2).toString();
    }
}
