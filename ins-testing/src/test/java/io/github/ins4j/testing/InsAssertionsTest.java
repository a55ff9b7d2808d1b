package io.github.ins4j.testing;

import static io.github.ins4j.testing.InsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.IdentifierClaim;
import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.Outcome;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The assertions pass on right values and fail on wrong ones with a message that names what was
 * expected, and never contains the matricule (its 13 first characters) nor the birth name (MAT-7).
 */
class InsAssertionsTest {

    private static final InsIdentity GARCIA = TestIdentities.GARCIA_SARAH_LOU;
    private static final InsMatricule CASANOVA = TestIdentities.CASANOVA_LUCA.identifier().matricule();

    /**
     * Asserts that the check fails with a message containing the given parts, and neither the
     * matricule nor the names (names of 6 characters or more: a shorter one may appear by chance).
     */
    private static void failsMasked(InsIdentity identity, ThrowingCallable check, String... expectedParts) {
        assertThatThrownBy(check)
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(expectedParts)
                .satisfies(e -> {
                    String message = e.getMessage();
                    assertThat(message).doesNotContain(identity.identifier().matricule().numIdentifiant())
                            .doesNotContain(identity.identifier().matricule().value());
                    for (String name : new String[] {identity.traits().birthName().value(),
                            identity.traits().firstNames().value()}) {
                        if (name.length() >= 6) {
                            assertThat(message).doesNotContain(name);
                        }
                    }
                });
    }

    // ------------------------------------------------------------------------------------------
    // InsMatricule

    @Test
    void matricule_assertions_pass_on_right_values() {
        assertThat(CASANOVA).hasKey(90).hasSexDigit(1).hasBirthYear(98).hasBirthMonth(8).isBornInCorsica()
                .isCoherentWith(TestIdentities.CASANOVA_LUCA.traits());
        assertThat(TestIdentities.NDIAYE_AMADOU.identifier().matricule()).hasUnknownBirthMonth().isBornAbroad();
        assertThat(TestIdentities.PAYET_MARIE_JOSE.identifier().matricule()).isBornOverseas();
        assertThat(GARCIA.identifier().matricule()).isBornInMetropolitanFrance()
                .isBornIn(BirthRegion.METROPOLITAN_FRANCE);
    }

    @Test
    void matricule_assertions_fail_with_masked_messages() {
        InsIdentity casanova = TestIdentities.CASANOVA_LUCA;
        failsMasked(casanova, () -> assertThat(CASANOVA).hasKey(35), "1 98 ** ** *** *** 90", "to have key", "35",
                "90");
        failsMasked(casanova, () -> assertThat(CASANOVA).hasSexDigit(2), "to have sex digit", "2");
        failsMasked(casanova, () -> assertThat(CASANOVA).hasBirthYear(97), "to have birth year", "97");
        failsMasked(casanova, () -> assertThat(CASANOVA).hasBirthMonth(9), "to have birth month", "09",
                "not shown: personal data");
        failsMasked(casanova, () -> assertThat(CASANOVA).hasUnknownBirthMonth(), "unknown birth month");
        failsMasked(casanova, () -> assertThat(CASANOVA).isBornAbroad(), "to be born in", "ABROAD", "CORSICA");
        failsMasked(casanova, () -> assertThat(CASANOVA).isCoherentWith(GARCIA.traits()), "TRT-7", "SEX ERROR",
                "BIRTH_YEAR ERROR");
        assertThatThrownBy(() -> assertThat((InsMatricule) null).hasKey(1)).isInstanceOf(AssertionError.class);
    }

