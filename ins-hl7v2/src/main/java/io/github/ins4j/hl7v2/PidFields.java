package io.github.ins4j.hl7v2;

import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The five PID fields that carry the INS and its traits, as they stand in an HL7 v2 message:
 * escaped, with the standard encoding characters {@code |^~\&}.
 *
 * <ul>
 *   <li>PID-3, patient identifier list: the INS repetition
 *       {@code <matricule>^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS}, or empty when the
 *       document may not carry the INS. Add your own repetitions (IPP...) with {@code ~}.</li>
 *   <li>PID-5, patient name: the legal-name repetition
 *       {@code <birth name>^<first first name>^<list of first names>^^^^L}.</li>
 *   <li>PID-7, date of birth: {@code YYYYMMDD}.</li>
 *   <li>PID-8, administrative sex: {@code M} or {@code F}.</li>
 *   <li>PID-11, patient address: the birth-place repetition {@code ^^^^^^BDL^^<INSEE code>}. Add
 *       other addresses with {@code ~}.</li>
 * </ul>
 *
 * <p>{@link #parse(CharSequence)} takes them out of a PID segment, or out of a whole message whose
 * MSH-1 and MSH-2 say which encoding characters it uses: the fields are then re-encoded with the
 * standard ones, so that a reader sees one encoding. See {@link PidWriter} and {@link PidReader}
 * for the rules. Personal data: {@code toString()} says only which fields are filled.
 *
 * <pre>{@code
 * PidFields fields = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
 * String pid = fields.segment();   // "PID|||<matricule>^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||..."
 * ClaimedIdentity back = PidReader.read(PidFields.parse(pid));
 * }</pre>
 */
public final class PidFields {

    /** Longest segment or message {@link #parse(CharSequence)} reads: 1 MiB. */
    public static final int MAX_SEGMENT_LENGTH = 1 << 20;

    /** The standard encoding characters (MSH-2): component, repetition, escape, subcomponent. */
    private static final String STANDARD_ENCODING = "^~\\&";

    private final String pid3;
    private final String pid5;
    private final String pid7;
    private final String pid8;
    private final String pid11;

    private PidFields(String pid3, String pid5, String pid7, String pid8, String pid11) {
        this.pid3 = pid3;
        this.pid5 = pid5;
        this.pid7 = pid7;
        this.pid8 = pid8;
        this.pid11 = pid11;
    }

    /**
     * Takes the five fields as they stand in a message with the standard encoding characters.
     *
     * @param pid3  PID-3 (patient identifier list), possibly empty
     * @param pid5  PID-5 (patient name)
     * @param pid7  PID-7 (date of birth)
     * @param pid8  PID-8 (administrative sex)
     * @param pid11 PID-11 (patient address)
     * @return the fields
     * @throws ExchangeException with {@code MALFORMED_FIELD} if a field holds the field separator
     *     {@code |} or a segment terminator (escape them: {@link Hl7Escaping#escape})
     * @throws NullPointerException if a field is {@code null} (an absent field is the empty string)
     */
    public static PidFields of(String pid3, String pid5, String pid7, String pid8, String pid11) {
        return new PidFields(checked(pid3, "PID-3"), checked(pid5, "PID-5"), checked(pid7, "PID-7"),
                checked(pid8, "PID-8"), checked(pid11, "PID-11"));
    }

    private static String checked(String field, String name) {
        Objects.requireNonNull(field, name + " must not be null; use \"\" for an empty field");
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '|' || c == '\r' || c == '\n') {
                throw malformed(name + " holds a field separator or a segment terminator at index " + i
                        + "; escape the value (Hl7Escaping.escape)");
            }
        }
        return field;
    }

    /**
     * Takes the five fields out of a PID segment, e.g.
     * {@code PID|1||...^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L}
     * {@code ||19890412|F|||^^^^^^BDL^^69123}, with the standard encoding characters, or out of a
     * whole message starting with its MSH segment, whose MSH-1 (field separator) and MSH-2
     * (component, repetition, escape and subcomponent characters) are read and whose one PID
     * segment is taken. Segments end with a carriage return (a line feed is accepted too); a
     * trailing terminator is accepted.
     *
     * @param text the PID segment, or the message
     * @return the fields, with the standard encoding characters; missing ones are empty
     * @throws ExchangeException with {@code MALFORMED_FIELD} if the text is not one PID segment nor
     *     a message with one PID segment, or if MSH-1 / MSH-2 are not usable encoding characters;
     *     with {@code TOO_LARGE} above {@value #MAX_SEGMENT_LENGTH} characters
     */
    public static PidFields parse(CharSequence text) {
        if (text == null) {
            throw malformed("the segment is null");
        }
        if (text.length() > MAX_SEGMENT_LENGTH) {
            throw new ExchangeException(ExchangeFormat.HL7V2, ExchangeException.Reason.TOO_LARGE, "the text has "
                    + text.length() + " characters; at most " + MAX_SEGMENT_LENGTH + " are read");
        }
        String all = text.toString();
        int end = all.length();
        while (end > 0 && (all.charAt(end - 1) == '\r' || all.charAt(end - 1) == '\n')) {
            end--;
        }
        all = all.substring(0, end);
        if (all.startsWith("MSH")) {
            return fromMessage(all);
        }
        if (!all.startsWith("PID|")) {
            throw malformed("the text starts neither with PID| nor with an MSH segment");
        }
        if (all.contains("\r") || all.contains("\n")) {
            throw malformed("the text holds a segment terminator before its end: pass one PID segment,"
                    + " or a whole message starting with MSH");
        }
        String[] f = all.split("\\|", -1);
        return new PidFields(field(f, 3), field(f, 5), field(f, 7), field(f, 8), field(f, 11));
    }

    private static PidFields fromMessage(String message) {
        if (message.length() < 8) {
            throw malformed("the MSH segment is too short to hold MSH-1 and MSH-2");
        }
        char separator = message.charAt(3);
        int encodingEnd = message.indexOf(separator, 4);
        String encoding = encodingEnd < 0 ? "" : message.substring(4, encodingEnd);
        if (!usable(separator, encoding)) {
            throw malformed("MSH-1 and MSH-2 are not usable encoding characters: expected a field"
                    + " separator and at least four distinct component, repetition, escape and"
                    + " subcomponent characters, none a letter, a digit or a space");
        }
        String found = null;
        for (String segment : message.split("\r\n|\r|\n")) {
            if (segment.startsWith("PID" + separator)) {
                if (found != null) {
                    throw malformed("the message has two PID segments; pass the one of the patient");
                }
                found = segment;
            }
        }
        if (found == null) {
            throw malformed("the message has no PID segment");
        }
        List<String> f = split(found, separator);
        return new PidFields(standard(f, 3, encoding), standard(f, 5, encoding), standard(f, 7, encoding),
                standard(f, 8, encoding), standard(f, 11, encoding));
    }

    private static boolean usable(char separator, String encoding) {
        if (encoding.length() < 4 || !delimiter(separator)) {
            return false;
        }
        String all = separator + encoding.substring(0, 4);
        for (int i = 0; i < all.length(); i++) {
            if (!delimiter(all.charAt(i)) || all.indexOf(all.charAt(i)) != i) {
                return false;
            }
        }
        return true;
    }

    private static boolean delimiter(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }

    /**
     * A field re-encoded with the standard characters: the message's delimiters become the standard
     * ones, a standard delimiter that is data in this message is escaped. Escape sequences keep
     * their letters, which name roles, not characters.
     */
    private static String standard(List<String> fields, int index, String encoding) {
        String field = index < fields.size() ? fields.get(index) : "";
        if (encoding.startsWith(STANDARD_ENCODING)) {
            return field;
        }
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int role = encoding.indexOf(c);
            if (role >= 0 && role < 4) {
                sb.append(STANDARD_ENCODING.charAt(role));
            } else if (STANDARD_ENCODING.indexOf(c) >= 0 || c == '|') {
                sb.append(Hl7Escaping.escape(String.valueOf(c)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The parts of a text between separators, empty ones included. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index] : "";
    }

    private static ExchangeException malformed(String detail) {
        return new ExchangeException(ExchangeFormat.HL7V2, ExchangeException.Reason.MALFORMED_FIELD, detail);
    }

    /**
     * Returns PID-3, the patient identifier list, escaped. Personal data.
     *
     * @return the field, possibly empty
     */
    public String pid3() {
        return pid3;
    }

    /**
     * Returns PID-5, the patient name, escaped. Personal data.
     *
     * @return the field, possibly empty
     */
    public String pid5() {
        return pid5;
    }

    /**
     * Returns PID-7, the date of birth. Personal data.
     *
     * @return the field, possibly empty
     */
    public String pid7() {
        return pid7;
    }

    /**
     * Returns PID-8, the administrative sex.
     *
     * @return the field, possibly empty
     */
    public String pid8() {
        return pid8;
    }

    /**
     * Returns PID-11, the patient addresses, escaped. Personal data.
     *
     * @return the field, possibly empty
     */
    public String pid11() {
        return pid11;
    }

    /**
     * Returns a PID segment holding these fields, the others empty:
     * {@code PID|||<PID-3>||<PID-5>||<PID-7>|<PID-8>|||<PID-11>}, without segment terminator.
     * Personal data.
     *
     * @return the segment
     */
    public String segment() {
        return "PID|||" + pid3 + "||" + pid5 + "||" + pid7 + "|" + pid8 + "|||" + pid11;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PidFields f && f.pid3.equals(pid3) && f.pid5.equals(pid5) && f.pid7.equals(pid7)
                && f.pid8.equals(pid8) && f.pid11.equals(pid11);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pid3, pid5, pid7, pid8, pid11);
    }

    /**
     * Returns a form without data, e.g.
     * {@code PidFields[PID-3 set, PID-5 set, PID-7 set, PID-8 set, PID-11 set, masked]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "PidFields[PID-3 " + state(pid3) + ", PID-5 " + state(pid5) + ", PID-7 " + state(pid7)
                + ", PID-8 " + state(pid8) + ", PID-11 " + state(pid11) + ", masked]";
    }

    private static String state(String field) {
        return field.isEmpty() ? "empty" : "set";
    }
}
