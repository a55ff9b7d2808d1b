package io.github.ins4j.audit;

import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The detectors AUD-1 to AUD-7, shared by the batch audit and the one-record index. */
final class Detectors {

    private final PairScorer scorer;

    Detectors(PairScorer scorer) {
        this.scorer = scorer;
    }

    private static List<String> ids(Prepared a, Prepared b) {
        return a.id.compareTo(b.id) <= 0 ? List.of(a.id, b.id) : List.of(b.id, a.id);
    }

    /** AUD-5 on one record, or null. */
    static @Nullable Finding single(Prepared r) {
        if (r.incoherent) {
            return new Finding(FindingKind.AUD_5, List.of(r.id), null, PairClass.REVIEW,
                    "the INS disagrees with the record's sex, birth year or birth month (TRT-7)");
        }
        if (r.reverified) {
            return new Finding(FindingKind.AUD_5, List.of(r.id), null, PairClass.REVIEW,
                    "the last INSi re-verification returned other traits (QUA-7)");
        }
        return null;
    }

    /** AUD-1, AUD-2 or AUD-3 for two records that share an active or earlier matricule. */
    Finding matriculePair(Prepared a, Prepared b) {
        PairScore s = scorer.full(a, b);
        PairClass fs = scorer.policy().classify(s.score());
        String am = a.matricule;
        if (am != null && am.equals(b.matricule)) {
            MatchReport m = s.matchReport().orElse(null);
            boolean mismatch = m != null ? m.verdict() == Verdict.MISMATCH : fs == PairClass.NON_MATCH;
            if (mismatch) {
                return new Finding(FindingKind.AUD_2, ids(a, b), s.withPairClass(PairClass.REVIEW), PairClass.REVIEW,
                        "the same active INS on records whose traits differ (TRT-6 MISMATCH): a collision or a"
                                + " misattributed INS");
            }
            PairClass c = m != null && m.verdict() == Verdict.MATCH ? PairClass.MATCH
                    : fs == PairClass.MATCH ? PairClass.MATCH : PairClass.REVIEW;
            return new Finding(FindingKind.AUD_1, ids(a, b), s.withPairClass(c), c,
                    "the same active INS on records whose traits match (TRT-6 " + (m == null ? "scored" : m.verdict())
                            + "): a duplicate, one official INS per person");
        }
        PairClass c = fs == PairClass.NON_MATCH ? PairClass.REVIEW : PairClass.MATCH;
        return new Finding(FindingKind.AUD_3, ids(a, b), s.withPairClass(c), c,
                "one record's INS is an earlier INS of the other (MAT-6): a duplicate");
    }

    /** AUD-4, AUD-6 or AUD-7 for a scored pair, or null when under the review threshold. */
    @Nullable Finding scoredPair(Prepared a, Prepared b, double total) {
        PairClass c = scorer.policy().classify(total);
        if (c == PairClass.NON_MATCH) {
            return null;
        }
        PairScore s = scorer.full(a, b);
        if (PairScorer.differentActiveMatricules(a, b)) {
            return new Finding(FindingKind.AUD_4, ids(a, b), s.withPairClass(PairClass.REVIEW), PairClass.REVIEW,
                    "different active INS on records whose traits are close: twins, homonyms or a wrong INS;"
                            + " never a merge");
        }
        if (isProvisionalAndQualified(a, b) || isProvisionalAndQualified(b, a)) {
            return new Finding(FindingKind.AUD_6, ids(a, b), s, s.pairClass(),
                    "a provisional record close to a qualified one: merge into the qualified record");
        }
        return new Finding(FindingKind.AUD_7, ids(a, b), s, s.pairClass(),
                "records without a shared INS whose traits are close");
    }

    private static boolean isProvisionalAndQualified(Prepared p, Prepared q) {
        return p.status == IdentityStatus.PROVISIONAL && p.matricule == null && q.status == IdentityStatus.QUALIFIED;
    }
}
