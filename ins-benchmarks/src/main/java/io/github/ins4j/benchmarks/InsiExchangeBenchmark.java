package io.github.ins4j.benchmarks;

import io.github.ins4j.insi.InsiAnswerReader;
import io.github.ins4j.insi.InsiAuthentication;
import io.github.ins4j.insi.InsiClient;
import io.github.ins4j.insi.InsiConfiguration;
import io.github.ins4j.insi.InsiExchange;
import io.github.ins4j.insi.InsiHttpRequest;
import io.github.ins4j.insi.InsiHttpResponse;
import io.github.ins4j.insi.InsiOutcome;
import io.github.ins4j.insi.InsiSearch;
import io.github.ins4j.insi.SoftwareIdentity;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiAnswers;
import io.github.ins4j.testing.insi.InsiPersonas;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One INSi exchange without the network (issue 20): {@code exchange} writes the SOAP envelope of a
 * search by traits, hands it to a canned transport that returns a {@code 00} answer (ECETINSI, with
 * one earlier matricule in {@code INSHISTO}), reads the answer through the core factories and
 * records the exchange; {@code readAnswer} is the reading alone.
 *
 * <p>Run from the repository root, with the allocation profiler:
 * <pre>{@code
 * ./mvnw -B -q -pl ins-benchmarks -am package -DskipTests && java -jar ins-benchmarks/target/benchmarks.jar InsiExchangeBenchmark -prof gc
 * }</pre>
 * Target: under 50 µs and at most 64 KB allocated per exchange.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InsiExchangeBenchmark {

    private FakeInsiServer keys;
    private InsiClient client;
    private InsiSearch search;
    private byte[] answer;

    /** Builds the client with a canned transport; the fake server only lends its key store. */
    @Setup(Level.Trial)
    public void setUp() {
        keys = FakeInsiServer.startEmpty();
        answer = InsiAnswers.found(InsiPersonas.ECETINSI.identity()).getBytes(StandardCharsets.UTF_8);
        InsiConfiguration configuration = InsiConfiguration.builder()
                .endpoint(keys.uri())
                .software(SoftwareIdentity.of(keys.authorisationNumber(), "bench", "1.0", UUID.randomUUID()))
                .authentication(InsiAuthentication.softwareCertificate(keys.clientKeyStore(), keys.clientPassword(),
                        keys.trustAnchors()))
                .build();
        client = InsiClient.of(configuration,
                (InsiHttpRequest request) -> new InsiHttpResponse(200, InsiHttpRequest.CONTENT_TYPE, answer));
        search = InsiSearch.parse("ECETINSI", "PIERRE-ALAIN", "M", "2009-07-14", null);
        if (!(exchange().outcome().orElseThrow() instanceof InsiOutcome.Found)) {
            throw new IllegalStateException("the canned answer must be read as found");
        }
    }

    /** Stops the fake server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        keys.close();
    }

    /**
     * Writes the request, reads the answer, records the exchange.
     *
     * @return the exchange
     */
    @Benchmark
    public InsiExchange exchange() {
        return client.search(search, "bench");
    }

    /**
     * Reads the answer alone.
     *
     * @return the outcome
     */
    @Benchmark
    public InsiOutcome readAnswer() {
        return InsiAnswerReader.read(answer);
    }
}
