/**
 * The INS identity: the active {@link io.github.ins4j.matricule.InsIdentifier}, the five
 * {@link io.github.ins4j.traits.Traits} and the earlier identifiers (MAT-6), with the coherence
 * check between the matricule and the traits ({@link io.github.ins4j.identity.CoherenceReport},
 * TRT-7).
 *
 * <p>Runnable example: {@code MatchTraitsExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/MatchTraitsExample.java}).
 */
@NullMarked
package io.github.ins4j.identity;

import org.jspecify.annotations.NullMarked;
