/**
 * ins4j test fixtures for the tests of software that uses ins4j. Add {@code ins-testing} in test
 * scope; it brings jqwik and AssertJ.
 *
 * <ul>
 *   <li>{@link io.github.ins4j.testing.InsArbitraries}: jqwik arbitraries of matricules,
 *       identifiers, traits (strict and as typed at the desk), identities, identity records and INSi
 *       answers, coherent (TRT-7), with test OIDs unless asked otherwise. {@code @ForAll} works on
 *       those types with no configuration (see {@link io.github.ins4j.testing.constraints}).</li>
 *   <li>{@link io.github.ins4j.testing.InsAssertions}: AssertJ assertions whose messages never print
 *       personal data.</li>
 *   <li>{@link io.github.ins4j.testing.TestIdentities}: named, fictitious test identities.</li>
 * </ul>
 *
 * <pre>{@code
 * @Property
 * void every_identity_is_coherent_TRT_7(@ForAll InsIdentity identity) {
 *     InsAssertions.assertThat(identity).isCoherent().hasTestOid();
 * }
 *
 * @Test
 * void garcia_is_not_hamadi() {
 *     MatchReport report = TraitMatcher.compare(TestIdentities.GARCIA_SARAH_LOU.traits(),
 *             TestIdentities.HAMADI_SARA_LOU.traits());
 *     InsAssertions.assertThat(report).isMismatch().hasOutcome(Trait.BIRTH_NAME, Outcome.DIFFERENT);
 * }
 * }</pre>
 */
@NullMarked
package io.github.ins4j.testing;

import org.jspecify.annotations.NullMarked;
