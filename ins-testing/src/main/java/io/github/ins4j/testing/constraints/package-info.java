/**
 * Annotations that constrain the values jqwik generates for {@code @ForAll} parameters of ins4j
 * types, through the ins4j {@code ArbitraryProvider} (registered by the module, found with no
 * configuration).
 *
 * <pre>{@code
 * @Property
 * void corsica(@ForAll @BornInCorsica InsMatricule m) { ... }
 *
 * @Property
 * void care_documents(@ForAll @Qualified IdentityRecord record) { ... }
 * }</pre>
 *
 * <p>Region annotations ({@link io.github.ins4j.testing.constraints.BornInCorsica},
 * {@link io.github.ins4j.testing.constraints.BornAbroad},
 * {@link io.github.ins4j.testing.constraints.BornOverseas},
 * {@link io.github.ins4j.testing.constraints.BornInMetropolitanFrance}) add up: two of them allow
 * either region. An annotation on a type it does not apply to (e.g. {@code @Qualified InsMatricule})
 * is refused with an {@link IllegalArgumentException} rather than ignored.
 */
@NullMarked
package io.github.ins4j.testing.constraints;

import org.jspecify.annotations.NullMarked;
