package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiAnswers;
import io.github.ins4j.testing.insi.InsiPersona;
import io.github.ins4j.testing.insi.InsiPersonas;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole QUA-3 flow through mutual TLS against the fake INSi server: a desk-typed identity
 * becomes a qualified record, for the personas of the INSi test kit.
 */
class EndToEndTest {

    static FakeInsiServer insi;
    static InsiClient client;
    static final IdentityQualifier QUALIFIER = IdentityQualifier.of(Fixtures.CLOCK);
    int requestsBefore;

    @BeforeAll
    static void start() {
        insi = FakeInsiServer.start();
        client = Fixtures.client(insi);
    }

    @AfterAll
    static void stop() {
        insi.close();
    }

    @AfterEach
    void every_request_passed_the_fake_servers_checks() {
        for (FakeInsiServer.ReceivedRequest request : insi.requests()) {
            if (!request.answered().equals("RAW") && !request.answered().equals("DESIR_560")) {
                assertThat(request.violations()).as(request.toString()).isEmpty();
            }
        }
    }

    /** What a desk agent typed, converted explicitly (TRT-5) by the core's parseTyped. */
    static Traits typed(String name, String firstNames, String date, String sex, String place) {
        return new Traits(BirthName.parseTyped(name), BirthFirstNames.parseTyped(firstNames),
                BirthDate.parseTyped(date), Sex.parseTyped(sex), BirthPlaceCode.parseTyped(place));
    }

