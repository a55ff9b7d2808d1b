package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.TypedTraits;
import io.github.ins4j.testing.insi.FakeInsiServer;
import io.github.ins4j.testing.insi.InsiAnswers;
import io.github.ins4j.testing.insi.InsiPersonas;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/** Properties of the INSi client, each named after the rule it checks (07-insi.md). */
class InsiPropertiesTest {

    private static final Pattern FIELD = Pattern.compile("<rec:(NomNaissance|Prenom)>([^<]*)</rec:\\1>");
    private static final Pattern INSI_ALPHABET = Pattern.compile("[A-Z '\\-]+");

    static FakeInsiServer insi;
    static InsiClient overTls;
    static InsiConfiguration configuration;

    @BeforeContainer
    static void start() {
        insi = FakeInsiServer.start();
        configuration = Fixtures.configuration(insi);
        overTls = InsiClient.of(configuration);
    }

    @AfterContainer
    static void stop() {
        insi.close();
    }

    /** A client whose transport answers with the given XML and counts its calls. */
    static InsiClient canned(AtomicInteger calls, List<byte[]> sent, String... answers) {
        return InsiClient.of(configuration, request -> {
            int call = calls.getAndIncrement();
            sent.add(request.body());
            String answer = answers[Math.min(call, answers.length - 1)];
            return new InsiHttpResponse(answer.contains("Fault>") ? 500 : 200, InsiHttpRequest.CONTENT_TYPE,
                    answer.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Property(tries = 100)
    void INSI_1_doubtful_or_fictitious_identities_are_refused_before_any_io(@ForAll Traits traits,
            @ForAll("blocking") IdentityAttribute attribute) {
        IdentityQualifier qualifier = IdentityQualifier.of(Fixtures.CLOCK);
        IdentityRecord record = qualifier.apply(qualifier.start(traits, "desk-1"), new AttributeSet(attribute), "desk-1");
        AtomicInteger calls = new AtomicInteger();
        InsiClient client = canned(calls, new ArrayList<>(), InsiAnswers.notFound(InsiAnswers.Style.S_DEFAULT));
        assertThatThrownBy(() -> client.search(record, FirstNameStrategy.standard(), "desk-1"))
                .isInstanceOfSatisfying(InsiRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.BLOCKED_IDENTITY));
        assertThat(calls).hasValue(0);
    }

    @Provide
    Arbitrary<IdentityAttribute> blocking() {
        return Arbitraries.of(IdentityAttribute.DOUBTFUL, IdentityAttribute.FICTITIOUS);
    }

    @Property(tries = 150)
    void INSI_2_any_desk_typed_identity_gives_a_request_the_fake_server_accepts(@ForAll TypedTraits typed) {
        InsiSearch search = InsiSearch.parseTyped(typed.birthName(), typed.firstNames(), typed.sex(),
                typed.birthDate(), typed.birthPlace());
        assertThat(search).isEqualTo(InsiSearch.from(typed.strict()));
        InsiExchange exchange = overTls.search(search, "desk-1");
        FakeInsiServer.ReceivedRequest received = insi.requests().get(insi.requests().size() - 1);
        assertThat(received.violations()).isEmpty();
        assertThat(received.body()).isEqualTo(new String(exchange.requestXml(), StandardCharsets.UTF_8));
        assertThat(exchange.outcome()).isPresent();
        assertThat(exchange.resultCode()).isIn("00", "01", "02");
    }

    @Property(tries = 500)
    void INSI_2_characters_outside_the_insi_alphabet_never_reach_the_wire(@ForAll("almostStrict") String name,
            @ForAll("almostStrict") String firstName) {
        boolean outside = !INSI_ALPHABET.matcher(name).matches() || !INSI_ALPHABET.matcher(firstName).matches();
        Statistics.label("outside the alphabet").collect(outside);
        Statistics.label("outside the alphabet").coverage(c -> {
            c.check(true).percentage(p -> p > 30);
            c.check(false).percentage(p -> p > 10);
        });
        AtomicInteger calls = new AtomicInteger();
        List<byte[]> sent = new ArrayList<>();
        InsiClient client = canned(calls, sent, InsiAnswers.notFound(InsiAnswers.Style.S_DEFAULT));
        InsiSearch search;
        try {
            search = InsiSearch.parse(name, firstName, "F", "1980-02-29", null);
        } catch (InsiRequestException e) {
            assertThat(e.reason()).isEqualTo(InsiRequestException.Reason.NOT_STRICT);
            assertThat(calls).hasValue(0);
            return;
        }
        assertThat(outside).isFalse();
        client.search(search, "desk-1");
        Matcher fields = FIELD.matcher(new String(sent.get(0), StandardCharsets.UTF_8));
        int count = 0;
        while (fields.find()) {
            count++;
            assertThat(fields.group(2)).matches(INSI_ALPHABET);
        }
        assertThat(count).isEqualTo(2);
    }

    @Provide
    Arbitrary<String> almostStrict() {
        Arbitrary<String> strict = Arbitraries.of("MARTIN", "D'ARTAGNAN", "MARTIN--DURAND", "LE GALL", "JEAN-PIERRE");
        Arbitrary<Character> any = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u024F'),
                Arbitraries.of('’', 'Æ', 'Œ', 'é', 'ß', '\u00A0', '\u2010', 'Ａ', '\uD83D'));
        return Arbitraries.oneOf(strict, Arbitraries.lazy(() -> strict.flatMap(s -> Arbitraries.integers()
                .between(0, s.length()).flatMap(i -> any.map(c -> s.substring(0, i) + c + s.substring(i))))));
    }

    @Property(tries = 300)
    void INSI_3_a_returned_matricule_with_a_wrong_key_is_never_found(@ForAll InsIdentity identity,
            @ForAll @IntRange(min = 1, max = 96) int shift) {
        int key = identity.identifier().matricule().key();
        int wrong = (key - 1 + shift) % 97 + 1;
        String cle = String.format("<Cle>%02d</Cle>", key);
        String answer = InsiAnswers.found(identity).replaceFirst(cle, String.format("<Cle>%02d</Cle>", wrong));
        assertThatThrownBy(() -> InsiAnswerReader.read(answer.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK))
                .isInstanceOfSatisfying(InsiProtocolException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsiProtocolException.Reason.INVALID_MATRICULE));
    }

    @Property(tries = 500)
    void INSI_8_round_trip_of_every_identity_in_every_prefix_style(@ForAll InsIdentity identity,
            @ForAll InsiAnswers.Style style) {
        InsiOutcome outcome = InsiAnswerReader.read(InsiAnswers.found(identity, style)
                .getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK);
        assertThat(outcome).isEqualTo(new InsiOutcome.Found(identity));
        assertThat(((InsiOutcome.Found) outcome).identity().identifier().oid()).isEqualTo(identity.identifier().oid());
    }

    @Property(tries = 200)
    void INSI_4_a_code_other_than_00_01_02_is_a_protocol_error(@ForAll("codes") String code,
            @ForAll InsiAnswers.Style style) {
        String answer = InsiAnswers.notFound(style).replace(">01<", ">" + code + "<");
        assertThatThrownBy(() -> InsiAnswerReader.read(answer.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InsiProtocolException.class,
                        e -> assertThat(e.reason()).isIn(InsiProtocolException.Reason.UNKNOWN_RESULT_CODE));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('0', '9').withChars('A', 'x', '_').ofMinLength(1).ofMaxLength(4)
                .filter(c -> !c.equals("00") && !c.equals("01") && !c.equals("02"));
    }

    @Property(tries = 200)
    void INSI_4_01_and_02_with_an_individu_are_protocol_errors(@ForAll InsIdentity identity,
            @ForAll("notFoundCodes") String code) {
        String answer = InsiAnswers.found(identity).replace("<CodeCR>00</CodeCR>", "<CodeCR>" + code + "</CodeCR>");
        assertThatThrownBy(() -> InsiAnswerReader.read(answer.getBytes(StandardCharsets.UTF_8), Fixtures.CLOCK))
                .isInstanceOfSatisfying(InsiProtocolException.class, e -> assertThat(e.reason())
                        .isEqualTo(InsiProtocolException.Reason.RESULT_CONTENT_MISMATCH));
    }

    @Provide
    Arbitrary<String> notFoundCodes() {
        return Arbitraries.of("01", "02");
    }

    @Property(tries = 200)
    void INSI_7_the_standard_strategy_tries_each_first_name_then_the_list_and_records_every_attempt(
            @ForAll Traits traits) {
        AtomicInteger calls = new AtomicInteger();
        List<byte[]> sent = new ArrayList<>();
        InsiClient client = canned(calls, sent, InsiAnswers.notFound(InsiAnswers.Style.S_DEFAULT));
        InsiSearchRun run = client.search(traits, FirstNameStrategy.standard(), "desk-1");
        Set<BirthFirstNames> expected = new LinkedHashSet<>();
        traits.firstNames().names().forEach(n -> expected.add(BirthFirstNames.parse(n)));
        expected.add(traits.firstNames());
        assertThat(run.attempts()).extracting(a -> a.search().orElseThrow().firstNames())
                .containsExactlyElementsOf(expected);
        assertThat(run.attempts()).allSatisfy(a -> assertThat(a.search().orElseThrow().birthPlace()).isEmpty());
        assertThat(calls).hasValue(expected.size());
        assertThat(run.outcome()).isEqualTo(new InsiOutcome.NotFound());
    }

    @Property(tries = 200)
    void INSI_7_after_02_the_birth_place_is_added_when_known(@ForAll Traits anyTraits, @ForAll boolean placeKnown) {
        Traits traits = placeKnown ? anyTraits : new Traits(anyTraits.birthName(), anyTraits.firstNames(),
                anyTraits.birthDate(), anyTraits.sex(), BirthPlaceCode.parse(BirthPlaceCode.UNKNOWN_CODE));
        AtomicInteger calls = new AtomicInteger();
        InsiClient client = canned(calls, new ArrayList<>(), InsiAnswers.severalFound(InsiAnswers.Style.S_DEFAULT),
                InsiAnswers.found(InsiPersonas.ADRUN.identity()));
        InsiSearchRun run = client.search(traits, FirstNameStrategy.standard(), "desk-1");
        boolean known = !traits.birthPlace().isUnknown();
        Statistics.label("birth place known").collect(known);
        Statistics.label("birth place known").coverage(c -> {
            c.check(true).percentage(p -> p > 20);
            c.check(false).percentage(p -> p > 5);
        });
        InsiSearch first = run.attempts().get(0).search().orElseThrow();
        if (known) {
            InsiSearch second = run.attempts().get(1).search().orElseThrow();
            assertThat(second.birthPlace()).contains(traits.birthPlace());
            assertThat(second.firstNames()).isEqualTo(first.firstNames());
            assertThat(run.found()).isPresent();
        } else if (run.attempts().size() > 1) {
            InsiSearch second = run.attempts().get(1).search().orElseThrow();
            assertThat(second.birthPlace()).isEmpty();
            assertThat(second.firstNames()).isNotEqualTo(first.firstNames());
        } else {
            assertThat(traits.firstNames().names()).hasSize(1);
            assertThat(run.outcome()).isEqualTo(new InsiOutcome.SeveralFound());
        }
    }

    @Property(tries = 40)
    void INSI_5_every_outcome_class_is_reachable_from_the_fake_server(@ForAll("kinds") String kind) {
        Statistics.label("outcome").collect(kind);
        Statistics.label("outcome").coverage(c -> {
            for (String k : List.of("Found", "NotFound", "SeveralFound", "Fault")) {
                c.check(k).count(n -> n > 0);
            }
        });
        InsiSearch search = switch (kind) {
            case "Found" -> InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null);
            case "NotFound" -> InsiSearch.parse("HOUILLES", "PIERRE", "M", "1993-01-27", null);
            case "SeveralFound" -> InsiSearch.parse("DE VINCI", "LEONARDO", "M", "2014-02-01", null);
            default -> {
                insi.failNext(FakeInsiServer.Fault.SERVICE_UNAVAILABLE);
                yield InsiSearch.parse("ADRUN", "ZOE", "F", "1975-12-31", null);
            }
        };
        InsiOutcome outcome = overTls.search(search, "desk-1").outcome().orElseThrow();
        assertThat(outcome.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(outcome.answerEvent().isPresent()).isEqualTo(!kind.equals("Fault"));
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("Found", "NotFound", "SeveralFound", "Fault");
    }

    @Property(tries = 100)
    void INSI_9_transport_failures_and_faults_are_never_retried(@ForAll Traits traits,
            @ForAll InsiTransportException.Reason reason, @ForAll boolean fault) {
        AtomicInteger calls = new AtomicInteger();
        InsiClient client = InsiClient.of(configuration, request -> {
            calls.incrementAndGet();
            if (fault) {
                return new InsiHttpResponse(500, InsiHttpRequest.CONTENT_TYPE, InsiAnswers.fault("Receiver",
                        "siram_100", "insi_102", "fatal", "Erreur technique", InsiAnswers.Style.SOAP_NS2)
                        .getBytes(StandardCharsets.UTF_8));
            }
            throw new InsiTransportException(reason, "canned failure", null);
        });
        if (fault) {
            assertThat(client.search(traits, FirstNameStrategy.standard(), "desk-1").outcome())
                    .isInstanceOf(InsiOutcome.Fault.class);
        } else {
            assertThatThrownBy(() -> client.search(traits, FirstNameStrategy.standard(), "desk-1"))
                    .isInstanceOfSatisfying(InsiTransportException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        }
        assertThat(calls).hasValue(1);
    }

    @Property(tries = 200)
    void MAT_7_no_matricule_or_trait_in_any_toString_or_message(@ForAll InsIdentity identity) {
        Traits t = identity.traits();
        int linesBefore = CapturedLogs.lines().size();
        AtomicInteger calls = new AtomicInteger();
        InsiClient client = canned(calls, new ArrayList<>(), InsiAnswers.found(identity));
        InsiSearchRun run = client.search(t, FirstNameStrategy.wholeListOnce(), "desk-1");
        List<String> texts = new ArrayList<>(List.of(run.toString(), run.outcome().toString(),
                run.attempts().get(0).toString(), InsiSearch.from(t).toString(),
                new InsiHttpResponse(200, "x", run.attempts().get(0).answerXml()).toString()));
        String wrongKey = InsiAnswers.found(identity).replaceFirst("<Cle>\\d\\d</Cle>", "<Cle>00</Cle>");
        InsiClient refusing = canned(new AtomicInteger(), new ArrayList<>(), wrongKey);
        try {
            refusing.search(t, FirstNameStrategy.wholeListOnce(), "desk-1");
        } catch (InsiProtocolException e) {
            texts.add(e.getMessage());
            texts.add(e.exchange().orElseThrow().toString());
        }
        List<String> lines = CapturedLogs.lines();
        assertThat(lines.size()).isGreaterThan(linesBefore);
        texts.addAll(lines.subList(linesBefore, lines.size()));
        String matricule = identity.identifier().matricule().value();
        for (String text : texts) {
            String masked = text.replace("SEARCH_BY_TRAITS", "").replace("HTTP", "").replace("REFUSED", "")
                    .replace("INVALID_MATRICULE", "").replace("INSi", "").replace("INSI", "");
            assertThat(masked).doesNotContain(matricule.substring(0, 13), matricule.substring(3, 13),
                    t.birthDate().value());
            if (t.birthName().value().length() >= 4) {
                assertThat(masked).doesNotContain(t.birthName().value());
            }
            if (t.firstNames().value().length() >= 4) {
                assertThat(masked).doesNotContain(t.firstNames().value());
            }
        }
    }

}
