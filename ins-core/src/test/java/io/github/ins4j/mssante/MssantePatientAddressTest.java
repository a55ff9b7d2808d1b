package io.github.ins4j.mssante;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.disclosure.Disclosure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.fixtures.Records.State;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.mssante.MssanteAddressException.Reason;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MSS-1 … MSS-4. */
class MssantePatientAddressTest {

    private static final MssanteDomain TEST = MssanteDomain.test("patient.mssante.test");

    @Provide
    Arbitrary<IdentityRecord> records() {
        return Records.records();
    }

    @Property
    void MSS_2_an_address_is_derived_iff_qualified_with_a_production_oid(@ForAll("records") IdentityRecord record) {
        boolean allowed = record.status() == IdentityStatus.QUALIFIED
                && record.insIdentity().orElseThrow().identifier().oid().isProduction();
        MssanteAddressException e = catchThrowableOfType(MssanteAddressException.class,
                () -> MssantePatientAddress.from(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT)));
        assertThat(e == null).isEqualTo(allowed);
        if (e != null) {
            assertThat(e.reason()).isEqualTo(record.status() == IdentityStatus.QUALIFIED
                    ? Reason.TEST_OID : Reason.NOT_QUALIFIED);
        }
    }

    @Property
    void MSS_2_test_oids_only_in_an_explicit_test_domain(@ForAll("records") IdentityRecord record) {
        if (record.status() == IdentityStatus.QUALIFIED) {
            boolean production = record.insIdentity().orElseThrow().identifier().oid().isProduction();
            MssanteAddressException e = catchThrowableOfType(MssanteAddressException.class,
                    () -> MssantePatientAddress.from(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT), TEST));
            if (production) {
                assertThat(e.reason()).isEqualTo(Reason.PRODUCTION_OID_IN_TEST_DOMAIN);
            } else {
                assertThat(e).isNull();
                assertThat(MssantePatientAddress.from(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT), TEST).value()).endsWith("@patient.mssante.test");
            }
        }
    }

    @Property
    void MSS_1_MSS_3_the_address_is_the_15_characters_and_parses_back(
            @ForAll("traits") Traits traits, @ForAll("productionOids") InsOid oid, @ForAll long seed) {
        IdentityRecord record = Records.record(traits, State.QUALIFIED, oid, seed);
        MssantePatientAddress address = MssantePatientAddress.from(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT));
        String matricule = record.insIdentity().orElseThrow().identifier().matricule().value();
        assertThat(address.value()).isEqualTo(matricule + "@patient.mssante.fr");
        MssantePatientAddress parsed = MssantePatientAddress.parse(address.value(), oid);
        assertThat(parsed).isEqualTo(address);
        assertThat(parsed.identifier().matricule().value()).isEqualTo(matricule);
    }

    @Property
    void MSS_4_the_address_is_masked(@ForAll("traits") Traits traits, @ForAll("productionOids") InsOid oid,
            @ForAll long seed) {
        MssantePatientAddress address = MssantePatientAddress.from(Disclosure.decide(Records.record(traits, State.QUALIFIED, oid, seed), DocumentPurpose.MSSANTE_TO_PATIENT));
        String matricule = address.identifier().matricule().value();
        assertThat(address.toString()).doesNotContain(matricule.substring(0, 13))
                .matches("[1-8]\\d\\d\\*{10}\\d\\d@patient\\.mssante\\.fr");
    }

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    @Provide
    Arbitrary<InsOid> productionOids() {
        return net.jqwik.api.Arbitraries.of(InsOid.NIR, InsOid.NIA);
    }

    @Example
    void MSS_3_parsing_refuses_other_domains_and_local_parts() {
        assertThat(reason("184067505614435@patient.mssante.fr.evil.com")).isEqualTo(Reason.WRONG_DOMAIN);
        assertThat(reason("184067505614435@mssante.fr")).isEqualTo(Reason.WRONG_DOMAIN);
        assertThat(reason("184067505614436@patient.mssante.fr")).isEqualTo(Reason.INVALID_MATRICULE);
        assertThat(reason("1 84 06 75 056 144 35@patient.mssante.fr")).isEqualTo(Reason.INVALID_MATRICULE);
        assertThat(reason("1840675056144@patient.mssante.fr")).isEqualTo(Reason.INVALID_MATRICULE);
        assertThat(reason("184067505614435")).isEqualTo(Reason.MALFORMED);
        assertThat(reason("a@b@patient.mssante.fr")).isEqualTo(Reason.MALFORMED);
        assertThat(reason(null)).isEqualTo(Reason.MALFORMED);
        assertThat(reason("1".repeat(10_000) + "@patient.mssante.fr")).isEqualTo(Reason.MALFORMED);
        assertThat(MssantePatientAddress.parse("184067505614435@PATIENT.MSSANTE.FR", InsOid.NIR).value())
                .isEqualTo("184067505614435@patient.mssante.fr");
        MssanteAddressException e = catchThrowableOfType(MssanteAddressException.class,
                () -> MssantePatientAddress.parse("184067505614435@patient.mssante.fr", InsOid.NIR_TEST));
        assertThat(e.reason()).isEqualTo(Reason.TEST_OID);
        assertThat(e.getMessage()).doesNotContain("1840675056144");
    }

    @Example
    void a_test_domain_is_never_the_production_one() {
        for (String name : new String[] {"patient.mssante.fr", "PATIENT.MSSANTE.FR", "", "no domain", "x"}) {
            assertThat(catchThrowableOfType(MssanteAddressException.class, () -> MssanteDomain.test(name)).reason())
                    .isEqualTo(Reason.INVALID_TEST_DOMAIN);
        }
    }

    private static Reason reason(String address) {
        MssanteAddressException e = catchThrowableOfType(MssanteAddressException.class,
                () -> MssantePatientAddress.parse(address, InsOid.NIR));
        return e == null ? null : e.reason();
    }

    @org.junit.jupiter.api.Test
    void MSS_4_a_test_domain_never_holds_a_matricule() {
        for (String name : java.util.List.of("184067505614435.test", "202345615091614c15sante.fr",
                "x-184-067-505-614-435.example")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MssanteDomain.test(name))
                    .isInstanceOfSatisfying(MssanteAddressException.class, e -> {
                        org.assertj.core.api.Assertions.assertThat(e.reason())
                                .isEqualTo(MssanteAddressException.Reason.INVALID_TEST_DOMAIN);
                        org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("1840675056144");
                    });
        }
    }
}
