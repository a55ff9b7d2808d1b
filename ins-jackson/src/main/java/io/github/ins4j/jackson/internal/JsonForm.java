package io.github.ins4j.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.jackson.StoredFormException;
import io.github.ins4j.jackson.StoredFormException.Reason;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.Created;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.Merge;
import io.github.ins4j.qualification.IdentityEvent.Unmerge;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of ins4j, version 1: one writer and one strict reader per type. Readers start on
 * the value's first token and leave the parser on its last token. Every refusal is an ins4j
 * exception whose message names the field, never the value.
 */
public final class JsonForm {

    /** The version this release writes. */
    public static final int VERSION = 1;

    /** Prefix of the conventional date of an uncertain birth date ({@code BirthDate.uncertain}). */
    static final char UNCERTAIN = '~';

    private JsonForm() {
    }

    // ---------------------------------------------------------------- plain values

    /**
     * Writes a birth date: its strict form, or {@code ~} and the conventional date for a date made
     * by {@code BirthDate.uncertain}.
     *
     * @param date the date
     * @return the text
     */
    public static String birthDateText(BirthDate date) {
        String value = date.value();
        return date.isExact() || value.contains("-00") ? value : UNCERTAIN + value;
    }

    /**
     * Reads a birth date written by {@link #birthDateText(BirthDate)}.
     *
     * @param text the text
     * @return the date
     */
    public static BirthDate birthDate(String text) {
        if (!text.isEmpty() && text.charAt(0) == UNCERTAIN) {
            BirthDate conventional = BirthDate.parse(text.substring(1));
            return BirthDate.uncertain(conventional.exactDate().orElseThrow(() -> new StoredFormException(
                    Reason.INVALID_VALUE, "an uncertain birth date (~) is written with its conventional,"
                    + " exact date")));
        }
        return BirthDate.parse(text);
    }

    /**
     * Reads a status from its code ({@code PROV}, {@code RECUP}, {@code VALI}, {@code QUAL}).
     *
     * @param code the code
     * @return the status
     */
    public static IdentityStatus status(String code) {
        return switch (code) {
            case "PROV" -> IdentityStatus.PROVISIONAL;
            case "RECUP" -> IdentityStatus.RETRIEVED;
            case "VALI" -> IdentityStatus.VALIDATED;
            case "QUAL" -> IdentityStatus.QUALIFIED;
            default -> throw unknownCode("status", "PROV, RECUP, VALI or QUAL");
        };
    }

