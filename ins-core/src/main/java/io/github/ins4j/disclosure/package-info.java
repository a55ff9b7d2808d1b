/**
 * Where the INS may travel (DIS-1 … DIS-6): {@link io.github.ins4j.disclosure.Disclosure#decide}
 * answers, for an identity and a {@link io.github.ins4j.disclosure.DocumentPurpose}, what a document
 * may carry — the INS with its five traits, the traits only, or nothing identifying — as a
 * {@link io.github.ins4j.disclosure.DisclosedIdentity} view that has no matricule accessor when the
 * INS is withheld.
 *
 * <p>Runnable example: {@code DisclosureExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/DisclosureExample.java}).
 */
@NullMarked
package io.github.ins4j.disclosure;

import org.jspecify.annotations.NullMarked;
