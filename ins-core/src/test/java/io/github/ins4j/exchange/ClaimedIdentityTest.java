package io.github.ins4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.Refusal.Part;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules the three readers share, on a fixed test identity (GARCIA, INS-NIR-TEST). */
class ClaimedIdentityTest {

    static final String MATRICULE = "289046912312018";
    static final String TEST_OID = "1.2.250.1.213.1.4.10";
    static final Traits GARCIA = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
    static final InsIdentity GARCIA_INS = InsIdentity.of(InsIdentifier.parse(MATRICULE, TEST_OID), GARCIA);
    /** A second valid matricule (MAT-1), of a man born in 1984. */
    static final String OTHER = "184067505614435";

    /** A builder holding GARCIA's five traits, as a CDA or HL7 v2 reader gives them. */
    static ClaimedIdentity.Builder garcia(FormatVersion version) {
        return ClaimedIdentity.builder(version)
                .birthName("family", "GARCIA")
                .firstNames("given", "SARAH-LOU MARIE", "SARAH-LOU")
                .birthDate("birthTime", "1989-04-12", BirthDate::parse)
                .sex("gender", "F")
                .birthPlace("county", "69123");
    }

    static ClaimedIdentity read(UnaryOperator<ClaimedIdentity.Builder> change) {
        return change.apply(garcia(FormatVersion.CI_SIS_3)).build();
    }

