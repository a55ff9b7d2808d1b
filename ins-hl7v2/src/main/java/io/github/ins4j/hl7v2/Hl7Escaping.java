package io.github.ins4j.hl7v2;

import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeFormat;

/**
 * The escape sequences of HL7 v2 (v2.5 section 2.7), for the standard encoding characters
 * {@code |^~\&} (MSH-1 and MSH-2 as almost every French message has them; other encoding characters
 * are not supported).
 *
 * <table>
 *   <caption>Escaped characters</caption>
 *   <tr><th>character</th><th>role</th><th>written as</th></tr>
 *   <tr><td>{@code |}</td><td>field separator</td><td>{@code \F\}</td></tr>
 *   <tr><td>{@code ^}</td><td>component separator</td><td>{@code \S\}</td></tr>
 *   <tr><td>{@code ~}</td><td>repetition separator</td><td>{@code \R\}</td></tr>
 *   <tr><td>{@code \}</td><td>escape character</td><td>{@code \E\}</td></tr>
 *   <tr><td>{@code &}</td><td>subcomponent separator</td><td>{@code \T\}</td></tr>
 *   <tr><td>carriage return, line feed</td><td>segment terminator</td><td>{@code \X0D\}, {@code \X0A\}</td></tr>
 * </table>
 *
 * <p>{@code unescape(escape(s))} gives {@code s} back for every string. The writers of this
 * package escape every value they write, even though a strict trait never holds a delimiter; the
 * reader unescapes, then checks the trait, so that a delimiter smuggled into a name through an
 * escape sequence is refused as an invalid trait.
 *
 * <pre>{@code
 * Hl7Escaping.escape("A|B^C");          // "A\F\B\S\C"
 * Hl7Escaping.unescape("A\\F\\B");      // "A|B"
 * }</pre>
 */
public final class Hl7Escaping {

    private Hl7Escaping() {
    }

    /**
     * Escapes the delimiters and the segment terminators of a value.
     *
     * @param text the value
     * @return the value with every delimiter replaced by its escape sequence
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static String escape(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '|' -> sb.append("\\F\\");
                case '^' -> sb.append("\\S\\");
                case '~' -> sb.append("\\R\\");
                case '\\' -> sb.append("\\E\\");
                case '&' -> sb.append("\\T\\");
                case '\r' -> sb.append("\\X0D\\");
                case '\n' -> sb.append("\\X0A\\");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Replaces the escape sequences of a value by the characters they stand for: {@code \F\},
     * {@code \S\}, {@code \R\}, {@code \E\}, {@code \T\}, and {@code \Xhh...\} for ASCII
     * characters given in hexadecimal. The highlighting sequences {@code \H\} (start) and
     * {@code \N\} (normal text), which some senders put in any text field, are dropped; the line
     * break {@code \.br\} becomes a line feed, which no trait accepts: a name that holds one is
     * read as an invalid trait, not as a broken message.
     *
     * @param text the value as it stands in the message, already split on the delimiters
     * @return the unescaped value
     * @throws ExchangeException with {@code MALFORMED_FIELD} for an unterminated or unsupported
     *     escape sequence (character set changes {@code \C...\}, {@code \M...\}, other formatting
     *     commands, non-ASCII hexadecimal data); the message gives the index, not the text
     */
    public static String unescape(CharSequence text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            int end = indexOf(text, '\\', i + 1);
            if (end == -1) {
                throw malformed("an escape sequence starts at index " + i + " and is not terminated");
            }
            String sequence = text.subSequence(i + 1, end).toString();
            switch (sequence) {
                case "F" -> sb.append('|');
                case "S" -> sb.append('^');
                case "R" -> sb.append('~');
                case "E" -> sb.append('\\');
                case "T" -> sb.append('&');
                case "H", "N" -> {
                    // highlighting on / off: formatting, not text
                }
                case ".br" -> sb.append('\n');
                default -> appendHex(sb, sequence, i);
            }
            i = end;
        }
        return sb == null ? text.toString() : sb.toString();
    }

    private static void appendHex(StringBuilder sb, String sequence, int index) {
        boolean hex = sequence.length() >= 3 && sequence.length() % 2 == 1 && sequence.charAt(0) == 'X';
        for (int k = 1; hex && k < sequence.length(); k += 2) {
            int high = hexDigit(sequence.charAt(k));
            int low = hexDigit(sequence.charAt(k + 1));
            hex = high >= 0 && low >= 0 && high < 8;   // one ASCII character per pair of digits
            if (hex) {
                sb.append((char) (high * 16 + low));
            }
        }
        if (!hex) {
            throw malformed("the escape sequence at index " + index + " (" + (sequence.length() + 2)
                    + " characters) is not one of \\F\\ \\S\\ \\R\\ \\E\\ \\T\\ or \\Xhh\\ with ASCII"
                    + " hexadecimal data");
        }
    }

    /** The value of an ASCII hexadecimal digit, or -1 (Unicode digits are not hexadecimal data). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static ExchangeException malformed(String detail) {
        return new ExchangeException(ExchangeFormat.HL7V2, ExchangeException.Reason.MALFORMED_FIELD, detail);
    }
}
