/**
 * AssertJ assertions on ins4j types, reached through
 * {@link io.github.ins4j.testing.InsAssertions#assertThat}. Every check calls {@code isNotNull()}
 * then fails with a message built only from masked forms ({@code toString()} of ins-core, MAT-7),
 * expected values and reasons: a failing test never prints a matricule nor a trait.
 */
@NullMarked
package io.github.ins4j.testing.assertions;

import org.jspecify.annotations.NullMarked;
