package io.github.ins4j.testing;

import io.github.ins4j.traits.Traits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates the five INS traits in strict form (TRT-1), as INSi returns them: birth names with
 * spaces, hyphens, double hyphens ({@code MARTIN--DURAND}) and apostrophes ({@code D'ARTAGNAN}),
 * one to four first names (some composed: {@code SARAH-LOU}), exact or uncertain birth dates
 * ({@code 1960-00-00}, TRT-3), {@code M} / {@code F}, and birth place codes of every region
 * (TRT-4; never the unknown {@code 99999}). Every component re-parses with the strict factories
 * ({@code BirthName.of}, {@code BirthDate.parse}…).
 *
 * <p>{@link #typed()} gives the same traits "as typed at the desk".
 *
 * <pre>{@code
 * Arbitrary<Traits> abroad = InsArbitraries.traits().bornAbroad().withExactBirthDates();
 * Arbitrary<TypedTraits> desk = InsArbitraries.traits().typed();
 * }</pre>
 */
public final class TraitsArbitrary extends BirthArbitrary<Traits, TraitsArbitrary> {

    TraitsArbitrary(BirthSpec spec) {
        super(spec);
    }

    @Override
    TraitsArbitrary withSpec(BirthSpec newSpec) {
        return new TraitsArbitrary(newSpec);
    }

    /**
     * The traits of this arbitrary as a desk agent types them: random case, accents, ligatures,
     * typographic apostrophes and dashes, extra spaces; dates day first. Each
     * {@link TypedTraits#toLocalTraits()} normalises back to {@link TypedTraits#strict()} (TRT-5), and
     * shrinks towards the strict texts.
     *
     * @return an arbitrary of typed traits, with this arbitrary's birth constraints
     */
    public Arbitrary<TypedTraits> typed() {
        return Combinators.combine(this, Typing.typings(), Typing.typings(),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3))
                .as(TypedTraits::type);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators.
     *
     * @return the arbitrary of traits
     */
    @Override
    protected Arbitrary<Traits> arbitrary() {
        return spec.people().map(BirthSpec.Person::traits);
    }
}
