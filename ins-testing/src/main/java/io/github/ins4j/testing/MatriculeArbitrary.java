package io.github.ins4j.testing;

import io.github.ins4j.matricule.InsMatricule;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid INS matricules (MAT-1 to MAT-4): every value parses back with
 * {@link InsMatricule#parse(CharSequence)} to itself. Sex digit in {1, 2, 3, 4, 7, 8} (mostly 1 and
 * 2), month 01-12 or 20-99 (unknown), birth place in metropolitan France, Corsica ({@code 20} before
 * 1976, {@code 2A} / {@code 2B} since), overseas ({@code 97x} / {@code 98x}) or abroad
 * ({@code 99} + country), order number 001-999, key {@code 97 - (N mod 97)}.
 *
 * <p>A matricule alone says nothing of NIR or NIA (MAT-5): for that, generate identifiers
 * ({@link InsArbitraries#identifiers()}) with their OID. Configure with the methods of
 * {@link BirthArbitrary}; each returns a new arbitrary. Shrinks towards {@code 1 00 01 01 001 001}
 * plus its key.
 *
 * <pre>{@code
 * @Property
 * void corsican_matricules_parse(@ForAll("corsica") InsMatricule m) {
 *     assertThat(InsMatricule.parse(m.value())).isEqualTo(m);
 * }
 *
 * @Provide
 * Arbitrary<InsMatricule> corsica() {
 *     return InsArbitraries.matricules().bornInCorsica().withUnknownBirthMonth();
 * }
 * }</pre>
 */
public final class MatriculeArbitrary extends BirthArbitrary<InsMatricule, MatriculeArbitrary> {

    MatriculeArbitrary(BirthSpec spec) {
        super(spec);
    }

    @Override
    MatriculeArbitrary withSpec(BirthSpec newSpec) {
        return new MatriculeArbitrary(newSpec);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators.
     *
     * @return the arbitrary of matricules
     */
    @Override
    protected Arbitrary<InsMatricule> arbitrary() {
        return spec.births().map(BirthSpec.Birth::matricule);
    }
}
