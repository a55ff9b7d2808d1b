package io.github.ins4j.testing;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import java.util.Objects;
import net.jqwik.api.Arbitrary;

/**
 * Generates INS identifiers: a valid matricule (see {@link MatriculeArbitrary}) and the OID of its
 * authority, {@link InsOid#NIR_TEST} unless another one is asked for (MAT-5). Production OIDs
 * ({@link InsOid#NIR}, {@link InsOid#NIA}) come only from an explicit call.
 *
 * <pre>{@code
 * InsArbitraries.identifiers();                       // INS-NIR-TEST
 * InsArbitraries.identifiers().nia();                 // INS-NIA, a production OID
 * InsArbitraries.identifiers().withOid(InsOid.NIR_DEMO);
 * }</pre>
 */
public final class IdentifierArbitrary extends BirthArbitrary<InsIdentifier, IdentifierArbitrary> {

    private final InsOid oid;

    IdentifierArbitrary(BirthSpec spec, InsOid oid) {
        super(spec);
        this.oid = oid;
    }

    @Override
    IdentifierArbitrary withSpec(BirthSpec newSpec) {
        return new IdentifierArbitrary(newSpec, oid);
    }

    /**
     * Identifiers with the given OID (default {@link InsOid#NIR_TEST}).
     *
     * @param newOid the OID of every generated identifier
     * @return a new arbitrary
     * @throws NullPointerException if {@code newOid} is {@code null}
     */
    public IdentifierArbitrary withOid(InsOid newOid) {
        return new IdentifierArbitrary(spec, Objects.requireNonNull(newOid, "oid must not be null"));
    }

    /**
     * Identifiers with the production NIR OID ({@link InsOid#NIR}, {@code 1.2.250.1.213.1.4.8}).
     * Only for tests that need it: the values are still fictitious.
     *
     * @return a new arbitrary
     */
    public IdentifierArbitrary withProductionOid() {
        return withOid(InsOid.NIR);
    }

    /**
     * Identifiers of NIAs, waiting numbers ({@link InsOid#NIA}, a production OID: there is no
     * test NIA OID). The digits have the same layout as a NIR's (MAT-5).
     *
     * @return a new arbitrary
     */
    public IdentifierArbitrary nia() {
        return withOid(InsOid.NIA);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators.
     *
     * @return the arbitrary of identifiers
     */
    @Override
    protected Arbitrary<InsIdentifier> arbitrary() {
        return spec.births().map(birth -> InsIdentifier.of(birth.matricule(), oid));
    }
}