    /**
     * Reads an attribute from its code ({@code DOUT}, {@code FICT}, {@code HOMA}).
     *
     * @param code the code
     * @return the attribute
     */
    public static IdentityAttribute attribute(String code) {
        for (IdentityAttribute a : IdentityAttribute.values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw unknownCode("attribute", "DOUT, FICT or HOMA");
    }

    /**
     * Reads a document from its FR Core code ({@code PA}, {@code CN}…).
     *
     * @param code the code
     * @return the document
     */
    public static IdentityDocument document(String code) {
        for (IdentityDocument d : IdentityDocument.values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw unknownCode("document", "a code of IdentityDocument (PA, CN, eCN, CS, IN, AV, LECV, ANCV,"
                + " LEP, CC, AN)");
    }

    /**
     * Reads an INSi result from its code ({@code 00}, {@code 01}, {@code 02}).
     *
     * @param code the code
     * @return the result
     */
    public static InsiResult insiResult(String code) {
        return switch (code) {
            case "00" -> InsiResult.FOUND;
            case "01" -> InsiResult.NOT_FOUND;
            case "02" -> InsiResult.SEVERAL_FOUND;
            default -> throw unknownCode("INSi result", "00, 01 or 02");
        };
    }

    /**
     * Reads an exception case from its name.
     *
     * @param name the name
     * @return the exception case
     */
    public static ExceptionContext exceptionContext(String name) {
        for (ExceptionContext c : ExceptionContext.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw unknownCode("exception context", "MINOR or NURSING_HOME_ADMISSION");
    }

    /**
     * Reads an event kind from its name.
     *
     * @param name the name
     * @return the kind
     */
    public static IdentityEvent.Kind kind(String name) {
        return switch (name) {
            case "CREATED" -> IdentityEvent.Kind.CREATED;
            case "INSI_ANSWER" -> IdentityEvent.Kind.INSI_ANSWER;
            case "DOCUMENT_CHECK" -> IdentityEvent.Kind.DOCUMENT_CHECK;
            case "ATTRIBUTE_SET" -> IdentityEvent.Kind.ATTRIBUTE_SET;
            case "ATTRIBUTE_REMOVED" -> IdentityEvent.Kind.ATTRIBUTE_REMOVED;
            case "TRAIT_EDIT" -> IdentityEvent.Kind.TRAIT_EDIT;
            case "INSI_REVERIFICATION" -> IdentityEvent.Kind.INSI_REVERIFICATION;
            case "CARTE_VITALE_APP_READ" -> IdentityEvent.Kind.CARTE_VITALE_APP_READ;
            case "MERGE" -> IdentityEvent.Kind.MERGE;
            case "UNMERGE" -> IdentityEvent.Kind.UNMERGE;
            default -> throw unknownCode("event type", "a name of IdentityEvent.Kind");
        };
    }

    /**
     * Writes an instant as {@link Instant#toString()} does ({@code 2025-01-06T09:00:00Z}, with 3, 6
     * or 9 fraction digits when needed), without its formatter for the years 0 to 9999.
     *
     * @param instant the instant
     * @return the text
     */
    public static String instantText(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nano = instant.getNano();
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, nano, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder sb = new StringBuilder(30);
        digits(sb, t.getYear(), 4).append('-');
        digits(sb, t.getMonthValue(), 2).append('-');
        digits(sb, t.getDayOfMonth(), 2).append('T');
        digits(sb, t.getHour(), 2).append(':');
        digits(sb, t.getMinute(), 2).append(':');
        digits(sb, t.getSecond(), 2);
        if (nano != 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                digits(sb, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(sb, nano / 1000, 6);
            } else {
                digits(sb, nano, 9);
            }
        }
        return sb.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder sb, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            sb.append((char) ('0' + value / divisor % 10));
        }
        return sb;
    }

    /**
     * Reads an instant in ISO-8601 UTC form ({@code 2025-01-06T09:00:00Z}, 0, 3, 6 or 9 fraction
     * digits), as {@link #instantText(Instant)} writes it; other forms {@link Instant#parse} reads
     * are accepted too.
     *
     * @param field the field, for the message
     * @param text  the text
     * @return the instant
     */
    public static Instant instant(String field, String text) {
        try {
            int length = text.length();
            int fraction = length - 21;
            if (length >= 20 && text.charAt(length - 1) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                    && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                    && (length == 20 || (text.charAt(19) == '.' && (fraction == 3 || fraction == 6 || fraction == 9)))) {
                int nano = 0;
                for (int i = 0; i < fraction; i++) {
                    nano = nano * 10 + digit(text, 20 + i);
                }
                for (int i = fraction; i < 9 && fraction > 0; i++) {
                    nano *= 10;
                }
                LocalDateTime t = LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                        number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nano);
                return t.toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new StoredFormException(Reason.INVALID_VALUE, "\"" + field + "\" is not an ISO-8601"
                    + " UTC instant such as 2025-01-06T09:00:00Z");
        }
    }

    private static int number(String text, int start, int width) {
        int value = 0;
        for (int i = start; i < start + width; i++) {
            value = value * 10 + digit(text, i);
        }
        return value;
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        if (c < '0' || c > '9') {
            throw new NumberFormatException("not a digit at " + index);
        }
        return c - '0';
    }

    private static LocalDate localDate(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new StoredFormException(Reason.INVALID_VALUE, "\"" + field + "\" is not an ISO-8601"
                    + " date such as 2020-01-31");
        }
    }

    /**
     * Reads an OID, bare.
     *
     * @param text the text
     * @return the OID
     */
    public static InsOid oid(String text) {
        return InsOid.parse(text);
    }

    private static StoredFormException unknownCode(String what, String expected) {
        return new StoredFormException(Reason.UNKNOWN_CODE, "unknown " + what + " code; expected "
                + expected);
    }

    // ---------------------------------------------------------------- token helpers

    /**
     * Checks that the current token is the start of an object.
     *
     * @param p    the parser
     * @param what what is read, for the message
     */
    public static void startObject(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new StoredFormException(Reason.WRONG_TYPE, what + " is a JSON object, found "
                    + describe(p.currentToken()));
        }
    }