    @Property(tries = 200)
    void MAT_7_failure_messages_never_show_the_matricule_nor_the_birth_name(
            @ForAll("identities") InsIdentity identity) {
        Assume.that(identity.traits().birthName().value().length() >= 7);
        InsMatricule m = identity.identifier().matricule();
        int wrongKey = m.key() % 97 + 1;
        failsMasked(identity, () -> assertThat(m).hasKey(wrongKey), m.toString());
        failsMasked(identity, () -> assertThat(m).hasBirthMonth(m.birthMonthCode() % 12 + 1), m.toString());
        failsMasked(identity, () -> assertThat(identity).hasOid(InsOid.NIR), "INS-NIR-TEST");
        failsMasked(identity, () -> assertThat(identity).hasCoherenceErrors(), "no disagreement");
        failsMasked(identity, () -> assertThat(identity).hasTraits(TestIdentities.LEROY_JEAN_A.traits()), "birth name");
        MatchReport report = TraitMatcher.compare(identity.traits(), TestIdentities.LEROY_JEAN_A.traits());
        failsMasked(identity, () -> assertThat(report).isMatch(), "MISMATCH");
        IdentityRecord record = TestIdentities.recordOf(identity, IdentityStatus.QUALIFIED);
        failsMasked(identity, () -> assertThat(record).hasNoInsIdentity(), "QUAL", "InsIdentity[");
        failsMasked(identity, () -> assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT))
                .doesNotCarryIns(), "INS_AND_TRAITS");
    }

    @Provide
    Arbitrary<InsIdentity> identities() {
        return InsArbitraries.identities();
    }

    // ------------------------------------------------------------------------------------------
    // InsIdentifier and InsIdentity

    @Test
    void identifier_and_identity_assertions() {
        assertThat(GARCIA.identifier()).hasOid(InsOid.NIR_TEST).hasTestOid().isNir().matricule().hasKey(18);
        assertThat(GARCIA).isCoherent().hasNoCoherenceErrors().hasTestOid().hasOid(InsOid.NIR_TEST)
                .hasTraits(GARCIA.traits()).matricule().hasSexDigit(2);
        failsMasked(GARCIA, () -> assertThat(GARCIA.identifier()).isNia(), "to be an NIA", "INS-NIR-TEST");
        failsMasked(GARCIA, () -> assertThat(GARCIA).hasTraits(TestIdentities.HAMADI_SARA_LOU.traits()),
                "birth name, birth first names");

        InsIdentity nia = InsArbitraries.identities().nia().sample();
        failsMasked(nia, () -> assertThat(nia).hasTestOid(), "production OID", "INS-NIA");
        failsMasked(nia, () -> assertThat(nia.identifier()).isNir(), "to be a NIR");

        InsIdentity incoherent = InsArbitraries.identities().incoherent().sample();
        assertThat(incoherent).hasCoherenceErrors();
        failsMasked(incoherent, () -> assertThat(incoherent).isCoherent(), "to be coherent (TRT-7)", "ERROR");
        failsMasked(incoherent, () -> assertThat(incoherent).hasNoCoherenceErrors(), "ERROR");
        failsMasked(GARCIA, () -> assertThat(GARCIA).hasDisagreementOn(CoherenceReport.Field.SEX), "SEX",
                "no disagreement");
    }

    // ------------------------------------------------------------------------------------------
    // MatchReport

    @Test
    void match_report_assertions() {
        LocalTraits desk = LocalTraits.builder().birthName("García").firstNames("Sarah–Lou  Marie")
                .birthDate("12/04/1989").sex("f").build();
        MatchReport same = TraitMatcher.compare(desk, GARCIA.traits());
        assertThat(same).hasVerdict(Verdict.MATCH).isMatch()
                .hasOutcome(Trait.BIRTH_NAME, Outcome.EQUIVALENT)
                .hasOutcome(Trait.BIRTH_DATE, Outcome.IDENTICAL)
                .hasOutcome(Trait.BIRTH_PLACE_CODE, Outcome.MISSING);
        MatchReport wrong = TraitMatcher.compare(desk, TestIdentities.HAMADI_SARA_LOU.traits());
        assertThat(wrong).isMismatch().hasOutcome(Trait.BIRTH_NAME, Outcome.DIFFERENT);
        failsMasked(GARCIA, () -> assertThat(wrong).isMatch(), "Expecting verdict", "MATCH", "MISMATCH",
                "birth name DIFFERENT (the birth names differ)");
        failsMasked(TestIdentities.HAMADI_SARA_LOU,
                () -> assertThat(wrong).hasOutcome(Trait.BIRTH_NAME, Outcome.PARTIAL),
                "Expecting birth name to be", "PARTIAL", "DIFFERENT");
        failsMasked(GARCIA, () -> assertThat(same).isReview(), "REVIEW");
    }

    // ------------------------------------------------------------------------------------------
    // DisclosureDecision and IdentityRecord

    @Test
    void disclosure_decision_assertions() {
        IdentityRecord qualified = TestIdentities.recordOf(GARCIA, IdentityStatus.QUALIFIED);
        IdentityRecord retrieved = TestIdentities.recordOf(GARCIA, IdentityStatus.RETRIEVED);
        DisclosureDecision care = Disclosure.decide(qualified, DocumentPurpose.CARE_DOCUMENT);
        DisclosureDecision billing = Disclosure.decide(qualified, DocumentPurpose.BILLING);
        DisclosureDecision notQualified = Disclosure.decide(retrieved, DocumentPurpose.CARE_DOCUMENT);

        assertThat(care).carriesIns().hasLevel(DisclosureDecision.Level.INS_AND_TRAITS)
                .hasReason(DisclosureDecision.Reason.QUALIFIED_IDENTITY);
        assertThat(billing).doesNotCarryIns().hasReason(DisclosureDecision.Reason.BILLING_OR_INSURER);
        assertThat(notQualified).doesNotCarryIns().hasLevel(DisclosureDecision.Level.TRAITS_ONLY);

        failsMasked(GARCIA, () -> assertThat(notQualified).carriesIns(), "to carry the INS", "TRAITS_ONLY",
                "the identity is not qualified");
        failsMasked(GARCIA, () -> assertThat(care).doesNotCarryIns(), "not to carry the INS", "INS_AND_TRAITS");
        failsMasked(GARCIA, () -> assertThat(billing).hasLevel(DisclosureDecision.Level.NOTHING_IDENTIFYING),
                "NOTHING_IDENTIFYING", "TRAITS_ONLY");
        failsMasked(GARCIA, () -> assertThat(billing).hasReason(DisclosureDecision.Reason.RESEARCH), "RESEARCH",
                "BILLING_OR_INSURER");
    }

    @Test
    void identity_record_assertions() {
        IdentityRecord qualified = TestIdentities.recordOf(GARCIA, IdentityStatus.QUALIFIED);
        IdentityRecord provisional = TestIdentities.recordOf(GARCIA, IdentityStatus.PROVISIONAL);
        assertThat(qualified).isQualified().hasStatus(IdentityStatus.QUALIFIED).hasInsIdentity()
                .insIdentity().isCoherent().hasTestOid();
        assertThat(provisional).hasStatus(IdentityStatus.PROVISIONAL).hasNoInsIdentity();

        failsMasked(GARCIA, () -> assertThat(provisional).isQualified(), "to have status", "QUALIFIED (QUAL)",
                "PROVISIONAL (PROV)");
        failsMasked(GARCIA, () -> assertThat(provisional).hasInsIdentity(), "it holds none");
        failsMasked(GARCIA, () -> assertThat(provisional).insIdentity(), "it holds none");
        failsMasked(GARCIA, () -> assertThat(qualified).hasAttribute(IdentityAttribute.HOMONYM), "HOMONYM (HOMA)");
    }

    @Test
    void assertj_descriptions_are_kept() {
        assertThatThrownBy(() -> assertThat(CASANOVA).as("patient matricule").hasKey(1))
                .hasMessageContaining("[patient matricule]");
    }

    // ------------------------------------------------------------------------------------------
    // ClaimedIdentity

    /** What a reader of the given version would return for this identity, its name as written. */
    private static ClaimedIdentity.Builder claimed(FormatVersion version, InsIdentity identity, String birthName,
            String matricule) {
        Traits t = identity.traits();
        return ClaimedIdentity.builder(version)
                .birthName("name", birthName)
                .firstNames("given", t.firstNames().value(), null)
                .birthDate("birthDate", t.birthDate().value(), BirthDate::parse)
                .sex("sex", t.sex().name())
                .birthPlace("birthPlace", t.birthPlace().value())
                .identifier(IdentifierClaim.of("id", identity.identifier().oid().oid(), matricule));
    }

    @Test
    void claimed_identity_assertions() {
        String name = GARCIA.traits().birthName().value();
        String matricule = GARCIA.identifier().matricule().value();
        String wrongKey = matricule.substring(0, 13) + (matricule.endsWith("00") ? "01" : "00");
        ClaimedIdentity kept = claimed(FormatVersion.FR_CORE_2_2, GARCIA, name, matricule)
                .status(IdentityStatus.QUALIFIED).build();
        ClaimedIdentity refused = claimed(FormatVersion.CI_SIS_3, GARCIA, name, wrongKey).build();
        ClaimedIdentity absent = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR).birthName("PID-5", name).build();
        ClaimedIdentity lenient = claimed(FormatVersion.IHE_PAM_FR, GARCIA, name.toLowerCase(Locale.ROOT), matricule)
                .build();

        assertThat(kept).hasVersion(FormatVersion.FR_CORE_2_2).hasStatus(IdentityStatus.QUALIFIED)
                .keepsLocalIdentity().hasStrictTraits(true).hasIns().hasNoRefusals().ins().hasTestOid().isCoherent();
        assertThat(refused).hasVersion(FormatVersion.CI_SIS_3).keepsLocalIdentity().hasStrictTraits(true)
                .hasInsRefused(ExchangeException.Reason.INVALID_MATRICULE);
        assertThat(absent).hasNoIns().keepsLocalIdentity().hasStrictTraits(false);
        assertThat(lenient).keepsLocalIdentity().hasStrictTraits(false)
                .hasInsRefused(ExchangeException.Reason.INVALID_TRAIT);

        failsMasked(GARCIA, () -> assertThat(refused).hasIns(), "to keep an INS", "INVALID_MATRICULE");
        failsMasked(GARCIA, () -> assertThat(refused).ins(), "to keep an INS");
        failsMasked(GARCIA, () -> assertThat(refused).hasNoIns(), "to claim no INS", "INVALID_MATRICULE");
        failsMasked(GARCIA, () -> assertThat(refused).hasInsRefused(ExchangeException.Reason.WRONG_OID),
                "WRONG_OID", "INVALID_MATRICULE");
        failsMasked(GARCIA, () -> assertThat(refused).hasNoRefusals(), "to have no refusal", "INVALID_MATRICULE");
        failsMasked(GARCIA, () -> assertThat(refused).hasVersion(FormatVersion.CI_SIS_2), "CI_SIS_2", "CI_SIS_3");
        failsMasked(GARCIA, () -> assertThat(kept).hasNoIns(), "to hold no INS");
        failsMasked(GARCIA, () -> assertThat(kept).hasInsRefused(ExchangeException.Reason.INVALID_MATRICULE),
                "the INS is kept");
        failsMasked(GARCIA, () -> assertThat(kept).hasStatus(IdentityStatus.VALIDATED), "VALIDATED", "QUALIFIED");
        failsMasked(GARCIA, () -> assertThat(absent).hasInsRefused(ExchangeException.Reason.INVALID_MATRICULE),
                "no INS was refused");
        failsMasked(GARCIA, () -> assertThat(absent).hasStatus(IdentityStatus.QUALIFIED), "no status");
        failsMasked(GARCIA, () -> assertThat(absent).hasStrictTraits(true), "has none");
        failsMasked(GARCIA, () -> assertThat(kept).hasStrictTraits(false), "has them");
        failsMasked(GARCIA, () -> assertThat(ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR).build())
                .keepsLocalIdentity(), "to keep the local identity");
        assertThatThrownBy(() -> assertThat((ClaimedIdentity) null).hasIns()).isInstanceOf(AssertionError.class);
    }
}
