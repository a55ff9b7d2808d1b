/**
 * The INS in CDA R2 documents of the French CI-SIS: {@link io.github.ins4j.cda.RecordTargetWriter}
 * writes the {@code recordTarget/patientRole} (INS {@code id} and the five traits, or the traits
 * only) always through {@link io.github.ins4j.disclosure.Disclosure#decide} (DIS-1 ... DIS-4), and
 * refuses billing, insurer and research purposes; {@link io.github.ins4j.cda.RecordTargetReader}
 * reads it back, safely (no DTD, no external entities, bounded size and depth), in both layouts
 * of the first names (CI-SIS 3.0 and 2.41), into the
 * {@link io.github.ins4j.exchange.ClaimedIdentity} that the three readers of ins4j share.
 *
 * <p>Runnable example: {@code ExchangeExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/ExchangeExample.java}).
 */
@NullMarked
package io.github.ins4j.cda;

import org.jspecify.annotations.NullMarked;
