/**
 * A seeded, streaming synthetic identity base with its truth, to measure an identity-base audit
 * (08-audit.md): a French hospital population, hard negatives (twins, homonyms, {@code JEAN} /
 * {@code JEANNE}), duplicates made by named operators (keyboard typos, phonetic spellings, day /
 * month swap…) and injected collisions. Every person is fictitious; every INS carries the test
 * OID {@code INS-NIR-TEST}.
 *
 * <pre>{@code
 * SyntheticPopulation population = SyntheticPopulation.of(42L, 100_000, PopulationProfile.hospital());
 * population.stream().forEach(r -> audit.add(r.localId(), r.status(), r.ins(), r.traits()));
 * }</pre>
 */
@NullMarked
package io.github.ins4j.testing.population;

import org.jspecify.annotations.NullMarked;
