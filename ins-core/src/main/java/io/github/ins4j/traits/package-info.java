/**
 * The five INS traits — {@link io.github.ins4j.traits.BirthName},
 * {@link io.github.ins4j.traits.BirthFirstNames}, {@link io.github.ins4j.traits.BirthDate},
 * {@link io.github.ins4j.traits.Sex}, {@link io.github.ins4j.traits.BirthPlaceCode} — and
 * {@link io.github.ins4j.traits.Traits}, the five together.
 *
 * <p>Each trait has a strict factory ({@code of} / {@code parse}) for what INSi or an INS document
 * gives (TRT-1), and a lenient one ({@code parseTyped}) for what a person typed, which normalises
 * first ({@link io.github.ins4j.traits.TraitNormalizer}, TRT-5). Every refusal is an
 * {@link io.github.ins4j.traits.InvalidTraitException} with the trait, a reason and a position.
 *
 * <pre>{@code
 * BirthName name = BirthName.parseTyped("garcía");        // GARCIA
 * BirthFirstNames first = BirthFirstNames.parse("SARAH-LOU");
 * BirthDate date = BirthDate.parseTyped("12/03/1985");
 * }</pre>
 *
 * <p>Rules (spec/02-traits.md): TRT-1 strict form, TRT-2 first names, TRT-3 birth date, TRT-4 birth
 * place, TRT-5 normalisation, TRT-8 equality. Matching (TRT-6) is in {@code io.github.ins4j.matching},
 * coherence with the matricule (TRT-7) in {@code io.github.ins4j.identity}.
 *
 * <p>Runnable example: {@code MatchTraitsExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/MatchTraitsExample.java}).
 */
@NullMarked
package io.github.ins4j.traits;

import org.jspecify.annotations.NullMarked;
