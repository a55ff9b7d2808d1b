package io.github.ins4j.internal.exchange;

import io.github.ins4j.traits.BirthDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The birth date as an HL7 timestamp, the same text in HL7 v2 ({@code TS} / {@code DTM}, PID-7) and
 * in CDA R2 ({@code TS}, {@code birthTime/@value}): {@code YYYY[MM[DD[HHMM[SS[.S...]]]]][+/-ZZZZ]}.
 *
 * <ul>
 *   <li>Writing (TRT-3): {@code YYYYMMDD}; an uncertain date writes its conventional date (day
 *       unknown: the 1st; month unknown: January; both: 31 December), as the ANS guide prescribes
 *       for fields that need a calendar date (spec 05-interop, decision).</li>
 *   <li>Reading: the date part only (a time and a zone are accepted and dropped). A timestamp of
 *       reduced precision ({@code 1960}, {@code 196007}) and {@code 00} parts ({@code 19600000}) are
 *       read as an uncertain date whose missing parts are unknown, like an INSi lunar date. A full
 *       date is read as exact: these formats carry no uncertainty flag.</li>
 * </ul>
 *
 * <p>Exported only to the modules {@code io.github.ins4j.cda} and {@code io.github.ins4j.hl7v2},
 * which share it: not part of the API of ins4j.
 *
 * <pre>{@code
 * BirthTimes.format(BirthDate.parse("1960-07-00"));   // "19600701"
 * BirthTimes.parse("196007");                         // uncertain, 1960-07-00
 * }</pre>
 */
public final class BirthTimes {

    /** Longest timestamp accepted: {@code YYYYMMDDHHMMSS.SSSS+ZZZZ}. */
    private static final int MAX_LENGTH = 24;

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(?:(\\d{2})(?:\\d{4}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?)?(?:[+-]\\d{4})?");

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private BirthTimes() {
    }

    /**
     * Writes a birth date as {@code YYYYMMDD}, the conventional date for an uncertain one (TRT-3).
     *
     * @param date the birth date
     * @return eight digits, e.g. {@code 19890412}
     */
    public static String format(BirthDate date) {
        return date.conventionalDate().format(BASIC);
    }

    /**
     * Reads the date part of an HL7 timestamp.
     *
     * @param text the timestamp, e.g. {@code 19890412}, {@code 198904120830+0200} or {@code 1960}
     * @return the birth date: exact when year, month and day are given, uncertain otherwise
     * @throws IllegalArgumentException if the text is not an HL7 timestamp (the message does not
     *     repeat it); an {@link io.github.ins4j.traits.InvalidTraitException} if it is an
     *     impossible or future date
     */
    public static BirthDate parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the timestamp has " + text.length()
                    + " characters; at most " + MAX_LENGTH + " are expected");
        }
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an HL7 timestamp YYYY[MM[DD[HHMM[SS]]]]"
                    + " with ASCII digits (" + text.length() + " characters found)");
        }
        String month = m.group(2) == null ? "00" : m.group(2);
        String day = m.group(3) == null ? "00" : m.group(3);
        return BirthDate.parse(m.group(1) + "-" + month + "-" + day);
    }
}
