package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.audit.Agreement;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.AuditRecord;
import io.github.ins4j.audit.AuditReport;
import io.github.ins4j.audit.EstimatedWeights;
import io.github.ins4j.audit.IdentityAudit;
import io.github.ins4j.audit.ScoredField;
import io.github.ins4j.audit.WeightEstimator;
import io.github.ins4j.testing.population.PopulationProfile;
import io.github.ins4j.testing.population.SyntheticPopulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example of the EM re-estimation of the audit's weights (AUD-7), on a generated
 * base of 20 000 fictitious records.
 */
class AuditEmExampleTest {

    @Test
    void the_weights_are_re_estimated_on_the_base_and_the_audit_runs_with_them() {
        List<AuditRecord> base = SyntheticPopulation.of(20261206L, 20_000, PopulationProfile.hospital()).stream()
                .map(r -> {
                    AuditRecord.Builder b = AuditRecord.builder(r.localId(), r.status(), r.traits());
                    r.ins().ifPresent(b::ins);
                    return b.build();
                }).toList();
        // tag::audit-em[]
        EstimatedWeights em = WeightEstimator.of(AuditPolicy.defaults()).estimate(base);
        System.out.println(em);   // m, u and weight of each field and level; p; iterations
        AuditPolicy estimated = em.policy();   // MATCH from P(match) >= 0.999, REVIEW from 0.5
        AuditReport report = IdentityAudit.of(estimated).run(base);
        // end::audit-em[]

        assertThat(em.converged()).isTrue();
        assertThat(em.matchProportion()).isBetween(0.001, 0.2);
        assertThat(em.weight(ScoredField.BIRTH_NAME, Agreement.EXACT)).isPositive();
        assertThat(em.weight(ScoredField.BIRTH_DATE, Agreement.DIFFERENT)).isNegative();
        assertThat(report.clusters()).isNotEmpty();
        assertThat(AuditPolicy.defaults().matchThreshold()).isEqualTo(15.0);
    }
}
