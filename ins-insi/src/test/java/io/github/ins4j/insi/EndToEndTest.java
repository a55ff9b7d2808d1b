package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiPersonas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndToEndTest {

    static FakeInsiServer insi;

    @BeforeAll
    static void start() {
        insi = FakeInsiServer.start();
    }

    @AfterAll
    static void stop() {
        insi.close();
    }

    @Test
    void adrun_is_found_over_mutual_tls() {
        InsiExchange exchange = Fixtures.client(insi).search(
                InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1");
        assertThat(insi.requests()).last().satisfies(r -> assertThat(r.violations()).isEmpty());
        assertThat(exchange.outcome()).containsInstanceOf(InsiOutcome.Found.class);
        assertThat(((InsiOutcome.Found) exchange.outcome().orElseThrow()).identity())
                .isEqualTo(InsiPersonas.ADRUN.identity());
    }
}
