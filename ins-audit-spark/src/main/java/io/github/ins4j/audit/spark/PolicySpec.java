package io.github.ins4j.audit.spark;

import io.github.ins4j.audit.Agreement;
import io.github.ins4j.audit.AuditPolicy;
import io.github.ins4j.audit.BlockingPass;
import io.github.ins4j.audit.ScoredField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditPolicy} as plain values, shipped to the executors (the policy itself is not
 * serializable) and rebuilt there with {@link AuditPolicy#builder()}.
 */
final class PolicySpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[][] weights;
    private final double matchThreshold;
    private final double reviewThreshold;
    private final int maxBlockSize;
    private final String[] passes;
    private final @Nullable String flowSince;
    private transient @Nullable AuditPolicy policy;

    PolicySpec(AuditPolicy p) {
        ScoredField[] fields = ScoredField.values();
        Agreement[] levels = Agreement.values();
        this.weights = new double[fields.length][levels.length];
        for (ScoredField f : fields) {
            for (Agreement a : levels) {
                weights[f.ordinal()][a.ordinal()] = p.weight(f, a);
            }
        }
        this.matchThreshold = p.matchThreshold();
        this.reviewThreshold = p.reviewThreshold();
        this.maxBlockSize = p.maxBlockSize();
        this.passes = p.passes().stream().map(Enum::name).toArray(String[]::new);
        this.flowSince = p.flowSince().map(LocalDate::toString).orElse(null);
        this.policy = p;
    }

    AuditPolicy policy() {
        AuditPolicy p = policy;
        if (p == null) {
            AuditPolicy.Builder b = AuditPolicy.builder();
            for (ScoredField f : ScoredField.values()) {
                for (Agreement a : Agreement.values()) {
                    b.weight(f, a, weights[f.ordinal()][a.ordinal()]);
                }
            }
            Set<BlockingPass> chosen = EnumSet.noneOf(BlockingPass.class);
            for (String s : passes) {
                chosen.add(BlockingPass.valueOf(s));
            }
            b.matchThreshold(matchThreshold).reviewThreshold(reviewThreshold).maxBlockSize(maxBlockSize).passes(chosen);
            if (flowSince != null) {
                b.flowSince(LocalDate.parse(flowSince));
            }
            p = b.build();
            policy = p;
        }
        return p;
    }
}
