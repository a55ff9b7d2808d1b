package io.github.ins4j.insi;

import io.github.ins4j.testing.insi.FakeInsiServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Configurations for the tests: against the fake server, or with a canned transport. */
final class Fixtures {

    static final UUID INSTALLATION = UUID.fromString("2f1c6a3e-8d5b-4c1e-9a7f-0b6d2e4c8a10");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static SoftwareIdentity software(String authorisationNumber) {
        return SoftwareIdentity.of(authorisationNumber, "ins4j-tests", "1.0", INSTALLATION);
    }

    static InsiConfiguration configuration(FakeInsiServer server) {
        return InsiConfiguration.builder()
                .endpoint(server.uri())
                .software(software(server.authorisationNumber()))
                .authentication(InsiAuthentication.softwareCertificate(server.clientKeyStore(),
                        server.clientPassword(), server.trustAnchors()))
                .build();
    }

    static InsiClient client(FakeInsiServer server) {
        return InsiClient.of(configuration(server));
    }
}
