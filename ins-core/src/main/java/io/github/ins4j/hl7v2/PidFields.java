package io.github.ins4j.hl7v2;

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
 * <p>See {@link PidWriter} and {@link PidReader} for the rules. Personal data: {@code toString()}
 * says only which fields are filled.
 *
 * <pre>{@code
 * PidFields fields = PidWriter.write(record, DocumentPurpose.CARE_DOCUMENT);
 * String pid = fields.segment();   // "PID|||<matricule>^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS||..."
 * PidPatient back = PidReader.read(PidFields.parse(pid));
 * }</pre>
 *
 * @param pid3  PID-3 (patient identifier list), possibly empty
 * @param pid5  PID-5 (patient name)
 * @param pid7  PID-7 (date of birth)
 * @param pid8  PID-8 (administrative sex)
 * @param pid11 PID-11 (patient address)
 */
public record PidFields(String pid3, String pid5, String pid7, String pid8, String pid11) {

    /** Longest segment {@link #parse(CharSequence)} reads: 1 MiB. */
    public static final int MAX_SEGMENT_LENGTH = 1 << 20;

    /**
     * Checks that no field is {@code null} (an absent field is the empty string).
     *
     * @param pid3  PID-3 (patient identifier list), possibly empty
     * @param pid5  PID-5 (patient name)
     * @param pid7  PID-7 (date of birth)
     * @param pid8  PID-8 (administrative sex)
     * @param pid11 PID-11 (patient address)
     * @throws NullPointerException if a field is {@code null}
     */
    public PidFields {
        Objects.requireNonNull(pid3, "pid3 must not be null; use \"\" for an empty field");
        Objects.requireNonNull(pid5, "pid5 must not be null; use \"\" for an empty field");
        Objects.requireNonNull(pid7, "pid7 must not be null; use \"\" for an empty field");
        Objects.requireNonNull(pid8, "pid8 must not be null; use \"\" for an empty field");
        Objects.requireNonNull(pid11, "pid11 must not be null; use \"\" for an empty field");
    }

    /**
     * Takes the five fields out of a PID segment, e.g.
     * {@code PID|1||...^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.8&ISO^INS||GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L}
     * {@code ||19890412|F|||^^^^^^BDL^^69123}.
     * A trailing segment terminator is accepted.
     *
     * @param segment the PID segment, with the standard encoding characters
     * @return the fields; missing ones are empty
     * @throws Hl7v2Exception with {@code MALFORMED_FIELD} if the text is not one PID segment, with
     *     {@code TOO_LARGE} above {@value #MAX_SEGMENT_LENGTH} characters
     */
    public static PidFields parse(CharSequence segment) {
        if (segment == null) {
            throw new Hl7v2Exception(Hl7v2Exception.Reason.MALFORMED_FIELD, "the segment is null");
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            throw new Hl7v2Exception(Hl7v2Exception.Reason.TOO_LARGE, "the segment has "
                    + segment.length() + " characters; at most " + MAX_SEGMENT_LENGTH + " are read");
        }
        String text = segment.toString();
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        text = text.substring(0, end);
        if (!text.startsWith("PID|")) {
            throw new Hl7v2Exception(Hl7v2Exception.Reason.MALFORMED_FIELD,
                    "the segment does not start with PID|");
        }
        if (text.contains("\r") || text.contains("\n")) {
            throw new Hl7v2Exception(Hl7v2Exception.Reason.MALFORMED_FIELD,
                    "the text holds a segment terminator before its end: pass one PID segment");
        }
        String[] f = text.split("\\|", -1);
        return new PidFields(field(f, 3), field(f, 5), field(f, 7), field(f, 8), field(f, 11));
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index] : "";
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
