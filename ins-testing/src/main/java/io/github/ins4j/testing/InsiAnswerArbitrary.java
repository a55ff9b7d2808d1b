package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.InsiResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates INSi answers to a search (QUA-3): result {@code 00} with one coherent identity
 * (TRT-7, {@link InsOid#NIR_TEST} unless asked otherwise), {@code 01} (none found) or {@code 02}
 * (several found). By default most answers are {@code 00}.
 *
 * <pre>{@code
 * @Property
 * void unanswered_searches_change_nothing_QUA_3(@ForAll("misses") InsiAnswer answer) { ... }
 *
 * @Provide
 * Arbitrary<InsiAnswer> misses() {
 *     return InsArbitraries.insiAnswers().withResults(InsiResult.NOT_FOUND, InsiResult.SEVERAL_FOUND);
 * }
 * }</pre>
 *
 * <p>For an answer about given traits (to drive an {@code IdentityQualifier} from a record you
 * built), use {@code InsArbitraries.identitiesWith(traits).map(InsiAnswer::found)}.
 */
public final class InsiAnswerArbitrary extends BirthArbitrary<InsiAnswer, InsiAnswerArbitrary> {

    private final InsOid oid;
    private final Set<InsiResult> results;

    InsiAnswerArbitrary(BirthSpec spec, InsOid oid, Set<InsiResult> results) {
        super(spec);
        this.oid = oid;
        this.results = Set.copyOf(results);
    }

    @Override
    InsiAnswerArbitrary withSpec(BirthSpec newSpec) {
        return new InsiAnswerArbitrary(newSpec, oid, results);
    }

    /**
     * Answers with one of the given result codes only (default: the three).
     *
     * @param result the first result code
     * @param others more result codes
     * @return a new arbitrary
     * @throws NullPointerException if a result is {@code null}
     */
    public InsiAnswerArbitrary withResults(InsiResult result, InsiResult... others) {
        EnumSet<InsiResult> set = EnumSet.of(Objects.requireNonNull(result, "result must not be null"));
        for (InsiResult other : others) {
            set.add(Objects.requireNonNull(other, "result must not be null"));
        }
        return new InsiAnswerArbitrary(spec, oid, set);
    }

    /**
     * Answers {@code 00} only, each with one identity.
     *
     * @return a new arbitrary
     */
    public InsiAnswerArbitrary found() {
        return withResults(InsiResult.FOUND);
    }

    /**
     * Answers whose identity has the given OID (default {@link InsOid#NIR_TEST}).
     *
     * @param newOid the OID
     * @return a new arbitrary
     * @throws NullPointerException if {@code newOid} is {@code null}
     */
    public InsiAnswerArbitrary withOid(InsOid newOid) {
        return new InsiAnswerArbitrary(spec, Objects.requireNonNull(newOid, "oid must not be null"), results);
    }

    /**
     * Answers whose identity has the production NIR OID ({@link InsOid#NIR}).
     *
     * @return a new arbitrary
     */
    public InsiAnswerArbitrary withProductionOid() {
        return withOid(InsOid.NIR);
    }

    /**
     * Answers whose identity is an NIA ({@link InsOid#NIA}, a production OID).
     *
     * @return a new arbitrary
     */
    public InsiAnswerArbitrary nia() {
        return withOid(InsOid.NIA);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators.
     *
     * @return the arbitrary of answers
     */
    @Override
    protected Arbitrary<InsiAnswer> arbitrary() {
        List<Tuple.Tuple2<Integer, Arbitrary<InsiResult>>> weighted = new ArrayList<>();
        for (InsiResult result : InsiResult.values()) {
            if (results.contains(result)) {
                weighted.add(Tuple.of(result == InsiResult.FOUND ? 6 : 2, Arbitraries.just(result)));
            }
        }
        Arbitrary<InsiResult> codes = weighted.size() == 1
                ? weighted.get(0).get2() : Arbitraries.frequencyOf(weighted);
        Arbitrary<InsIdentity> identities = new IdentityArbitrary(spec, oid, false);
        return Combinators.combine(codes, identities).as((code, identity) -> switch (code) {
            case FOUND -> InsiAnswer.found(identity);
            case NOT_FOUND -> InsiAnswer.notFound();
            case SEVERAL_FOUND -> InsiAnswer.severalFound();
        });
    }
}
