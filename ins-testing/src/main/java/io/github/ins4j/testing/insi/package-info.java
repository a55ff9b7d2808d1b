/**
 * A fake INSi server for tests ({@link io.github.ins4j.testing.insi.FakeInsiServer}): mutual TLS on
 * loopback with throw-away certificates, the personas of the INSi test kit
 * ({@link io.github.ins4j.testing.insi.InsiPersonas}), faults on demand and a check of every request;
 * and {@link io.github.ins4j.testing.insi.InsiAnswers}, INSi answers written as the service writes
 * them, for canned transports.
 *
 * <pre>{@code
 * try (FakeInsiServer insi = FakeInsiServer.start()) {
 *     // configure the client with insi.uri(), insi.clientKeyStore(), insi.clientPassword(),
 *     // insi.trustAnchors(), insi.authorisationNumber()
 * }
 * }</pre>
 */
@NullMarked
package io.github.ins4j.testing.insi;

import org.jspecify.annotations.NullMarked;