    static IdentityRecord qualify(Traits desk, InsiPersona expected, int attempts) {
        IdentityRecord record = QUALIFIER.start(desk, "desk-1");
        InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
        assertThat(run.attempts()).hasSize(attempts);
        assertThat(run.found()).isPresent();
        record = QUALIFIER.apply(record, run.outcome().answerEvent().orElseThrow(), "desk-1");
        assertThat(record.status()).isEqualTo(IdentityStatus.RETRIEVED);
        record = QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        assertThat(record.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(record.insIdentity()).contains(expected.identity());
        return record;
    }

    static List<String> sentFirstNames(int from) {
        Pattern prenom = Pattern.compile("<rec:Prenom>([^<]*)</rec:Prenom>");
        return insi.requests().subList(from, insi.requests().size()).stream().map(r -> {
            Matcher m = prenom.matcher(r.body());
            return m.find() ? m.group(1) : "?";
        }).toList();
    }

    @Test
    void QUA_3_adrtrois_born_in_corsica_is_qualified() {
        IdentityRecord record = qualify(typed("Adrtrois", "Toussaint", "01/01/1960", "M", "2B020"),
                InsiPersonas.ADRTROIS, 1);
        assertThat(record.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIR_TEST);
    }

    @Test
    void QUA_3_adrun_the_smoke_test_is_qualified() {
        qualify(typed("adrun", "zoé", "31/12/1975", "F", "99999"), InsiPersonas.ADRUN, 1);
    }

    @Test
    void INSI_5_d_artagnan_needs_a_named_operator_when_only_the_first_first_name_is_known() {
        Traits desk = typed("d’Artagnan de l’Hérault", "Pierre-Alain", "17/06/2001", "M", "99999");
        IdentityRecord record = QUALIFIER.start(desk, "desk-1");
        InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
        InsiOutcome.Found found = run.found().orElseThrow();
        assertThat(found.identity().traits().firstNames().value()).isEqualTo("PIERRE-ALAIN GUNTHER");
        IdentityRecord provisional = record;
        assertThatThrownBy(() -> QUALIFIER.apply(provisional, found.toAnswerEvent(), "desk-1"))
                .isInstanceOfSatisfying(QualificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(QualificationException.Reason.REVIEW_NOT_CONFIRMED));
        record = QUALIFIER.apply(record, found.toAnswerEventConfirmedBy("chief-1"), "desk-1");
        assertThat(record.status()).isEqualTo(IdentityStatus.RETRIEVED);
    }

    @Test
    void INSI_7_de_vinci_is_refined_with_the_birth_place_after_02() {
        int before = insi.requests().size();
        qualify(typed("De Vinci", "Leonardo Piero", "01/02/2014", "M", "63220"), InsiPersonas.DE_VINCI, 2);
        assertThat(insi.requests().subList(before, before + 2)).extracting(FakeInsiServer.ReceivedRequest::answered)
                .containsExactly("02", "00");
        assertThat(insi.requests().get(before).body()).doesNotContain("LieuNaissance");
        assertThat(insi.requests().get(before + 1).body()).contains("<rec:LieuNaissance>63220</rec:LieuNaissance>");
    }

    @Test
    void INSI_7_tchitchi_is_found_on_the_second_first_name_and_INSI_5_refused_until_the_traits_are_corrected() {
        int before = insi.requests().size();
        Traits desk = typed("Tchitchi", "Ola Catarina", "21/06/1936", "F", "99999");
        IdentityRecord record = QUALIFIER.start(desk, "desk-1");
        InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
        assertThat(sentFirstNames(before)).containsExactly("OLA", "CATARINA");
        assertThat(run.attempts()).extracting(InsiExchange::resultCode).containsExactly("01", "00");
        InsiOutcome.Found found = run.found().orElseThrow();
        IdentityRecord provisional = record;
        // INSi returned CATARINA BELLA; the desk typed OLA CATARINA: an answer is evidence, not a decision.
        assertThatThrownBy(() -> QUALIFIER.apply(provisional, found.toAnswerEvent(), "desk-1"))
                .isInstanceOfSatisfying(QualificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(QualificationException.Reason.TRAITS_MISMATCH));
        // The operator checks the passport, corrects the first names, and searches again.
        record = QUALIFIER.apply(record, new TraitEdit(typed("Tchitchi", "Catarina Bella", "21/06/1936", "F",
                "99999")), "desk-1");
        qualifyAgain(record, InsiPersonas.TCHITCHI);
    }

    private static void qualifyAgain(IdentityRecord record, InsiPersona expected) {
        InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
        IdentityRecord retrieved = QUALIFIER.apply(record, run.outcome().answerEvent().orElseThrow(), "desk-1");
        IdentityRecord qualified = QUALIFIER.apply(retrieved, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD),
                "desk-1");
        assertThat(qualified.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(qualified.insIdentity()).contains(expected.identity());
    }

    @Test
    void INSI_7_houilles_is_not_found_after_every_attempt_and_stays_provisional() {
        int before = insi.requests().size();
        IdentityRecord record = QUALIFIER.start(typed("Houilles", "Pierre Paul Jacques", "27/01/1993", "M", "99999"),
                "desk-1");
        InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
        assertThat(sentFirstNames(before)).containsExactly("PIERRE", "PAUL", "JACQUES", "PIERRE PAUL JACQUES");
        assertThat(run.outcome()).isEqualTo(new InsiOutcome.NotFound());
        record = QUALIFIER.apply(record, run.outcome().answerEvent().orElseThrow(), "desk-1");
        assertThat(record.status()).isEqualTo(IdentityStatus.PROVISIONAL);
        assertThat(record.auditTrail().get(1).insiResult()).contains(InsiResult.NOT_FOUND);
    }

    @Test
    void MAT_6_ecetinsi_keeps_its_earlier_matricule() {
        IdentityRecord record = qualify(typed("ECETINSI", "Pierre-Alain", "14/07/2009", "M", "99999"),
                InsiPersonas.ECETINSI, 1);
        assertThat(record.insIdentity().orElseThrow().history()).hasSize(1);
    }

    @Test
    void INSI_3_provisoire_comes_with_an_nia() {
        IdentityRecord record = qualify(typed("Provisoire", "Matricule", "01/07/2009", "M", "99999"),
                InsiPersonas.PROVISOIRE, 1);
        assertThat(record.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIA);
    }

    @Test
    void QUA_7_a_later_search_is_a_reverification() {
        IdentityRecord record = qualify(typed("ADRUN", "ZOE", "31/12/1975", "F", "99999"), InsiPersonas.ADRUN, 1);
        InsiSearchRun again = client.search(record, FirstNameStrategy.wholeListOnce(), "night-batch");
        record = QUALIFIER.apply(record, again.found().orElseThrow().toReverification(), "night-batch");
        assertThat(record.status()).isEqualTo(IdentityStatus.QUALIFIED);
    }

    @Test
    void INSI_2_d_aeion_is_never_sent_unless_the_caller_converts_explicitly() {
        int before = insi.requests().size();
        assertThatThrownBy(() -> InsiSearch.parse("D’ÆION", "CŒUR", "M", "1987-01-01", "2B020"))
                .isInstanceOfSatisfying(InsiRequestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.NOT_STRICT);
                    assertThat(e.errorIndex()).isEqualTo(1);
                    assertThat(e.getMessage()).doesNotContain("ÆION", "CŒUR");
                });
        assertThat(insi.requests()).hasSize(before);
        InsiSearch converted = InsiSearch.of(BirthName.parseTyped("D’ÆION"), BirthFirstNames.parseTyped("CŒUR"),
                Sex.M, BirthDate.parse("1987-01-01")).withBirthPlace(BirthPlaceCode.parse("2B020"));
        assertThat(converted.birthName().value()).isEqualTo("D'AEION");
        assertThat(InsiSearch.parseTyped("d’Æion", "Cœur", "m", "01/01/1987", "2b020")).isEqualTo(converted);
        assertThat(client.search(converted, "desk-1").resultCode()).isEqualTo("01");
        assertThatThrownBy(() -> InsiSearch.parseTyped("D4RT", "CŒUR", "M", "01/01/1987", null))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.NOT_STRICT));
    }

    @Test
    void INSI_1_a_doubtful_identity_is_refused_before_any_io() {
        int before = insi.requests().size();
        IdentityRecord record = QUALIFIER.start(typed("ADRUN", "ZOE", "31/12/1975", "F", "99999"), "desk-1");
        IdentityRecord doubtful = QUALIFIER.apply(record, new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-1");
        assertThatThrownBy(() -> client.search(doubtful, FirstNameStrategy.standard(), "desk-1"))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.BLOCKED_IDENTITY));
        assertThatThrownBy(() -> InsiSearch.from(doubtful)).isInstanceOf(InsiRequestException.class);
        assertThat(insi.requests()).hasSize(before);
    }

    @Test
    void faults_are_outcomes_with_http_500_and_stop_the_strategy() {
        insi.failNext(FakeInsiServer.Fault.TECHNICAL_ERROR);
        InsiSearchRun run = client.search(typed("HOUILLES", "PIERRE PAUL", "27/01/1993", "M", "99999"),
                FirstNameStrategy.standard(), "desk-1");
        assertThat(run.attempts()).hasSize(1);
        InsiExchange exchange = run.attempts().get(0);
        assertThat(exchange.httpStatus()).isEqualTo(500);
        assertThat(run.outcome()).isInstanceOfSatisfying(InsiOutcome.Fault.class, f -> {
            assertThat(f.errorCode()).isEqualTo("insi_102");
            assertThat(f.code()).isEqualTo("Receiver");
            assertThat(f.severity()).isEqualTo(InsiOutcome.Severity.FATAL);
        });
        assertThat(run.outcome().answerEvent()).isEmpty();

        insi.failNext(FakeInsiServer.Fault.SERVICE_UNAVAILABLE);
        assertThat(client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1").resultCode())
                .isEqualTo("desir_1020");
    }

    @Test
    void an_unknown_authorisation_number_is_fault_desir_550() {
        InsiClient other = InsiClient.of(InsiConfiguration.builder().endpoint(insi.uri())
                .software(Fixtures.software("UNKNOWN-0000"))
                .authentication(InsiAuthentication.softwareCertificate(insi.clientKeyStore(), insi.clientPassword(),
                        insi.trustAnchors()))
                .build());
        InsiExchange exchange = other.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1");
        assertThat(exchange.outcome()).hasValueSatisfying(o -> assertThat(o).isInstanceOf(InsiOutcome.Fault.class));
        assertThat(exchange.resultCode()).isEqualTo("desir_550");
    }

    @Test
    void an_insi_manu_certificate_is_accepted() {
        InsiAuthentication.SoftwareCertificate manu = InsiAuthentication.softwareCertificate(
                insi.clientKeyStore("INSI-MANU"), insi.clientPassword(), insi.trustAnchors());
        assertThat(manu.commonName()).isEqualTo("INSI-MANU");
        InsiClient other = InsiClient.of(InsiConfiguration.builder().endpoint(insi.uri())
                .software(Fixtures.software(insi.authorisationNumber())).authentication(manu).build());
        assertThat(other.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1").resultCode())
                .isEqualTo("00");
        assertThat(insi.requests()).last().satisfies(r -> assertThat(r.clientCn()).isEqualTo("INSI-MANU"));
    }

    @Test
    void a_certificate_with_another_cn_gets_desir_560_from_the_fake_and_is_refused_by_the_client() {
        assertThatThrownBy(() -> InsiAuthentication.softwareCertificate(insi.clientKeyStore("SOMEONE"),
                insi.clientPassword(), insi.trustAnchors()))
                .isInstanceOfSatisfying(InsiConfigurationException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiConfigurationException.Reason.NO_INSI_CERTIFICATE));
        // Forced through a raw HttpClient, the fake answers as INSi does.
        byte[] envelope = Envelope.write(InsiOperation.SEARCH_BY_TRAITS, new Envelope.Context(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), Instant.now(), FakeInsiServer.CLIENT_OU,
                Fixtures.software(insi.authorisationNumber())), List.of(),
                InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null));
        InsiHttpResponse response = RawTls.post(insi, insi.clientKeyStore("SOMEONE"), envelope);
        assertThat(response.status()).isEqualTo(500);
        assertThat(InsiAnswerReader.read(response.body()).resultCode()).isEqualTo("DESIR_560");
    }

    @Test
    void INSI_9_a_slow_answer_is_a_timeout() {
        InsiClient impatient = InsiClient.of(InsiConfiguration.builder().endpoint(insi.uri())
                .software(Fixtures.software(insi.authorisationNumber()))
                .authentication(InsiAuthentication.softwareCertificate(insi.clientKeyStore(), insi.clientPassword(),
                        insi.trustAnchors()))
                .requestTimeout(Duration.ofMillis(300)).build());
        insi.delayNext(Duration.ofMillis(1500));
        assertThatThrownBy(() -> impatient.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1"))
                .isInstanceOfSatisfying(InsiTransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InsiTransportException.Reason.TIMEOUT);
                    assertThat(e.exchange()).isEmpty();
                });
    }

    @Test
    void INSI_9_a_server_outside_the_callers_anchors_is_a_tls_failure() {
        try (FakeInsiServer stranger = FakeInsiServer.start()) {
            InsiClient wrongAnchors = InsiClient.of(InsiConfiguration.builder().endpoint(stranger.uri())
                    .software(Fixtures.software(insi.authorisationNumber()))
                    .authentication(InsiAuthentication.softwareCertificate(insi.clientKeyStore(), insi.clientPassword(),
                            insi.trustAnchors()))
                    .build());
            assertThatThrownBy(() -> wrongAnchors.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null),
                    "desk-1"))
                    .isInstanceOfSatisfying(InsiTransportException.class,
                            e -> assertThat(e.reason()).isEqualTo(InsiTransportException.Reason.TLS_FAILURE));
            assertThat(stranger.requests()).isEmpty();
        }
    }

    @Test
    void INSI_9_http_errors_that_are_not_soap_faults_are_transport_failures() {
        InsiSearch search = InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null);
        insi.answerNext(503, "text/html", "<html><body>maintenance</body></html>");
        assertThatThrownBy(() -> client.search(search, "desk-1")).isInstanceOfSatisfying(InsiTransportException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(InsiTransportException.Reason.HTTP_STATUS);
                    assertThat(e.exchange()).hasValueSatisfying(x -> {
                        assertThat(x.resultCode()).isEqualTo("HTTP 503");
                        assertThat(x.answerText()).contains("maintenance");
                    });
                });
        insi.answerNext(500, "text/html", "<html><body>oops</body></html>");
        assertThatThrownBy(() -> client.search(search, "desk-1")).isInstanceOfSatisfying(InsiTransportException.class,
                e -> assertThat(e.reason()).isEqualTo(InsiTransportException.Reason.HTTP_STATUS));
        insi.answerNext(200, "text/html", "<html/>");
        assertThatThrownBy(() -> client.search(search, "desk-1")).isInstanceOfSatisfying(InsiTransportException.class,
                e -> assertThat(e.reason()).isEqualTo(InsiTransportException.Reason.CONTENT_TYPE));
    }

    @Test
    void INSI_3_a_wrong_key_from_the_server_is_refused_and_the_exchange_is_kept() {
        String answer = InsiAnswers.found(InsiPersonas.ADRUN.identity()).replace("<Cle>74</Cle>", "<Cle>75</Cle>");
        insi.answerNext(200, "application/soap+xml; charset=utf-8", answer);
        assertThatThrownBy(() -> client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1"))
                .isInstanceOfSatisfying(InsiProtocolException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InsiProtocolException.Reason.INVALID_MATRICULE);
                    InsiExchange kept = e.exchange().orElseThrow();
                    assertThat(kept.answerText()).isEqualTo(answer);
                    assertThat(kept.outcome()).isEmpty();
                    assertThat(kept.resultCode()).isEqualTo("REFUSED:INVALID_MATRICULE");
                    assertThat(e.getMessage()).doesNotContain("2751263220749");
                });
    }

    @Test
    void a_ten_megabyte_answer_is_refused_without_being_parsed() {
        String huge = "<S:Envelope xmlns:S=\"http://www.w3.org/2003/05/soap-envelope\"><S:Body><!--"
                + "x".repeat(10 << 20) + "--></S:Body></S:Envelope>";
        insi.answerNext(200, "application/soap+xml", huge);
        assertThatThrownBy(() -> client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1"))
                .isInstanceOfSatisfying(InsiProtocolException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiProtocolException.Reason.TOO_LARGE));
    }

    @Test
    void INSI_6_the_exchange_holds_the_request_and_answer_exactly_and_masks_them() {
        int before = insi.requests().size();
        InsiExchange exchange = client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-7");
        FakeInsiServer.ReceivedRequest received = insi.requests().get(before);
        assertThat(new String(exchange.requestXml(), StandardCharsets.UTF_8)).isEqualTo(received.body());
        assertThat(received.body()).contains("<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">uuid:"
                + exchange.messageId() + "</wsa:MessageID>");
        assertThat(exchange.answerText()).isEqualTo(InsiAnswers.found(InsiPersonas.ADRUN.identity()));
        assertThat(exchange.operatorId()).isEqualTo("desk-7");
        assertThat(exchange.operation()).isEqualTo(InsiOperation.SEARCH_BY_TRAITS);
        assertThat(exchange.httpStatus()).isEqualTo(200);
        assertThat(exchange.search()).contains(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null));
        assertThat(exchange.toString()).contains("result 00").doesNotContain("ADRUN", "ZOE", "2751263220749", "1975");
        Map<String, Long> counts = InsiExchange.callsPerOperator(List.of(exchange, exchange), Instant.MIN, Instant.MAX);
        assertThat(counts).containsExactly(Map.entry("desk-7", 2L));
        assertThat(InsiExchange.callsPerOperator(List.of(exchange), Instant.MIN, exchange.startedAt())).isEmpty();
    }

    @Test
    void INSI_6_log_lines_never_hold_a_matricule_or_a_trait() {
        client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1");
        insi.answerNext(200, "application/soap+xml", InsiAnswers.found(InsiPersonas.ADRUN.identity())
                .replace("<Cle>74</Cle>", "<Cle>75</Cle>"));
        assertThatThrownBy(() -> client.search(InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null), "desk-1"))
                .isInstanceOf(InsiProtocolException.class);
        List<String> lines = CapturedLogs.lines();
        assertThat(lines).anyMatch(l -> l.contains("INSi call") && l.contains(": 00 in"));
        assertThat(lines).anyMatch(l -> l.contains("INVALID_MATRICULE"));
        for (InsIdentity identity : InsiPersonas.all().stream().map(InsiPersona::identity).toList()) {
            String value = identity.identifier().matricule().value();
            assertThat(lines).noneMatch(l -> l.contains(value.substring(0, 13)) || l.contains(value.substring(5, 13))
                    || l.contains(identity.traits().birthName().value())
                    || l.contains(identity.traits().birthDate().value()));
        }
    }
}
