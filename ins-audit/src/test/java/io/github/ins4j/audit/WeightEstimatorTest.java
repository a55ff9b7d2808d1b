package io.github.ins4j.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AUD-7 EM: examples and refusals. */
class WeightEstimatorTest {

    private static Map<ScoredField, Agreement> all(Agreement name, Agreement first, Agreement date, Agreement place) {
        return Map.of(ScoredField.BIRTH_NAME, name, ScoredField.FIRST_NAMES_AND_SEX, first,
                ScoredField.BIRTH_DATE, date, ScoredField.BIRTH_PLACE, place);
    }

    private static AgreementPatterns sample() {
        return new WeightEstimatorPropertiesTest.Truth(0.1,
                Map.of(ScoredField.BIRTH_NAME, Map.of(Agreement.EXACT, 0.9, Agreement.DIFFERENT, 0.1),
                        ScoredField.FIRST_NAMES_AND_SEX, Map.of(Agreement.EXACT, 0.85, Agreement.DIFFERENT, 0.15),
                        ScoredField.BIRTH_DATE, Map.of(Agreement.EXACT, 0.8, Agreement.SWAP, 0.1, Agreement.DIFFERENT, 0.1),
                        ScoredField.BIRTH_PLACE, Map.of(Agreement.EXACT, 0.95, Agreement.DIFFERENT, 0.05)),
                Map.of(ScoredField.BIRTH_NAME, Map.of(Agreement.EXACT, 0.05, Agreement.DIFFERENT, 0.95),
                        ScoredField.FIRST_NAMES_AND_SEX, Map.of(Agreement.EXACT, 0.1, Agreement.DIFFERENT, 0.9),
                        ScoredField.BIRTH_DATE, Map.of(Agreement.EXACT, 0.2, Agreement.SWAP, 0.01, Agreement.DIFFERENT, 0.79),
                        ScoredField.BIRTH_PLACE, Map.of(Agreement.EXACT, 0.1, Agreement.DIFFERENT, 0.9)),
                0.0).sample(50_000, 7);
    }

    @Test
    void estimates_a_policy_with_posterior_thresholds_and_keeps_the_other_settings() {
        AuditPolicy start = AuditPolicy.builder().maxBlockSize(300).termFrequencyAdjustment(true)
                .passes(EnumSet.of(BlockingPass.BIRTH_DATE)).flowSince(LocalDate.of(2026, 1, 1)).build();
        EstimatedWeights est = WeightEstimator.of(start).estimate(sample());

        AuditPolicy p = est.policy();
        double odds = Math.log((1 - est.matchProportion()) / est.matchProportion()) / Math.log(2);
        assertThat(p.matchThreshold()).isCloseTo(Math.log(999) / Math.log(2) + odds, within(1e-9));
        assertThat(p.reviewThreshold()).isCloseTo(odds, within(1e-9));
        assertThat(p.maxBlockSize()).isEqualTo(300);
        assertThat(p.termFrequencyAdjustment()).isTrue();
        assertThat(p.passes()).isEqualTo(start.passes());
        assertThat(p.flowSince()).isEqualTo(start.flowSince());
        // levels no pair shows keep the starting weight; MISSING stays at 0
        assertThat(est.isEstimated(ScoredField.BIRTH_NAME, Agreement.PHONETIC)).isFalse();
        assertThat(est.weight(ScoredField.BIRTH_NAME, Agreement.PHONETIC)).isEqualTo(4.0);
        assertThat(est.m(ScoredField.BIRTH_NAME, Agreement.PHONETIC)).isZero();
        assertThat(est.weight(ScoredField.BIRTH_PLACE, Agreement.MISSING)).isZero();
        assertThat(est.weight(ScoredField.BIRTH_NAME, Agreement.EXACT)).isGreaterThan(3);
        assertThat(est.policy(0.9999, 0.8).matchThreshold()).isGreaterThan(p.matchThreshold());
        // the defaults never change
        assertThat(AuditPolicy.defaults().weight(ScoredField.BIRTH_NAME, Agreement.EXACT)).isEqualTo(7.0);
        assertThat(AuditPolicy.defaults().matchThreshold()).isEqualTo(15.0);
        assertThat(est.toString()).contains("converged", "BIRTH_DATE", "SWAP", "not estimated");
    }

