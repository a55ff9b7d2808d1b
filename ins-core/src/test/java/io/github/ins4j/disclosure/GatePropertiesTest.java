package io.github.ins4j.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.datamatrix.DatamatrixException;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.mssante.MssanteAddressException;
import io.github.ins4j.mssante.MssanteDomain;
import io.github.ins4j.mssante.MssantePatientAddress;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The gate, from outside: for every status, purpose, OID and MSSanté domain, a written matricule
 * (Datamatrix payload, MSSanté address) exists exactly when {@link Disclosure#decide} allowed the
 * INS, and the refusals say why (DIS-1, DIS-3, DMX-5, MSS-2).
 */
class GatePropertiesTest {

    private static final String LABEL = "matricule written";

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    @Provide
    Arbitrary<MssanteDomain> domains() {
        return Arbitraries.of(MssanteDomain.PRODUCTION, MssanteDomain.test("patient.mssante.test"));
    }

    private static boolean allowed(IdentityRecord record, DocumentPurpose purpose) {
        return record.status() == IdentityStatus.QUALIFIED && !Purposes.forbidsIns(purpose);
    }

    @Property(tries = 400)
    void DIS_1_DIS_3_DMX_5_the_datamatrix_is_written_exactly_when_the_decision_allows_the_ins(
            @ForAll("traits") Traits traits, @ForAll Records.State state, @ForAll InsOid oid, @ForAll long seed,
            @ForAll DocumentPurpose purpose) {
        IdentityRecord record = Records.record(traits, state, oid, seed);
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        boolean allowed = allowed(record, purpose);
        Statistics.label(LABEL).collect(allowed);
        assertThat(decision.mayCarryIns()).isEqualTo(allowed);
        if (allowed) {
            String payload = InsDatamatrix.write(decision);
            assertThat(InsDatamatrix.read(payload)).isEqualTo(record.insIdentity().orElseThrow());
        } else {
            DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> InsDatamatrix.write(decision));
            assertThat(e.reason()).isEqualTo(Purposes.forbidsIns(purpose)
                    ? DatamatrixException.Reason.INS_NOT_DISCLOSED : DatamatrixException.Reason.NOT_QUALIFIED);
            assertThat(e.getMessage()).doesNotContain(Identities.coherentMatricule(traits, seed).numIdentifiant());
        }
        Statistics.label(LABEL).coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
    }

    @Property(tries = 400)
    void MSS_2_an_address_exists_exactly_for_an_allowed_ins_with_an_oid_of_its_domain(
            @ForAll("traits") Traits traits, @ForAll Records.State state, @ForAll InsOid oid, @ForAll long seed,
            @ForAll DocumentPurpose purpose, @ForAll("domains") MssanteDomain domain) {
        IdentityRecord record = Records.record(traits, state, oid, seed);
        DisclosureDecision decision = Disclosure.decide(record, purpose);
        boolean sameWorld = oid.isProduction() == (domain.kind() == MssanteDomain.Kind.PRODUCTION);
        boolean expected = allowed(record, purpose) && sameWorld;
        Statistics.label(LABEL).collect(expected);
        if (expected) {
            MssantePatientAddress address = MssantePatientAddress.from(decision, domain);
            assertThat(address.identifier()).isEqualTo(record.insIdentity().orElseThrow().identifier());
            assertThat(address.value()).endsWith("@" + domain.name());
        } else {
            MssanteAddressException e = catchThrowableOfType(MssanteAddressException.class,
                    () -> MssantePatientAddress.from(decision, domain));
            MssanteAddressException.Reason reason;
            if (Purposes.forbidsIns(purpose)) {
                reason = MssanteAddressException.Reason.INS_NOT_DISCLOSED;
            } else if (record.status() != IdentityStatus.QUALIFIED) {
                reason = MssanteAddressException.Reason.NOT_QUALIFIED;
            } else {
                reason = oid.isProduction() ? MssanteAddressException.Reason.PRODUCTION_OID_IN_TEST_DOMAIN
                        : MssanteAddressException.Reason.TEST_OID;
            }
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).doesNotContain(Identities.coherentMatricule(traits, seed).numIdentifiant());
        }
        Statistics.label(LABEL).coverage(coverage -> {
            coverage.check(true).count(c -> c > 0);
            coverage.check(false).count(c -> c > 0);
        });
    }
}
