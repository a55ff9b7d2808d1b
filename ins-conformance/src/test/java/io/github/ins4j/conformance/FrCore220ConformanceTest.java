package io.github.ins4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.FrCoreVersion;
import io.github.ins4j.fhir.InsPatientWriter;
import io.github.ins4j.fhir.WrittenPatient;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.traits.Traits;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * INT-1: every Patient that ins-fhir writes for FR Core 2.2.0 (its default) is valid for the HAPI
 * FHIR validator loaded with the FR Core 2.2.0 package, with no error but the {@link Tolerated}
 * terminology ones; and the facts 2.2.0 cannot express are the ones the writer reports.
 */
class FrCore220ConformanceTest {

    static Stream<Corpus.Case> corpus() {
        return Corpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void INT_1_each_patient_of_the_corpus_is_valid_fr_core_2_2_0(Corpus.Case sample) {
        WrittenPatient written = InsPatientWriter.write(sample.decision());
        List<SingleValidationMessage> messages = FrCoreValidator.get().validate(written.patient());

        assertThat(FrCoreValidator.errors(messages)).as(sample.name()).isEmpty();
        assertThat(written.version()).isEqualTo(FrCoreVersion.V2_2_0);
        assertThat(written.patient().getMeta().getProfile()).singleElement()
                .satisfies(profile -> assertThat(profile.getValue()).endsWith("|2.2.0"));
        assertThat(written.leftOut()).as(sample.name()).containsExactlyInAnyOrderElementsOf(sample.leftOut());
    }

    @Test
    void INT_1_the_corpus_covers_every_status_attribute_document_oid_purpose_place_and_uncertain_date() {
        List<Corpus.Case> all = Corpus.all();
        assertThat(all).extracting(c -> c.decision().status()).containsAll(EnumSet.allOf(
                io.github.ins4j.qualification.IdentityStatus.class));
        assertThat(all).extracting(c -> c.decision().purpose()).containsAll(
                EnumSet.complementOf(EnumSet.of(DocumentPurpose.RESEARCH)));
        assertThat(all).flatExtracting(c -> List.copyOf(c.decision().attributes())).containsAll(
                EnumSet.allOf(io.github.ins4j.qualification.IdentityAttribute.class));
        assertThat(all).flatExtracting(c -> List.copyOf(c.leftOut())).containsAll(
                EnumSet.allOf(WrittenPatient.LeftOut.class));
        assertThat(all).extracting(c -> c.decision().validation().map(v -> v.document()).orElse(null))
                .containsAll(EnumSet.complementOf(EnumSet.of(
                        io.github.ins4j.qualification.IdentityDocument.BIRTH_CERTIFICATE_EXTRACT)));
        List<DisclosedIdentity.WithIns> withIns = all.stream().map(c -> c.decision().identity())
                .filter(DisclosedIdentity.WithIns.class::isInstance).map(DisclosedIdentity.WithIns.class::cast).toList();
        assertThat(withIns).extracting(ins -> ins.identifier().oid()).containsAll(EnumSet.allOf(InsOid.class));
        assertThat(withIns).anySatisfy(ins -> assertThat(ins.history()).isNotEmpty());
        List<Traits> traits = all.stream().map(c -> c.decision().identity()).map(FrCore220ConformanceTest::traits).toList();
        assertThat(traits).extracting(t -> t.birthPlace().value())
                .anyMatch(p -> p.startsWith("2A") || p.startsWith("2B") || p.startsWith("20"))   // Corsica
                .anyMatch(p -> p.startsWith("97"))                                              // overseas
                .anyMatch(p -> p.startsWith("99") && !p.equals("99999"))                        // abroad
                .contains("99999");                                                             // unknown
        assertThat(traits).extracting(t -> t.birthDate().value())
                .anyMatch(d -> d.endsWith("-00-00")).anyMatch(d -> d.matches("\\d{4}-(0[1-9]|1[0-2])-00"))
                .anyMatch(d -> d.matches("\\d{4}-00-(0[1-9]|[12]\\d|3[01])"));
    }

    private static Traits traits(DisclosedIdentity identity) {
        if (identity instanceof DisclosedIdentity.WithIns ins) {
            return ins.traits();
        }
        return ((DisclosedIdentity.TraitsOnly) identity).traits();
    }

    @Provide
    Arbitrary<DisclosureDecision> decisions() {
        Arbitrary<IdentityRecord> records = Arbitraries.of(InsOid.class)
                .flatMap(oid -> InsArbitraries.records().withOid(oid));
        Arbitrary<DocumentPurpose> purposes = Arbitraries.of(DocumentPurpose.class)
                .filter(p -> p != DocumentPurpose.RESEARCH);
        return net.jqwik.api.Combinators.combine(records, purposes).as(Disclosure::decide);
    }

    /** Bounded: each validation takes tens of milliseconds. */
    @Property(tries = 50)
    void INT_1_every_generated_identity_is_written_as_a_valid_fr_core_2_2_0_patient(
            @ForAll("decisions") DisclosureDecision decision) {
        WrittenPatient written = InsPatientWriter.write(decision);
        Statistics.label("status").collect(decision.status());
        Statistics.label("carries the INS").collect(decision.mayCarryIns());

        assertThat(FrCoreValidator.errors(FrCoreValidator.get().validate(written.patient()))).isEmpty();
        assertThat(written.patient().getIdentifier()).hasSize(decision.mayCarryIns()
                ? 1 + ((io.github.ins4j.disclosure.DisclosedIdentity.WithIns) decision.identity()).history().size() : 0);
    }
}