    /**
     * Reads the current token as a string.
     *
     * @param p     the parser
     * @param field the field or value name, for the message
     * @return the text
     * @throws IOException from the parser
     */
    public static String currentText(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new StoredFormException(Reason.WRONG_TYPE, "\"" + field + "\" is a JSON string, found "
                    + describe(p.currentToken()));
        }
        return p.getText();
    }

    private static String text(JsonParser p, String field) throws IOException {
        p.nextToken();
        return currentText(p, field);
    }

    private static void next(JsonParser p, String field, JsonToken expected, String name)
            throws IOException {
        JsonToken t = p.nextToken();
        if (t != expected) {
            throw new StoredFormException(Reason.WRONG_TYPE, "\"" + field + "\" is a JSON " + name
                    + ", found " + describe(t));
        }
    }

    private static String describe(@Nullable JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null (leave an optional field out instead)";
            default -> t.name();
        };
    }

    private static StoredFormException unknownField(String field, String what) {
        return new StoredFormException(Reason.UNKNOWN_FIELD, "\"" + field + "\" is not a field of "
                + what);
    }

    private static <T> T once(@Nullable T previous, T value, String field) {
        if (previous != null) {
            throw new StoredFormException(Reason.DUPLICATE_FIELD, "\"" + field + "\" appears twice");
        }
        return value;
    }

    private static <T> T required(@Nullable T value, String field, String what) {
        if (value == null) {
            throw new StoredFormException(Reason.MISSING_FIELD, what + " needs \"" + field + "\"");
        }
        return value;
    }

    private static void version(JsonParser p, String what, @Nullable Integer previous) throws IOException {
        once(previous, 0, "v");
        next(p, "v", JsonToken.VALUE_NUMBER_INT, "integer");
        int v = p.getIntValue();
        if (v != VERSION) {
            throw new StoredFormException(Reason.UNSUPPORTED_VERSION, what + " has version " + v
                    + "; this release reads version " + VERSION + (v > VERSION ? " (upgrade ins-jackson)" : ""));
        }
    }

    // ---------------------------------------------------------------- traits and identities

    /**
     * Writes the five traits.
     *
     * @param g      the generator
     * @param traits the traits
     * @throws IOException from the generator
     */
    public static void writeTraits(JsonGenerator g, Traits traits) throws IOException {
        g.writeStartObject();
        g.writeStringField("birthName", traits.birthName().value());
        g.writeStringField("firstNames", traits.firstNames().value());
        g.writeStringField("birthDate", birthDateText(traits.birthDate()));
        g.writeStringField("sex", traits.sex().name());
        g.writeStringField("birthPlace", traits.birthPlace().value());
        g.writeEndObject();
    }

    /**
     * Reads the five traits.
     *
     * @param p the parser, on the start of the object
     * @return the traits
     * @throws IOException from the parser
     */
    public static Traits readTraits(JsonParser p) throws IOException {
        startObject(p, "traits");
        String name = null;
        String first = null;
        String date = null;
        String sex = null;
        String place = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "birthName" -> name = once(name, text(p, f), f);
                case "firstNames" -> first = once(first, text(p, f), f);
                case "birthDate" -> date = once(date, text(p, f), f);
                case "sex" -> sex = once(sex, text(p, f), f);
                case "birthPlace" -> place = once(place, text(p, f), f);
                default -> throw unknownField(f, "traits");
            }
        }
        String what = "traits";
        return new Traits(BirthName.parse(required(name, "birthName", what)),
                BirthFirstNames.parse(required(first, "firstNames", what)),
                birthDate(required(date, "birthDate", what)), Sex.parse(required(sex, "sex", what)),
                BirthPlaceCode.parse(required(place, "birthPlace", what)));
    }

    /**
     * Writes an INS identifier.
     *
     * @param g  the generator
     * @param id the identifier
     * @throws IOException from the generator
     */
    public static void writeIdentifier(JsonGenerator g, InsIdentifier id) throws IOException {
        g.writeStartObject();
        g.writeStringField("matricule", id.matricule().value());
        g.writeStringField("oid", id.oid().oid());
        g.writeEndObject();
    }

    /**
     * Reads an INS identifier.
     *
     * @param p the parser, on the start of the object
     * @return the identifier
     * @throws IOException from the parser
     */
    public static InsIdentifier readIdentifier(JsonParser p) throws IOException {
        startObject(p, "an INS identifier");
        String matricule = null;
        String oid = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "matricule" -> matricule = once(matricule, text(p, f), f);
                case "oid" -> oid = once(oid, text(p, f), f);
                default -> throw unknownField(f, "an INS identifier");
            }
        }
        return InsIdentifier.of(InsMatricule.parse(required(matricule, "matricule", "an INS identifier")),
                InsOid.parse(required(oid, "oid", "an INS identifier")));
    }

    /**
     * Writes an earlier identifier.
     *
     * @param g       the generator
     * @param earlier the earlier identifier
     * @throws IOException from the generator
     */
    public static void writeEarlier(JsonGenerator g, EarlierIdentifier earlier) throws IOException {
        g.writeStartObject();
        g.writeStringField("matricule", earlier.identifier().matricule().value());
        g.writeStringField("oid", earlier.identifier().oid().oid());
        if (earlier.validFrom().isPresent()) {
            g.writeStringField("validFrom", earlier.validFrom().get().toString());
        }
        if (earlier.validTo().isPresent()) {
            g.writeStringField("validTo", earlier.validTo().get().toString());
        }
        g.writeEndObject();
    }

    /**
     * Reads an earlier identifier.
     *
     * @param p the parser, on the start of the object
     * @return the earlier identifier
     * @throws IOException from the parser
     */
    public static EarlierIdentifier readEarlier(JsonParser p) throws IOException {
        String what = "an earlier identifier";
        startObject(p, what);
        String matricule = null;
        String oid = null;
        LocalDate from = null;
        LocalDate to = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "matricule" -> matricule = once(matricule, text(p, f), f);
                case "oid" -> oid = once(oid, text(p, f), f);
                case "validFrom" -> from = once(from, localDate(f, text(p, f)), f);
                case "validTo" -> to = once(to, localDate(f, text(p, f)), f);
                default -> throw unknownField(f, what);
            }
        }
        InsIdentifier id = InsIdentifier.of(InsMatricule.parse(required(matricule, "matricule", what)),
                InsOid.parse(required(oid, "oid", what)));
        return new EarlierIdentifier(id, Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /**
     * Writes an INS identity: matricule, OID, traits and earlier identifiers.
     *
     * @param g        the generator
     * @param identity the identity
     * @throws IOException from the generator
     */
    public static void writeIdentity(JsonGenerator g, InsIdentity identity) throws IOException {
        g.writeStartObject();
        g.writeStringField("matricule", identity.identifier().matricule().value());
        g.writeStringField("oid", identity.identifier().oid().oid());
        g.writeFieldName("traits");
        writeTraits(g, identity.traits());
        g.writeArrayFieldStart("history");
        for (EarlierIdentifier earlier : identity.history()) {
            writeEarlier(g, earlier);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Reads an INS identity.
     *
     * @param p the parser, on the start of the object
     * @return the identity
     * @throws IOException from the parser
     */
    public static InsIdentity readIdentity(JsonParser p) throws IOException {
        String what = "an INS identity";
        startObject(p, what);
        String matricule = null;
        String oid = null;
        Traits traits = null;
        List<EarlierIdentifier> history = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "matricule" -> matricule = once(matricule, text(p, f), f);
                case "oid" -> oid = once(oid, text(p, f), f);
                case "traits" -> {
                    p.nextToken();
                    traits = once(traits, readTraits(p), f);
                }
                case "history" -> {
                    once(history, List.of(), f);
                    next(p, f, JsonToken.START_ARRAY, "array");
                    List<EarlierIdentifier> read = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        read.add(readEarlier(p));
                    }
                    history = read;
                }
                default -> throw unknownField(f, what);
            }
        }
        InsIdentifier id = InsIdentifier.of(InsMatricule.parse(required(matricule, "matricule", what)),
                InsOid.parse(required(oid, "oid", what)));
        List<EarlierIdentifier> earlier = required(history, "history", what);
        for (EarlierIdentifier e : earlier) {
            if (e.identifier().equals(id)) {
                throw new StoredFormException(Reason.INCONSISTENT, "the history of an INS identity holds"
                        + " its active identifier (MAT-6)");
            }
        }
        return new InsIdentity(id, required(traits, "traits", what), earlier);
    }

    // ---------------------------------------------------------------- events

    /**
     * Writes an event alone: {@code {"v":1,"type":...,...}}.
     *
     * @param g     the generator
     * @param event the event
     * @throws IOException from the generator
     */
    public static void writeEvent(JsonGenerator g, IdentityEvent event) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", VERSION);
        writeEventFields(g, event);
        g.writeEndObject();
    }

    /**
     * Writes a recorded event: {@code {"v":1,"at":...,"operator":...,"type":...,...}}.
     *
     * @param g     the generator
     * @param event the recorded event
     * @throws IOException from the generator
     */
    public static void writeRecordedEvent(JsonGenerator g, RecordedEvent event) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", VERSION);
        g.writeStringField("at", instantText(event.at()));
        g.writeStringField("operator", event.operatorId());
        writeEventFields(g, event.event());
        g.writeEndObject();
    }

    private static void writeEventFields(JsonGenerator g, IdentityEvent event) throws IOException {
        g.writeStringField("type", event.kind().name());
        if (event instanceof Created created) {
            g.writeFieldName("traits");
            writeTraits(g, created.traits());
        } else if (event instanceof TraitEdit edit) {
            g.writeFieldName("traits");
            writeTraits(g, edit.traits());
        } else if (event instanceof InsiAnswer answer) {
            g.writeStringField("result", answer.result().code());
            if (answer.identity().isPresent()) {
                g.writeFieldName("identity");
                writeIdentity(g, answer.identity().get());
            }
            if (answer.reviewConfirmedBy().isPresent()) {
                g.writeStringField("reviewConfirmedBy", answer.reviewConfirmedBy().get());
            }
        } else if (event instanceof DocumentCheck check) {
            g.writeStringField("document", check.document().code());
            if (check.context().isPresent()) {
                g.writeStringField("context", check.context().get().name());
            }
        } else if (event instanceof AttributeSet set) {
            g.writeStringField("attribute", set.attribute().code());
        } else if (event instanceof AttributeRemoved removed) {
            g.writeStringField("attribute", removed.attribute().code());
        } else if (event instanceof InsiReverification reverification) {
            g.writeFieldName("identity");
            writeIdentity(g, reverification.returned());
        } else if (event instanceof CarteVitaleAppRead read) {
            g.writeFieldName("identity");
            writeIdentity(g, read.identity());
            if (read.reviewConfirmedBy().isPresent()) {
                g.writeStringField("reviewConfirmedBy", read.reviewConfirmedBy().get());
            }
        } else if (event instanceof Merge merge) {
            g.writeStringField("retiredLocalId", merge.retiredLocalId());
            g.writeStringField("reference", merge.reference());
            g.writeArrayFieldStart("retiredEvents");
            for (RecordedEvent retired : merge.retiredEvents()) {
                writeRecordedEvent(g, retired);
            }
            g.writeEndArray();
        } else if (event instanceof Unmerge unmerge) {
            g.writeStringField("retiredLocalId", unmerge.retiredLocalId());
            g.writeStringField("reference", unmerge.reference());
        }
    }

    /** The fields of an event object as read, before the type decides which are allowed. */
    private static final class EventFields {
        @Nullable Integer version;
        @Nullable Instant at;
        @Nullable String operator;
        IdentityEvent.@Nullable Kind type;
        @Nullable Traits traits;
        @Nullable InsiResult result;
        @Nullable InsIdentity identity;
        @Nullable String reviewConfirmedBy;
        @Nullable IdentityDocument document;
        @Nullable ExceptionContext context;
        @Nullable IdentityAttribute attribute;
        @Nullable String retiredLocalId;
        @Nullable String reference;
        @Nullable List<RecordedEvent> retiredEvents;
    }

    private static EventFields readEventFields(JsonParser p, String what, int depth) throws IOException {
        startObject(p, what);
        EventFields e = new EventFields();
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "v" -> {
                    version(p, what, e.version);
                    e.version = VERSION;
                }
                case "at" -> e.at = once(e.at, instant(f, text(p, f)), f);
                case "operator" -> e.operator = once(e.operator, text(p, f), f);
                case "type" -> e.type = once(e.type, kind(text(p, f)), f);
                case "traits" -> {
                    p.nextToken();
                    e.traits = once(e.traits, readTraits(p), f);
                }
                case "result" -> e.result = once(e.result, insiResult(text(p, f)), f);
                case "identity" -> {
                    p.nextToken();
                    e.identity = once(e.identity, readIdentity(p), f);
                }
                case "reviewConfirmedBy" -> e.reviewConfirmedBy = once(e.reviewConfirmedBy, text(p, f), f);
                case "document" -> e.document = once(e.document, document(text(p, f)), f);
                case "context" -> e.context = once(e.context, exceptionContext(text(p, f)), f);
                case "attribute" -> e.attribute = once(e.attribute, attribute(text(p, f)), f);
                case "retiredLocalId" -> e.retiredLocalId = once(e.retiredLocalId, text(p, f), f);
                case "reference" -> e.reference = once(e.reference, text(p, f), f);
                case "retiredEvents" -> {
                    once(e.retiredEvents, List.of(), f);
                    if (depth >= Merge.MAX_DEPTH) {
                        // Refused while parsing, before the recursion goes deeper (AUD-8).
                        throw new StoredFormException(Reason.INCONSISTENT, "merges nest at most "
                                + Merge.MAX_DEPTH + " deep (records merged into records merged into...)");
                    }
                    next(p, f, JsonToken.START_ARRAY, "array");
                    List<RecordedEvent> read = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        read.add(readRecordedEvent(p, depth + 1));
                    }
                    e.retiredEvents = read;
                }
                default -> throw unknownField(f, what);
            }
        }
        required(e.version, "v", what);
        return e;
    }

    private static void absent(@Nullable Object value, String field, IdentityEvent.Kind type) {
        if (value != null) {
            throw new StoredFormException(Reason.UNKNOWN_FIELD, "\"" + field + "\" is not a field of a "
                    + type + " event");
        }
    }

    private static IdentityEvent toEvent(EventFields e, String what) {
        IdentityEvent.Kind type = required(e.type, "type", what);
        boolean hasTraits = type == IdentityEvent.Kind.CREATED || type == IdentityEvent.Kind.TRAIT_EDIT;
        boolean hasIdentity = type == IdentityEvent.Kind.INSI_ANSWER
                || type == IdentityEvent.Kind.INSI_REVERIFICATION || type == IdentityEvent.Kind.CARTE_VITALE_APP_READ;
        boolean hasReview = type == IdentityEvent.Kind.INSI_ANSWER || type == IdentityEvent.Kind.CARTE_VITALE_APP_READ;
        boolean hasAttribute = type == IdentityEvent.Kind.ATTRIBUTE_SET || type == IdentityEvent.Kind.ATTRIBUTE_REMOVED;
        if (!hasTraits) {
            absent(e.traits, "traits", type);
        }
        if (!hasIdentity) {
            absent(e.identity, "identity", type);
        }
        if (!hasReview) {
            absent(e.reviewConfirmedBy, "reviewConfirmedBy", type);
        }
        if (!hasAttribute) {
            absent(e.attribute, "attribute", type);
        }
        if (type != IdentityEvent.Kind.INSI_ANSWER) {
            absent(e.result, "result", type);
        }
        if (type != IdentityEvent.Kind.DOCUMENT_CHECK) {
            absent(e.document, "document", type);
            absent(e.context, "context", type);
        }
        if (type != IdentityEvent.Kind.MERGE && type != IdentityEvent.Kind.UNMERGE) {
            absent(e.retiredLocalId, "retiredLocalId", type);
            absent(e.reference, "reference", type);
        }
        if (type != IdentityEvent.Kind.MERGE) {
            absent(e.retiredEvents, "retiredEvents", type);
        }
        String of = "a " + type + " event";
        return switch (type) {
            case CREATED -> new Created(required(e.traits, "traits", of));
            case TRAIT_EDIT -> new TraitEdit(required(e.traits, "traits", of));
            case INSI_ANSWER -> {
                InsiResult result = required(e.result, "result", of);
                if (result == InsiResult.FOUND) {
                    required(e.identity, "identity", of + " with result 00");
                } else {
                    if (e.identity != null) {
                        throw new StoredFormException(Reason.INCONSISTENT, "an INSi answer carries an"
                                + " identity only with result 00");
                    }
                }
                yield new InsiAnswer(result, Optional.ofNullable(e.identity),
                        Optional.ofNullable(e.reviewConfirmedBy));
            }
            case DOCUMENT_CHECK -> new DocumentCheck(required(e.document, "document", of),
                    Optional.ofNullable(e.context));
            case ATTRIBUTE_SET -> new AttributeSet(required(e.attribute, "attribute", of));
            case ATTRIBUTE_REMOVED -> new AttributeRemoved(required(e.attribute, "attribute", of));
            case INSI_REVERIFICATION -> new InsiReverification(required(e.identity, "identity", of));
            case CARTE_VITALE_APP_READ -> new CarteVitaleAppRead(required(e.identity, "identity", of),
                    Optional.ofNullable(e.reviewConfirmedBy));
            case MERGE -> new Merge(required(e.retiredLocalId, "retiredLocalId", of),
                    required(e.retiredEvents, "retiredEvents", of), required(e.reference, "reference", of));
            case UNMERGE -> new Unmerge(required(e.retiredLocalId, "retiredLocalId", of),
                    required(e.reference, "reference", of));
        };
    }

    /**
     * Reads an event alone (no {@code at}, no {@code operator}).
     *
     * @param p the parser, on the start of the object
     * @return the event
     * @throws IOException from the parser
     */
    public static IdentityEvent readEvent(JsonParser p) throws IOException {
        String what = "an identity event";
        EventFields e = readEventFields(p, what, 0);
        if (e.at != null || e.operator != null) {
            throw new StoredFormException(Reason.UNKNOWN_FIELD, "an identity event alone has no \"at\""
                    + " nor \"operator\"; read it as a RecordedEvent");
        }
        return toEvent(e, what);
    }

    /**
     * Reads a recorded event.
     *
     * @param p the parser, on the start of the object
     * @return the recorded event
     * @throws IOException from the parser
     */
    public static RecordedEvent readRecordedEvent(JsonParser p) throws IOException {
        return readRecordedEvent(p, 0);
    }

    /** Reads a recorded event held {@code depth} merges deep. */
    private static RecordedEvent readRecordedEvent(JsonParser p, int depth) throws IOException {
        String what = "a recorded event";
        EventFields e = readEventFields(p, what, depth);
        Instant at = required(e.at, "at", what);
        String operator = required(e.operator, "operator", what);
        return new RecordedEvent(at, operator, toEvent(e, what));
    }

    // ---------------------------------------------------------------- audit and history

    /**
     * Writes an audit entry (QUA-9): no personal data.
     *
     * @param g     the generator
     * @param entry the entry
     * @throws IOException from the generator
     */
    public static void writeAuditEntry(JsonGenerator g, AuditEntry entry) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", instantText(entry.at()));
        g.writeStringField("operator", entry.operatorId());
        g.writeStringField("kind", entry.kind().name());
        g.writeStringField("before", entry.before().code());
        g.writeStringField("after", entry.after().code());
        if (entry.insiResult().isPresent()) {
            g.writeStringField("insiResult", entry.insiResult().get().code());
        }
        g.writeEndObject();
    }

    /**
     * Reads an audit entry.
     *
     * @param p the parser, on the start of the object
     * @return the entry
     * @throws IOException from the parser
     */
    public static AuditEntry readAuditEntry(JsonParser p) throws IOException {
        String what = "an audit entry";
        startObject(p, what);
        Instant at = null;
        String operator = null;
        IdentityEvent.Kind kind = null;
        IdentityStatus before = null;
        IdentityStatus after = null;
        InsiResult result = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "at" -> at = once(at, instant(f, text(p, f)), f);
                case "operator" -> operator = once(operator, text(p, f), f);
                case "kind" -> kind = once(kind, kind(text(p, f)), f);
                case "before" -> before = once(before, status(text(p, f)), f);
                case "after" -> after = once(after, status(text(p, f)), f);
                case "insiResult" -> result = once(result, insiResult(text(p, f)), f);
                default -> throw unknownField(f, what);
            }
        }
        return new AuditEntry(required(at, "at", what), required(operator, "operator", what),
                required(kind, "kind", what), required(before, "before", what), required(after, "after", what),
                Optional.ofNullable(result));
    }

    /**
     * Writes a whole history: {@code {"v":1,"status":...,"events":[...],"auditTrail":[...]}}.
     *
     * @param g      the generator
     * @param record the record
     * @throws IOException from the generator
     */
    public static void writeHistory(JsonGenerator g, IdentityRecord record) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", VERSION);
        g.writeStringField("status", record.status().code());
        g.writeArrayFieldStart("events");
        for (RecordedEvent event : record.events()) {
            writeRecordedEvent(g, event);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("auditTrail");
        for (AuditEntry entry : record.auditTrail()) {
            writeAuditEntry(g, entry);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Reads a whole history and restores the record through the qualifier, checking the stored
     * audit trail and status against the replay.
     *
     * @param p         the parser, on the start of the object
     * @param qualifier the qualifier that replays the events
     * @return the record
     * @throws IOException from the parser
     */
    public static IdentityRecord readHistory(JsonParser p, IdentityQualifier qualifier) throws IOException {
        String what = "an identity history";
        startObject(p, what);
        Integer version = null;
        IdentityStatus status = null;
        List<RecordedEvent> events = null;
        List<AuditEntry> trail = null;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            switch (f) {
                case "v" -> {
                    version(p, what, version);
                    version = VERSION;
                }
                case "status" -> status = once(status, status(text(p, f)), f);
                case "events" -> {
                    once(events, List.of(), f);
                    next(p, f, JsonToken.START_ARRAY, "array");
                    List<RecordedEvent> read = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        read.add(readRecordedEvent(p));
                    }
                    events = read;
                }
                case "auditTrail" -> {
                    once(trail, List.of(), f);
                    next(p, f, JsonToken.START_ARRAY, "array");
                    List<AuditEntry> read = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        read.add(readAuditEntry(p));
                    }
                    trail = read;
                }
                default -> throw unknownField(f, what);
            }
        }
        required(version, "v", what);
        IdentityStatus stored = required(status, "status", what);
        IdentityRecord record = qualifier.restore(required(events, "events", what),
                required(trail, "auditTrail", what));
        if (record.status() != stored) {
            throw new StoredFormException(Reason.INCONSISTENT, "the stored status " + stored.code()
                    + " is not the status the events give, " + record.status().code());
        }
        return record;
    }
}
