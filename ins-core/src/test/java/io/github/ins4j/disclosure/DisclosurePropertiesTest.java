package io.github.ins4j.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.fixtures.Records;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DIS-1 … DIS-6 over identities in every status and every purpose. */
class DisclosurePropertiesTest {

    @Provide
    Arbitrary<IdentityRecord> records() {
        return Records.records();
    }

    @Property
    void DIS_3_billing_and_insurer_documents_never_carry_the_ins(
            @ForAll("records") IdentityRecord record, @ForAll DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        if (purpose == DocumentPurpose.BILLING || purpose == DocumentPurpose.MANDATORY_INSURER
                || purpose == DocumentPurpose.COMPLEMENTARY_INSURER) {
            assertThat(decision.identity()).isInstanceOf(DisclosedIdentity.TraitsOnly.class);
            assertThat(decision.reason()).isEqualTo(DisclosureDecision.Reason.BILLING_OR_INSURER);
            assertThat(decision.mayCarryIns()).isFalse();
        }
    }

    @Property
    void DIS_1_DIS_2_a_non_qualified_identity_never_yields_the_matricule(
            @ForAll("records") IdentityRecord record, @ForAll DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        if (record.status() != IdentityStatus.QUALIFIED) {
            assertThat(decision.identity()).isNotInstanceOf(DisclosedIdentity.WithIns.class);
            if (!Purposes.forbidsIns(purpose)) {
                assertThat(decision.reason()).isEqualTo(DisclosureDecision.Reason.NOT_QUALIFIED);
                assertThat(((DisclosedIdentity.TraitsOnly) decision.identity()).traits())
                        .isEqualTo(record.traits());
            }
        } else if (!Purposes.forbidsIns(purpose)) {
            assertThat(decision.level()).isEqualTo(DisclosureDecision.Level.INS_AND_TRAITS);
        }
    }

    @Property
    void DIS_4_whenever_the_matricule_is_yielded_the_five_traits_are_too(
            @ForAll("records") IdentityRecord record, @ForAll DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        if (decision.identity() instanceof DisclosedIdentity.WithIns withIns) {
            assertThat(withIns.traits()).isEqualTo(record.insIdentity().orElseThrow().traits());
            assertThat(withIns.identifier()).isEqualTo(record.insIdentity().orElseThrow().identifier());
            assertThat(record.status()).isEqualTo(IdentityStatus.QUALIFIED);
            assertThat(Purposes.forbidsIns(purpose)).isFalse();
        }
    }

    @Property
    void DIS_6_every_decision_says_why_without_data(
            @ForAll("records") IdentityRecord record, @ForAll DocumentPurpose purpose) {
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        assertThat(decision.reason().explanation()).isNotBlank();
        assertThat(decision.toString()).doesNotContain(record.traits().birthDate().value());
        record.insIdentity().ifPresent(ins ->
                assertThat(decision.toString()).doesNotContain(ins.identifier().matricule().numIdentifiant()));
        assertThat(DocumentPurpose.parse(purpose.code())).isEqualTo(purpose);
    }

    @Example
    void DIS_6_unknown_purposes_are_refused_not_defaulted() {
        IdentityRecord record = Records.records().sample();
        assertThatThrownBy(() -> Disclosure.decide(record, null))
                .isInstanceOfSatisfying(DisclosureException.class,
                        e -> assertThat(e.reason()).isEqualTo(DisclosureException.Reason.UNKNOWN_PURPOSE));
        for (String code : new String[] {null, "", "invoice", "BILLING", "care"}) {
            assertThatThrownBy(() -> DocumentPurpose.parse(code))
                    .isInstanceOfSatisfying(DisclosureException.class,
                            e -> assertThat(e.reason()).isEqualTo(DisclosureException.Reason.UNKNOWN_PURPOSE));
        }
    }

    @Example
    void research_gets_nothing_identifying() {
        IdentityRecord record = Records.records().sample();
        DisclosureDecision decision = Disclosure.decide(record, DocumentPurpose.RESEARCH);
        assertThat(decision.level()).isEqualTo(DisclosureDecision.Level.NOTHING_IDENTIFYING);
        assertThat(decision.identity()).isInstanceOf(DisclosedIdentity.NothingIdentifying.class);
    }
}