    /** Asserts the INS was refused for {@code reason}, and that nothing said shows a value. */
    static ClaimedIdentity refused(ClaimedIdentity read, Reason reason) {
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.refusal(Part.INS).orElseThrow().reason()).isEqualTo(reason);
        assertThat(read.refusals()).allSatisfy(r -> assertThat(r.message()).doesNotContain("2890469123120")
                .doesNotContain("1840675056144").doesNotContain("GARCIA").doesNotContain("SARAH")
                .doesNotContain("1989"));
        assertThat(read.toString()).doesNotContain("2890469123120").doesNotContain("GARCIA");
        return read;
    }

    @Test
    void the_five_traits_and_an_ins_oid_give_the_ins() {
        ClaimedIdentity read = read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE)));
        assertThat(read.insIdentity()).contains(GARCIA_INS);
        assertThat(read.traits()).contains(GARCIA);
        assertThat(read.refusals()).isEmpty();
        assertThat(read.format()).isEqualTo(ExchangeFormat.CDA);
        assertThat(read.version()).isEqualTo(FormatVersion.CI_SIS_3);
        assertThat(read.status()).isEmpty();
        assertThat(read.attributes()).isEmpty();
        assertThat(read.validationMode()).isEmpty();
        assertThat(read.localTraits().birthName()).contains(GARCIA.birthName());
        assertThat(read.localTraits().typedBirthName()).contains("GARCIA");
        assertThat(read.localTraits().firstNames()).contains(GARCIA.firstNames());
        assertThat(read.localTraits().birthDate()).contains(GARCIA.birthDate());
        assertThat(read.localTraits().sex()).contains(GARCIA.sex());
        assertThat(read.localTraits().birthPlace()).contains(GARCIA.birthPlace());
        assertThat(read.refusal(Part.TRAITS)).isEmpty();
        assertThat(read).hasToString("ClaimedIdentity[CI-SIS 3.0, " + GARCIA_INS + ", " + read.localTraits()
                + ", refusals []]");
    }

    @Test
    void the_urn_form_and_the_version_set_late_are_read() {
        ClaimedIdentity read = read(b -> b.version(FormatVersion.CI_SIS_2)
                .identifier(IdentifierClaim.of("id[1]", "urn:oid:" + TEST_OID, MATRICULE)));
        assertThat(read.version()).isEqualTo(FormatVersion.CI_SIS_2);
        assertThat(read.insIdentity()).contains(GARCIA_INS);
    }

    @ParameterizedTest
    @CsvSource({"1.2.250.1.213.1.4.13", "1.2.250.1.213.1.4.14", "1.2.250.1.71.4.2.7", "not-an-oid"})
    void DIS_5_other_identifiers_are_not_the_ins(String oid) {
        ClaimedIdentity read = read(b -> b.identifier(IdentifierClaim.of("id[1]", oid, MATRICULE))
                .identifier(IdentifierClaim.of("id[2]", null, null)));
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.refusals()).isEmpty();
        assertThat(read.traits()).contains(GARCIA);
    }

    @Test
    void MAT_5_the_retired_ins_c_root_refuses_the_ins_not_the_document() {
        ClaimedIdentity read = refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", "1.2.250.1.213.1.4.2",
                "1121717802492545833548"))), Reason.WRONG_OID);
        assertThat(read.traits()).contains(GARCIA);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("id[1]").contains("INS-C");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.2.250.1.213.1.4.2|RETIRED_INS_C", "1.2.250.1.213.1.4.13|BILLING_NSS",
        "''|EMPTY"})
    void MAT_5_an_identifier_typed_as_an_ins_needs_an_ins_oid(String oid, String why) {
        ClaimedIdentity read = refused(read(b -> b.identifier(IdentifierClaim.typedIns("PID-3 repetition 1", oid,
                MATRICULE, null))), Reason.WRONG_OID);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("PID-3 repetition 1").contains("MAT-5");
    }

    @Test
    void MAT_5_the_type_code_goes_with_the_oid() {
        refused(read(b -> b.identifier(IdentifierClaim.typedIns("identifier[0]", "urn:oid:1.2.250.1.213.1.4.8",
                MATRICULE, "INS-NIR-TEST"))), Reason.TYPE_MISMATCH);
        assertThat(read(b -> b.identifier(IdentifierClaim.typedIns("identifier[0]", "urn:oid:" + TEST_OID,
                MATRICULE, "INS-NIR-TEST"))).insIdentity()).contains(GARCIA_INS);
    }

    @ParameterizedTest
    @CsvSource({"289046912312019", "28904691231201", "2 89 04 69 123 120 18", "2890469123120180", "''"})
    void MAT_1_an_invalid_matricule_refuses_the_ins_without_being_shown(String value) {
        ClaimedIdentity read = refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, value))),
                Reason.INVALID_MATRICULE);
        assertThat(read.traits()).contains(GARCIA);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("MAT-1");
        refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, null))), Reason.INVALID_MATRICULE);
    }

    @Test
    void MAT_1_a_wrong_key_is_named() {
        ClaimedIdentity read = refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID,
                "289046912312019"))), Reason.INVALID_MATRICULE);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("KEY_MISMATCH");
    }

    @Test
    void two_active_ins_are_refused() {
        ClaimedIdentity read = refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE))
                .identifier(IdentifierClaim.of("id[2]", "1.2.250.1.213.1.4.8", OTHER))), Reason.TWO_INS);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("id[1], id[2]");
        refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", "1.2.250.1.213.1.4.9", MATRICULE))
                .identifier(IdentifierClaim.of("id[2]", "1.2.250.1.213.1.4.9", OTHER))), Reason.TWO_INS);
        refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE))
                .identifier(IdentifierClaim.of("id[2]", "1.2.250.1.213.1.4.8", OTHER))
                .identifier(IdentifierClaim.of("id[3]", "1.2.250.1.213.1.4.9", OTHER))), Reason.TWO_INS);
    }

    @Test
    void an_ins_nir_beside_an_ins_nia_keeps_the_nir_and_the_nia_as_earlier() {
        ClaimedIdentity read = read(b -> b.identifier(IdentifierClaim.of("id[1]", "1.2.250.1.213.1.4.9", OTHER))
                .identifier(IdentifierClaim.of("id[2]", TEST_OID, MATRICULE)));
        InsIdentity ins = read.insIdentity().orElseThrow();
        assertThat(ins.identifier()).isEqualTo(GARCIA_INS.identifier());
        assertThat(ins.history()).containsExactly(EarlierIdentifier.of(InsIdentifier.parse(OTHER, "1.2.250.1.213.1.4.9")));
        assertThat(read.refusals()).isEmpty();
    }

    @Test
    void MAT_6_earlier_identifiers_go_with_one_active_one_that_they_do_not_repeat() {
        LocalDate from = LocalDate.of(2001, 2, 3);
        LocalDate to = LocalDate.of(2010, 4, 5);
        ClaimedIdentity read = read(b -> b.identifier(IdentifierClaim.typedIns("identifier[0]", TEST_OID, MATRICULE,
                "INS-NIR-TEST")).identifier(IdentifierClaim.typedIns("identifier[1]", "1.2.250.1.213.1.4.9", OTHER,
                "INS-NIA").earlier(from, to)));
        assertThat(read.insIdentity().orElseThrow().history()).containsExactly(new EarlierIdentifier(
                InsIdentifier.parse(OTHER, "1.2.250.1.213.1.4.9"), Optional.of(from), Optional.of(to)));
        refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE).earlier(null, null))),
                Reason.MISSING_ACTIVE_INS);
        refused(read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE))
                .identifier(IdentifierClaim.of("id[2]", TEST_OID, MATRICULE).earlier(null, null))), Reason.DUPLICATE_INS);
        assertThat(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE).earlier(null, null))
                .hasToString("IdentifierClaim[id[1], earlier, masked]");
        assertThat(IdentifierClaim.typedIns("identifier[0]", TEST_OID, MATRICULE, null))
                .hasToString("IdentifierClaim[identifier[0], typed INS, masked]");
    }

    @ParameterizedTest
    @EnumSource(value = IdentityStatus.class, names = {"PROVISIONAL", "RETRIEVED", "VALIDATED"})
    void DIS_1_in_a_format_that_carries_the_status_the_ins_goes_with_a_qualified_identity_only(IdentityStatus status) {
        ClaimedIdentity read = refused(garcia(FormatVersion.FR_CORE_NEXT).status(status)
                .identifier(IdentifierClaim.typedIns("identifier[0]", TEST_OID, MATRICULE, "INS-NIR-TEST")).build(),
                Reason.INS_NOT_QUALIFIED);
        assertThat(read.status()).contains(status);
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains(status.code()).contains("DIS-1");
        refused(garcia(FormatVersion.FR_CORE_2).identifier(IdentifierClaim.typedIns("identifier[0]", TEST_OID,
                MATRICULE, "INS-NIR-TEST")).build(), Reason.INS_NOT_QUALIFIED);
        ClaimedIdentity qualified = garcia(FormatVersion.FR_CORE_2_2).status(IdentityStatus.QUALIFIED)
                .attributes(Set.of(IdentityAttribute.HOMONYM)).validationMode(IdentityDocument.PASSPORT)
                .identifier(IdentifierClaim.typedIns("identifier[0]", TEST_OID, MATRICULE, "INS-NIR-TEST")).build();
        assertThat(qualified.insIdentity()).contains(GARCIA_INS);
        assertThat(qualified.attributes()).containsExactly(IdentityAttribute.HOMONYM);
        assertThat(qualified.validationMode()).contains(IdentityDocument.PASSPORT);
        assertThat(qualified.toString()).startsWith("ClaimedIdentity[FR Core 2.2, QUAL, attributes [HOMONYM],"
                + " checked on PA, InsIdentity[");
    }

    @Test
    void a_format_refusal_of_the_ins_or_the_status_is_kept() {
        ClaimedIdentity read = refused(garcia(FormatVersion.FR_CORE_NEXT).status(IdentityStatus.QUALIFIED)
                .refuse(Part.INS, Reason.INVALID_USE, "identifier[0] has use temp")
                .identifier(IdentifierClaim.typedIns("identifier[0]", TEST_OID, MATRICULE, "INS-NIR-TEST")).build(),
                Reason.INVALID_USE);
        assertThat(read.refusals()).hasSize(1);
        ClaimedIdentity status = garcia(FormatVersion.FR_CORE_NEXT)
                .refuse(Part.STATUS, Reason.UNKNOWN_CODE, "the identityStatus is not known").build();
        assertThat(status.refusal(Part.STATUS).orElseThrow().reason()).isEqualTo(Reason.UNKNOWN_CODE);
        assertThat(status.status()).isEmpty();
        assertThatThrownBy(() -> garcia(FormatVersion.CI_SIS_3).refuse(Part.TRAITS, Reason.INVALID_TRAIT, "x"))
                .isInstanceOfSatisfying(ExchangeException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_STRUCTURE));
        // a refused INS stays refused even when a later identifier is fine
        refused(garcia(FormatVersion.CI_SIS_3).refuse(Part.INS, Reason.WRONG_OID, "universal ID type")
                .identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE)).build(), Reason.WRONG_OID);
    }

    @ParameterizedTest
    @EnumSource(Trait.class)
    void DIS_4_a_missing_trait_refuses_the_ins_and_the_strict_traits(Trait missing) {
        ClaimedIdentity.Builder b = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR)
                .identifier(IdentifierClaim.of("PID-3 repetition 1", TEST_OID, MATRICULE));
        if (missing != Trait.BIRTH_NAME) {
            b.birthName("PID-5.1", "GARCIA");
        }
        if (missing != Trait.BIRTH_FIRST_NAMES) {
            b.firstNames("PID-5.3", "SARAH-LOU MARIE", "");
        }
        b.birthDate("PID-7", missing == Trait.BIRTH_DATE ? null : "1989-04-12", BirthDate::parse);
        b.sex("PID-8", missing == Trait.SEX ? "" : "F");
        if (missing != Trait.BIRTH_PLACE_CODE) {
            b.birthPlace("PID-11", "69123");
        }
        ClaimedIdentity read = refused(b.build(), Reason.MISSING_TRAIT);
        assertThat(read.traits()).isEmpty();
        Refusal trait = read.refusal(Part.TRAITS).orElseThrow();
        assertThat(trait.reason()).isEqualTo(Reason.MISSING_TRAIT);
        assertThat(trait.message()).contains(missing.label());
        assertThat(read.refusal(Part.INS).orElseThrow().message()).contains("DIS-4");
        assertThat(read.refusals()).hasSize(2);
    }

    @Test
    void DIS_4_without_an_ins_a_missing_trait_is_said_without_an_ins_refusal() {
        ClaimedIdentity read = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR).build();
        assertThat(read.refusals()).hasSize(5).allSatisfy(r -> {
            assertThat(r.part()).isEqualTo(Part.TRAITS);
            assertThat(r.reason()).isEqualTo(Reason.MISSING_TRAIT);
            assertThat(r.message()).doesNotContain("DIS-4");
        });
        assertThat(read.localTraits().birthName()).isEmpty();
        assertThat(read.insIdentity()).isEmpty();
    }

    @Test
    void TRT_1_TRT_5_traits_not_in_ins_form_are_read_as_typed_and_refuse_the_ins() {
        ClaimedIdentity read = refused(ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR)
                .identifier(IdentifierClaim.of("PID-3 repetition 1", TEST_OID, MATRICULE))
                .birthName("PID-5.1", "García").firstNames("PID-5.3", "Sarah-Lou Marie", "sarah-lou")
                .birthDate("PID-7", "1989-04-12", BirthDate::parse).sex("PID-8", "f").birthPlace("PID-11", " 69123 ")
                .build(), Reason.INVALID_TRAIT);
        assertThat(read.traits()).isEmpty();
        assertThat(read.localTraits().birthName()).contains(GARCIA.birthName());
        assertThat(read.localTraits().typedBirthName()).contains("García");
        assertThat(read.localTraits().firstNames()).contains(GARCIA.firstNames());
        assertThat(read.localTraits().sex()).contains(GARCIA.sex());
        assertThat(read.localTraits().birthPlace()).contains(GARCIA.birthPlace());
        assertThat(read.refusals()).filteredOn(r -> r.part() == Part.TRAITS).hasSize(4)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_TRAIT));
        assertThat(read.refusals().get(0).message()).contains("birth name").contains("PID-5.1").contains("INS form");
    }

    @Test
    void TRT_1_what_is_no_trait_even_as_typed_is_missing_from_the_local_traits() {
        ClaimedIdentity read = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR)
                .birthName("PID-5.1", "G4RC1A").firstNames("PID-5.3", "SARAH 42", null)
                .birthDate("PID-7", "19891312", text -> BirthDate.parse(text))
                .sex("PID-8", "U").birthPlace("PID-11", "ABCDE").build();
        assertThat(read.localTraits().birthName()).isEmpty();
        assertThat(read.localTraits().firstNames()).isEmpty();
        assertThat(read.localTraits().birthDate()).isEmpty();
        assertThat(read.localTraits().sex()).isEmpty();
        assertThat(read.localTraits().birthPlace()).isEmpty();
        assertThat(read.refusals()).hasSize(5).allSatisfy(r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_TRAIT));
        ClaimedIdentity bad = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR).birthDate("PID-7", "x", text -> {
            throw new IllegalArgumentException("not a timestamp");
        }).build();
        assertThat(bad.refusal(Part.TRAITS).orElseThrow().message()).contains("birth date").contains("not a timestamp");
    }

    @Test
    void TRT_2_the_first_first_name_starts_the_list() {
        ClaimedIdentity read = refused(read(b -> b.firstNames("given", "SARAH-LOU MARIE", "MARIE")
                .identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE))), Reason.INCONSISTENT_FIRST_NAME);
        assertThat(read.refusal(Part.TRAITS).orElseThrow().message()).contains("TRT-2");
        assertThat(read.localTraits().firstNames()).contains(GARCIA.firstNames());
        assertThat(read(b -> b.firstNames("given", "SARAH-LOU MARIE", "Sarah Lou")).traits()).contains(GARCIA);
        assertThat(read(b -> b.firstNames("given", "SARAH-LOU MARIE", null)).traits()).contains(GARCIA);
    }

    @Test
    void a_trait_refused_by_the_reader_is_refused_once_and_missing_from_the_local_traits() {
        ClaimedIdentity read = ClaimedIdentity.builder(FormatVersion.CI_SIS_3)
                .refuseTrait(Trait.BIRTH_PLACE_CODE, Reason.DUPLICATE_TRAIT, "two county")
                .refuseTrait(Trait.BIRTH_PLACE_CODE, Reason.DUPLICATE_TRAIT, "two county again")
                .birthName("family", "GARCIA").firstNames("given", "SARAH-LOU MARIE", null)
                .birthDate("birthTime", "1989-04-12", BirthDate::parse).sex("gender", "F")
                .identifier(IdentifierClaim.of("id[1]", TEST_OID, MATRICULE)).build();
        refused(read, Reason.DUPLICATE_TRAIT);
        assertThat(read.refusals()).extracting(Refusal::message).containsExactly("two county",
                "the document carries an INS but not the five traits in INS form (DUPLICATE_TRAIT); the INS never"
                        + " travels without them (DIS-4)");
        assertThat(read.localTraits().birthPlace()).isEmpty();
    }

    @Test
    void refusals_and_exceptions_say_what_and_why() {
        Refusal refusal = read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, "289046912312019")))
                .refusal(Part.INS).orElseThrow();
        Refusal same = read(b -> b.identifier(IdentifierClaim.of("id[1]", TEST_OID, "289046912312019")))
                .refusal(Part.INS).orElseThrow();
        assertThat(refusal).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null)
                .isNotEqualTo(read(b -> b.identifier(IdentifierClaim.of("id[2]", TEST_OID, "289046912312019")))
                        .refusal(Part.INS).orElseThrow());
        assertThat(refusal.toString()).startsWith("Refusal[INS, INVALID_MATRICULE: the INS identifier id[1]");
        ExchangeException e = new ExchangeException(ExchangeFormat.HL7V2, Reason.MALFORMED_FIELD, "PID-5 is odd");
        assertThat(e).hasMessage("HL7 v2 PID refused (MALFORMED_FIELD): PID-5 is odd").hasNoCause();
        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_FIELD);
        assertThat(e.reason().family()).isEqualTo("exchange");
        assertThat(e.format()).isEqualTo(ExchangeFormat.HL7V2);
        assertThat(e.errorIndex()).isEqualTo(-1);
        assertThatThrownBy(() -> new ExchangeException(null, Reason.TOO_LARGE, "x"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> garcia(FormatVersion.CI_SIS_3).identifier(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ClaimedIdentity.builder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> read(b -> b).refusal(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void INT_3_each_version_names_its_format() {
        assertThat(FormatVersion.FR_CORE_2.format()).isEqualTo(ExchangeFormat.FHIR);
        assertThat(FormatVersion.FR_CORE_NEXT.format()).isEqualTo(ExchangeFormat.FHIR);
        assertThat(FormatVersion.CI_SIS_2.format()).isEqualTo(ExchangeFormat.CDA);
        assertThat(FormatVersion.IHE_PAM_FR.format()).isEqualTo(ExchangeFormat.HL7V2);
        assertThat(FormatVersion.CI_SIS_2.label()).isEqualTo("CI-SIS 2.41");
        assertThat(ExchangeFormat.FHIR.carriesStatus()).isTrue();
        assertThat(ExchangeFormat.CDA.carriesStatus()).isFalse();
        assertThat(ExchangeFormat.HL7V2.carriesStatus()).isFalse();
        assertThat(ExchangeFormat.CDA.label()).isEqualTo("CDA recordTarget");
        assertThat(ClaimedIdentity.class.getConstructors()).isEmpty();
        assertThat(Refusal.class.getConstructors()).isEmpty();
        assertThat(IdentifierClaim.class.getConstructors()).isEmpty();
    }

    /**
     * DIS-5: whatever valid matricule a document carries under the billing NSS OIDs (or any OID that
     * is not an INS one), it is another identifier: no INS is read, nothing is refused, the traits
     * stay.
     */
    @net.jqwik.api.Property(tries = 200)
    void DIS_5_a_matricule_under_an_nss_or_other_oid_is_never_read_as_the_ins(
            @net.jqwik.api.ForAll long seed,
            @net.jqwik.api.ForAll("otherOids") String oid) {
        String matricule = io.github.ins4j.fixtures.Identities.coherentMatricule(GARCIA, seed).value();
        ClaimedIdentity read = read(b -> b.identifier(IdentifierClaim.of("id[1]", oid, matricule)));
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.refusals()).isEmpty();
        assertThat(read.traits()).contains(GARCIA);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> otherOids() {
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.of("1.2.250.1.213.1.4.13", "1.2.250.1.213.1.4.14"),
                net.jqwik.api.Arbitraries.integers().between(1, 99_999).map(n -> "1.2.250.1.71.4.2." + n));
    }
}
