package io.github.ins4j.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DIS-1 ... DIS-4 for the HL7 v2 PID fields, and the escaping of delimiters. */
class PidPropertiesTest {

    /**
     * The spec's DIS-3 list, written again on the test side so that the tests do not read the rule
     * from the code they check: billing, both insurers, and research (an ins4j decision).
     */
    static final Set<DocumentPurpose> FORBIDDING = EnumSet.of(DocumentPurpose.BILLING,
            DocumentPurpose.MANDATORY_INSURER, DocumentPurpose.COMPLEMENTARY_INSURER, DocumentPurpose.RESEARCH);

    static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    /**
     * Records in every status (ins-testing's paths), with every OID, some then made doubtful or
     * homonym (qualified ones) or fictitious (provisional ones).
     */
    @Provide
    Arbitrary<IdentityRecord> records() {
        return Arbitraries.of(InsOid.class)
                .flatMap(oid -> InsArbitraries.records().withAttributesAfterwards().withOid(oid));
    }

    @Provide
    Arbitrary<DocumentPurpose> carePurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(purpose -> !FORBIDDING.contains(purpose));
    }

    @Provide
    Arbitrary<DocumentPurpose> forbiddingPurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(FORBIDDING::contains);
    }

    /** Qualified records of these traits: INSi answer with a coherent matricule, then an ID card. */
    static Arbitrary<IdentityRecord> qualified(Arbitrary<Traits> traits, InsOid oid) {
        return traits.flatMap(t -> InsArbitraries.matriculesCoherentWith(t).map(m -> {
            InsIdentity insi = InsIdentity.of(InsIdentifier.of(m, oid), t);
            IdentityRecord record = QUALIFIER.start(t, "op");
            record = QUALIFIER.apply(record, InsiAnswer.found(insi), "op");
            return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "op");
        }));
    }

    @Provide
    Arbitrary<IdentityRecord> qualifiedTests() {
        return qualified(InsArbitraries.traits(), InsOid.NIR_TEST);
    }

    @Provide
    Arbitrary<IdentityRecord> qualifiedLongNames() {
        return qualified(longNames(), InsOid.NIR);
    }

    /** Traits whose names are long enough not to appear by chance in a message. */
    @Provide
    Arbitrary<Traits> longNames() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(InsArbitraries.traits(), name, name)
                .as((t, n, f) -> new Traits(BirthName.parse(n), BirthFirstNames.parse(f), t.birthDate(), t.sex(),
                        t.birthPlace()));
    }

    @Property(tries = 300)
    void DIS_1_DIS_4_what_is_written_reads_back_with_the_ins_exactly_when_the_decision_allows_it(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        ClaimedIdentity read = PidReader.read(PidFields.parse(PidWriter.write(Disclosure.decide(record, purpose)).segment()));
        assertThat(read.refusals()).isEmpty();
        if (decision.mayCarryIns()) {
            var ins = record.insIdentity().orElseThrow();
            assertThat(read.insIdentity().orElseThrow().identifier()).isEqualTo(ins.identifier());
            assertSameAsWritten(read.traits().orElseThrow(), ins.traits());
        } else {
            assertThat(read.insIdentity()).isEmpty();
            assertSameAsWritten(read.traits().orElseThrow(), record.traits());
        }
    }

    @Property(tries = 300)
    void DIS_2_DIS_3_no_output_for_a_non_qualified_identity_or_a_forbidding_purpose_holds_the_matricule(
            @ForAll("records") IdentityRecord record, @ForAll DocumentPurpose purpose) {
        String matricule = record.insIdentity().map(ins -> ins.identifier().matricule().numIdentifiant())
                .orElse("no matricule to find");
        PidFields fields;
        try {
            fields = PidWriter.write(Disclosure.decide(record, purpose));
        } catch (ExchangeException e) {
            assertThat(purpose).isEqualTo(DocumentPurpose.RESEARCH);
            assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING);
            assertThat(e.getMessage()).doesNotContain(matricule);
            return;
        }
        assertThat(purpose).isNotEqualTo(DocumentPurpose.RESEARCH);
        if (!record.isQualified() || FORBIDDING.contains(purpose)) {
            assertThat(fields.pid3()).isEmpty();
            assertThat(fields.segment()).doesNotContain(matricule);
            for (InsOid oid : InsOid.values()) {
                assertThat(fields.segment()).doesNotContain(oid.oid() + "&");
            }
        }
    }

    @Property(tries = 200)
    void DIS_3_billing_and_insurers_get_the_traits_never_the_ins_and_research_nothing(
            @ForAll("records") IdentityRecord record, @ForAll("forbiddingPurposes") DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESEARCH) {
            assertThatThrownBy(() -> PidWriter.write(Disclosure.decide(record, purpose)))
                    .isInstanceOfSatisfying(ExchangeException.class,
                            e -> assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING));
            return;
        }
        String written = PidWriter.write(Disclosure.decide(record, purpose)).segment();
        record.insIdentity().ifPresent(ins -> assertThat(written)
                .doesNotContain(ins.identifier().matricule().numIdentifiant()));
        assertThat(written).contains(record.traits().birthName().value());
    }

    @Property
    void escaping_round_trips_and_leaves_no_delimiter(@ForAll String text) {
        String escaped = Hl7Escaping.escape(text);
        assertThat(Hl7Escaping.unescape(escaped)).isEqualTo(text);
        assertThat(escaped).doesNotContain("|").doesNotContain("^").doesNotContain("~").doesNotContain("&")
                .doesNotContain("\r").doesNotContain("\n");
    }

    @Property(tries = 300)
    void TRT_1_a_delimiter_smuggled_into_a_name_is_an_invalid_trait(@ForAll("qualifiedTests") IdentityRecord record,
            @ForAll("delimiters") String delimiter, @ForAll boolean inFirstNames) {
        Traits traits = record.traits();
        PidFields written = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String name = inFirstNames ? traits.firstNames().value() : traits.birthName().value();
        String hostileName = name.substring(0, 1) + delimiter + name.substring(1);
        String[] xpn = written.pid5().split("\\^", -1);
        xpn[inFirstNames ? 2 : 0] = Hl7Escaping.escape(hostileName);
        PidFields hostile = PidFields.of(written.pid3(), String.join("^", xpn), written.pid7(), written.pid8(),
                written.pid11());
        ClaimedIdentity read = PidReader.read(hostile);
        Refusal refusal = read.refusal(Refusal.Part.TRAITS).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(ExchangeException.Reason.INVALID_TRAIT);
        assertThat(refusal.message()).contains((inFirstNames ? Trait.BIRTH_FIRST_NAMES : Trait.BIRTH_NAME).label());
        assertThat(read.refusal(Refusal.Part.INS).orElseThrow().reason()).isEqualTo(ExchangeException.Reason.INVALID_TRAIT);
        assertThat(read.insIdentity()).isEmpty();
    }

    @Provide
    Arbitrary<String> delimiters() {
        return Arbitraries.of("|", "^", "~", "\\", "&", "\r", "\n");
    }

    @Property(tries = 200)
    void MAT_7_refusals_never_show_the_matricule_nor_the_traits(@ForAll("qualifiedLongNames") IdentityRecord record) {
        Traits traits = record.traits();
        PidFields fields = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String m = record.insIdentity().orElseThrow().identifier().matricule().value();
        String wrongKey = m.substring(0, 13) + (m.charAt(13) == '9' ? '0' : (char) (m.charAt(13) + 1)) + m.charAt(14);
        String name = traits.birthName().value();
        List<PidFields> hostile = List.of(
                PidFields.of(fields.pid3().replace(m, wrongKey), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3().replace(m, m.substring(0, 14)), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3().replace(".4.8&", ".4.2&"), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3(), fields.pid5().replace(name + "^", name.toLowerCase() + "^"), fields.pid7(),
                        fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3(), fields.pid5().replace(name + "^", name + "\\.br\\^"), fields.pid7(),
                        fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3(), fields.pid5(), fields.pid7() + "99", fields.pid8(), fields.pid11()),
                PidFields.of(fields.pid3(), fields.pid5(), fields.pid7(), fields.pid8(), ""));
        for (PidFields pid : hostile) {
            List<String> said;
            try {
                ClaimedIdentity read = PidReader.read(pid);
                assertThat(read.insIdentity()).isEmpty();
                assertThat(read.refusals()).isNotEmpty();
                said = new ArrayList<>(read.refusals().stream().map(Refusal::message).toList());
                said.add(read.toString());
            } catch (ExchangeException e) {
                said = List.of(e.getMessage());
            }
            assertThat(said).allSatisfy(text -> assertThat(text)
                    .doesNotContain(m.substring(0, 13))
                    .doesNotContain(name)
                    .doesNotContain(traits.firstNames().value())
                    .doesNotContain(traits.birthDate().value())
                    .doesNotContain(fields.pid7()));
        }
    }

    /** What a reader gets back: the same traits, an uncertain date as its conventional date (TRT-3). */
    static void assertSameAsWritten(Traits read, Traits written) {
        assertThat(read.birthName()).isEqualTo(written.birthName());
        assertThat(read.firstNames()).isEqualTo(written.firstNames());
        assertThat(read.sex()).isEqualTo(written.sex());
        assertThat(read.birthPlace()).isEqualTo(written.birthPlace());
        if (written.birthDate().isExact()) {
            assertThat(read.birthDate()).isEqualTo(written.birthDate());
        } else {
            assertThat(read.birthDate()).isEqualTo(BirthDate.of(written.birthDate().conventionalDate()));
        }
    }
}
