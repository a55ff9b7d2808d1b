package io.github.ins4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.mssante.MssantePatientAddress;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * MAT-7 and its siblings across ins-core: no public type that holds a matricule, traits or an
 * address shows them in {@code toString()}, and no exception the library throws for them shows
 * them in its message.
 */
class PersonalDataLeakPropertiesTest {

    /** Traits whose names are long enough not to appear by chance in English words. */
    @Provide
    Arbitrary<Traits> traits() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(Identities.traits(), name, name)
                .as((t, n, f) -> new Traits(BirthName.parse(n), BirthFirstNames.parse(f), t.birthDate(), t.sex(),
                        t.birthPlace()));
    }

    @Property(tries = 300)
    void MAT_7_no_public_type_shows_personal_data(@ForAll("traits") Traits traits,
            @ForAll Records.State state, @ForAll InsOid oid, @ForAll long seed) {
        IdentityRecord record = Records.record(traits, state, oid, seed);
        InsMatricule matricule = Identities.coherentMatricule(traits, seed);
        InsIdentifier identifier = InsIdentifier.of(matricule, oid);
        InsIdentity identity = new InsIdentity(identifier, traits,
                List.of(EarlierIdentifier.of(InsIdentifier.of(matricule, oid == InsOid.NIA ? InsOid.NIR : InsOid.NIA))));
        LocalTraits desk = LocalTraits.builder().birthName(traits.birthName().value().toLowerCase())
                .firstNames(traits.firstNames().value()).birthDate(traits.birthDate()).build();

        List<Object> holders = new ArrayList<>(List.of(matricule, identifier, identity, traits,
                traits.birthName(), traits.firstNames(), traits.birthDate(), traits.birthPlace(),
                matricule.birthPlace(), desk, TraitMatcher.compare(desk, traits), CoherenceReport.check(matricule, traits),
                record, record.events(), record.auditTrail(), IdentityEvent.InsiAnswer.found(identity),
                new IdentityEvent.TraitEdit(traits)));
        for (DocumentPurpose purpose : DocumentPurpose.values()) {
            holders.add(Disclosure.decide(record, purpose));
            holders.add(Disclosure.decide(record, purpose).identity());
        }
        if (record.isQualified() && oid.isProduction()) {
            holders.add(MssantePatientAddress.from(Disclosure.decide(record, DocumentPurpose.MSSANTE_TO_PATIENT)));
        }
        for (Object holder : holders) {
            assertNoPersonalData(String.valueOf(holder), matricule, traits);
        }
    }

    @Property(tries = 300)
    void MAT_7_exception_messages_never_show_personal_data(@ForAll("traits") Traits traits, @ForAll long seed) {
        InsMatricule matricule = Identities.coherentMatricule(traits, seed);
        String m = matricule.value();
        String name = traits.birthName().value();
        String date = traits.birthDate().value();
        List<Supplier<Object>> failures = List.of(
                () -> InsMatricule.parse(m.substring(0, 14) + (char) ('0' + (m.charAt(14) - '0' + 1) % 10)),
                () -> InsMatricule.parse(m + "0"),
                () -> InsMatricule.parse(m.substring(0, 13)),
                () -> InsMatricule.of(m.substring(0, 13), "00"),
                () -> InsOid.parse(m),
                () -> BirthName.parse(name.toLowerCase()),
                () -> BirthName.parse(name + " "),
                () -> BirthFirstNames.parse(traits.firstNames().value() + "-"),
                () -> BirthDate.parse(date.replace('-', '/')),
                () -> BirthDate.parse(date.substring(0, 4) + "-13-01"),
                () -> MssantePatientAddress.parse(m.substring(0, 14) + "@patient.mssante.fr", InsOid.NIR),
                () -> MssantePatientAddress.parse(m + "@patient.mssante.fr", InsOid.NIR_TEST),
                () -> MssantePatientAddress.from(Disclosure.decide(Records.record(traits, Records.State.RETRIEVED, InsOid.NIR, seed), DocumentPurpose.MSSANTE_TO_PATIENT)));
        for (Supplier<Object> failure : failures) {
            try {
                failure.get();
            } catch (RuntimeException e) {
                assertNoPersonalData(e.getMessage(), matricule, traits);
                continue;
            }
            throw new AssertionError("expected a refusal");
        }
    }

    private static void assertNoPersonalData(String text, InsMatricule matricule, Traits traits) {
        assertThat(text)
                .doesNotContain(matricule.numIdentifiant())
                .doesNotContain(traits.birthName().value())
                .doesNotContain(traits.firstNames().value())
                .doesNotContain(traits.birthDate().value());
    }
}
