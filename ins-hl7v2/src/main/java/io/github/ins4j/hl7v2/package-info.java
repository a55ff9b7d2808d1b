/**
 * The INS in HL7 v2 messages (PID segment, after IHE PAM France and the ANS samples):
 * {@link io.github.ins4j.hl7v2.PidWriter} writes PID-3 (INS repetition), PID-5, PID-7, PID-8 and
 * PID-11 (birth place) always through {@link io.github.ins4j.disclosure.Disclosure#decide}
 * (DIS-1 ... DIS-4): the traits only for billing and insurers, nothing for research;
 * {@link io.github.ins4j.hl7v2.PidReader} reads them back into a
 * {@link io.github.ins4j.exchange.ClaimedIdentity} that the three readers of ins4j share; {@link io.github.ins4j.hl7v2.Hl7Escaping} handles the
 * escape sequences of the delimiters.
 *
 * <p>Runnable example: {@code ExchangeExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/ExchangeExample.java}).
 */
@NullMarked
package io.github.ins4j.hl7v2;

import org.jspecify.annotations.NullMarked;
