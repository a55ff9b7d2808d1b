package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.testing.insi.FakeInsiServer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a timed test: 1 000 sequential searches over mutual TLS against the fake
 * server (one client, kept-alive connection), printed for the closing note of issue 20. It asserts
 * only that every call was answered {@code 00}; the figures depend on the machine.
 */
class SequentialCallsMeasurementTest {

    @Test
    void one_thousand_sequential_calls_over_tls() {
        try (FakeInsiServer insi = FakeInsiServer.start()) {
            InsiClient client = Fixtures.client(insi);
            InsiSearch search = InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null);
            for (int i = 0; i < 50; i++) {
                client.search(search, "warm-up");
            }
            long[] nanos = new long[1000];
            long start = System.nanoTime();
            int found = 0;
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                found += client.search(search, "batch").resultCode().equals("00") ? 1 : 0;
                nanos[i] = System.nanoTime() - t;
            }
            long total = System.nanoTime() - start;
            Arrays.sort(nanos);
            System.out.printf("ins-insi: 1000 sequential calls over TLS to the fake server: total %d ms,"
                    + " %.0f calls/s, median %.2f ms, p99 %.2f ms%n", total / 1_000_000,
                    1000 / (total / 1e9), nanos[500] / 1e6, nanos[990] / 1e6);
            assertThat(found).isEqualTo(1000);
        }
    }
}
