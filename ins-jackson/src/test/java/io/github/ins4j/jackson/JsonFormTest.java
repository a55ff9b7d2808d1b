package io.github.ins4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.testing.TestIdentities;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFormTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new InsModule()).build();
    private static final ObjectMapper PRETTY = JsonMapper.builder().addModule(new InsModule())
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final InsIdentity GARCIA = TestIdentities.GARCIA_SARAH_LOU;

    // ------------------------------------------------------------------ golden files

    /** Writes the golden files of the current version when asked: -Dins4j.golden.write=DIR. */
    @Test
    void QUA_9_golden_files_of_version_1_restore_the_same_records_and_the_form_does_not_change()
            throws IOException {
        String writeTo = System.getProperty("ins4j.golden.write");
        for (Map.Entry<String, IdentityRecord> golden : GoldenHistories.all().entrySet()) {
            IdentityRecord expected = golden.getValue();
            String written = PRETTY.writeValueAsString(expected) + "\n";
            if (writeTo != null) {
                Files.writeString(Path.of(writeTo, golden.getKey() + ".json"), written);
                continue;
            }
            String stored = resource("/golden/v1/" + golden.getKey() + ".json");
            IdentityRecord restored = MAPPER.readValue(stored, IdentityRecord.class);
            assertThat(restored).isEqualTo(expected);
            assertThat(restored.status()).isEqualTo(expected.status());
            assertThat(restored.auditTrail()).isEqualTo(expected.auditTrail());
            assertThat(restored.insIdentity()).isEqualTo(expected.insIdentity());
            assertThat(written.replace("\r\n", "\n")).as("version 1 is written as it was: a change of form is a new version")
                    .isEqualTo(stored);
        }
        assertThat(GoldenHistories.all().get("history-qualified-then-nir").status())
                .isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(GoldenHistories.all().get("history-validated-then-edited").status())
                .isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(GoldenHistories.all().get("history-carte-vitale-uncertain-date").status())
                .isEqualTo(IdentityStatus.QUALIFIED);
    }

    @Test
    void the_golden_files_hold_every_event_type() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : GoldenHistories.all().keySet()) {
            all.append(resource("/golden/v1/" + name + ".json"));
        }
        for (IdentityEvent.Kind kind : IdentityEvent.Kind.values()) {
            assertThat(all).contains("\"type\" : \"" + kind.name() + "\"");
        }
        assertThat(all).contains("\"reviewConfirmedBy\"", "\"context\" : \"MINOR\"", "\"validFrom\"",
                "\"birthDate\" : \"~1960-12-31\"", "\"birthDate\" : \"1960-00-00\"", "\"insiResult\" : \"02\"");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JsonFormTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ values in full

    @Test
    void values_are_written_in_full_and_read_back() throws IOException {
        InsMatricule m = GARCIA.identifier().matricule();
        assertThat(MAPPER.writeValueAsString(m)).isEqualTo("\"289046912312018\"");
        assertThat(MAPPER.readValue("\"289046912312018\"", InsMatricule.class)).isEqualTo(m);
        assertThat(MAPPER.writeValueAsString(InsOid.NIR_TEST)).isEqualTo("\"1.2.250.1.213.1.4.10\"");
        assertThat(MAPPER.readValue("\"1.2.250.1.213.1.4.9\"", InsOid.class)).isEqualTo(InsOid.NIA);
        assertThat(MAPPER.writeValueAsString(GARCIA.identifier()))
                .isEqualTo("{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\"}");
        assertThat(MAPPER.writeValueAsString(GARCIA.traits())).isEqualTo("{\"birthName\":\"GARCIA\","
                + "\"firstNames\":\"SARAH-LOU MARIE\",\"birthDate\":\"1989-04-12\",\"sex\":\"F\","
                + "\"birthPlace\":\"69123\"}");
        roundTrip(GARCIA.identifier(), InsIdentifier.class);
        roundTrip(GARCIA.traits(), Traits.class);
        roundTrip(GARCIA, InsIdentity.class);
        roundTrip(GARCIA.traits().birthName(), BirthName.class);
        roundTrip(GARCIA.traits().firstNames(), BirthFirstNames.class);
        roundTrip(GARCIA.traits().birthPlace(), BirthPlaceCode.class);
        roundTrip(Sex.F, Sex.class);
        roundTrip(EarlierIdentifier.of(GARCIA.identifier()), EarlierIdentifier.class);
        roundTrip(new EarlierIdentifier(GARCIA.identifier(), Optional.of(LocalDate.of(2001, 2, 3)),
                Optional.empty()), EarlierIdentifier.class);
        for (String date : List.of("1985-03-12", "1960-00-00", "1960-07-00", "1960-00-15")) {
            BirthDate d = BirthDate.parse(date);
            assertThat(MAPPER.writeValueAsString(d)).isEqualTo("\"" + date + "\"");
            roundTrip(d, BirthDate.class);
        }
        BirthDate uncertain = BirthDate.uncertain(LocalDate.of(1960, 12, 31));
        assertThat(MAPPER.writeValueAsString(uncertain)).isEqualTo("\"~1960-12-31\"");
        assertThat(MAPPER.readValue("\"~1960-12-31\"", BirthDate.class)).isEqualTo(uncertain)
                .isNotEqualTo(BirthDate.parse("1960-12-31"));
        assertThat(MAPPER.writeValueAsString(IdentityStatus.QUALIFIED)).isEqualTo("\"QUAL\"");
        assertThat(MAPPER.writeValueAsString(IdentityAttribute.DOUBTFUL)).isEqualTo("\"DOUT\"");
        assertThat(MAPPER.writeValueAsString(IdentityDocument.ELECTRONIC_ID_CARD)).isEqualTo("\"eCN\"");
        assertThat(MAPPER.writeValueAsString(InsiResult.NOT_FOUND)).isEqualTo("\"01\"");
        for (IdentityStatus s : IdentityStatus.values()) {
            roundTrip(s, IdentityStatus.class);
        }
        for (IdentityAttribute a : IdentityAttribute.values()) {
            roundTrip(a, IdentityAttribute.class);
        }
        for (IdentityDocument d : IdentityDocument.values()) {
            roundTrip(d, IdentityDocument.class);
        }
        for (InsiResult r : InsiResult.values()) {
            roundTrip(r, InsiResult.class);
        }
        for (ExceptionContext c : ExceptionContext.values()) {
            roundTrip(c, ExceptionContext.class);
        }
        for (IdentityEvent.Kind k : IdentityEvent.Kind.values()) {
            assertThat(io.github.ins4j.jackson.internal.JsonForm.kind(k.name())).isEqualTo(k);
        }
    }

    @Test
    void events_and_audit_entries_round_trip_alone() throws IOException {
        IdentityRecord r = GoldenHistories.qualifiedThenNir();
        for (RecordedEvent e : r.events()) {
            String json = MAPPER.writeValueAsString(e);
            assertThat(json).startsWith("{\"v\":1,\"at\":");
            assertThat(MAPPER.readValue(json, RecordedEvent.class)).isEqualTo(e);
            String alone = MAPPER.writeValueAsString(e.event());
            assertThat(MAPPER.readValue(alone, IdentityEvent.class)).isEqualTo(e.event());
            assertThat(MAPPER.readValue(alone, e.event().getClass())).isEqualTo(e.event());
        }
        for (AuditEntry a : r.auditTrail()) {
            roundTrip(a, AuditEntry.class);
        }
        assertThat(MAPPER.writeValueAsString(DocumentCheck.of(IdentityDocument.PASSPORT)))
                .isEqualTo("{\"v\":1,\"type\":\"DOCUMENT_CHECK\",\"document\":\"PA\"}");
        assertThatThrownBy(() -> MAPPER.readValue("{\"v\":1,\"type\":\"DOCUMENT_CHECK\",\"document\":\"PA\"}",
                IdentityEvent.AttributeSet.class)).isInstanceOfSatisfying(InsJsonException.class,
                        x -> assertThat(x.reason()).isEqualTo(StoredFormException.Reason.INCONSISTENT));
    }

    @Test
    void values_inside_a_users_class_use_the_module_and_the_module_is_found_by_service_loading()
            throws IOException {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
        Patient p = new Patient("local-42", GARCIA.identifier().matricule(), GARCIA.traits());
        String json = found.writeValueAsString(p);
        assertThat(json).contains("\"matricule\":\"289046912312018\"").contains("\"birthName\":\"GARCIA\"");
        assertThat(found.readValue(json, Patient.class)).isEqualTo(p);
    }

    /** A user's own class. */
    record Patient(String localId, InsMatricule matricule, Traits traits) {
    }

    private static <T> void roundTrip(T value, Class<T> type) throws IOException {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    }

    // ------------------------------------------------------------------ strict reading

    @Test
    void a_bad_value_is_refused_with_the_reason_of_ins4j_and_a_message_without_it() {
        // the key of GARCIA's matricule changed: 18 -> 17
        String json = "{\"matricule\":\"289046912312017\",\"oid\":\"1.2.250.1.213.1.4.10\"}";
        assertThatThrownBy(() -> MAPPER.readValue(json, InsIdentifier.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> {
                    assertThat(x.reason()).isEqualTo(InvalidMatriculeException.Reason.KEY_MISMATCH);
                    assertThat(x.getCause()).isInstanceOf(InvalidMatriculeException.class).isSameAs(x.insCause());
                    assertThat(x.getMessage()).startsWith("Cannot read an INS identifier: ")
                            .contains("line: 1").doesNotContain("289046912312017").doesNotContain("2 89 04");
                });
        ObjectMapper quoting = JsonMapper.builder().addModule(new InsModule())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
        String traits = "{\"birthName\":\"GARCIA\",\"firstNames\":\"SARAH-LOU MARIE\",\"birthDate\":\"1989-02-30\","
                + "\"sex\":\"F\",\"birthPlace\":\"69123\"}";
        assertThatThrownBy(() -> quoting.readValue(traits, Traits.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> {
                    assertThat(x.reason()).isEqualTo(InvalidTraitException.Reason.IMPOSSIBLE_DATE);
                    assertThat(x.getMessage()).doesNotContain("GARCIA").doesNotContain("1989")
                            .doesNotContain("SARAH");
                });
    }

    @Test
    void the_form_is_read_strictly() {
        String garcia = "{\"birthName\":\"GARCIA\",\"firstNames\":\"SARAH-LOU MARIE\",\"birthDate\":\"1989-04-12\","
                + "\"sex\":\"F\",\"birthPlace\":\"69123\"";
        refused(garcia + ",\"nickname\":\"x\"}", Traits.class, StoredFormException.Reason.UNKNOWN_FIELD,
                "\"nickname\" is not a field of traits");
        refused(garcia + ",\"sex\":\"F\"}", Traits.class, StoredFormException.Reason.DUPLICATE_FIELD, "\"sex\"");
        refused("{\"birthName\":\"GARCIA\"}", Traits.class, StoredFormException.Reason.MISSING_FIELD,
                "traits needs \"firstNames\"");
        refused("{\"birthName\":null}", Traits.class, StoredFormException.Reason.WRONG_TYPE, "null");
        refused("{\"birthName\":12}", Traits.class, StoredFormException.Reason.WRONG_TYPE, "a number");
        refused("[]", Traits.class, StoredFormException.Reason.WRONG_TYPE, "an array");
        refused("12", InsMatricule.class, StoredFormException.Reason.WRONG_TYPE, "a JSON string");
        refused("\"XX\"", IdentityStatus.class, StoredFormException.Reason.UNKNOWN_CODE, "PROV, RECUP");
        refused("{\"v\":2,\"type\":\"CREATED\"}", IdentityEvent.class,
                StoredFormException.Reason.UNSUPPORTED_VERSION, "version 2; this release reads version 1 (upgrade");
        refused("{\"type\":\"ATTRIBUTE_SET\",\"attribute\":\"DOUT\"}", IdentityEvent.class,
                StoredFormException.Reason.MISSING_FIELD, "\"v\"");
        refused("{\"v\":1,\"type\":\"ATTRIBUTE_SET\",\"attribute\":\"DOUT\",\"document\":\"PA\"}", IdentityEvent.class,
                StoredFormException.Reason.UNKNOWN_FIELD, "\"document\" is not a field of a ATTRIBUTE_SET event");
        refused("{\"v\":1,\"type\":\"MERGED\"}", IdentityEvent.class, StoredFormException.Reason.UNKNOWN_CODE,
                "event type");
        refused("{\"v\":1,\"type\":\"INSI_ANSWER\",\"result\":\"00\"}", IdentityEvent.class,
                StoredFormException.Reason.MISSING_FIELD, "\"identity\"");
        refused("{\"v\":1,\"type\":\"INSI_ANSWER\",\"result\":\"01\",\"identity\":"
                + "{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\",\"traits\":" + garcia
                + "},\"history\":[]}}", IdentityEvent.class, StoredFormException.Reason.INCONSISTENT, "only with result 00");
        refused("{\"v\":1,\"at\":\"2026-11-26T09:00:00Z\",\"operator\":\"d\",\"type\":\"ATTRIBUTE_SET\","
                + "\"attribute\":\"DOUT\"}", IdentityEvent.class, StoredFormException.Reason.UNKNOWN_FIELD,
                "read it as a RecordedEvent");
        refused("{\"v\":1,\"at\":\"26/11/2026\",\"operator\":\"d\",\"type\":\"ATTRIBUTE_SET\",\"attribute\":\"DOUT\"}",
                RecordedEvent.class, StoredFormException.Reason.INVALID_VALUE, "\"at\" is not an ISO-8601");
        for (String at : List.of("2026-02-30T09:00:00Z", "2026-11-26T25:00:00Z",
                "2026-11-26 09:00:00Z", "2026-11-26T09:00:0xZ", "2026-11-26T09:00:00")) {
            refused("{\"v\":1,\"at\":\"" + at + "\",\"operator\":\"d\",\"type\":\"ATTRIBUTE_SET\",\"attribute\":\"DOUT\"}",
                    RecordedEvent.class, StoredFormException.Reason.INVALID_VALUE, "\"at\" is not an ISO-8601");
        }
        refused("{\"v\":1,\"operator\":\"d\",\"type\":\"ATTRIBUTE_SET\",\"attribute\":\"DOUT\"}",
                RecordedEvent.class, StoredFormException.Reason.MISSING_FIELD, "\"at\"");
        refused("\"~1960-00-00\"", BirthDate.class, StoredFormException.Reason.INVALID_VALUE, "conventional");
        refused("{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\",\"validTo\":\"2020\"}",
                EarlierIdentifier.class, StoredFormException.Reason.INVALID_VALUE, "\"validTo\"");
        refused("{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\",\"traits\":" + garcia
                + "},\"history\":[{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\"}]}",
                InsIdentity.class, StoredFormException.Reason.INCONSISTENT, "MAT-6");
        refused("{\"matricule\":\"289046912312018\",\"oid\":\"1.2.250.1.213.1.4.10\",\"traits\":" + garcia + "}}",
                InsIdentity.class, StoredFormException.Reason.MISSING_FIELD, "\"history\"");
    }

    private static void refused(String json, Class<?> type, InsErrorReason reason, String message) {
        assertThatThrownBy(() -> MAPPER.readValue(json, type)).as(json)
                .isInstanceOfSatisfying(InsJsonException.class, x -> {
                    assertThat(x.reason()).isEqualTo(reason);
                    assertThat(x.insCause().getMessage()).contains(message);
                    assertThat(x.getMessage()).doesNotContain("GARCIA").doesNotContain("289046912312018");
                });
    }

    @Test
    void QUA_8_a_history_that_breaks_a_rule_or_its_trail_is_refused_by_restore() throws IOException {
        IdentityRecord r = GoldenHistories.validatedThenEdited();
        JsonNode tree = MAPPER.valueToTree(r);
        String json = tree.toString();
        // the stored status says QUAL: the events give PROV
        assertRefused(json.replace("\"status\":\"PROV\"", "\"status\":\"QUAL\""), StoredFormException.Reason.INCONSISTENT);
        // the last audit line says VALI: the replay gives PROV
        String tampered = json.replace("\"kind\":\"INSI_ANSWER\",\"before\":\"PROV\",\"after\":\"PROV\"",
                "\"kind\":\"INSI_ANSWER\",\"before\":\"PROV\",\"after\":\"VALI\"");
        assertThat(tampered).isNotEqualTo(json);
        assertRefused(tampered, QualificationException.Reason.AUDIT_TRAIL_MISMATCH);
        // a qualifier that does not accept the minor's document refuses the stored history
        ObjectMapper strict = JsonMapper.builder().addModule(new InsModule(IdentityQualifier.of(Clock.systemUTC())
                .withAcceptedDocuments(java.util.Set.of(IdentityDocument.PASSPORT)))).build();
        assertThatThrownBy(() -> strict.readValue(json, IdentityRecord.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> assertThat(x.reason())
                        .isEqualTo(QualificationException.Reason.DOCUMENT_NOT_ACCEPTED));
        assertThat(MAPPER.readValue(json, IdentityRecord.class)).isEqualTo(r);
        assertThat(Instant.parse("2026-11-26T09:00:00Z")).isEqualTo(r.events().get(0).at());
    }

    private static void assertRefused(String json, InsErrorReason reason) {
        assertThatThrownBy(() -> MAPPER.readValue(json, IdentityRecord.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> assertThat(x.reason()).isEqualTo(reason));
    }

    /** AUD-8, hostile input: merges nested without end are refused while parsing, never a StackOverflowError. */
    @Test
    void AUD_8_merges_nested_too_deep_are_refused_while_reading() {
        // A mapper whose nesting limit a user raised: ins4j's own bound must still hold.
        ObjectMapper lenient = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(1_000_000).build()).build()).addModule(new InsModule()).build();
        String created = "{\"v\":1,\"at\":\"2026-11-26T09:00:00Z\",\"operator\":\"desk-1\",\"type\":\"CREATED\","
                + "\"traits\":{\"birthName\":\"GARCIA\",\"firstNames\":\"SARAH-LOU MARIE\","
                + "\"birthDate\":\"1989-04-12\",\"sex\":\"F\",\"birthPlace\":\"69123\"}}";
        int levels = 20_000;
        StringBuilder json = new StringBuilder(levels * 140);
        for (int i = 0; i < levels; i++) {
            json.append("{\"v\":1,\"at\":\"2026-11-26T09:00:00Z\",\"operator\":\"cell\",\"type\":\"MERGE\","
                    + "\"retiredLocalId\":\"L\",\"reference\":\"r\",\"retiredEvents\":[").append(created).append(',');
        }
        json.append(created);
        for (int i = 0; i < levels; i++) {
            json.append("]}");
        }
        assertThatThrownBy(() -> lenient.readValue(json.toString(), RecordedEvent.class))
                .isInstanceOfSatisfying(InsJsonException.class, x -> {
                    assertThat(x.reason()).isEqualTo(StoredFormException.Reason.INCONSISTENT);
                    assertThat(x.getMessage()).contains("at most " + IdentityEvent.Merge.MAX_DEPTH);
                });
    }
}
