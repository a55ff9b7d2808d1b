package io.github.ins4j.datamatrix;

import io.github.ins4j.error.InsException;
import io.github.ins4j.datamatrix.DatamatrixException.Reason;
import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text of the INS Datamatrix, the 2D code printed on the first page of a health document that
 * carries the INS: written from a qualified identity, read back strictly into an
 * {@link InsIdentity}, or read for its layout only.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>DMX-1 header</b>: {@code IS}, the format version {@code 01}, then 22 zeros:
 *       {@link #HEADER}.</li>
 *   <li><b>DMX-2 fields</b>: a two-character tag and its value, see {@link DatamatrixField}:
 *       {@code S1} matricule, {@code S2} OID, {@code S3} birth first names, {@code S4} birth name,
 *       {@code S5} sex, {@code S6} birth date {@code DD-MM-YYYY}, {@code S7} birth place code
 *       (optional).</li>
 *   <li><b>DMX-3 separators</b>: a variable-length field ({@code S2}, {@code S3}, {@code S4}) that
 *       is shorter than its maximum and is not the last field is ended by the group separator
 *       {@link #GS} (0x1D); fixed-length fields and fields at their maximum length have none.</li>
 *   <li><b>DMX-4 reading</b>: {@link #read(CharSequence)} accepts the fields in any order, checks
 *       every value with the strict factories of the INS types, and refuses unknown, repeated and
 *       missing tags and a wrong header with a specific {@link DatamatrixException.Reason}.</li>
 *   <li><b>DMX-5</b>: written only from a disclosure decision that carries the INS
 *       ({@link #write(DisclosureDecision)}): a qualified identity, never on a billing, insurer or
 *       research document.</li>
 * </ul>
 *
 * <h2>Decisions of ins4j</h2>
 * <ul>
 *   <li><b>Uncertain ("lunar") birth dates</b> keep their {@code 00} parts, in the
 *       {@code DD-MM-YYYY} order: INSi's {@code 1960-00-00} is written {@code 00-00-1960},
 *       {@code 1960-07-00} is written {@code 00-07-1960}; reading gives the same uncertain date
 *       back. A date known only by its conventional date ({@link BirthDate#uncertain}) knows only
 *       its year and is written {@code 00-00-YYYY}.</li>
 *   <li><b>S7</b> is written for every known birth place, abroad included ({@code 99} + country),
 *       and left out only when the place is unknown ({@code 99999}); reading a payload without
 *       {@code S7} gives the unknown place {@code 99999}, and an explicit {@code S799999} is read
 *       the same way.</li>
 *   <li>Fields are written in the order {@code S1} … {@code S7}. Earlier identifiers (INSi
 *       history) do not travel; the identity read back has none.</li>
 *   <li>The reader is strict: no surrounding spaces, no GS after the last field, upper case only.
 *       The one line ending (CR, LF or CR LF) that a keyboard-wedge scanner types after the text is
 *       accepted at the very end, and only there. It does not check that the matricule agrees with the traits (TRT-7): ask
 *       {@link InsIdentity#coherence()}.</li>
 * </ul>
 *
 * <pre>{@code
 * String payload = InsDatamatrix.write(Disclosure.decide(qualifiedRecord, DocumentPurpose.CARE_DOCUMENT));
 * // "IS010000000000000000000000S1289046912312018S21.2.250.1.213.1.4.10S3SARAH-LOU MARIE<GS>S4GARCIA<GS>..."
 * InsIdentity identity = InsDatamatrix.read(payload);        // checked, or DatamatrixException
 * DatamatrixLayout raw = InsDatamatrix.readLayout(payload);  // fields as text, values unchecked
 * }</pre>
 */
public final class InsDatamatrix {

    /** The header of format version 01 (DMX-1): {@code IS}, {@code 01} and 22 zeros, 26 characters. */
    public static final String HEADER = "IS010000000000000000000000";

    /** The ASCII group separator (GS, 0x1D) that ends a variable-length field (DMX-3). */
    public static final char GS = '\u001D';

    private InsDatamatrix() {
    }

    // ------------------------------------------------------------------------------------------
    // Writing

    /**
     * Writes the payload of the INS Datamatrix (DMX-1 … DMX-3) for a document whose disclosure was
     * decided by {@link io.github.ins4j.disclosure.Disclosure#decide}: only when the decision lets
     * the document carry the INS (DMX-5: a qualified identity, and not a billing, insurer or
     * research document). The payload holds the INS identity as INSi returned it: matricule, OID
     * and the five traits.
     *
     * <pre>{@code
     * DisclosureDecision decision = Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT);
     * String payload = InsDatamatrix.write(decision);
     * }</pre>
     *
     * @param decision the disclosure decision for the document
     * @return the text to encode in the symbol; personal data
     * @throws DatamatrixException  with {@code NOT_QUALIFIED} if the identity is not qualified, or
     *     {@code INS_NOT_DISCLOSED} if the purpose of the document forbids the INS (DIS-3)
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static String write(DisclosureDecision decision) {
        Objects.requireNonNull(decision, "decision must not be null");
        if (decision.identity() instanceof DisclosedIdentity.WithIns ins) {
            return payload(ins.identifier(), ins.traits());
        }
        if (decision.reason() == DisclosureDecision.Reason.NOT_QUALIFIED) {
            throw new DatamatrixException(Reason.NOT_QUALIFIED, null, -1, "the identity is "
                    + decision.status() + "; only a qualified identity's document carries the INS"
                    + " Datamatrix (DMX-5)");
        }
        throw new DatamatrixException(Reason.INS_NOT_DISCLOSED, null, -1, "a " + decision.purpose().code()
                + " document may not carry the INS (" + decision.reason() + ": "
                + decision.reason().explanation() + "); only a document that may carry it has the"
                + " INS Datamatrix (DMX-5)");
    }

    private static String payload(InsIdentifier identifier, Traits traits) {
        List<Map.Entry<DatamatrixField, String>> fields = new ArrayList<>(DatamatrixField.values().length);
        fields.add(Map.entry(DatamatrixField.S1, identifier.matricule().value()));
        fields.add(Map.entry(DatamatrixField.S2, identifier.oid().oid()));
        fields.add(Map.entry(DatamatrixField.S3, traits.firstNames().value()));
        fields.add(Map.entry(DatamatrixField.S4, traits.birthName().value()));
        fields.add(Map.entry(DatamatrixField.S5, traits.sex().code()));
        fields.add(Map.entry(DatamatrixField.S6, writeDate(traits.birthDate())));
        if (!traits.birthPlace().isUnknown()) {
            fields.add(Map.entry(DatamatrixField.S7, traits.birthPlace().value()));
        }
        // DMX-3: a GS after a variable-length value shorter than its maximum. The last field, S6 or
        // S7, is always fixed-length, so "not the last field" holds for every variable one.
        StringBuilder sb = new StringBuilder(HEADER.length() + 260).append(HEADER);
        for (Map.Entry<DatamatrixField, String> entry : fields) {
            DatamatrixField field = entry.getKey();
            String value = entry.getValue();
            sb.append(field.tag()).append(value);
            if (!field.isFixedLength() && value.length() < field.maxLength()) {
                sb.append(GS);
            }
        }
        return sb.toString();
    }

    /** {@code DD-MM-YYYY}, {@code 00} for every unknown part. */
    private static String writeDate(BirthDate date) {
        return String.format("%02d-%02d-%04d", date.day().orElse(0), date.month().orElse(0), date.year());
    }

    // ------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads a payload strictly into an INS identity (DMX-4): layout checked as by
     * {@link #readLayout(CharSequence)}, then every value by the strict factory of its INS type
     * ({@link InsMatricule#parse} with its key, {@link InsOid#parse}, {@link BirthFirstNames#parse},
     * {@link BirthName#parse}, {@link Sex#parse}, {@link BirthDate#parse}, {@link BirthPlaceCode#parse}).
     * Today, for the birth date, is taken in Europe/Paris.
     *
     * <pre>{@code
     * InsIdentity identity = InsDatamatrix.read(scanned);
     * identity.identifier().oid();   // NIR, NIA, NIR_TEST or NIR_DEMO
     * }</pre>
     *
     * @param payload the text decoded from the symbol
     * @return the identity, without earlier identifiers; birth place {@code 99999} when {@code S7}
     *     is absent
     * @throws DatamatrixException with the reason, the field and the index of the first fault
     */
    public static InsIdentity read(@Nullable CharSequence payload) {
        return read(payload, Clock.system(BirthDate.FRANCE));
    }

    /**
     * Reads a payload strictly into an INS identity, with "today" read from the given clock; see
     * {@link #read(CharSequence)}.
     *
     * @param payload the text decoded from the symbol
     * @param clock   the clock that says what today is, for the birth date
     * @return the identity
     * @throws DatamatrixException  with the reason, the field and the index of the first fault
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static InsIdentity read(@Nullable CharSequence payload, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        Map<DatamatrixField, Found> fields = scan(payload);

        String s1 = mandatory(fields, DatamatrixField.S1).value();
        InsMatricule matricule;
        try {
            for (int i = 0; i < s1.length(); i++) {
                char c = s1.charAt(i);
                if (c == 'a' || c == 'b') {
                    throw badValue(DatamatrixField.S1, at(fields, DatamatrixField.S1, i),
                            "the Corsican department is written 2A or 2B, upper case", null);
                }
            }
            matricule = InsMatricule.parse(s1);
        } catch (InvalidMatriculeException e) {
            throw refused(DatamatrixField.S1, at(fields, DatamatrixField.S1, e.errorIndex()), e);
        }

        InsOid oid;
        try {
            oid = InsOid.parse(mandatory(fields, DatamatrixField.S2).value());
        } catch (InvalidOidException e) {
            throw refused(DatamatrixField.S2, at(fields, DatamatrixField.S2, -1), e);
        }

        BirthFirstNames firstNames;
        try {
            firstNames = BirthFirstNames.parse(mandatory(fields, DatamatrixField.S3).value());
        } catch (InvalidTraitException e) {
            throw refused(DatamatrixField.S3, at(fields, DatamatrixField.S3, e.errorIndex()), e);
        }

        BirthName birthName;
        try {
            birthName = BirthName.parse(mandatory(fields, DatamatrixField.S4).value());
        } catch (InvalidTraitException e) {
            throw refused(DatamatrixField.S4, at(fields, DatamatrixField.S4, e.errorIndex()), e);
        }

        Sex sex;
        try {
            sex = Sex.parse(mandatory(fields, DatamatrixField.S5).value());
        } catch (InvalidTraitException e) {
            throw refused(DatamatrixField.S5, at(fields, DatamatrixField.S5, -1), e);
        }

        Found s6 = mandatory(fields, DatamatrixField.S6);
        BirthDate birthDate = readDate(s6.value(), s6.start(), clock);

        Found s7 = fields.get(DatamatrixField.S7);
        BirthPlaceCode birthPlace;
        try {
            birthPlace = BirthPlaceCode.parse(s7 == null ? BirthPlaceCode.UNKNOWN_CODE : s7.value());
        } catch (InvalidTraitException e) {
            throw refused(DatamatrixField.S7, at(fields, DatamatrixField.S7, e.errorIndex()), e);
        }

        return InsIdentity.of(InsIdentifier.of(matricule, oid),
                new Traits(birthName, firstNames, birthDate, sex, birthPlace));
    }

    /**
     * A field as the layout scan found it.
     *
     * @param value the raw value
     * @param start the index of the value in the payload
     */
    private record Found(String value, int start) {
    }

    /** A mandatory field, which {@link #scan} guarantees. */
    private static Found mandatory(Map<DatamatrixField, Found> fields, DatamatrixField field) {
        return Objects.requireNonNull(fields.get(field), field.tag());
    }

    /** Reads {@code DD-MM-YYYY}, {@code 00} for unknown parts, into a strict birth date. */
    private static BirthDate readDate(String value, int start, Clock clock) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean dash = i == 2 || i == 5;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                throw badValue(DatamatrixField.S6, start + i, "expected DD-MM-YYYY, "
                        + (dash ? "a hyphen" : "an ASCII digit") + " at position " + (i + 1)
                        + " of the date", null);
            }
        }
        String iso = value.substring(6, 10) + '-' + value.substring(3, 5) + '-' + value.substring(0, 2);
        try {
            return BirthDate.parse(iso, clock);
        } catch (InvalidTraitException e) {
            // The trait's index is in the YYYY-MM-DD text, not in the payload: point at the value.
            throw refused(DatamatrixField.S6, start, e);
        }
    }

    /** The index in the payload of a character of a field's value, or of the value when -1. */
    private static int at(Map<DatamatrixField, Found> fields, DatamatrixField field, int indexInValue) {
        return mandatory(fields, field).start() + Math.max(indexInValue, 0);
    }

    /** A value refused by its INS type, whose message (free of personal data) is kept. */
    private static DatamatrixException refused(DatamatrixField field, int index, InsException cause) {
        return badValue(field, index, String.valueOf(cause.getMessage()), cause);
    }

    private static DatamatrixException badValue(DatamatrixField field, int index, String detail,
            @Nullable Throwable cause) {
        return new DatamatrixException(Reason.BAD_VALUE, field, index,
                "the " + field.label() + " is refused: " + detail, cause);
    }

    /**
     * Reads the layout of a payload only (DMX-1 … DMX-3): the header, the tags (unknown, repeated
     * and missing ones refused, any order accepted: DMX-4), the lengths and the separators. The
     * values are not checked: this reads the worked example of the specification, whose matricule
     * and OID are made up, and helps to tell a damaged code from a wrong value.
     *
     * <p>A field is read by the rules of DMX-3: a fixed-length value takes exactly its length; a
     * variable-length value runs to the next GS, or to its maximum length, or to the end of the
     * text. Since no value holds a tag ({@code S} and a digit {@code 1}-{@code 7}), a tag found
     * inside a value tells a fixed-length field that is too short ({@code WRONG_LENGTH}) or a
     * variable-length field whose GS is missing ({@code BAD_SEPARATOR}).
     *
     * <pre>{@code
     * DatamatrixLayout layout = InsDatamatrix.readLayout(InsDatamatrix.HEADER
     *         + "S1123549685274612S225978456325481569525S3TEST1 TEST2 TEST" + InsDatamatrix.GS
     *         + "S4DATAMATRIXTEST" + InsDatamatrix.GS + "S5MS631-08-2021S717000");
     * layout.value(DatamatrixField.S6);   // Optional[31-08-2021]
     * }</pre>
     *
     * @param payload the text decoded from the symbol
     * @return the fields as raw text, in reading order
     * @throws DatamatrixException with {@code NULL}, {@code BAD_HEADER}, {@code UNKNOWN_TAG},
     *     {@code REPEATED_TAG}, {@code MISSING_FIELD}, {@code WRONG_LENGTH} or
     *     {@code BAD_SEPARATOR}, the field and the index of the first fault
     */
    public static DatamatrixLayout readLayout(@Nullable CharSequence payload) {
        Map<DatamatrixField, String> values = new LinkedHashMap<>();
        scan(payload).forEach((field, found) -> values.put(field, found.value()));
        return DatamatrixLayout.of(values);
    }

    /**
     * The payload without the one line ending (CR, LF or CR LF) that a keyboard-wedge scanner
     * types after the text; a line ending anywhere else, or a second one, stays and is refused.
     */
    private static CharSequence withoutLineEnd(CharSequence text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end == text.length() ? text : text.subSequence(0, end);
    }

    /**
     * The layout scan shared by both readers.
     *
     * @param text the payload
     * @return the raw values and where they start, in reading order
     */
    private static Map<DatamatrixField, Found> scan(@Nullable CharSequence payload) {
        if (payload == null) {
            throw new DatamatrixException(Reason.NULL, null, -1, "the text is null");
        }
        final CharSequence text = withoutLineEnd(payload);
        final int length = text.length();
        checkHeader(text);
        Map<DatamatrixField, Found> fields = new LinkedHashMap<>();
        DatamatrixField previous = null;
        int pos = HEADER.length();
        while (pos < length) {
            if (text.charAt(pos) == GS) {
                throw new DatamatrixException(Reason.BAD_SEPARATOR, previous, pos, "a GS after the "
                        + (previous == null ? "header" : previous.label() + " (" + previous.tag() + ")")
                        + "; DMX-3 puts none after a fixed-length field, a field at its maximum"
                        + " length or another GS");
            }
            if (pos + 1 == length) {
                throw new DatamatrixException(Reason.UNKNOWN_TAG, null, pos, "the text ends with one"
                        + " character where a two-character tag (S1 to S7) is expected");
            }
            DatamatrixField field = DatamatrixField.ofTag(text.charAt(pos), text.charAt(pos + 1));
            if (field == null) {
                throw new DatamatrixException(Reason.UNKNOWN_TAG, null, pos, "expected a tag S1 to S7"
                        + " at index " + pos + (previous == null ? ""
                        : ", after the " + previous.label() + " (" + previous.tag() + ")"));
            }
            if (fields.containsKey(field)) {
                throw new DatamatrixException(Reason.REPEATED_TAG, field, pos, "the tag " + field.tag()
                        + " (" + field.label() + ") appears twice; each field is written once");
            }
            int start = pos + 2;
            String value = field.isFixedLength()
                    ? fixedValue(text, field, start) : variableValue(text, field, start);
            pos = start + value.length();
            if (!field.isFixedLength() && pos < length && text.charAt(pos) == GS) {
                pos++;
            }
            fields.put(field, new Found(value, start));
            previous = field;
        }
        for (DatamatrixField field : DatamatrixField.values()) {
            if (field.isMandatory() && !fields.containsKey(field)) {
                throw new DatamatrixException(Reason.MISSING_FIELD, field, -1, "the " + field.label()
                        + " (" + field.tag() + ") is missing; S1 to S6 are mandatory (DMX-2)");
            }
        }
        return fields;
    }

    private static void checkHeader(CharSequence text) {
        int length = text.length();
        if (length == 0) {
            throw new DatamatrixException(Reason.BAD_HEADER, null, -1, "the text is empty; an INS"
                    + " Datamatrix starts with the header IS01 and 22 zeros (DMX-1)");
        }
        for (int i = 0; i < HEADER.length() && i < length; i++) {
            if (text.charAt(i) != HEADER.charAt(i)) {
                throw new DatamatrixException(Reason.BAD_HEADER, null, i, i < 2
                        ? "an INS Datamatrix starts with IS (DMX-1); this is another kind of code"
                        : i < 4 ? "the format version is not 01, the only one this reader knows (DMX-1)"
                        : "the header ends with 22 zeros (DMX-1)");
            }
        }
        if (length < HEADER.length()) {
            throw new DatamatrixException(Reason.BAD_HEADER, null, -1, "the text ends after "
                    + length + " characters, inside the header of " + HEADER.length() + " (DMX-1)");
        }
    }

    /** A fixed-length value: exactly its length, not cut by the end, a GS or a tag. */
    private static String fixedValue(CharSequence text, DatamatrixField field, int start) {
        int length = text.length();
        int expected = field.maxLength();
        for (int i = start; i < start + expected; i++) {
            if (i == length) {
                throw tooShort(field, i, i - start, "the text ends");
            }
            if (text.charAt(i) == GS) {
                throw tooShort(field, i, i - start, "a GS comes");
            }
            if (DatamatrixField.isTagAt(text, i)) {
                throw tooShort(field, i, i - start, "the tag " + text.charAt(i) + text.charAt(i + 1)
                        + " comes");
            }
        }
        return text.subSequence(start, start + expected).toString();
    }

    private static DatamatrixException tooShort(DatamatrixField field, int index, int found, String why) {
        return new DatamatrixException(Reason.WRONG_LENGTH, field, index, why + " after " + found
                + (found == 1 ? " character" : " characters") + " of the " + field.label() + " ("
                + field.tag() + "); it has exactly " + field.maxLength() + " (DMX-2)");
    }

    /** A variable-length value: up to the GS, its maximum length or the end of the text. */
    private static String variableValue(CharSequence text, DatamatrixField field, int start) {
        int length = text.length();
        int end = start;
        while (end < length && end - start < field.maxLength() && text.charAt(end) != GS) {
            end++;
        }
        int found = end - start;
        for (int i = start; i < end; i++) {
            if (DatamatrixField.isTagAt(text, i)) {
                throw new DatamatrixException(Reason.BAD_SEPARATOR, field, i, "the " + field.label()
                        + " (" + field.tag() + ") is not ended by a GS, so the tag " + text.charAt(i)
                        + text.charAt(i + 1) + " was read into it; a variable-length field shorter"
                        + " than its maximum is ended by a GS when another field follows (DMX-3)");
            }
        }
        if (end < length && text.charAt(end) == GS) {
            if (found == field.maxLength()) {
                throw new DatamatrixException(Reason.BAD_SEPARATOR, field, end, "a GS after the "
                        + field.label() + " (" + field.tag() + "), which is at its maximum length of "
                        + field.maxLength() + "; DMX-3 puts none there");
            }
            if (end + 1 == length) {
                throw new DatamatrixException(Reason.BAD_SEPARATOR, field, end, "a GS after the "
                        + field.label() + " (" + field.tag() + "), the last field; DMX-3 puts none"
                        + " after the last field");
            }
        }
        if (found < field.minLength()) {
            throw new DatamatrixException(Reason.WRONG_LENGTH, field, start, "the " + field.label()
                    + " (" + field.tag() + ") has " + found + (found == 1 ? " character" : " characters")
                    + "; it has " + field.minLength() + " to " + field.maxLength() + " (DMX-2)");
        }
        return text.subSequence(start, end).toString();
    }
}
