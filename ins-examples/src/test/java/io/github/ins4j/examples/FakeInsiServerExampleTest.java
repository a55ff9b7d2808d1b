package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.insi.FirstNameStrategy;
import io.github.ins4j.insi.InsiAuthentication;
import io.github.ins4j.insi.InsiClient;
import io.github.ins4j.insi.InsiConfiguration;
import io.github.ins4j.insi.InsiExchange;
import io.github.ins4j.insi.InsiOutcome;
import io.github.ins4j.insi.InsiSearch;
import io.github.ins4j.insi.InsiSearchRun;
import io.github.ins4j.insi.SoftwareIdentity;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiPersonas;
import io.github.ins4j.traits.Traits;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake INSi server of ins-testing in a user's JUnit 5 test. */
class FakeInsiServerExampleTest {

    // tag::fake-insi[]
    static FakeInsiServer insi;
    static InsiClient client;

    @BeforeAll
    static void start() {
        insi = FakeInsiServer.start();   // mutual TLS on loopback, the personas of the INSi test kit
        client = InsiClient.of(InsiConfiguration.builder()
                .endpoint(insi.uri())
                .software(SoftwareIdentity.of(insi.authorisationNumber(), "MyPharmacy", "4.2.0", UUID.randomUUID()))
                .authentication(InsiAuthentication.softwareCertificate(insi.clientKeyStore(),
                        insi.clientPassword(), insi.trustAnchors()))
                .build());
    }

    @AfterAll
    static void stop() {
        insi.close();
    }

    @Test
    void tchitchi_is_found_on_her_second_first_name() {
        Traits desk = Traits.parse("TCHITCHI", "OLA CATARINA", "1936-06-21", "F", "99999");
        InsiSearchRun run = client.search(desk, FirstNameStrategy.standard(), "test");

        assertThat(run.attempts()).extracting(InsiExchange::resultCode).containsExactly("01", "00");
        assertThat(run.found().orElseThrow().identity()).isEqualTo(InsiPersonas.TCHITCHI.identity());
        assertThat(insi.requests()).allSatisfy(request -> assertThat(request.violations()).isEmpty());
    }

    @Test
    void a_fault_is_never_read_as_not_found() {
        insi.failNext(FakeInsiServer.Fault.SERVICE_UNAVAILABLE);
        InsiExchange call = client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "test");

        assertThat(call.outcome()).containsInstanceOf(InsiOutcome.Fault.class);
        assertThat(call.resultCode()).isEqualTo("desir_1020");
    }
    // end::fake-insi[]
}
