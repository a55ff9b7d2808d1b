/**
 * ins4j test fixtures, for the tests of software that uses ins4j: jqwik arbitraries of INS data
 * coherent with the rules of the domain reference, AssertJ assertions whose failure messages never
 * print personal data, and a catalogue of fictitious test identities. Everything carries a
 * <em>test</em> OID ({@code INS-NIR-TEST}) unless a production OID is asked for explicitly.
 *
 * <p>Exported packages:
 * <ul>
 *   <li>{@link io.github.ins4j.testing}: the facades {@link io.github.ins4j.testing.InsArbitraries},
 *       {@link io.github.ins4j.testing.InsAssertions} and
 *       {@link io.github.ins4j.testing.TestIdentities}, and the configurable arbitraries.</li>
 *   <li>{@link io.github.ins4j.testing.assertions}: the AssertJ assertion classes.</li>
 *   <li>{@link io.github.ins4j.testing.constraints}: annotations that constrain
 *       {@code @ForAll} parameters ({@code @BornInCorsica}, {@code @Qualified}…).</li>
 *   <li>{@link io.github.ins4j.testing.insi}: a fake INSi server (mutual TLS on loopback) with the
 *       personas of the INSi test kit, and INSi answers for canned transports.</li>
 *   <li>{@link io.github.ins4j.testing.population}: a seeded, streaming synthetic identity base
 *       with its truth, for measuring an identity-base audit.</li>
 * </ul>
 *
 * <p>The jqwik {@link net.jqwik.api.providers.ArbitraryProvider} that makes {@code @ForAll
 * InsMatricule}, {@code @ForAll InsIdentity}… work without configuration is registered here and in
 * {@code META-INF/services}, so that it is found on the module path and on the class path.
 */
module io.github.ins4j.testing {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires jdk.httpserver;
    requires java.xml;
    requires java.naming;

    exports io.github.ins4j.testing;
    exports io.github.ins4j.testing.assertions;
    exports io.github.ins4j.testing.constraints;
    exports io.github.ins4j.testing.insi;
    exports io.github.ins4j.testing.population;

    provides net.jqwik.api.providers.ArbitraryProvider
            with io.github.ins4j.testing.internal.InsArbitraryProvider;
}
