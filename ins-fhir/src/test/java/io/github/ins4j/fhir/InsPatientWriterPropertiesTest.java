package io.github.ins4j.fhir;

import static io.github.ins4j.fhir.FhirRecords.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fhir.WrittenPatient.LeftOut;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * INT-1 and INT-3 on the writer's side, over identity records in every state and every purpose
 * that allows a Patient: a Patient written for FR Core 2.2.0 holds only what 2.2.0 defines, and the
 * facts it cannot hold are exactly the ones the writer reports. (The HAPI FHIR validator loaded
 * with the 2.2.0 package checks the same Patients in the ins-conformance module.)
 */
class InsPatientWriterPropertiesTest {

    private static final Set<String> V2_0445_WRITTEN = Set.of("PROV", "VALI", "DOUT", "FICT", "HOMA");

    @Provide
    Arbitrary<DisclosureDecision> decisions() {
        Arbitrary<DocumentPurpose> purposes = Arbitraries.of(DocumentPurpose.class)
                .filter(p -> p != DocumentPurpose.RESEARCH);
        return net.jqwik.api.Combinators.combine(FhirRecords.records(), purposes).as(Disclosure::decide);
    }

    @Property(tries = 300)
    void INT_1_a_fr_core_2_2_0_patient_holds_only_codes_and_sub_extensions_2_2_0_defines(
            @ForAll("decisions") DisclosureDecision decision) {
        WrittenPatient written = InsPatientWriter.write(decision);
        Patient patient = written.patient();
        String json = json(patient);

        assertThat(written.version()).isEqualTo(FrCoreVersion.V2_2_0);
        assertThat(json).doesNotContain(FrCore.INSI_CALL_DATE).doesNotContain("\"url\":\"comment\"")
                .doesNotContain(FrCore.IDENTITY_STATUS_SYSTEM).doesNotContain(FrCore.IDENTITY_STATUS_COMMENT_SYSTEM)
                .doesNotContain("\"use\":\"temp\"");
        List<Extension> reliability = patient.getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION);
        assertThat(reliability).hasSize(1 + decision.attributes().size());
        for (Extension extension : reliability) {
            assertThat(extension.getExtensionsByUrl(FrCore.IDENTITY_STATUS)).singleElement().satisfies(status -> {
                Coding coding = (Coding) status.getValue();
                assertThat(coding.getSystem()).isEqualTo(FrCore.V2_0445_SYSTEM);
                assertThat(coding.getCode()).isIn(V2_0445_WRITTEN);
            });
            assertThat(extension.getExtension()).allSatisfy(sub -> assertThat(sub.getUrl()).isIn(
                    FrCore.IDENTITY_STATUS, FrCore.VALIDATION_MODE, FrCore.VALIDATION_DATE,
                    FrCore.METHOD_COLLECTION, FrCore.DATE_COLLECTION));
        }
        // fr-core-1, fr-core-2: VALI in a Patient INS goes with exactly one official INS identifier.
        long official = patient.getIdentifier().stream().filter(i -> i.getUse() == Identifier.IdentifierUse.OFFICIAL)
                .count();
        assertThat(official).isEqualTo(decision.mayCarryIns() ? 1 : 0);
        Statistics.label("carries the INS").collect(decision.mayCarryIns());
        Statistics.label("status").collect(decision.status());
    }

    @Property(tries = 300)
    void INT_1_the_facts_left_out_of_fr_core_2_2_0_are_the_ones_it_cannot_express(
            @ForAll("decisions") DisclosureDecision decision) {
        WrittenPatient written = InsPatientWriter.write(decision);
        Extension reliability = written.patient().getExtensionsByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION).get(0);
        IdentityStatus status = decision.status();
        boolean retrieved = status == IdentityStatus.RETRIEVED || status == IdentityStatus.QUALIFIED;
        Optional<String> mode = decision.validation()
                .flatMap(v -> InsPatientWriter.validationMode220(v.document(), decision.mayCarryIns()));

        Set<LeftOut> expected = EnumSet.noneOf(LeftOut.class);
        if (status == IdentityStatus.RETRIEVED) {
            expected.add(LeftOut.RETRIEVED_STATUS);
        }
        if (status == IdentityStatus.QUALIFIED && !decision.mayCarryIns()) {
            expected.add(LeftOut.QUALIFIED_STATUS);
        }
        if (decision.validation().isPresent() && mode.isEmpty()) {
            expected.add(LeftOut.VALIDATION_MODE);
        }
        if (decision.lastInsiCall().isPresent() && !retrieved) {
            expected.add(LeftOut.INSI_CALL_DATE);
        }
        assertThat(written.leftOut()).containsExactlyElementsOf(expected);
        assertThat(reliability.hasExtension(FrCore.VALIDATION_DATE)).isEqualTo(decision.validation().isPresent());
        assertThat(reliability.hasExtension(FrCore.VALIDATION_MODE)).isEqualTo(mode.isPresent());
        assertThat(reliability.hasExtension(FrCore.DATE_COLLECTION))
                .isEqualTo(reliability.hasExtension(FrCore.METHOD_COLLECTION))
                .isEqualTo(decision.lastInsiCall().isPresent() && retrieved);
        Statistics.label("left out").collect(expected.toString());
        Statistics.label("left out").coverage(checker -> {
            for (LeftOut fact : LeftOut.values()) {
                checker.checkQuery(values -> values.get(0).toString().contains(fact.name())).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 200)
    void INT_3_the_continuous_build_is_written_on_explicit_choice_and_leaves_nothing_out(
            @ForAll("decisions") DisclosureDecision decision) {
        WrittenPatient written = InsPatientWriter.write(decision, FrCoreVersion.CONTINUOUS_BUILD);
        Extension reliability = written.patient().getExtensionByUrl(FrCore.IDENTITY_RELIABILITY_EXTENSION);

        assertThat(written.version()).isEqualTo(FrCoreVersion.CONTINUOUS_BUILD);
        assertThat(written.leftOut()).isEmpty();
        assertThat(written.patient().getMeta().getProfile()).singleElement()
                .satisfies(p -> assertThat(p.getValue()).doesNotContain("|"));
        assertThat(((Coding) reliability.getExtensionByUrl(FrCore.IDENTITY_STATUS).getValue()).getCode())
                .isEqualTo(decision.status().code());
        assertThat(reliability.getExtensionsByUrl(FrCore.COMMENT)).hasSize(decision.attributes().size());
        assertThat(reliability.hasExtension(FrCore.INSI_CALL_DATE)).isEqualTo(decision.lastInsiCall().isPresent());
    }
}
