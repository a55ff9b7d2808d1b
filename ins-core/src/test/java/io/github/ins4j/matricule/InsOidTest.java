package io.github.ins4j.matricule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.matricule.InvalidOidException.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MAT-5 and the OID table of spec/01-matricule.md. */
class InsOidTest {

    @Property
    void MAT_5_nir_or_nia_comes_from_the_oid_never_from_the_digits(
            @ForAll("valid") String text, @ForAll InsOid oid) {
        InsIdentifier ins = InsIdentifier.parse(text, oid.oid());
        assertThat(ins.oid()).isEqualTo(oid);
        assertThat(ins.oid().isNia()).isEqualTo(oid == InsOid.NIA);
        assertThat(ins.oid().isNir()).isEqualTo(oid != InsOid.NIA);
        assertThat(ins.matricule().value()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> valid() {
        return Matricules.valid();
    }

    @Example
    void MAT_5_the_insi_test_nia_starts_with_1() {
        InsIdentifier nia = InsIdentifier.of(InsMatricule.of("1090763220888", "35"),
                InsOid.parse("1.2.250.1.213.1.4.9"));
        assertThat(nia.oid()).isEqualTo(InsOid.NIA);
        assertThat(nia.oid().isNia()).isTrue();
        assertThat(nia.matricule().sexDigit()).isEqualTo(1);
        assertThat(nia.toString()).isEqualTo("InsIdentifier[1 09 ** ** *** *** 35, INS-NIA]");
    }

    @Example
    void the_oid_table() {
        assertThat(InsOid.parse("1.2.250.1.213.1.4.8")).isEqualTo(InsOid.NIR);
        assertThat(InsOid.parse("1.2.250.1.213.1.4.9")).isEqualTo(InsOid.NIA);
        assertThat(InsOid.parse("1.2.250.1.213.1.4.10")).isEqualTo(InsOid.NIR_TEST);
        assertThat(InsOid.parse("1.2.250.1.213.1.4.11")).isEqualTo(InsOid.NIR_DEMO);
        assertThat(InsOid.NIR.typeCode()).isEqualTo("INS-NIR");
        assertThat(InsOid.NIA.typeCode()).isEqualTo("INS-NIA");
        assertThat(InsOid.NIR_TEST.typeCode()).isEqualTo("INS-NIR-TEST");
        assertThat(InsOid.NIR_DEMO.typeCode()).isEqualTo("INS-NIR-DEMO");
        assertThat(InsOid.NIR.isProduction()).isTrue();
        assertThat(InsOid.NIA.isProduction()).isTrue();
        assertThat(InsOid.NIR_TEST.isProduction()).isFalse();
        assertThat(InsOid.NIR_DEMO.isProduction()).isFalse();
    }

    @Property
    void every_oid_parses_back_bare_and_as_urn(@ForAll InsOid oid) {
        assertThat(InsOid.parse(oid.oid())).isEqualTo(oid);
        assertThat(InsOid.parse(oid.urn())).isEqualTo(oid);
        assertThat(oid.urn()).isEqualTo("urn:oid:" + oid.oid());
    }

    @Example
    void ins_c_and_billing_nss_are_recognised_and_refused() {
        assertThat(reasonOf("1.2.250.1.213.1.4.2")).isEqualTo(Reason.RETIRED_INS_C);
        assertThat(reasonOf("urn:oid:1.2.250.1.213.1.4.2")).isEqualTo(Reason.RETIRED_INS_C);
        assertThat(reasonOf("1.2.250.1.213.1.4.13")).isEqualTo(Reason.BILLING_NSS);
        assertThat(reasonOf("1.2.250.1.213.1.4.14")).isEqualTo(Reason.BILLING_NSS);
        assertThat(reasonOf(null)).isEqualTo(Reason.NULL);
        assertThat(reasonOf("")).isEqualTo(Reason.EMPTY);
        assertThat(reasonOf("urn:oid:")).isEqualTo(Reason.EMPTY);
        assertThat(reasonOf(" 1.2.250.1.213.1.4.8")).isEqualTo(Reason.UNKNOWN);
        assertThat(reasonOf("1.2.250.1.213.1.4.1")).isEqualTo(Reason.UNKNOWN);
    }

    @Property
    void unknown_oids_are_refused_without_repeating_the_text(@ForAll("unknown") String text) {
        InvalidOidException e = catchThrowableOfType(InvalidOidException.class,
                () -> InsOid.parse(text));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN);
        assertThat(e.getMessage()).doesNotContain(text);
    }

    @Provide
    Arbitrary<String> unknown() {
        return Arbitraries.oneOf(Matricules.valid(),
                Arbitraries.strings().withChars("0123456789.").ofMinLength(13).ofMaxLength(30))
                .filter(s -> !s.startsWith("1.2.250.1.213.1.4."));
    }

    @Example
    void identifier_parts_are_never_null() {
        assertThatThrownBy(() -> InsIdentifier.of(null, InsOid.NIR))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("matricule");
        assertThatThrownBy(() -> InsIdentifier.of(InsMatricule.parse("184067505614435"), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("oid");
    }

    private static Reason reasonOf(String text) {
        InvalidOidException e = catchThrowableOfType(InvalidOidException.class,
                () -> InsOid.parse(text));
        return e == null ? null : e.reason();
    }
}
