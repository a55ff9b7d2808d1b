package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.TestIdentities;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the audit refuses, and with which reason. */
class AuditInputTest {

    private static final LocalTraits TRAITS = LocalTraits.from(TestIdentities.GARCIA_SARAH_LOU.traits());
    private static final InsIdentity INS = TestIdentities.GARCIA_SARAH_LOU;

    @Test
    void bad_local_ids_are_refused() {
        for (String id : List.of("", "   ", "A\u0000B", "A\nB", "x".repeat(65), "A\uD800")) {
            assertThatThrownBy(() -> AuditRecord.builder(id, IdentityStatus.PROVISIONAL, TRAITS))
                    .isInstanceOf(AuditException.class).isInstanceOf(InsException.class)
                    .extracting(e -> ((AuditException) e).reason()).isEqualTo(AuditException.Reason.INVALID_LOCAL_ID);
        }
        assertThat(AuditRecord.builder("x".repeat(64), IdentityStatus.PROVISIONAL, TRAITS).build().localId()).hasSize(64);
    }

    @Test
    void a_status_that_contradicts_the_ins_is_refused() {
        assertThatThrownBy(() -> AuditRecord.builder("A", IdentityStatus.QUALIFIED, TRAITS).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("STATUS_INCONSISTENT");
        assertThatThrownBy(() -> AuditRecord.builder("A", IdentityStatus.PROVISIONAL, TRAITS).ins(INS).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("STATUS_INCONSISTENT");
        assertThat(AuditRecord.builder("A", IdentityStatus.RETRIEVED, TRAITS).ins(INS).build().ins()).hasValue(INS);
    }

    @Test
    void attributes_follow_QUA_1_and_QUA_2() {
        assertThatThrownBy(() -> AuditRecord.builder("A", IdentityStatus.QUALIFIED, TRAITS).ins(INS)
                .attributes(Set.of(IdentityAttribute.DOUBTFUL)).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("QUA-1");
        assertThatThrownBy(() -> AuditRecord.builder("A", IdentityStatus.PROVISIONAL, TRAITS)
                .attributes(EnumSet.of(IdentityAttribute.FICTITIOUS, IdentityAttribute.HOMONYM)).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("QUA-2");
        assertThat(AuditRecord.builder("A", IdentityStatus.PROVISIONAL, TRAITS)
                .attributes(EnumSet.of(IdentityAttribute.DOUBTFUL, IdentityAttribute.HOMONYM)).build().attributes())
                .hasSize(2);
    }

    @Test
    void duplicate_local_ids_are_refused_without_printing_them() {
        AuditRecord a = AuditRecord.builder("IPP-1", IdentityStatus.PROVISIONAL, TRAITS).build();
        assertThatThrownBy(() -> IdentityAudit.of(AuditPolicy.defaults()).run(List.of(a, a)))
                .isInstanceOf(AuditException.class).hasMessageContaining("DUPLICATE_LOCAL_ID");
        AuditIndex index = AuditIndex.build(AuditPolicy.defaults(), List.of(a));
        assertThatThrownBy(() -> index.add(a)).isInstanceOf(AuditException.class)
                .hasMessageContaining("DUPLICATE_LOCAL_ID");
    }

    @Test
    void an_empty_base_gives_an_empty_report() {
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(java.util.stream.Stream.empty());
        assertThat(report.records()).isZero();
        assertThat(report.findings()).isEmpty();
        assertThat(report.clusters()).isEmpty();
        assertThat(report.indicator(IndicatorKind.STOCK_DUPLICATE_RATE).rate()).isZero();
        assertThat(report.passCounts()).containsKeys(BlockingPass.values());
        assertThat(AuditIndex.build(AuditPolicy.defaults(), List.of()).lookup(
                AuditRecord.builder("A", IdentityStatus.PROVISIONAL, TRAITS).build())).isEmpty();
    }

    @Test
    void impossible_policies_are_refused() {
        assertThatThrownBy(() -> AuditPolicy.builder().reviewThreshold(20).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("INVALID_POLICY");
        assertThatThrownBy(() -> AuditPolicy.builder().maxBlockSize(1).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("INVALID_POLICY");
        assertThatThrownBy(() -> AuditPolicy.builder().matchThreshold(Double.NaN).build())
                .isInstanceOf(AuditException.class).hasMessageContaining("INVALID_POLICY");
        assertThatThrownBy(() -> AuditPolicy.builder().weight(ScoredField.BIRTH_NAME, Agreement.EXACT,
                Double.POSITIVE_INFINITY)).isInstanceOf(AuditException.class);
        AuditPolicy p = AuditPolicy.builder().weight(ScoredField.BIRTH_PLACE, Agreement.DIFFERENT, -3).build();
        assertThat(p.weight(ScoredField.BIRTH_PLACE, Agreement.DIFFERENT)).isEqualTo(-3.0);
        assertThat(p.weight(ScoredField.BIRTH_PLACE, Agreement.SWAP)).isZero();
        assertThat(AuditException.Reason.INVALID_POLICY.messageKey()).isEqualTo("ins4j.audit.INVALID_POLICY");
    }

    @Test
    void records_and_reports_print_no_trait_and_no_matricule() {
        AuditRecord a = AuditRecord.builder("A", IdentityStatus.QUALIFIED, TRAITS).ins(INS).build();
        AuditRecord b = AuditRecord.builder("B", IdentityStatus.PROVISIONAL, TRAITS).build();
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(List.of(a, b));
        String text = a + " " + b + " " + report + " " + report.summary() + " " + report.findings() + " "
                + report.clusters();
        assertThat(text).doesNotContain("GARCIA", "SARAH", "1989", "69123", INS.identifier().matricule().value(),
                INS.identifier().matricule().value().substring(0, 13));
        assertThat(report.findings(FindingKind.AUD_6)).hasSize(1);
    }

    @Test
    void oversized_blocks_are_split_and_the_split_is_reported() {
        List<AuditRecord> same = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            same.add(AuditRecord.builder("R" + i, IdentityStatus.PROVISIONAL, TRAITS).build());
        }
        AuditReport report = IdentityAudit.of(AuditPolicy.builder().maxBlockSize(3).build()).run(same);
        PassCount date = report.passCounts().get(BlockingPass.BIRTH_DATE);
        assertThat(date.candidatePairs()).isEqualTo(21);
        assertThat(date.splitBlocks()).isEqualTo(1);
        assertThat(date.pairsAfterSplit()).isEqualTo(3 + 3 + 0);
        assertThat(date.scoredPairs()).isEqualTo(6);
        // identical records fall into the same pieces in every pass: the split costs those pairs
        assertThat(report.findings(FindingKind.AUD_7)).hasSize(6);
        IdentityAudit all = IdentityAudit.of(AuditPolicy.defaults());
        assertThat(all.run(same).findings(FindingKind.AUD_7)).hasSize(21);
        assertThat(all.run(same).passCounts().get(BlockingPass.BIRTH_DATE).splitBlocks()).isZero();
    }

    @Test
    void indicators_have_numerator_and_denominator() {
        AuditRecord a = AuditRecord.builder("A", IdentityStatus.QUALIFIED, TRAITS).ins(INS)
                .createdOn(java.time.LocalDate.of(2020, 1, 1)).build();
        AuditRecord b = AuditRecord.builder("B", IdentityStatus.PROVISIONAL, TRAITS)
                .createdOn(java.time.LocalDate.of(2026, 6, 1)).build();
        AuditRecord c = AuditRecord.builder("C", IdentityStatus.PROVISIONAL,
                LocalTraits.builder().birthName("AUTRE").build()).createdOn(java.time.LocalDate.of(2026, 6, 2)).build();
        AuditReport report = IdentityAudit.of(AuditPolicy.builder().flowSince(java.time.LocalDate.of(2026, 1, 1))
                .build()).run(List.of(a, b, c));
        assertThat(report.indicator(IndicatorKind.STOCK_DUPLICATE_RATE)).satisfies(i -> {
            assertThat(i.numerator()).isEqualTo(1);
            assertThat(i.denominator()).isEqualTo(3);
        });
        assertThat(report.indicator(IndicatorKind.FLOW_DUPLICATE_RATE).toString()).isEqualTo("FLOW_DUPLICATE_RATE 1/2");
        assertThat(report.indicator(IndicatorKind.QUALIFICATION_RATE).rate()).isEqualTo(1.0 / 3);
        assertThat(report.indicator(IndicatorKind.SAME_INS_GROUPS).toString()).isEqualTo("SAME_INS_GROUPS 0/1");
        assertThat(report.clusters()).singleElement().satisfies(cl -> {
            assertThat(cl.localIds()).containsExactly("A", "B");
            assertThat(cl.survivorLocalId()).isEqualTo("A");
        });
    }
}
