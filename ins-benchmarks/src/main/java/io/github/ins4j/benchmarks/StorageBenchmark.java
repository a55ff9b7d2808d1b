package io.github.ins4j.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.jackson.InsModule;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON form of ins-jackson against Jackson on plain records.
 *
 * <ul>
 *   <li>{@code insEventRoundTrip}: write one {@link RecordedEvent} (an INSi {@code 00} answer, the
 *       richest event: matricule, OID, five traits) as JSON and read it back strictly, every value
 *       through its ins4j factory;</li>
 *   <li>{@code plainEventRoundTrip}: the baseline, Jackson's own record support on plain records
 *       holding the same strings, without any check (target: ins4j within 3× of it);</li>
 *   <li>{@code restoreHistory20}: read a 20-event history from JSON and restore it through
 *       {@code IdentityQualifier.restore} (rules replayed, audit trail compared; target &lt; 20
 *       µs).</li>
 * </ul>
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * ./mvnw -B -q -pl ins-benchmarks -am package -DskipTests && java -jar ins-benchmarks/target/benchmarks.jar StorageBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StorageBenchmark {

    /** The plain baseline: the same strings, no types, no checks. */
    public record PlainTraits(String birthName, String firstNames, String birthDate, String sex, String birthPlace) {
    }

    /** The plain baseline of an INS identity. */
    public record PlainIdentity(String matricule, String oid, PlainTraits traits, List<String> history) {
    }

    /** The plain baseline of a recorded INSi answer. */
    public record PlainEvent(int v, String at, String operator, String type, String result, PlainIdentity identity) {
    }

    private ObjectMapper ins;
    private ObjectMapper plain;
    private RecordedEvent event;
    private PlainEvent plainEvent;
    private String history20;

    /** Creates the benchmark; JMH calls it. */
    public StorageBenchmark() {
    }

    /**
     * Builds the event, its plain twin and the 20-event history, and checks they round-trip.
     *
     * @throws JsonProcessingException if JSON fails
     */
    @Setup(Level.Trial)
    public void setUp() throws JsonProcessingException {
        ins = JsonMapper.builder().addModule(new InsModule()).build();
        plain = JsonMapper.builder().build();
        Traits traits = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
        InsIdentity identity = InsIdentity.of(InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
                traits);
        event = new RecordedEvent(Instant.parse("2026-11-26T09:30:00Z"), "desk-1", InsiAnswer.found(identity));
        plainEvent = new PlainEvent(1, "2026-11-26T09:30:00Z", "desk-1", "INSI_ANSWER", "00",
                new PlainIdentity("289046912312018", "1.2.250.1.213.1.4.10",
                        new PlainTraits("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"), List.of()));
        List<IdentityEvent> events = List.of(InsiAnswer.notFound(), InsiAnswer.severalFound(), InsiAnswer.notFound(),
                InsiAnswer.found(identity), new AttributeSet(IdentityAttribute.HOMONYM),
                DocumentCheck.of(IdentityDocument.PASSPORT), new InsiReverification(identity),
                new AttributeRemoved(IdentityAttribute.HOMONYM), new AttributeSet(IdentityAttribute.HOMONYM),
                DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), new InsiReverification(identity),
                new AttributeRemoved(IdentityAttribute.HOMONYM), new AttributeSet(IdentityAttribute.HOMONYM),
                new InsiReverification(identity), DocumentCheck.of(IdentityDocument.RESIDENCE_PERMIT),
                new AttributeRemoved(IdentityAttribute.HOMONYM), new InsiReverification(identity),
                new AttributeSet(IdentityAttribute.HOMONYM), new AttributeRemoved(IdentityAttribute.HOMONYM));
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        IdentityRecord record = IdentityQualifier.of(Clock.fixed(t, ZoneOffset.UTC)).start(traits, "desk-1");
        for (IdentityEvent e : events) {
            t = t.plusSeconds(60);
            record = IdentityQualifier.of(Clock.fixed(t, ZoneOffset.UTC)).apply(record, e, "desk-2");
        }
        if (record.events().size() != 20) {
            throw new IllegalStateException("the history has " + record.events().size() + " events");
        }
        history20 = ins.writeValueAsString(record);
        if (!restoreHistory20().equals(record) || !insEventRoundTrip().equals(event)
                || !plainEventRoundTrip().equals(plainEvent)) {
            throw new IllegalStateException("a round trip changed its value");
        }
    }

    /**
     * Writes and reads one event with ins-jackson.
     *
     * @return the event read
     * @throws JsonProcessingException if JSON fails
     */
    @Benchmark
    public RecordedEvent insEventRoundTrip() throws JsonProcessingException {
        return ins.readValue(ins.writeValueAsString(event), RecordedEvent.class);
    }

    /**
     * Writes and reads the plain twin with Jackson alone.
     *
     * @return the plain event read
     * @throws JsonProcessingException if JSON fails
     */
    @Benchmark
    public PlainEvent plainEventRoundTrip() throws JsonProcessingException {
        return plain.readValue(plain.writeValueAsString(plainEvent), PlainEvent.class);
    }

    /**
     * Reads a 20-event history and restores the record.
     *
     * @return the record
     * @throws JsonProcessingException if JSON fails
     */
    @Benchmark
    public IdentityRecord restoreHistory20() throws JsonProcessingException {
        return ins.readValue(history20, IdentityRecord.class);
    }
}
