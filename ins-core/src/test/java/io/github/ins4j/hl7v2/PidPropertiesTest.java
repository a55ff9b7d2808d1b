package io.github.ins4j.hl7v2;

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
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DIS-1 ... DIS-4 for the HL7 v2 PID fields, and the escaping of delimiters. */
class PidPropertiesTest {

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

    @Property(tries = 300)
    void DIS_1_DIS_4_what_is_written_reads_back_with_the_ins_exactly_when_the_decision_allows_it(
            @ForAll("records") IdentityRecord record, @ForAll("carePurposes") DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        PidPatient read = PidReader.read(PidFields.parse(PidWriter.write(Disclosure.decide(record, purpose)).segment()));
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
        PidFields fields;
        try {
            fields = PidWriter.write(Disclosure.decide(record, purpose));
        } catch (Hl7v2Exception e) {
            assertThat(purpose).isEqualTo(DocumentPurpose.RESEARCH);
            assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.NOTHING_IDENTIFYING);
            assertThat(e.getMessage()).doesNotContain(matricule.numIdentifiant());
            return;
        }
        assertThat(purpose).isNotEqualTo(DocumentPurpose.RESEARCH);
        if (!record.isQualified() || Purposes.forbidsIns(purpose)) {
            assertThat(fields.pid3()).isEmpty();
            assertThat(fields.segment()).doesNotContain(matricule.numIdentifiant()).doesNotContain(oid.oid() + "&");
        }
    }

    @Property(tries = 200)
    void DIS_3_billing_and_insurers_get_the_traits_never_the_ins_and_research_nothing(
            @ForAll("records") IdentityRecord record, @ForAll("forbiddingPurposes") DocumentPurpose purpose) {
        if (purpose == DocumentPurpose.RESEARCH) {
            assertThatThrownBy(() -> PidWriter.write(Disclosure.decide(record, purpose)))
                    .isInstanceOfSatisfying(Hl7v2Exception.class,
                            e -> assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.NOTHING_IDENTIFYING));
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
    void TRT_1_a_delimiter_smuggled_into_a_name_is_an_invalid_trait(@ForAll("traits") Traits traits,
            @ForAll("delimiters") String delimiter, @ForAll boolean inFirstNames) {
        IdentityRecord record = Records.record(traits, Records.State.QUALIFIED, InsOid.NIR_TEST, 1);
        PidFields written = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String name = inFirstNames ? traits.firstNames().value() : traits.birthName().value();
        String hostileName = name.substring(0, 1) + delimiter + name.substring(1);
        String[] xpn = written.pid5().split("\\^", -1);
        xpn[inFirstNames ? 2 : 0] = Hl7Escaping.escape(hostileName);
        PidFields hostile = new PidFields(written.pid3(), String.join("^", xpn), written.pid7(), written.pid8(),
                written.pid11());
        assertThatThrownBy(() -> PidReader.read(hostile)).isInstanceOfSatisfying(Hl7v2Exception.class, e -> {
            assertThat(e.reason()).isEqualTo(Hl7v2Exception.Reason.INVALID_TRAIT);
            assertThat(((InvalidTraitException) e.getCause()).trait())
                    .isEqualTo(inFirstNames ? Trait.BIRTH_FIRST_NAMES : Trait.BIRTH_NAME);
        });
    }

    @Provide
    Arbitrary<String> delimiters() {
        return Arbitraries.of("|", "^", "~", "\\", "&", "\r", "\n");
    }

    @Property(tries = 200)
    void MAT_7_refusals_never_show_the_matricule_nor_the_traits(@ForAll("longNames") Traits traits, @ForAll long seed) {
        IdentityRecord record = Records.record(traits, Records.State.QUALIFIED, InsOid.NIR, seed);
        PidFields fields = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        String m = record.insIdentity().orElseThrow().identifier().matricule().value();
        String wrongKey = m.substring(0, 13) + (m.charAt(13) == '9' ? '0' : (char) (m.charAt(13) + 1)) + m.charAt(14);
        String name = traits.birthName().value();
        List<PidFields> hostile = List.of(
                new PidFields(fields.pid3().replace(m, wrongKey), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3().replace(m, m.substring(0, 14)), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3().replace(".4.8&", ".4.2&"), fields.pid5(), fields.pid7(), fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3(), fields.pid5().replace(name + "^", name.toLowerCase() + "^"), fields.pid7(),
                        fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3(), fields.pid5().replace(name + "^", name + "\\H\\^"), fields.pid7(),
                        fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3(), fields.pid5(), fields.pid7() + "99", fields.pid8(), fields.pid11()),
                new PidFields(fields.pid3(), fields.pid5(), fields.pid7(), fields.pid8(), ""));
        for (PidFields pid : hostile) {
            assertThatThrownBy(() -> PidReader.read(pid))
                    .isInstanceOfSatisfying(Hl7v2Exception.class, e -> assertThat(e.getMessage())
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
