package io.github.ins4j.cda;

import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeFormat;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.IdentifierClaim;
import io.github.ins4j.internal.exchange.BirthTimes;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.traits.Trait;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the patient of a CDA R2 {@code recordTarget} — either a {@code recordTarget} fragment, or a
 * whole {@code ClinicalDocument} whose header holds exactly one — into a {@link ClaimedIdentity}:
 * the local identity always, the INS when every rule holds, what was refused and why. Only a
 * document that is not a readable recordTarget is refused whole ({@link ExchangeException}).
 *
 * <ul>
 *   <li>The identifiers are the {@code patientRole/id} elements; the INS among them is found by the
 *       rules shared by the three readers ({@link ClaimedIdentity.Builder}): an INS OID root (NIR,
 *       NIA, test, demonstration: {@link InsOid#parse}) and a 15-character matricule with a valid
 *       key; two INS, the retired INS-C root or a wrong key refuse the INS, not the document. Other
 *       ids (IPP, NSS...) are ignored.</li>
 *   <li>The five traits: {@code family qualifier="BR"}, the birth first names,
 *       {@code administrativeGenderCode} ({@code M} / {@code F}), {@code birthTime},
 *       {@code birthplace/place/addr/county}. Text is trimmed, then read in strict form (TRT-1) or,
 *       failing that, as typed into the local traits only; the INS never goes without the five
 *       strict traits (DIS-4).</li>
 *   <li>The birth first names in both layouts (INT-4), the one read being the result's
 *       {@link ClaimedIdentity#version()}: {@link FormatVersion#CI_SIS_3}, one {@code given}
 *       without qualifier holds the list and an optional {@code given qualifier="BR"} its start
 *       (TRT-2); {@link FormatVersion#CI_SIS_2} (2.41 and earlier), {@code given qualifier="BR"}
 *       holds the first first name and the following {@code given} the next ones
 *       ({@code RUTH} + {@code ISABELLE} is the list {@code RUTH ISABELLE}). A document whose one
 *       unqualified {@code given} holds the {@code BR} first name elsewhere than at its start is
 *       the 3.0 layout with an inconsistent first first name ({@code INCONSISTENT_FIRST_NAME});
 *       otherwise a {@code BR} first name that does not start the unqualified one means 2.41.
 *       <b>[decision]</b></li>
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
 * ClaimedIdentity patient = RecordTargetReader.read(xml);
 * patient.insIdentity().ifPresent(ins -> link(ins.identifier()));
 * RecordTargetReader.read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>...");
 *                                                     // ExchangeException DTD_REFUSED
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
     * @return the identity the document claims, with the INS when every rule holds
     * @throws ExchangeException when the document cannot be read: {@code MALFORMED_XML},
     *     {@code DTD_REFUSED}, {@code TOO_LARGE}, {@code TOO_DEEP} or {@code INVALID_STRUCTURE}
     * @throws NullPointerException if {@code xml} is {@code null}
     */
    public static ClaimedIdentity read(String xml) {
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
     * @return the identity the document claims, with the INS when every rule holds
     * @throws ExchangeException see {@link #read(String)}
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if {@code xml} is {@code null}
     */
    public static ClaimedIdentity read(InputStream xml) {
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
    private static ClaimedIdentity parse(boolean cut, Opener opener) {
        try {
            return new Scan(opener.open()).run();
        } catch (XMLStreamException e) {
            if (cut) {
                throw new ExchangeException(ExchangeFormat.CDA, Reason.TOO_LARGE, "the input is longer than " + MAX_INPUT
                        + " characters or bytes before the end of the recordTarget");
            }
            Location at = e.getLocation();
            throw new ExchangeException(ExchangeFormat.CDA, Reason.MALFORMED_XML, "the text is not well-formed XML"
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

        ClaimedIdentity run() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                            XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new ExchangeException(ExchangeFormat.CDA, Reason.DTD_REFUSED, "the document has a DOCTYPE or an entity"
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
                throw new ExchangeException(ExchangeFormat.CDA, Reason.TOO_DEEP, "elements nest deeper than " + MAX_DEPTH);
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

        private ClaimedIdentity result() {
            if (!targetDone) {
                throw structure("the document has no recordTarget");
            }
            if (patientRoles == 0) {
                throw structure("the recordTarget has no patientRole");
            }
            ClaimedIdentity.Builder claim = ClaimedIdentity.builder(FormatVersion.CI_SIS_3);
            for (int i = 0; i < ids.size(); i++) {
                Id id = ids.get(i);
                if (!id.nullFlavor()) {
                    claim.identifier(IdentifierClaim.of("patientRole/id[" + (i + 1) + "]", id.root(), id.extension()));
                }
            }
            Name name = birthName(claim);
            if (name != null) {
                claim.birthName("family qualifier=\"BR\"", name.family);
                firstNames(claim, name);
            }
            if (single(claim, Trait.SEX, genders, "administrativeGenderCode")) {
                if (genderSystem != null && !genderSystem.equals(RecordTargetWriter.ADMINISTRATIVE_GENDER)) {
                    claim.refuseTrait(Trait.SEX, Reason.INVALID_TRAIT, "the administrativeGenderCode is not in"
                            + " the code system " + RecordTargetWriter.ADMINISTRATIVE_GENDER);
                } else {
                    claim.sex("administrativeGenderCode/@code", genderCode);
                }
            }
            if (single(claim, Trait.BIRTH_DATE, birthTimes, "birthTime")) {
                claim.birthDate("birthTime/@value", birthTime, BirthTimes::parse);
            }
            if (single(claim, Trait.BIRTH_PLACE_CODE, counties, "birthplace/place/addr/county")) {
                claim.birthPlace("birthplace/place/addr/county", county);
            }
            return claim.build();
        }

        /**
         * The two layouts of the birth first names (INT-4): CI-SIS 3.0, one {@code given} without
         * qualifier with the whole list (and an optional {@code given qualifier="BR"}, its start);
         * CI-SIS 2.41, {@code given qualifier="BR"} then one {@code given} per next first name.
         */
        private static void firstNames(ClaimedIdentity.Builder claim, Name name) {
            String first = name.givenBirth;
            List<String> others = name.givens;
            if (name.givenBirths > 1) {
                claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.DUPLICATE_TRAIT,
                        "the birth name has two given qualifier=\"BR\"");
            } else if (first == null || first.isEmpty()) {
                if (others.size() > 1) {
                    claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.DUPLICATE_TRAIT, "the birth name has two"
                            + " given without qualifier and no given qualifier=\"BR\"; the list of birth first"
                            + " names is one given, names separated by spaces");
                } else {
                    claim.firstNames("given without qualifier", others.isEmpty() ? null : others.get(0), null);
                }
            } else if (others.size() > 1 && startsWith(others.get(0), first)) {
                claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.DUPLICATE_TRAIT, "the birth name has two"
                        + " given without qualifier, the first one starting with the given qualifier=\"BR\":"
                        + " neither the CI-SIS 3.0 layout (one list) nor the 2.41 one (the next first names)");
            } else if (others.size() == 1 && (startsWith(others.get(0), first) || holds(others.get(0), first))) {
                // CI-SIS 3.0; a first first name inside the list but not at its start is refused (TRT-2)
                claim.firstNames("given without qualifier", others.get(0), first);
            } else {
                claim.version(FormatVersion.CI_SIS_2);
                List<String> list = new ArrayList<>();
                list.add(first);
                list.addAll(others);
                claim.firstNames("given qualifier=\"BR\" and the given that follow (CI-SIS 2.41)",
                        String.join(" ", list), first);
            }
        }

        /** Whether the list starts with the first name, as a whole word (case and accents aside). */
        private static boolean startsWith(String list, String first) {
            String l = list.toUpperCase(Locale.ROOT);
            String f = first.toUpperCase(Locale.ROOT);
            return l.equals(f) || l.startsWith(f + " ");
        }

        /** Whether the list holds the first name as one of its words. */
        private static boolean holds(String list, String first) {
            return List.of(list.toUpperCase(Locale.ROOT).split(" ")).contains(first.toUpperCase(Locale.ROOT));
        }

        private static boolean single(ClaimedIdentity.Builder claim, Trait trait, int count, String element) {
            if (count > 1) {
                claim.refuseTrait(trait, Reason.DUPLICATE_TRAIT, "the patient has two " + element);
                return false;
            }
            return true;
        }

        /** The name with the birth name, null when none or two (refused then). */
        private @Nullable Name birthName(ClaimedIdentity.Builder claim) {
            Name found = null;
            for (Name name : names) {
                if (name.families > 1) {
                    claim.refuseTrait(Trait.BIRTH_NAME, Reason.DUPLICATE_TRAIT,
                            "a name has two family qualifier=\"BR\"");
                    return null;
                }
                if (name.family != null) {
                    if (found != null) {
                        claim.refuseTrait(Trait.BIRTH_NAME, Reason.DUPLICATE_TRAIT, "two names have a family"
                                + " qualifier=\"BR\"; the birth name is given once");
                        return null;
                    }
                    found = name;
                }
            }
            return found;
        }

        private static ExchangeException structure(String detail) {
            return new ExchangeException(ExchangeFormat.CDA, Reason.INVALID_STRUCTURE, detail);
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
        /** The given without qualifier, in document order. */
        private final List<String> givens = new ArrayList<>();

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
                givens.add(value);
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
