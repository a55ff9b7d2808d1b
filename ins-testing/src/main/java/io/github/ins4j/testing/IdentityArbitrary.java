package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates INS identities: an identifier ({@link InsOid#NIR_TEST} unless asked otherwise) and
 * strict traits, <em>coherent</em> with each other (TRT-7, {@code identity.coherence().isCoherent()}
 * is true) unless {@link #incoherent()} is asked for. No earlier identifiers.
 *
 * <pre>{@code
 * @Property
 * void ins_coherence_TRT_7(@ForAll InsIdentity identity) {
 *     InsAssertions.assertThat(identity).isCoherent().hasTestOid();
 * }
 *
 * Arbitrary<InsIdentity> wrong = InsArbitraries.identities().incoherent();   // for refusal tests
 * }</pre>
 */
public final class IdentityArbitrary extends BirthArbitrary<InsIdentity, IdentityArbitrary> {

    private final InsOid oid;
    private final boolean incoherent;

    IdentityArbitrary(BirthSpec spec, InsOid oid, boolean incoherent) {
        super(spec);
        this.oid = oid;
        this.incoherent = incoherent;
    }

    @Override
    IdentityArbitrary withSpec(BirthSpec newSpec) {
        return new IdentityArbitrary(newSpec, oid, incoherent);
    }

    /**
     * Identities with the given OID (default {@link InsOid#NIR_TEST}).
     *
     * @param newOid the OID of every generated identity
     * @return a new arbitrary
     * @throws NullPointerException if {@code newOid} is {@code null}
     */
    public IdentityArbitrary withOid(InsOid newOid) {
        return new IdentityArbitrary(spec, Objects.requireNonNull(newOid, "oid must not be null"), incoherent);
    }

    /**
     * Identities with the production NIR OID ({@link InsOid#NIR}); the data stay fictitious.
     *
     * @return a new arbitrary
     */
    public IdentityArbitrary withProductionOid() {
        return withOid(InsOid.NIR);
    }

    /**
     * Identities whose matricule is an NIA ({@link InsOid#NIA}, a production OID: there is no test
     * NIA OID).
     *
     * @return a new arbitrary
     */
    public IdentityArbitrary nia() {
        return withOid(InsOid.NIA);
    }

    /**
     * Identities whose matricule disagrees with the traits on at least one TRT-7 <em>error</em>:
     * the sex digit, the birth year or the birth month, so that
     * {@code identity.coherence().hasErrors()} is true. For tests of code that must refuse them
     * (an {@code IdentityQualifier} refuses them with {@code INCOHERENT_MATRICULE}).
     *
     * @return a new arbitrary
     */
    public IdentityArbitrary incoherent() {
        return new IdentityArbitrary(spec, oid, true);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators.
     *
     * @return the arbitrary of identities
     */
    @Override
    protected Arbitrary<InsIdentity> arbitrary() {
        if (!incoherent) {
            return spec.people().map(p -> InsIdentity.of(InsIdentifier.of(p.birth().matricule(), oid), p.traits()));
        }
        return Combinators.combine(spec.people(), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 11))
                .as((p, field, yearShift, monthShift) -> InsIdentity.of(
                        InsIdentifier.of(p.birth().incoherentMatricule(field, yearShift, monthShift), oid),
                        p.traits()));
    }
}
