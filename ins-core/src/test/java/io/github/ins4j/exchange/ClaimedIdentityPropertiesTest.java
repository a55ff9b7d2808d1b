package io.github.ins4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.Refusal.Part;
import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** DIS-1, DIS-4, MAT-1, MAT-7 and TRT-5 for the result the three readers share. */
class ClaimedIdentityPropertiesTest {

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    private static ClaimedIdentity.Builder strict(Traits t, FormatVersion version) {
        return ClaimedIdentity.builder(version).birthName("family", t.birthName().value())
                .firstNames("given", t.firstNames().value(), t.firstNames().first())
                .birthDate("birthTime", t.birthDate().value(), BirthDate::parse)
                .sex("gender", t.sex().code()).birthPlace("county", t.birthPlace().value());
    }

    @Property(tries = 300)
    void DIS_4_the_ins_is_kept_exactly_when_its_five_strict_traits_are_there(@ForAll("traits") Traits traits,
            @ForAll InsOid oid, @ForAll long seed, @ForAll boolean retyped) {
        InsMatricule m = Identities.coherentMatricule(traits, seed);
        ClaimedIdentity.Builder b = strict(traits, FormatVersion.CI_SIS_3)
                .identifier(IdentifierClaim.of("id[1]", oid.oid(), m.format(MatriculeFormat.COMPACT)));
        String typed = Identities.retype(traits.birthName().value(), seed);
        boolean changed = retyped && !typed.equals(traits.birthName().value());
        if (changed) {
            b.birthName("family", typed);
        }
        ClaimedIdentity read = b.build();
        Statistics.label("birth name retyped").collect(changed);
        Statistics.label("birth name retyped").coverage(c -> {
            c.check(true).count(n -> n > 20);
            c.check(false).count(n -> n > 20);
        });
        assertThat(read.localTraits().birthName()).contains(traits.birthName());   // TRT-5
        if (changed) {
            assertThat(read.insIdentity()).isEmpty();
            assertThat(read.traits()).isEmpty();
            assertThat(read.refusal(Part.INS).orElseThrow().reason()).isEqualTo(Reason.INVALID_TRAIT);
        } else {
            assertThat(read.insIdentity()).contains(InsIdentity.of(InsIdentifier.of(m, oid), traits));
            assertThat(read.refusals()).isEmpty();
        }
    }

    @Property(tries = 300)
    void MAT_1_MAT_7_a_wrong_key_refuses_the_ins_and_nothing_said_shows_a_value(@ForAll("longNames") Traits traits,
            @ForAll long seed, @ForAll("keyShifts") int shift) {
        InsMatricule m = Identities.coherentMatricule(traits, seed);
        String value = m.format(MatriculeFormat.COMPACT);
        int key = Integer.parseInt(value.substring(13));
        String wrong = value.substring(0, 13) + String.format("%02d", (key - 1 + shift) % 97 + 1);
        ClaimedIdentity read = strict(traits, FormatVersion.IHE_PAM_FR)
                .identifier(IdentifierClaim.typedIns("PID-3 repetition 1", InsOid.NIR.oid(), wrong, null)).build();
        assertThat(read.insIdentity()).isEmpty();
        assertThat(read.traits()).contains(traits);
        assertThat(read.refusal(Part.INS).orElseThrow().reason()).isEqualTo(Reason.INVALID_MATRICULE);
        List<String> said = new ArrayList<>(read.refusals().stream().map(Refusal::message).toList());
        said.add(read.toString());
        assertThat(said).allSatisfy(text -> assertThat(text).doesNotContain(value.substring(0, 13))
                .doesNotContain(traits.birthName().value()).doesNotContain(traits.birthDate().value()));
    }

    /** Traits whose names are long enough not to appear by chance in a message. */
    @Provide
    Arbitrary<Traits> longNames() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(Identities.traits(), name, name)
                .as((t, n, f) -> new Traits(BirthName.parse(n), BirthFirstNames.parse(f), t.birthDate(), t.sex(),
                        t.birthPlace()));
    }

    @Provide
    Arbitrary<Integer> keyShifts() {
        return Arbitraries.integers().between(1, 96);
    }

    @Property(tries = 200)
    void DIS_1_with_a_status_the_ins_is_kept_for_a_qualified_identity_only(@ForAll("traits") Traits traits,
            @ForAll io.github.ins4j.qualification.IdentityStatus status, @ForAll long seed) {
        InsMatricule m = Identities.coherentMatricule(traits, seed);
        ClaimedIdentity read = strict(traits, FormatVersion.FR_CORE_NEXT).status(status)
                .identifier(IdentifierClaim.typedIns("identifier[0]", InsOid.NIR_TEST.urn(),
                        m.format(MatriculeFormat.COMPACT), InsOid.NIR_TEST.typeCode())).build();
        assertThat(read.status()).contains(status);
        if (status == io.github.ins4j.qualification.IdentityStatus.QUALIFIED) {
            assertThat(read.insIdentity()).isPresent();
        } else {
            assertThat(read.insIdentity()).isEmpty();
            assertThat(read.refusal(Part.INS).orElseThrow().reason()).isEqualTo(Reason.INS_NOT_QUALIFIED);
        }
    }
}