    @Test
    void counts_the_candidate_pairs_of_a_base_as_the_audit_scores_them() {
        List<AuditRecord> records = SyntheticPopulation.of(11, 2000, PopulationProfile.hospital()).stream()
                .map(Synthetic::toAudit).toList();
        AgreementPatterns patterns = AgreementPatterns.from(records, AuditPolicy.defaults());
        AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(records);

        long scored = report.passCounts().entrySet().stream().filter(e -> e.getKey() != BlockingPass.MATRICULE)
                .mapToLong(e -> e.getValue().scoredPairs()).sum();
        assertThat(patterns.pairs()).isEqualTo(scored).isPositive();
        assertThat(patterns.asMap().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(scored);
        assertThat(AgreementPatterns.from(records.stream(), AuditPolicy.defaults()).asMap()).isEqualTo(patterns.asMap());
        assertThat(patterns.toString()).doesNotContain(records.get(0).localId());
    }

    @Test
    void refuses_too_few_pairs() {
        AgreementPatterns few = AgreementPatterns.builder()
                .add(all(Agreement.EXACT, Agreement.EXACT, Agreement.EXACT, Agreement.EXACT), 999).build();
        assertThatThrownBy(() -> WeightEstimator.of(AuditPolicy.defaults()).estimate(few))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.TOO_FEW_PAIRS))
                .hasMessageContaining("999 candidate pairs");
        assertThatThrownBy(() -> WeightEstimator.of(AuditPolicy.defaults()).estimate(List.of()))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.TOO_FEW_PAIRS));
    }

    @Test
    void refuses_pairs_that_do_not_separate_two_classes() {
        AgreementPatterns flat = AgreementPatterns.builder()
                .add(all(Agreement.DIFFERENT, Agreement.DIFFERENT, Agreement.DIFFERENT, Agreement.DIFFERENT), 5000)
                .build();
        assertThatThrownBy(() -> WeightEstimator.of(AuditPolicy.defaults()).estimate(flat))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.ESTIMATION_FAILED));
    }

    @Test
    void refuses_a_level_the_field_never_takes_and_a_negative_count() {
        AgreementPatterns.Builder b = AgreementPatterns.builder();
        Map<ScoredField, Agreement> swapPlace = all(Agreement.EXACT, Agreement.EXACT, Agreement.EXACT, Agreement.SWAP);
        assertThatThrownBy(() -> b.add(swapPlace, 1))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.INVALID_PATTERN))
                .hasMessageContaining("BIRTH_PLACE");
        Map<ScoredField, Agreement> ok = all(Agreement.EXACT, Agreement.EXACT, Agreement.EXACT, Agreement.EXACT);
        assertThatThrownBy(() -> b.add(ok, -1))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.INVALID_PATTERN));
        b.add(ok, Long.MAX_VALUE);
        assertThatThrownBy(() -> b.add(ok, 1))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.INVALID_PATTERN));
        // a field left out is MISSING
        AgreementPatterns p = AgreementPatterns.builder().add(Map.of(ScoredField.BIRTH_NAME, Agreement.EXACT), 3).build();
        assertThat(p.count(all(Agreement.EXACT, Agreement.MISSING, Agreement.MISSING, Agreement.MISSING))).isEqualTo(3);
        assertThat(p.distinct()).isEqualTo(1);
    }

    @Test
    void refuses_impossible_settings() {
        WeightEstimator em = WeightEstimator.of(AuditPolicy.defaults());
        assertThatThrownBy(() -> em.maxIterations(0)).isInstanceOf(AuditException.class);
        assertThatThrownBy(() -> em.tolerance(0)).isInstanceOf(AuditException.class);
        assertThatThrownBy(() -> em.tolerance(Double.NaN)).isInstanceOf(AuditException.class);
        assertThatThrownBy(() -> em.minPairs(0)).isInstanceOf(AuditException.class);
        EstimatedWeights est = em.estimate(sample());
        assertThatThrownBy(() -> est.policy(0.5, 0.9))
                .isInstanceOfSatisfying(AuditException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuditException.Reason.INVALID_POLICY));
        assertThatThrownBy(() -> est.policy(1.0, 0.5)).isInstanceOf(AuditException.class);
    }

    @Test
    void reports_when_em_stops_before_converging() {
        EstimatedWeights est = WeightEstimator.of(AuditPolicy.defaults()).maxIterations(1).tolerance(1e-12)
                .estimate(sample());
        assertThat(est.iterations()).isEqualTo(1);
        assertThat(est.converged()).isFalse();
        assertThat(est.toString()).contains("NOT converged");
        EstimatedWeights full = WeightEstimator.of(AuditPolicy.defaults()).estimate(sample());
        assertThat(full.converged()).isTrue();
        assertThat(full.iterations()).isGreaterThan(1).isLessThan(1000);
    }
}
