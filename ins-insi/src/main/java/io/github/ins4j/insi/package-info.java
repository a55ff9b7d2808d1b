/**
 * The INSi client (spec 07-insi.md, rules INSI-1 to INSI-9).
 *
 * <ul>
 *   <li>{@link io.github.ins4j.insi.InsiConfiguration}: endpoint, software identity, authentication
 *       and timeouts, built once per installation.</li>
 *   <li>{@link io.github.ins4j.insi.InsiClient}: the search by traits, alone or with a
 *       {@link io.github.ins4j.insi.FirstNameStrategy} (INSI-7).</li>
 *   <li>{@link io.github.ins4j.insi.InsiExchange}: one recorded call (INSI-6) and its
 *       {@link io.github.ins4j.insi.InsiOutcome}: found, not found, several found or fault.</li>
 *   <li>{@link io.github.ins4j.insi.InsiTransport}: the HTTP exchange, replaceable.</li>
 * </ul>
 *
 * <pre>{@code
 * InsiClient client = InsiClient.of(configuration);
 * InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
 * if (run.outcome() instanceof InsiOutcome.Found found) {
 *     record = qualifier.apply(record, found.toAnswerEvent(), "desk-1");
 * }
 * }</pre>
 */
@NullMarked
package io.github.ins4j.insi;

import org.jspecify.annotations.NullMarked;
