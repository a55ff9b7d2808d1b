package io.github.ins4j.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.fixtures.Records;
import io.github.ins4j.fixtures.Records.State;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.Traits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One example per purpose and status family. */
class DisclosureTest {

    private static final Traits GARCIA = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");

    @ParameterizedTest(name = "{0} / {1} -> {2} ({3})")
    @CsvSource({
        "QUALIFIED,               CARE_DOCUMENT,           INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "QUALIFIED,               PATIENT_DOCUMENT,        INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "QUALIFIED,               SHARED_RECORD,           INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "QUALIFIED,               MSSANTE_TO_PROFESSIONAL, INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "QUALIFIED,               MSSANTE_TO_PATIENT,      INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "HOMONYM_QUALIFIED,       CARE_DOCUMENT,           INS_AND_TRAITS,      QUALIFIED_IDENTITY",
        "QUALIFIED,               BILLING,                 TRAITS_ONLY,         BILLING_OR_INSURER",
        "QUALIFIED,               MANDATORY_INSURER,       TRAITS_ONLY,         BILLING_OR_INSURER",
        "QUALIFIED,               COMPLEMENTARY_INSURER,   TRAITS_ONLY,         BILLING_OR_INSURER",
        "QUALIFIED,               RESEARCH,                NOTHING_IDENTIFYING, RESEARCH",
        "RETRIEVED,               CARE_DOCUMENT,           TRAITS_ONLY,         NOT_QUALIFIED",
        "VALIDATED,               SHARED_RECORD,           TRAITS_ONLY,         NOT_QUALIFIED",
        "PROVISIONAL,             MSSANTE_TO_PROFESSIONAL, TRAITS_ONLY,         NOT_QUALIFIED",
        "QUALIFIED_THEN_DOUBTFUL, CARE_DOCUMENT,           TRAITS_ONLY,         NOT_QUALIFIED",
        "FICTITIOUS,              BILLING,                 TRAITS_ONLY,         BILLING_OR_INSURER",
    })
    void each_purpose(State state, DocumentPurpose purpose, DisclosureDecision.Level level,
            DisclosureDecision.Reason reason) {
        IdentityRecord record = Records.record(GARCIA, state, InsOid.NIR, 7);
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        assertThat(decision.level()).isEqualTo(level);
        assertThat(decision.reason()).isEqualTo(reason);
        assertThat(decision.toString()).isEqualTo(
                "DisclosureDecision[" + purpose.code() + ": " + level + ", " + reason + "]");
    }
}
