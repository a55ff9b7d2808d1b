package io.github.ins4j.insi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.insi.InsiProtocolException.Reason;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.testing.insi.InsiPersonas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests of the answer reader over answers written by hand from 07-insi.md (in
 * {@code src/test/resources/io/github/ins4j/insi/answers}).
 */
class InsiAnswerReaderGoldenTest {

    static byte[] answer(String name) {
        try (InputStream in = InsiAnswerReaderGoldenTest.class.getResourceAsStream("answers/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InsiOutcome read(String name) {
        return InsiAnswerReader.read(answer(name), Fixtures.CLOCK);
    }

    static InsIdentity found(String name) {
        InsiOutcome outcome = read(name);
        assertThat(outcome).isInstanceOf(InsiOutcome.Found.class);
        return ((InsiOutcome.Found) outcome).identity();
    }

    @ParameterizedTest(name = "INSI_8 prefix variant {0}")
    @CsvSource({
        "found-S-default.xml, ADRTROIS",
        "found-soap-ns2.xml, D_ARTAGNAN",
        "found-env-ns2-unqualified.xml, DE_VINCI",
        "found-default-namespaces.xml, TCHITCHI",
        "found-out-of-order.xml, ADRTROIS",
        "found-mixed-prefixes.xml, D_ARTAGNAN",
    })
    void INSI_8_every_prefix_variant_and_order_gives_the_persona(String file, String persona) {
        InsIdentity expected = switch (persona) {
            case "ADRTROIS" -> InsiPersonas.ADRTROIS.identity();
            case "D_ARTAGNAN" -> InsiPersonas.D_ARTAGNAN_DE_L_HERAULT.identity();
            case "DE_VINCI" -> InsiPersonas.DE_VINCI.identity();
            default -> InsiPersonas.TCHITCHI.identity();
        };
        assertThat(found(file)).isEqualTo(expected);
    }

    @Test
    void INSI_3_the_corsica_matricule_keeps_its_letter_and_test_oid() {
        InsIdentity adrtrois = found("found-S-default.xml");
        assertThat(adrtrois.identifier().matricule().value()).isEqualTo("160012B02077713");
        assertThat(adrtrois.identifier().oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(adrtrois.coherence().hasErrors()).isFalse();
    }

    @Test
    void INSI_8_history_as_one_element_with_DateFin_before_DateDeb_keeps_the_identifier_without_dates() {
        InsIdentity ecetinsi = found("found-history-one.xml");
        assertThat(ecetinsi.history()).hasSize(1);
        EarlierIdentifier earlier = ecetinsi.history().get(0);
        assertThat(earlier.identifier().matricule().value()).isEqualTo("109076322071217");
        assertThat(earlier.validFrom()).isEmpty();
        assertThat(earlier.validTo()).isEmpty();
    }

    @Test
    void MAT_6_history_as_a_list_drops_the_copy_of_the_active_matricule() {
        InsIdentity ecetinsi = found("found-history-list.xml");
        assertThat(ecetinsi.history()).extracting(h -> h.identifier().matricule().value())
                .containsExactly("109076322071217", "109076322090122");
        assertThat(ecetinsi.history().get(1).identifier().oid()).isEqualTo(InsOid.NIA);
        assertThat(ecetinsi.history().get(0).validFrom()).contains(LocalDate.of(2009, 7, 20));
        assertThat(ecetinsi.history().get(0).validTo()).contains(LocalDate.of(2011, 3, 1));
    }

    @Test
    void INSI_3_the_nia_oid_decides_nia() {
        InsIdentity provisoire = found("found-nia.xml");
        assertThat(provisoire.identifier().oid()).isEqualTo(InsOid.NIA);
        assertThat(provisoire).isEqualTo(InsiPersonas.PROVISOIRE.identity());
    }

    @Test
    void INSI_8_old_answers_with_only_TIQ_Prenom_are_read() {
        InsIdentity adrun = found("found-old-tiq-prenom.xml");
        assertThat(adrun).isEqualTo(InsiPersonas.ADRUN.identity());
    }

    @Test
    void INSI_8_ListePrenom_wins_over_TIQ_Prenom() {
        InsIdentity dartagnan = found("found-soap-ns2.xml");
        assertThat(dartagnan.traits().firstNames().value()).isEqualTo("PIERRE-ALAIN GUNTHER");
    }

    @Test
    void INSI_8_a_missing_Cle_is_computed() {
        assertThat(found("found-missing-cle.xml").identifier().matricule().value()).isEqualTo("275126322074974");
    }

    @Test
    void TRT_3_a_lunar_date_is_kept_uncertain() {
        InsIdentity ndiaye = found("found-lunar.xml");
        assertThat(ndiaye.traits().birthDate().isExact()).isFalse();
        assertThat(ndiaye.traits().birthDate().value()).isEqualTo("1960-00-00");
    }

    @Test
    void INSI_4_codes_01_and_02_are_read() {
        assertThat(read("not-found.xml")).isEqualTo(new InsiOutcome.NotFound());
        assertThat(read("several-found.xml")).isEqualTo(new InsiOutcome.SeveralFound());
    }

    @Test
    void a_fault_is_read_as_data() {
        InsiOutcome outcome = read("fault-desir-550.xml");
        assertThat(outcome).isEqualTo(new InsiOutcome.Fault("Sender", "siram_40", "desir_550",
                InsiOutcome.Severity.ERROR, "erreur", "Le service est refuse au logiciel.",
                "a5b9c3d2-0e1f-4a6b-8c7d-9e0f1a2b3c4d"));
        assertThat(outcome.resultCode()).isEqualTo("desir_550");
        assertThat(outcome.answerEvent()).isEmpty();
    }

    @Test
    void INSI_8_an_unknown_severity_word_is_kept() {
        InsiOutcome.Fault fault = (InsiOutcome.Fault) read("fault-unknown-severity.xml");
        assertThat(fault.severity()).isEqualTo(InsiOutcome.Severity.UNKNOWN);
        assertThat(fault.severityWord()).isEqualTo("critique");
        assertThat(fault.code()).isEqualTo("Receiver");
        assertThat(fault.subcode()).isEqualTo("siram_100");
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
        "found-wrong-key.xml, INVALID_MATRICULE",
        "found-ins-c-oid.xml, INVALID_OID",
        "found-lowercase-name.xml, INVALID_TRAIT",
        "found-without-individu.xml, RESULT_CONTENT_MISMATCH",
        "not-found-with-individu.xml, RESULT_CONTENT_MISMATCH",
        "found-two-insactif.xml, RESULT_CONTENT_MISMATCH",
        "unknown-code.xml, UNKNOWN_RESULT_CODE",
        "soap11.xml, NOT_SOAP",
        "xxe.xml, DTD_REFUSED",
        "billion-laughs.xml, DTD_REFUSED",
        "truncated.xml, MALFORMED_XML",
    })
    void INSI_4_invalid_answers_are_protocol_errors_never_outcomes(String file, Reason reason) {
        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(InsiProtocolException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.exchange()).isEmpty();
                    assertThat(e.getMessage()).doesNotContain("275126322074", "ADRUN", "1975-12-31", "passwd");
                });
    }

    @Test
    void hostile_answers_are_refused_quickly() {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> read("billion-laughs.xml")).isInstanceOf(InsiProtocolException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_ten_megabyte_name_is_an_invalid_trait_not_a_crash() {
        String big = new String(answer("found-S-default.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<NomNaissance>ADRTROIS", "<NomNaissance>" + "A".repeat(10 << 20));
        assertThatThrownBy(() -> InsiAnswerReader.read(big.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Fixtures.CLOCK))
                .isInstanceOfSatisfying(InsiProtocolException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_TRAIT));
    }

    @Test
    void the_found_outcome_turns_into_the_qualifier_events() {
        InsiOutcome.Found found = (InsiOutcome.Found) read("found-S-default.xml");
        assertThat(found.answerEvent()).contains(found.toAnswerEvent());
        assertThat(found.toAnswerEvent().identity()).isEqualTo(Optional.of(found.identity()));
        assertThat(found.toReverification().returned()).isEqualTo(found.identity());
        assertThat(found.toAnswerEventConfirmedBy("chief-1").reviewConfirmedBy()).contains("chief-1");
        assertThat(found.toString()).doesNotContain("160012B020777", "ADRTROIS", "TOUSSAINT", "1960");
    }
}
