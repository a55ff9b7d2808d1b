package io.github.ins4j.cda;

import io.github.ins4j.error.InsException;
import io.github.ins4j.cda.CdaException.Reason;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.internal.hl7.BirthTimes;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the INS and its traits back from a CDA R2 {@code recordTarget}, in the layout of
 * {@link RecordTargetWriter}: either a {@code recordTarget} fragment, or a whole
 * {@code ClinicalDocument} whose header holds exactly one.
 *
 * <ul>
 *   <li>The INS is the {@code patientRole/id} whose root is an INS OID (NIR, NIA, test,
 *       demonstration: {@link InsOid#parse}); its extension must be a 15-character matricule with
 *       a valid key. Two such ids are refused; an id with the retired INS-C root is refused; other
 *       ids (IPP, NSS...) are ignored.</li>
 *   <li>The five traits are mandatory whenever the INS is present (DIS-4, CI-SIS), and in every
 *       case since {@link Traits} needs all five: {@code family qualifier="BR"}, {@code given}
 *       without qualifier (the list; the {@code given qualifier="BR"} is optional but must be its
 *       start, TRT-2), {@code administrativeGenderCode} ({@code M} / {@code F}),
 *       {@code birthTime}, {@code birthplace/place/addr/county}. Text is trimmed, then checked in
 *       strict form (TRT-1).</li>
 *   <li>{@code birthTime}: the date part; reduced precision ({@code 1960}, {@code 196007}) is read
 *       as an uncertain date. A full date is read as exact: CDA carries no uncertainty flag, so the
 *       conventional date of an uncertain one comes back as an exact date (TRT-3, spec decision).</li>
 * </ul>
 *
 * <h2>Hostile input</h2>
 * The JDK's own StAX parser is used (not whatever is on the class path), with DTD support and
 * external entities off, and any DOCTYPE or entity reference is refused ({@code DTD_REFUSED})
 * before anything is resolved or expanded: no XXE, no "billion laughs". At most
 * {@value #MAX_INPUT} characters (for text) or bytes (for a stream) are read, and elements nest at
 * most {@value #MAX_DEPTH} deep. In a {@code ClinicalDocument}, reading stops after the
 * {@code recordTarget}: the body, often a large embedded PDF, is not read.
 *
 * <pre>{@code
 * CdaPatient patient = RecordTargetReader.read(xml);
 * patient.insIdentity().ifPresent(ins -> link(ins.identifier()));
 * RecordTargetReader.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>...");
 *                                                     // CdaException DTD_REFUSED
 * }</pre>
 */
public final class RecordTargetReader {

    /** The most characters (text) or bytes (stream) read: 1 MiB. */
    public static final int MAX_INPUT = 1 << 20;

    /** The deepest nesting of elements read. */
    public static final int MAX_DEPTH = 64;

    private static final String NAMESPACE = RecordTargetWriter.NAMESPACE;
    private static final String PATIENT = "patientRole/patient";
    private static final String NAME = PATIENT + "/name";
    private static final String FAMILY = NAME + "/family";
    private static final String GIVEN = NAME + "/given";
    private static final String GENDER = PATIENT + "/administrativeGenderCode";
    private static final String BIRTH_TIME = PATIENT + "/birthTime";
    private static final String COUNTY = PATIENT + "/birthplace/place/addr/county";

    private RecordTargetReader() {
    }

    /**
     * Reads a {@code recordTarget} fragment or a {@code ClinicalDocument} given as text.
     *
     * @param xml the XML text
     * @return the INS identity and the traits, or the traits only
     * @throws CdaException with the reason: {@code MALFORMED_XML}, {@code DTD_REFUSED},
     *     {@code TOO_LARGE}, {@code TOO_DEEP}, {@code INVALID_STRUCTURE}, {@code WRONG_OID},
     *     {@code INVALID_INS}, {@code TWO_INS_IDS}, {@code MISSING_TRAIT}, {@code DUPLICATE_TRAIT},
     *     {@code INVALID_TRAIT} or {@code INCONSISTENT_FIRST_NAME}
     * @throws NullPointerException if {@code xml} is {@code null}
     */
    public static CdaPatient read(String xml) {
        Objects.requireNonNull(xml, "xml must not be null");
        boolean cut = xml.length() > MAX_INPUT;
        String head = cut ? xml.substring(0, MAX_INPUT) : xml;
        return parse(cut, () -> factory().createXMLStreamReader(new StringReader(head)));
    }

    /**
     * Reads a {@code recordTarget} fragment or a {@code ClinicalDocument} from bytes; the encoding
     * comes from the XML declaration (UTF-8 by default). At most {@value #MAX_INPUT} bytes are
     * taken from the stream, which is not closed.
     *
     * @param xml the XML bytes
     * @return the INS identity and the traits, or the traits only
     * @throws CdaException see {@link #read(String)}
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if {@code xml} is {@code null}
     */
    public static CdaPatient read(InputStream xml) {
        Objects.requireNonNull(xml, "xml must not be null");
        byte[] head;
        try {
            head = xml.readNBytes(MAX_INPUT + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the XML stream cannot be read", e);
        }
        boolean cut = head.length > MAX_INPUT;
        return parse(cut, () -> factory().createXMLStreamReader(
                new ByteArrayInputStream(head, 0, Math.min(head.length, MAX_INPUT))));
    }

    /**
     * The JDK's own StAX factory (not whatever is on the class path), without DTD support,
     * external entities nor external resources of any kind.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are refused");
        });
        return factory;
    }

    private interface Opener {
        XMLStreamReader open() throws XMLStreamException;
    }

    /**
     * Runs the scan. The input is in memory (at most {@value #MAX_INPUT} characters or bytes), so
     * the StAX reader holds nothing to release.
     *
     * @param cut whether the input was longer than the limit and cut to it
     */
    private static CdaPatient parse(boolean cut, Opener opener) {
        try {
            return new Scan(opener.open()).run();
        } catch (XMLStreamException e) {
            if (cut) {
                throw new CdaException(Reason.TOO_LARGE, "the input is longer than " + MAX_INPUT
                        + " characters or bytes before the end of the recordTarget");
            }
            Location at = e.getLocation();
            throw new CdaException(Reason.MALFORMED_XML, "the text is not well-formed XML"
                    + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                    + ")"));
        }
    }

    /** One pass over the events, collecting what the INS needs. */
    private static final class Scan {

        private final XMLStreamReader r;
        /** Depth of the current element in the document, the root being 1. */
        private int depth;
        /** Depth of recordTarget while inside it, 0 outside. */
        private int targetDepth;
        private boolean targetDone;
        /** Names of the elements from recordTarget (excluded) to the current one; "*" for foreign ones. */
        private final List<String> path = new ArrayList<>();
        private @Nullable StringBuilder text;
        private int textDepth;
        private @Nullable String qualifier;

        private final List<Id> ids = new ArrayList<>();
        private int patientRoles;
        private int patients;
        private final List<Name> names = new ArrayList<>();
        private int genders;
        private @Nullable String genderCode;
        private @Nullable String genderSystem;
        private int birthTimes;
        private @Nullable String birthTime;
        private int counties;
        private @Nullable String county;

        Scan(XMLStreamReader reader) {
            this.r = reader;
        }

        CdaPatient run() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                            XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new CdaException(Reason.DTD_REFUSED, "the document has a DOCTYPE or an entity"
                                + " reference; refused unprocessed (no external entities, no entity expansion)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (start()) {
                            return result();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text != null && depth == textDepth) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions: nothing to read
                    }
                }
            }
            return result();
        }

        /** Handles a start tag; returns true when reading may stop. */
        private boolean start() {
            depth++;
            if (depth > MAX_DEPTH) {
                throw new CdaException(Reason.TOO_DEEP, "elements nest deeper than " + MAX_DEPTH);
            }
            boolean hl7 = NAMESPACE.equals(r.getNamespaceURI());
            String name = r.getLocalName();
            if (depth == 1) {
                if (hl7 && name.equals("recordTarget")) {
                    targetDepth = 1;
                } else if (!hl7 || !name.equals("ClinicalDocument")) {
                    throw structure("the root element is neither recordTarget nor ClinicalDocument in the "
                            + NAMESPACE + " namespace");
                }
                return false;
            }
            if (targetDepth == 0) {
                if (depth == 2 && hl7 && name.equals("recordTarget")) {
                    if (targetDone) {
                        throw structure("the document has two recordTarget; one patient is expected");
                    }
                    targetDepth = 2;
                    return false;
                }
                // Past the recordTarget, the next header element ends the reading.
                return depth == 2 && targetDone;
            }
            path.add(hl7 ? name : "*");
            switch (String.join("/", path)) {
                case "patientRole" -> {
                    if (++patientRoles > 1) {
                        throw structure("the recordTarget has two patientRole");
                    }
                }
                case "patientRole/id" -> ids.add(new Id(attribute("root"), attribute("extension"),
                        attribute("nullFlavor") != null));
                case PATIENT -> {
                    if (++patients > 1) {
                        throw structure("the patientRole has two patient");
                    }
                }
                case NAME -> names.add(new Name());
                case FAMILY, GIVEN -> collectText(attribute("qualifier"));
                case GENDER -> {
                    genders++;
                    genderCode = attribute("code");
                    genderSystem = attribute("codeSystem");
                }
                case BIRTH_TIME -> {
                    birthTimes++;
                    birthTime = attribute("value");
                }
                case COUNTY -> {
                    counties++;
                    collectText(null);
                }
                default -> {
                    // not part of the INS
                }
            }
            return false;
        }

        private void end() {
            if (depth == targetDepth) {
                targetDepth = 0;
                targetDone = true;
            } else if (targetDepth != 0) {
                if (text != null && depth == textDepth) {
                    String value = text.toString().strip();
                    switch (String.join("/", path)) {
                        case FAMILY -> names.get(names.size() - 1).family(qualifier, value);
                        case GIVEN -> names.get(names.size() - 1).given(qualifier, value);
                        default -> county = value;
                    }
                    text = null;
                }
                path.remove(path.size() - 1);
            }
            depth--;
        }

        private void collectText(@Nullable String qualifierAttribute) {
            text = new StringBuilder();
            textDepth = depth;
            qualifier = qualifierAttribute;
        }

        private @Nullable String attribute(String name) {
            String value = r.getAttributeValue(null, name);
            return value == null ? null : value.strip();
        }

        private CdaPatient result() {
            if (!targetDone) {
                throw structure("the document has no recordTarget");
            }
            if (patientRoles == 0) {
                throw structure("the recordTarget has no patientRole");
            }
            Optional<InsIdentifier> ins = ins();
            String note = ins.isPresent()
                    ? "; the document carries an INS, which never travels without its five traits (DIS-4)" : "";
            if (patients == 0) {
                throw new CdaException(Reason.MISSING_TRAIT, "the patientRole has no patient: the five"
                        + " traits are missing" + note);
            }
            Name name = birthName(note);
            BirthName birthName = trait(Trait.BIRTH_NAME, "family qualifier=\"BR\"", name.family, note,
                    BirthName::parse);
            if (name.givenLists > 1) {
                throw new CdaException(Reason.DUPLICATE_TRAIT, "the birth name has two given without"
                        + " qualifier; the list of birth first names is one given, names separated by spaces");
            }
            BirthFirstNames firstNames = trait(Trait.BIRTH_FIRST_NAMES, "given without qualifier",
                    name.givenList, note, BirthFirstNames::parse);
            if (name.givenBirths > 1) {
                throw new CdaException(Reason.DUPLICATE_TRAIT, "the birth name has two given qualifier=\"BR\"");
            }
            if (name.givenBirth != null && !name.givenBirth.isEmpty()
                    && !firstNames.isConsistentWith(name.givenBirth)) {
                throw new CdaException(Reason.INCONSISTENT_FIRST_NAME, "the first first name (given"
                        + " qualifier=\"BR\") is not the start of the list of birth first names (TRT-2)");
            }
            checkSingle(genders, "administrativeGenderCode");
            if (genderSystem != null && !genderSystem.equals(RecordTargetWriter.ADMINISTRATIVE_GENDER)) {
                throw new CdaException(Reason.INVALID_TRAIT, "the administrativeGenderCode is not in the"
                        + " code system " + RecordTargetWriter.ADMINISTRATIVE_GENDER);
            }
            Sex sex = trait(Trait.SEX, "administrativeGenderCode/@code", genderCode, note, Sex::parse);
            checkSingle(birthTimes, "birthTime");
            BirthDate birthDate = trait(Trait.BIRTH_DATE, "birthTime/@value", birthTime, note,
                    BirthTimes::parse);
            checkSingle(counties, "birthplace/place/addr/county");
            BirthPlaceCode place = trait(Trait.BIRTH_PLACE_CODE, "birthplace/place/addr/county", county, note,
                    BirthPlaceCode::parse);
            Traits traits = new Traits(birthName, firstNames, birthDate, sex, place);
            return new CdaPatient(ins.map(identifier -> InsIdentity.of(identifier, traits)), traits);
        }

        private Optional<InsIdentifier> ins() {
            Id found = null;
            InsOid oid = null;
            for (Id id : ids) {
                String root = id.root();
                if (root == null || id.nullFlavor()) {
                    continue;
                }
                InsOid candidate;
                try {
                    candidate = InsOid.parse(root);
                } catch (InvalidOidException e) {
                    if (e.reason() == InvalidOidException.Reason.RETIRED_INS_C) {
                        throw new CdaException(Reason.WRONG_OID, "an id has the root of the retired INS-C"
                                + " (1.2.250.1.213.1.4.2), which must not be used as an INS", e);
                    }
                    continue;   // a local id, or the NSS (DIS-5)
                }
                if (found != null) {
                    throw new CdaException(Reason.TWO_INS_IDS, "the patientRole has two id with an INS OID"
                            + " root; send the patient's one INS");
                }
                found = id;
                oid = candidate;
            }
            if (found == null || oid == null) {
                return Optional.empty();
            }
            String matricule = found.extension();
            if (matricule == null || matricule.length() != InsMatricule.LENGTH) {
                throw new CdaException(Reason.INVALID_INS, "the INS id has "
                        + (matricule == null ? "no extension" : "an extension of " + matricule.length()
                        + " characters") + "; 15 are expected, without separators");
            }
            try {
                return Optional.of(InsIdentifier.of(InsMatricule.parse(matricule), oid));
            } catch (InvalidMatriculeException e) {
                throw new CdaException(Reason.INVALID_INS, "the INS id extension is not a valid matricule ("
                        + e.reason() + ")", e);
            }
        }

        private Name birthName(String note) {
            Name found = null;
            for (Name name : names) {
                if (name.families > 1) {
                    throw new CdaException(Reason.DUPLICATE_TRAIT, "a name has two family qualifier=\"BR\"");
                }
                if (name.family != null) {
                    if (found != null) {
                        throw new CdaException(Reason.DUPLICATE_TRAIT, "two names have a family"
                                + " qualifier=\"BR\"; the birth name is given once");
                    }
                    found = name;
                }
            }
            if (found == null) {
                throw new CdaException(Reason.MISSING_TRAIT, "the birth name (family qualifier=\"BR\") is"
                        + " missing" + note);
            }
            return found;
        }

        private static void checkSingle(int count, String element) {
            if (count > 1) {
                throw new CdaException(Reason.DUPLICATE_TRAIT, "the patient has two " + element);
            }
        }

        private static <T> T trait(Trait trait, String where, @Nullable String text, String note,
                Function<String, T> parser) {
            if (text == null || text.isEmpty()) {
                throw new CdaException(Reason.MISSING_TRAIT, "the " + trait.label() + " (" + where
                        + ") is missing" + note);
            }
            try {
                return parser.apply(text);
            } catch (InsException | IllegalArgumentException e) {
                throw new CdaException(Reason.INVALID_TRAIT, "the " + trait.label() + " (" + where
                        + ") is invalid: " + e.getMessage(), e);
            }
        }

        private static CdaException structure(String detail) {
            return new CdaException(Reason.INVALID_STRUCTURE, detail);
        }
    }

    /** A {@code patientRole/id}: its root and extension, and whether it has a null flavor. */
    private record Id(@Nullable String root, @Nullable String extension, boolean nullFlavor) {
    }

    /** The parts of one {@code name} element that the INS uses. */
    private static final class Name {
        private @Nullable String family;
        private int families;
        private @Nullable String givenBirth;
        private int givenBirths;
        private @Nullable String givenList;
        private int givenLists;

        void family(@Nullable String qualifier, String value) {
            if (isBirth(qualifier)) {
                families++;
                family = value;
            }
        }

        void given(@Nullable String qualifier, String value) {
            if (isBirth(qualifier)) {
                givenBirths++;
                givenBirth = value;
            } else if (qualifier == null || qualifier.isEmpty()) {
                givenLists++;
                givenList = value;
            }
        }

        private static boolean isBirth(@Nullable String qualifier) {
            if (qualifier == null) {
                return false;
            }
            for (String code : qualifier.split("\\s+")) {
                if (code.equals(RecordTargetWriter.BIRTH_QUALIFIER)) {
                    return true;
                }
            }
            return false;
        }
    }
}
