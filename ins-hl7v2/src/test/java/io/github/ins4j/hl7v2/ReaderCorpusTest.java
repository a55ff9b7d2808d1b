package io.github.ins4j.hl7v2;

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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader corpus ({@code src/test/resources/corpus}, see its README for where each message comes
 * from): every message is read whole (MSH-1 and MSH-2 give the encoding characters), with the verdict
 * the README gives.
 */
class ReaderCorpusTest {

    static String text(String file) {
        try (InputStream in = ReaderCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ClaimedIdentity read(String file) {
        return PidReader.read(PidFields.parse(text(file)));
    }

    @ParameterizedTest
    @CsvSource({
        // file, INS: KEPT / ABSENT / the reason of its refusal, strict traits
        "adt-a28-qualified.hl7,        KEPT,              true",
        "adt-a28-other-encoding.hl7,   KEPT,              true",
        "adt-a31-local-lower-case.hl7, ABSENT,            false",
        "adt-a28-ins-lower-case.hl7,   INVALID_TRAIT,     false",
        "adt-a28-wrong-key.hl7,        INVALID_MATRICULE, true",
        "adt-a28-highlighting.hl7,     KEPT,              true",
    })
    void every_message_of_the_corpus_is_read_with_its_verdict(String file, String ins, boolean strictTraits) {
        ClaimedIdentityAssert read = InsAssertions.assertThat(read(file))
                .hasVersion(FormatVersion.IHE_PAM_FR).hasStrictTraits(strictTraits).keepsLocalIdentity();
        switch (ins) {
            case "KEPT" -> read.hasNoRefusals().ins().hasOid(InsOid.NIR_TEST);
            case "ABSENT" -> read.hasNoIns();
            default -> read.hasInsRefused(ExchangeException.Reason.valueOf(ins));
        }
    }

    @Test
    void a_message_in_other_encoding_characters_gives_the_same_fields_as_in_the_standard_ones() {
        assertThat(PidFields.parse(text("adt-a28-other-encoding.hl7")))
                .isEqualTo(PidFields.parse(text("adt-a28-other-encoding.hl7").replace('#', '|').replace('!', '^')
                        .replace('$', '~').replace('?', '\\').replace('%', '&')));
    }

    @Test
    void TRT_5_a_local_identity_in_lower_case_is_read_as_typed() {
        ClaimedIdentity read = read("adt-a31-local-lower-case.hl7");
        assertThat(read.localTraits().birthName().orElseThrow().value()).isEqualTo("DUPONT");
        assertThat(read.localTraits().firstNames().orElseThrow().value()).isEqualTo("JEAN PIERRE");
        assertThat(read.localTraits().birthPlace().orElseThrow().value()).isEqualTo("75056");
        assertThat(read.refusals()).allSatisfy(r -> assertThat(r.part()).isEqualTo(Refusal.Part.TRAITS));
    }
}
