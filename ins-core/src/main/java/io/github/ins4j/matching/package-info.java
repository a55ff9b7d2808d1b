/**
 * Trait matching (TRT-6): {@link io.github.ins4j.matching.TraitMatcher} compares the local identity
 * ({@link io.github.ins4j.matching.LocalTraits}, as typed at the desk) with an INSi answer and gives
 * a {@link io.github.ins4j.matching.MatchReport}: an outcome per trait, the reason in words, and the
 * verdict {@code MATCH}, {@code REVIEW} or {@code MISMATCH}. Reports never print values.
 *
 * <p>Runnable example: {@code MatchTraitsExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/MatchTraitsExample.java}).
 */
@NullMarked
package io.github.ins4j.matching;

import org.jspecify.annotations.NullMarked;
