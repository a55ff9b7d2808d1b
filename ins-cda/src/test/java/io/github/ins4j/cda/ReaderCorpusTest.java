package io.github.ins4j.cda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.testing.InsAssertions;
import io.github.ins4j.testing.assertions.ClaimedIdentityAssert;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader corpus ({@code src/test/resources/corpus}, see its README for where each document comes
 * from): every document is read, as bytes, with the verdict the README gives (INT-4).
 */
class ReaderCorpusTest {

    static ClaimedIdentity read(String file) {
        try (InputStream in = ReaderCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return RecordTargetReader.read(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // file, layout recognised, INS: KEPT / ABSENT / the reason of its refusal, strict traits
        "ci-sis-3.0-qualified.xml,        CI_SIS_3, KEPT,              true",
        "ci-sis-2.41-ruth-isabelle.xml,   CI_SIS_2, KEPT,              true",
        "ci-sis-3.0-wrong-key.xml,        CI_SIS_3, INVALID_MATRICULE, true",
        "ci-sis-3.0-ins-c.xml,            CI_SIS_3, WRONG_OID,         true",
        "ci-sis-3.0-local-lower-case.xml, CI_SIS_3, ABSENT,            false",
        "ci-sis-3.0-uncertain-date.xml,   CI_SIS_3, KEPT,              true",
    })
    void INT_4_every_document_of_the_corpus_is_read_with_its_verdict(String file, FormatVersion layout, String ins,
            boolean strictTraits) {
        ClaimedIdentityAssert read = InsAssertions.assertThat(read(file))
                .hasVersion(layout).hasStrictTraits(strictTraits).keepsLocalIdentity();
        switch (ins) {
            case "KEPT" -> read.hasIns().hasNoRefusals();
            case "ABSENT" -> read.hasNoIns();
            default -> read.hasInsRefused(ExchangeException.Reason.valueOf(ins));
        }
    }

    @Test
    void INT_4_the_2_41_layout_reads_the_list_ruth_isabelle() {
        ClaimedIdentity read = read("ci-sis-2.41-ruth-isabelle.xml");
        assertThat(read.traits().orElseThrow().firstNames().value()).isEqualTo("RUTH ISABELLE");
        assertThat(read.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIR_TEST);
    }

    @Test
    void TRT_3_TRT_5_a_reduced_birth_time_is_uncertain_and_lower_case_names_are_read_as_typed() {
        assertThat(read("ci-sis-3.0-uncertain-date.xml").traits().orElseThrow().birthDate().value())
                .isEqualTo("1984-00-00");
        ClaimedIdentity local = read("ci-sis-3.0-local-lower-case.xml");
        assertThat(local.localTraits().birthName().orElseThrow().value()).isEqualTo("GARCIA");
        assertThat(local.localTraits().typedBirthName()).contains("Garcia");
        assertThat(local.localTraits().firstNames().orElseThrow().value()).isEqualTo("SARAH-LOU MARIE");
        assertThat(local.refusal(Refusal.Part.TRAITS).orElseThrow().reason())
                .isEqualTo(ExchangeException.Reason.INVALID_TRAIT);
    }
}
