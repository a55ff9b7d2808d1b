package io.github.ins4j.jackson;

import io.github.ins4j.testing.InsArbitraries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ins4j.error.InsException;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.qualification.RecordedEvent;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import io.github.ins4j.jackson.internal.JsonForm;
import java.time.Instant;

/** QUA-8 and QUA-9 over generated histories: the JSON form keeps them, and refuses a tampered log. */
class JsonFormPropertiesTest {

    private static final ObjectMapper MAPPER = JsonFormTest.MAPPER;

    @Provide
    Arbitrary<IdentityRecord> histories() {
        return InsArbitraries.histories();
    }

    @Property(tries = 300)
    void QUA_9_any_history_survives_json_unchanged(@ForAll("histories") IdentityRecord record) throws IOException {
        String json = MAPPER.writeValueAsString(record);
        IdentityRecord restored = MAPPER.readValue(json, IdentityRecord.class);
        assertThat(restored).isEqualTo(record);
        assertThat(restored.status()).isEqualTo(record.status());
        assertThat(restored.attributes()).isEqualTo(record.attributes());
        assertThat(restored.traits()).isEqualTo(record.traits());
        assertThat(restored.insIdentity()).isEqualTo(record.insIdentity());
        assertThat(restored.auditTrail()).isEqualTo(record.auditTrail());
        assertThat(MAPPER.writeValueAsString(restored)).isEqualTo(json);
        for (RecordedEvent e : record.events()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), RecordedEvent.class)).isEqualTo(e);
        }
        Statistics.label("status").collect(record.status());
        Statistics.label("events").collect(record.events().size() < 5 ? "< 5" : record.events().size() < 10 ? "5-9" : ">= 10");
        Statistics.label("long histories").collect(record.events().size() >= 8)
                .coverage(c -> c.check(true).percentage(p -> p > 5));
        // AUD-8: merged records survive too, whole.
        assertThat(restored.mergedRecords()).hasSameSizeAs(record.mergedRecords());
        for (int i = 0; i < record.mergedRecords().size(); i++) {
            assertThat(restored.mergedRecords().get(i).record()).isEqualTo(record.mergedRecords().get(i).record());
            assertThat(restored.mergedRecords().get(i).localId()).isEqualTo(record.mergedRecords().get(i).localId());
        }
        boolean merges = record.events().stream().anyMatch(e -> e.event().kind() == IdentityEvent.Kind.MERGE);
        Statistics.label("with a merge").collect(merges).coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    /** The ways a stored log is damaged; each must be refused by restore with a reason. */
    enum Tamper {
        DROP_LAST_EVENT, DROP_AN_EVENT, DROP_AN_AUDIT_ENTRY, SWAP_TWO_EVENTS_OF_OTHER_KINDS, ALTER_A_STATUS,
        ALTER_THE_STORED_STATUS, DUPLICATE_AN_EVENT
    }

    @Property(tries = 500)
    void QUA_9_a_tampered_or_truncated_history_is_refused_with_a_reason(
            @ForAll("histories") IdentityRecord record, @ForAll Tamper tamper, @ForAll @IntRange(max = 1000) int seed)
            throws IOException {
        ObjectNode tree = MAPPER.valueToTree(record);
        ArrayNode events = (ArrayNode) tree.get("events");
        ArrayNode trail = (ArrayNode) tree.get("auditTrail");
        int n = events.size();
        int i = seed % n;
        switch (tamper) {
            case DROP_LAST_EVENT -> events.remove(n - 1);
            case DROP_AN_EVENT -> events.remove(i);
            case DROP_AN_AUDIT_ENTRY -> trail.remove(i);
            case DUPLICATE_AN_EVENT -> events.insert(i, events.get(i).deepCopy());
            case SWAP_TWO_EVENTS_OF_OTHER_KINDS -> {
                int j = -1;
                for (int k = 1; k < n; k++) {
                    int candidate = (i + k) % n;
                    if (!events.get(candidate).get("type").equals(events.get(i).get("type"))) {
                        j = candidate;
                        break;
                    }
                }
                if (j < 0) {
                    // every event has the same kind (a lone creation): drop it instead
                    Statistics.label("swap impossible, dropped").collect(true);
                    events.remove(i);
                } else {
                    JsonNode a = events.get(i);
                    events.set(i, events.get(j));
                    events.set(j, a);
                }
            }
            case ALTER_A_STATUS -> {
                ObjectNode entry = (ObjectNode) trail.get(i);
                String field = seed % 2 == 0 ? "before" : "after";
                entry.put(field, other(entry.get(field).asText()));
            }
            case ALTER_THE_STORED_STATUS -> tree.put("status", other(tree.get("status").asText()));
        }
        String json = tree.toString();
        assertThatThrownBy(() -> MAPPER.readValue(json, IdentityRecord.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> {
                    assertThat(x.insCause()).isInstanceOfAny(QualificationException.class, StoredFormException.class);
                    Statistics.label("reason").collect(x.reason());
                    assertNoPersonalData(x.getMessage(), record);
                });
        Statistics.label("tamper").collect(tamper);
    }

    @Property(tries = 1000)
    void QUA_9_instants_are_written_as_Instant_toString_and_read_back(
            @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds,
            @ForAll @IntRange(max = 999_999_999) int nanos, @ForAll @IntRange(max = 3) int precision) {
        int nano = switch (precision) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1000 * 1000;
            default -> nanos;
        };
        Instant instant = Instant.ofEpochSecond(seconds, nano);
        String text = JsonForm.instantText(instant);
        assertThat(text).isEqualTo(instant.toString());
        assertThat(JsonForm.instant("at", text)).isEqualTo(instant);
        Statistics.label("fraction digits").collect(text.indexOf('.') < 0 ? 0 : text.length() - text.indexOf('.') - 2);
    }

    private static String other(String code) {
        return code.equals(IdentityStatus.QUALIFIED.code()) ? IdentityStatus.PROVISIONAL.code()
                : IdentityStatus.QUALIFIED.code();
    }

    @Property(tries = 200)
    void MAT_7_no_refusal_of_a_stored_form_shows_personal_data(@ForAll("histories") IdentityRecord record,
            @ForAll @IntRange(min = 0, max = 14) int position) throws IOException {
        // one character of the INS identity or of the traits changed: refused, or read as another valid value
        String json = MAPPER.writeValueAsString(record);
        String matricule = record.insIdentity().map(i -> i.identifier().matricule().value())
                .orElse(record.traits().birthName().value());
        int at = json.indexOf(matricule);
        int p = at + Math.min(position, matricule.length() - 1);
        String damaged = json.substring(0, p) + (json.charAt(p) == '7' ? '8' : '7') + json.substring(p + 1);
        try {
            MAPPER.readValue(damaged, IdentityRecord.class);
            Statistics.label("outcome").collect("read as another valid history");
        } catch (InsJsonException x) {
            assertThat(x.getCause()).isInstanceOf(InsException.class);
            assertNoPersonalData(x.getMessage(), record);
            Statistics.label("outcome").collect("refused");
        }
        Statistics.label("outcome").coverage(c -> c.check("refused").percentage(pc -> pc > 50));
    }

    private static void assertNoPersonalData(String message, IdentityRecord record) {
        List<String> secrets = new java.util.ArrayList<>(List.of(record.traits().birthName().value(),
                record.traits().firstNames().value(), record.traits().birthDate().value()));
        record.insIdentity().ifPresent(i -> secrets.add(i.identifier().matricule().value()));
        for (String secret : secrets) {
            if (secret.length() >= 4) {
                assertThat(message).doesNotContain(secret);
            }
        }
    }
}
