/**
 * Internals of the ins4j test fixtures: the jqwik {@code ArbitraryProvider} and the throw-away PKI of
 * the fake INSi server. Not exported by the
 * module; use {@link io.github.ins4j.testing.InsArbitraries} and the annotations of
 * {@link io.github.ins4j.testing.constraints}.
 */
@NullMarked
package io.github.ins4j.testing.internal;

import org.jspecify.annotations.NullMarked;
