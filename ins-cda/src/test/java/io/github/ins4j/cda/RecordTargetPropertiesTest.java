package io.github.ins4j.cda;

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

/** DIS-1 ... DIS-4 for the CDA recordTarget, over identities in every status, OID and purpose. */
class RecordTargetPropertiesTest {

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

    @Property(tries = 300)
    void DIS_1_DIS_4_what_is_written_reads_back_with_the_ins_exactly_when_the_decision_allows_it(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        ClaimedIdentity read = RecordTargetReader.read(RecordTargetWriter.write(Disclosure.decide(record, purpose)));
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
        String xml;
        try {
            xml = RecordTargetWriter.write(Disclosure.decide(record, purpose));
        } catch (ExchangeException e) {
            assertThat(purpose).isEqualTo(DocumentPurpose.RESEARCH);
            assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING);
            assertThat(e.getMessage()).doesNotContain(matricule);
            return;
        }
        assertThat(purpose).isNotEqualTo(DocumentPurpose.RESEARCH);
        if (!record.isQualified() || FORBIDDING.contains(purpose)) {
            assertThat(xml).doesNotContain(matricule);
            for (InsOid oid : InsOid.values()) {
                assertThat(xml).doesNotContain(oid.oid() + "\"");
            }
        }
    }

    @Property(tries = 200)
    void DIS_3_billing_and_insurers_get_the_traits_never_the_ins_and_research_nothing(
            @ForAll("records") IdentityRecord record, @ForAll("forbiddingPurposes") DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESEARCH) {
            assertThatThrownBy(() -> RecordTargetWriter.write(Disclosure.decide(record, purpose)))
                    .isInstanceOfSatisfying(ExchangeException.class,
                            e -> assertThat(e.reason()).isEqualTo(ExchangeException.Reason.NOTHING_IDENTIFYING));
            return;
        }
        String written = RecordTargetWriter.write(Disclosure.decide(record, purpose));
        record.insIdentity().ifPresent(ins -> assertThat(written)
                .doesNotContain(ins.identifier().matricule().numIdentifiant()));
        assertThat(written).contains(record.traits().birthName().value());
    }

    @Property(tries = 200)
    void MAT_7_refusals_never_show_the_matricule_nor_the_traits(@ForAll("qualifiedLongNames") IdentityRecord record) {
        Traits traits = record.traits();
        String xml = RecordTargetWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String m = record.insIdentity().orElseThrow().identifier().matricule().value();
        String wrongKey = m.substring(0, 13) + (m.charAt(13) == '9' ? '0' : (char) (m.charAt(13) + 1)) + m.charAt(14);
        String name = traits.birthName().value();
        List<String> hostile = List.of(
                xml.replace(m, wrongKey),
                xml.replace(m, m.substring(0, 14)),
                xml.replace(">" + name + "<", ">" + name.toLowerCase() + "<"),
                xml.replace(">" + traits.firstNames().value() + "<", ">" + traits.firstNames().value() + "-<"),
                xml.replace("<birthplace>", "<birthplace><!--").replace("</birthplace>", "--></birthplace>"),
                xml.replace("1.2.250.1.213.1.4.8", "1.2.250.1.213.1.4.2"),
                xml.replace("<patient>", "<patient><x>" + "<y>".repeat(70)));
        for (String document : hostile) {
            List<String> said;
            try {
                ClaimedIdentity read = RecordTargetReader.read(document);
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
                    .doesNotContain(traits.birthDate().value()));
        }
    }

    /** Qualified records (production NIR OID) whose names are long enough not to appear by chance. */
    @Provide
    Arbitrary<IdentityRecord> qualifiedLongNames() {
        return longNames().flatMap(traits -> InsArbitraries.matriculesCoherentWith(traits).map(m -> {
            InsIdentity insi = InsIdentity.of(InsIdentifier.of(m, InsOid.NIR), traits);
            IdentityRecord record = QUALIFIER.start(traits, "op");
            record = QUALIFIER.apply(record, InsiAnswer.found(insi), "op");
            return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "op");
        }));
    }

    /** Traits whose names are long enough not to appear by chance in a message. */
    @Provide
    Arbitrary<Traits> longNames() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(InsArbitraries.traits(), name, name)
                .as((t, n, f) -> new Traits(BirthName.parse(n), BirthFirstNames.parse(f), t.birthDate(), t.sex(),
                        t.birthPlace()));
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
