/**
 * What the readers of the exchange formats share, once, below them: the result of reading a
 * document ({@link io.github.ins4j.exchange.ClaimedIdentity}: the local identity, the INS when
 * every rule holds, the status, the format version read, the {@link io.github.ins4j.exchange.Refusal}s),
 * the one exception of the readers and writers ({@link io.github.ins4j.exchange.ExchangeException})
 * and the search for the INS among a document's identifiers
 * ({@link io.github.ins4j.exchange.ClaimedIdentity.Builder}). The formats themselves live in their
 * modules: {@code ins-fhir}, {@code ins-cda}, {@code ins-hl7v2}.
 */
@NullMarked
package io.github.ins4j.exchange;

import org.jspecify.annotations.NullMarked;
