package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class RecordArbitraryTest {

    private static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC));

    @Property(tries = 300)
    void QUA_8_every_record_is_reached_legally_and_restores_from_its_events(@ForAll("any") IdentityRecord record) {
        assertThat(QUALIFIER.restore(record.events())).isEqualTo(record);
        assertThat(record.auditTrail()).extracting(AuditEntry::operatorId).containsOnly("ins4j-testing");
        boolean retrieved = record.status() == IdentityStatus.RETRIEVED || record.status() == IdentityStatus.QUALIFIED;
        assertThat(record.insIdentity().isPresent()).isEqualTo(retrieved);
        record.insIdentity().ifPresent(ins -> {
            assertThat(ins.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
            assertThat(ins.coherence().isCoherent()).isTrue();
            assertThat(ins.traits()).isEqualTo(record.traits());
        });
    }

    @Provide
    Arbitrary<IdentityRecord> any() {
        return InsArbitraries.records();
    }

    @Test
    void by_default_every_status_comes_out() {
        assertThat(InsArbitraries.records().sampleStream().limit(200).map(IdentityRecord::status))
                .contains(IdentityStatus.values());
    }

    @Property(tries = 200)
    void QUA_3_QUA_4_the_status_is_the_one_asked(@ForAll("retrievedOrValidated") IdentityRecord record) {
        assertThat(record.status()).isIn(IdentityStatus.RETRIEVED, IdentityStatus.VALIDATED);
    }

    @Provide
    Arbitrary<IdentityRecord> retrievedOrValidated() {
        return InsArbitraries.records().withStatus(IdentityStatus.RETRIEVED, IdentityStatus.VALIDATED);
    }

    @Property(tries = 200)
    void qualified_records_hold_a_nia_when_asked(@ForAll("qualifiedNias") IdentityRecord record) {
        assertThat(record.isQualified()).isTrue();
        assertThat(record.insIdentity()).hasValueSatisfying(ins -> assertThat(ins.identifier().oid())
                .isEqualTo(InsOid.NIA));
        assertThat(record.auditTrail()).extracting(AuditEntry::operatorId).containsOnly("desk-7");
        assertThat(BirthRegion.of(record.traits().birthPlace())).isEqualTo(BirthRegion.ABROAD);
    }

    @Provide
    Arbitrary<IdentityRecord> qualifiedNias() {
        return InsArbitraries.records().qualified().nia().bornAbroad().withOperator("desk-7");
    }

    @Test
    void the_carte_vitale_app_qualifies_only_when_the_organisation_accepts_it_QUA_4_QUA_11() {
        IdentityQualifier appOnly = QUALIFIER.withAcceptedDocuments(
                Set.of(IdentityDocument.BIRTH_CERTIFICATE_EXTRACT, IdentityDocument.CARTE_VITALE_APP));
        RecordArbitrary records = InsArbitraries.records().withQualifier(appOnly);
        List<IdentityRecord> qualified = records.qualified().sampleStream().limit(20).toList();
        assertThat(qualified).allMatch(IdentityRecord::isQualified);
        // Without it (and no other high-trust document), nothing validates nor qualifies.
        IdentityQualifier lowTrustOnly =
                QUALIFIER.withAcceptedDocuments(Set.of(IdentityDocument.BIRTH_CERTIFICATE_EXTRACT));
        RecordArbitrary none = InsArbitraries.records().withQualifier(lowTrustOnly);
        assertThatThrownBy(() -> none.withStatus(IdentityStatus.VALIDATED).sample())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("VALI");
        assertThatThrownBy(() -> none.qualified().sample())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUAL");
    }

    @Test
    void paths_vary_INSi_01_and_02_answers_are_recorded() {
        List<IdentityRecord> sample = InsArbitraries.records().withStatus(IdentityStatus.PROVISIONAL,
                IdentityStatus.RETRIEVED).sampleStream().limit(200).toList();
        assertThat(sample).flatExtracting(IdentityRecord::auditTrail)
                .extracting(entry -> entry.insiResult().orElse(null))
                .contains(InsiResult.FOUND, InsiResult.NOT_FOUND, InsiResult.SEVERAL_FOUND);
    }

    @Test
    void the_operator_must_not_be_blank() {
        assertThatThrownBy(() -> InsArbitraries.records().withOperator(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void QUA_3_insi_answers_carry_an_identity_exactly_for_00(@ForAll("answers") InsiAnswer answer) {
        assertThat(answer.identity().isPresent()).isEqualTo(answer.result() == InsiResult.FOUND);
        answer.identity().ifPresent(identity -> {
            assertThat(identity.coherence().isCoherent()).isTrue();
            assertThat(identity.identifier().oid().isProduction()).isFalse();
        });
    }

    @Provide
    Arbitrary<InsiAnswer> answers() {
        return InsArbitraries.insiAnswers();
    }

    @Test
    void insi_answers_have_every_result_code_by_default_and_the_ones_asked_otherwise() {
        assertThat(InsArbitraries.insiAnswers().sampleStream().limit(200).map(InsiAnswer::result))
                .contains(InsiResult.values());
        assertThat(InsArbitraries.insiAnswers().found().sampleStream().limit(50).map(InsiAnswer::result))
                .containsOnly(InsiResult.FOUND);
        assertThat(InsArbitraries.insiAnswers().withResults(InsiResult.NOT_FOUND, InsiResult.SEVERAL_FOUND)
                .sampleStream().limit(50).map(InsiAnswer::result))
                .containsOnly(InsiResult.NOT_FOUND, InsiResult.SEVERAL_FOUND);
        assertThat(InsArbitraries.insiAnswers().found().nia().sample().identity().orElseThrow().identifier().oid())
                .isEqualTo(InsOid.NIA);
    }

    @Property(tries = 200)
    void QUA_3_a_generated_answer_for_a_record_s_traits_retrieves_it(@ForAll("provisional") IdentityRecord record) {
        InsiAnswer answer = InsArbitraries.identitiesWith(record.traits()).map(InsiAnswer::found).sample();
        IdentityRecord retrieved = QUALIFIER.apply(record, answer, "desk-1");
        assertThat(retrieved.status()).isEqualTo(IdentityStatus.RETRIEVED);
    }

    @Provide
    Arbitrary<IdentityRecord> provisional() {
        return InsArbitraries.records().withStatus(IdentityStatus.PROVISIONAL);
    }

    @Property(tries = 400)
    void QUA_1_QUA_8_attributes_set_afterwards_are_legal_and_restore_from_the_events(
            @ForAll("withAttributesAfterwards") IdentityRecord record) {
        assertThat(QUALIFIER.restore(record.events())).isEqualTo(record);
        assertThat(record.attributes()).hasSizeLessThanOrEqualTo(1);
        IdentityEvent last = record.events().get(record.events().size() - 1).event();
        if (record.attributes().isEmpty()) {
            assertThat(last).isNotInstanceOf(AttributeSet.class);
            Statistics.label("attribute").collect("none");
        } else {
            IdentityAttribute attribute = record.attributes().iterator().next();
            assertThat(last).isEqualTo(new AttributeSet(attribute));
            if (attribute != IdentityAttribute.HOMONYM) {
                assertThat(record.status()).isEqualTo(IdentityStatus.PROVISIONAL);   // QUA-1
            }
            Statistics.label("attribute").collect(attribute.name());
        }
        Statistics.label("status").collect(record.status().name());
        Statistics.label("attribute").coverage(checker -> {
            checker.check("none").percentage(p -> p > 20);
            checker.check("DOUBTFUL").count(c -> c > 0);
            checker.check("HOMONYM").count(c -> c > 0);
            checker.check("FICTITIOUS").count(c -> c > 0);
        });
        Statistics.label("status").coverage(checker -> {
            for (IdentityStatus status : IdentityStatus.values()) {
                checker.check(status.name()).count(c -> c > 0);
            }
        });
    }

    @Provide
    Arbitrary<IdentityRecord> withAttributesAfterwards() {
        return InsArbitraries.records().withAttributesAfterwards();
    }

    @Test
    void attributes_afterwards_keep_the_other_settings() {
        assertThat(InsArbitraries.records().withAttributesAfterwards().qualified().withOperator("desk-7").nia()
                .sampleStream().limit(100))
                .allSatisfy(record -> {
                    assertThat(record.auditTrail()).extracting(AuditEntry::operatorId).containsOnly("desk-7");
                    if (!record.attributes().contains(IdentityAttribute.DOUBTFUL)) {   // a doubtful one is PROV
                        assertThat(record.insIdentity()).hasValueSatisfying(ins -> assertThat(ins.identifier().oid())
                                .isEqualTo(InsOid.NIA));
                    }
                })
                .anySatisfy(record -> assertThat(record.attributes()).contains(IdentityAttribute.HOMONYM))
                .anySatisfy(record -> assertThat(record.attributes()).contains(IdentityAttribute.DOUBTFUL))
                .anySatisfy(record -> assertThat(record.attributes()).isEmpty());
    }
}
