package io.github.ins4j.cda;

import io.github.ins4j.disclosure.Purposes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.Traits;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DIS-1 ... DIS-4 for the CDA recordTarget, over identities in every status, OID and purpose. */
class RecordTargetPropertiesTest {

    @Provide
    Arbitrary<IdentityRecord> records() {
        return Records.records();
    }

    @Provide
    Arbitrary<DocumentPurpose> carePurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(purpose -> !Purposes.forbidsIns(purpose));
    }

    @Provide
    Arbitrary<DocumentPurpose> forbiddingPurposes() {
        return Arbitraries.of(DocumentPurpose.class).filter(Purposes::forbidsIns);
    }

    @Property(tries = 300)
    void DIS_1_DIS_4_what_is_written_reads_back_with_the_ins_exactly_when_the_decision_allows_it(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        CdaPatient read = RecordTargetReader.read(RecordTargetWriter.write(Disclosure.decide(record, purpose)));
        if (decision.mayCarryIns()) {
            var ins = record.insIdentity().orElseThrow();
            assertThat(read.insIdentity().orElseThrow().identifier()).isEqualTo(ins.identifier());
            assertSameAsWritten(read.traits(), ins.traits());
        } else {
            assertThat(read.insIdentity()).isEmpty();
            assertSameAsWritten(read.traits(), record.traits());
        }
    }

    @Property(tries = 300)
    void DIS_2_DIS_3_no_output_for_a_non_qualified_identity_or_a_forbidding_purpose_holds_the_matricule(
            @ForAll("traits") Traits traits, @ForAll Records.State state, @ForAll InsOid oid, @ForAll long seed,
            @ForAll DocumentPurpose purpose) {
        IdentityRecord record = Records.record(traits, state, oid, seed);
        InsMatricule matricule = Identities.coherentMatricule(traits, seed);
        String xml;
        try {
            xml = RecordTargetWriter.write(Disclosure.decide(record, purpose));
        } catch (CdaException e) {
            assertThat(purpose).isEqualTo(DocumentPurpose.RESEARCH);
            assertThat(e.reason()).isEqualTo(CdaException.Reason.NOTHING_IDENTIFYING);
            assertThat(e.getMessage()).doesNotContain(matricule.numIdentifiant());
            return;
        }
        assertThat(purpose).isNotEqualTo(DocumentPurpose.RESEARCH);
        if (!record.isQualified() || Purposes.forbidsIns(purpose)) {
            assertThat(xml).doesNotContain(matricule.numIdentifiant()).doesNotContain(oid.oid() + "\"");
        }
    }

    @Property(tries = 200)
    void DIS_3_billing_and_insurers_get_the_traits_never_the_ins_and_research_nothing(
            @ForAll("records") IdentityRecord record, @ForAll("forbiddingPurposes") DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESEARCH) {
            assertThatThrownBy(() -> RecordTargetWriter.write(Disclosure.decide(record, purpose)))
                    .isInstanceOfSatisfying(CdaException.class,
                            e -> assertThat(e.reason()).isEqualTo(CdaException.Reason.NOTHING_IDENTIFYING));
            return;
        }
        String written = RecordTargetWriter.write(Disclosure.decide(record, purpose));
        record.insIdentity().ifPresent(ins -> assertThat(written)
                .doesNotContain(ins.identifier().matricule().numIdentifiant()));
        assertThat(written).contains(record.traits().birthName().value());
    }

    @Property(tries = 200)
    void MAT_7_refusals_never_show_the_matricule_nor_the_traits(@ForAll("longNames") Traits traits, @ForAll long seed) {
        IdentityRecord record = Records.record(traits, Records.State.QUALIFIED, InsOid.NIR, seed);
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
            assertThatThrownBy(() -> RecordTargetReader.read(document))
                    .isInstanceOfSatisfying(CdaException.class, e -> assertThat(e.getMessage())
                            .doesNotContain(m.substring(0, 13))
                            .doesNotContain(name)
                            .doesNotContain(traits.firstNames().value())
                            .doesNotContain(traits.birthDate().value()));
        }
    }

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    /** Traits whose names are long enough not to appear by chance in a message. */
    @Provide
    Arbitrary<Traits> longNames() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(Identities.traits(), name, name)
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
