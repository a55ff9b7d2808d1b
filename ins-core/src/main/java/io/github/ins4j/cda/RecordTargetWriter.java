package io.github.ins4j.cda;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.internal.hl7.BirthTimes;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.traits.Traits;
import java.io.StringWriter;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the CDA R2 {@code recordTarget} of a French CI-SIS document, always through the disclosure
 * rules ({@link Disclosure#decide}, DIS-6): the caller never decides whether the matricule goes.
 *
 * <ul>
 *   <li><b>DIS-1, DIS-4</b> a qualified identity on a care document:
 *       {@code patientRole/id root=<INS OID> extension=<matricule>} and the five traits.</li>
 *   <li><b>DIS-2</b> a non-qualified identity: no INS {@code id} (only the caller's
 *       {@link CdaLocalId}, if given), and the traits.</li>
 *   <li><b>DIS-3</b> billing and insurers: the traits only, whatever the status (the NSS, DIS-5,
 *       is the caller's to write); research: refused with
 *       {@link CdaException.Reason#NOTHING_IDENTIFYING}.</li>
 * </ul>
 *
 * <h2>Layout (ANS CI-SIS, INS annex and TDDUI header table)</h2>
 * <pre>{@code
 * <recordTarget xmlns="urn:hl7-org:v3">
 *   <patientRole>
 *     <id root="1.2.250.1.213.1.4.10" extension="289046912312018"/>      INS, qualified only
 *     <id root="1.2.250.1.71.4.2.7.1.999" extension="000123456"/>       local id, if given
 *     <patient>
 *       <name>
 *         <family qualifier="BR">GARCIA</family>                         birth name
 *         <given qualifier="BR">SARAH-LOU</given>                        first first name
 *         <given>SARAH-LOU MARIE</given>                                 list of birth first names
 *       </name>
 *       <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
 *       <birthTime value="19890412"/>
 *       <birthplace><place><addr><county>69123</county></addr></place></birthplace>
 *     </patient>
 *   </patientRole>
 * </recordTarget>
 * }</pre>
 * <ul>
 *   <li>The birth place is the INSEE code in {@code birthplace/place/addr/county}, the element the
 *       CI-SIS names for the INS birth place (not {@code censusTract}, nor {@code postalCode}).</li>
 *   <li>{@code given} without qualifier holds the whole list, in INSi form; the CI-SIS and the FR
 *       Core CDA-to-FHIR map read it as the list of birth first names.</li>
 *   <li>{@code birthTime} is {@code YYYYMMDD}; for an uncertain date, the conventional date the ANS
 *       guide prescribes (TRT-3; spec 05-interop decision).</li>
 *   <li>Without an INS nor a local id, {@code patientRole} has no {@code id}: CDA requires one, so
 *       pass your local identifier.</li>
 * </ul>
 *
 * <pre>{@code
 * String xml = RecordTargetWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
 * RecordTargetWriter.write(xmlWriter, Disclosure.decide(record, DocumentPurpose.SHARED_RECORD), ipp);
 * RecordTargetWriter.write(Disclosure.decide(record, DocumentPurpose.BILLING));   // traits only (DIS-3)
 * }</pre>
 */
public final class RecordTargetWriter {

    /** The namespace of CDA R2 elements. */
    public static final String NAMESPACE = "urn:hl7-org:v3";

    /** The OID of the HL7 AdministrativeGender code system ({@code M}, {@code F}). */
    public static final String ADMINISTRATIVE_GENDER = "2.16.840.1.113883.5.1";

    /** The qualifier of the birth name and first first name ({@code family}, {@code given}). */
    public static final String BIRTH_QUALIFIER = "BR";

    private RecordTargetWriter() {
    }

    /**
     * Returns the {@code recordTarget} element as text, with its namespace declaration: the INS
     * and the five traits when the decision allows the INS, the traits only otherwise.
     *
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @return the XML fragment
     * @throws CdaException with {@code NOTHING_IDENTIFYING} when the decision allows nothing
     *     identifying (research)
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static String write(DisclosureDecision decision) {
        return xml(decision, null);
    }

    /**
     * Returns the {@code recordTarget} element as text, with a local identifier too.
     *
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @param localId  the local identifier (IPP), written after the INS if any
     * @return the XML fragment
     * @throws CdaException with {@code NOTHING_IDENTIFYING} when the decision allows nothing
     *     identifying (research)
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String write(DisclosureDecision decision, CdaLocalId localId) {
        return xml(decision, Objects.requireNonNull(localId, "localId must not be null"));
    }

    private static String xml(DisclosureDecision decision, @Nullable CdaLocalId localId) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            writeElement(out, decision, localId);
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK XML writer failed on a string", e);
        }
        return text.toString();
    }

    /**
     * Writes the {@code recordTarget} element into a document being written, e.g. after the
     * {@code setId} of your {@code ClinicalDocument}. The default namespace is declared on
     * {@code recordTarget} unless it already is {@value #NAMESPACE}.
     *
     * @param out      the writer, positioned where {@code recordTarget} goes
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @throws XMLStreamException from the writer
     * @throws CdaException with {@code NOTHING_IDENTIFYING} when the decision allows nothing
     *     identifying (research); nothing is written then
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(XMLStreamWriter out, DisclosureDecision decision) throws XMLStreamException {
        writeElement(out, decision, null);
    }

    /**
     * Writes the {@code recordTarget} element into a document being written, with a local
     * identifier too.
     *
     * @param out      the writer, positioned where {@code recordTarget} goes
     * @param decision the disclosure decision for the document ({@link Disclosure#decide})
     * @param localId  the local identifier (IPP), written after the INS if any
     * @throws XMLStreamException from the writer
     * @throws CdaException with {@code NOTHING_IDENTIFYING} when the decision allows nothing
     *     identifying (research); nothing is written then
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(XMLStreamWriter out, DisclosureDecision decision, CdaLocalId localId)
            throws XMLStreamException {
        writeElement(out, decision, Objects.requireNonNull(localId, "localId must not be null"));
    }

    private static void writeElement(XMLStreamWriter out, DisclosureDecision decision,
            @Nullable CdaLocalId localId) throws XMLStreamException {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        InsIdentifier ins = null;
        Traits traits;
        if (decision.identity() instanceof DisclosedIdentity.WithIns withIns) {
            ins = withIns.identifier();
            traits = withIns.traits();
        } else if (decision.identity() instanceof DisclosedIdentity.TraitsOnly only) {
            traits = only.traits();
        } else {
            throw new CdaException(CdaException.Reason.NOTHING_IDENTIFYING, "a " + decision.purpose().code()
                    + " document may carry nothing identifying (" + decision.reason()
                    + "): there is no recordTarget to write");
        }
        boolean declare = !NAMESPACE.equals(
                out.getNamespaceContext().getNamespaceURI(XMLConstants.DEFAULT_NS_PREFIX));
        out.writeStartElement(XMLConstants.DEFAULT_NS_PREFIX, "recordTarget", NAMESPACE);
        if (declare) {
            out.writeDefaultNamespace(NAMESPACE);
        }
        start(out, "patientRole");
        if (ins != null) {
            empty(out, "id");
            out.writeAttribute("root", ins.oid().oid());
            out.writeAttribute("extension", ins.matricule().format(MatriculeFormat.COMPACT));
        }
        if (localId != null) {
            empty(out, "id");
            out.writeAttribute("root", localId.root());
            out.writeAttribute("extension", localId.extension());
        }
        start(out, "patient");
        start(out, "name");
        text(out, "family", BIRTH_QUALIFIER, traits.birthName().value());
        text(out, "given", BIRTH_QUALIFIER, traits.firstNames().first());
        text(out, "given", null, traits.firstNames().value());
        out.writeEndElement();
        empty(out, "administrativeGenderCode");
        out.writeAttribute("code", traits.sex().code());
        out.writeAttribute("codeSystem", ADMINISTRATIVE_GENDER);
        empty(out, "birthTime");
        out.writeAttribute("value", BirthTimes.format(traits.birthDate()));
        start(out, "birthplace");
        start(out, "place");
        start(out, "addr");
        text(out, "county", null, traits.birthPlace().value());
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();   // patient
        out.writeEndElement();   // patientRole
        out.writeEndElement();   // recordTarget
    }

    private static void start(XMLStreamWriter out, String name) throws XMLStreamException {
        out.writeStartElement(XMLConstants.DEFAULT_NS_PREFIX, name, NAMESPACE);
    }

    private static void empty(XMLStreamWriter out, String name) throws XMLStreamException {
        out.writeEmptyElement(XMLConstants.DEFAULT_NS_PREFIX, name, NAMESPACE);
    }

    private static void text(XMLStreamWriter out, String name, @Nullable String qualifier, String value)
            throws XMLStreamException {
        start(out, name);
        if (qualifier != null) {
            out.writeAttribute("qualifier", qualifier);
        }
        out.writeCharacters(value);
        out.writeEndElement();
    }
}
