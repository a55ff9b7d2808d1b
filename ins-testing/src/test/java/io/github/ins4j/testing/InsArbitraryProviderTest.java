package io.github.ins4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeBirthPlace;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.constraints.BornAbroad;
import io.github.ins4j.testing.constraints.BornInCorsica;
import io.github.ins4j.testing.constraints.BornInMetropolitanFrance;
import io.github.ins4j.testing.constraints.BornOverseas;
import io.github.ins4j.testing.constraints.Incoherent;
import io.github.ins4j.testing.constraints.Nia;
import io.github.ins4j.testing.constraints.Qualified;
import io.github.ins4j.testing.constraints.UnknownBirthMonth;
import io.github.ins4j.testing.constraints.WithStatus;
import io.github.ins4j.testing.internal.InsArbitraryProvider;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class InsArbitraryProviderTest {

    @Test
    void the_provider_is_registered_for_the_service_loader() {
        assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(InsArbitraryProvider.class);
    }

    @Property(tries = 200)
    void forall_works_without_configuration(@ForAll InsMatricule matricule, @ForAll InsIdentifier identifier,
            @ForAll Traits traits, @ForAll InsIdentity identity, @ForAll TypedTraits typed) {
        assertThat(InsMatricule.parse(matricule.value())).isEqualTo(matricule);
        assertThat(identifier.oid()).isEqualTo(InsOid.NIR_TEST);
        assertThat(BirthName.parse(traits.birthName().value())).isEqualTo(traits.birthName());
        assertThat(identity.coherence().isCoherent()).isTrue();
        assertThat(identity.identifier().oid().isProduction()).isFalse();
        assertThat(BirthName.parseTyped(typed.birthName())).isEqualTo(typed.strict().birthName());
    }

    @Property(tries = 100)
    void forall_works_for_single_traits_records_and_answers(@ForAll BirthName name, @ForAll BirthFirstNames first,
            @ForAll BirthDate date, @ForAll BirthPlaceCode place, @ForAll IdentityRecord record,
            @ForAll InsiAnswer answer) {
        assertThat(BirthName.parse(name.value())).isEqualTo(name);
        assertThat(BirthFirstNames.parse(first.value())).isEqualTo(first);
        assertThat(BirthDate.parse(date.value())).isEqualTo(date);
        assertThat(BirthPlaceCode.parse(place.value())).isEqualTo(place);
        assertThat(record.events()).isNotEmpty();
        assertThat(answer.result()).isNotNull();
    }

    @Property(tries = 200)
    void MAT_4_annotations_constrain_matricules(@ForAll @BornInCorsica InsMatricule corsican,
            @ForAll @BornAbroad @UnknownBirthMonth InsMatricule abroad,
            @ForAll @BornOverseas @BornInMetropolitanFrance InsMatricule overseasOrMetropolitan) {
        assertThat(((MatriculeBirthPlace.Department) corsican.birthPlace()).department()).isIn("2A", "2B", "20");
        assertThat(abroad.birthPlace()).isInstanceOf(MatriculeBirthPlace.Abroad.class);
        assertThat(abroad.birthMonthCode()).isBetween(20, 99);
        assertThat(BirthRegion.of(overseasOrMetropolitan.birthPlace()))
                .isIn(BirthRegion.OVERSEAS, BirthRegion.METROPOLITAN_FRANCE);
    }

    @Property(tries = 200)
    void MAT_5_TRT_7_annotations_constrain_identities(@ForAll @Nia InsIdentifier nia,
            @ForAll @Nia @BornInCorsica InsIdentity corsicanNia, @ForAll @Incoherent InsIdentity incoherent,
            @ForAll @BornAbroad Traits abroad) {
        assertThat(nia.oid()).isEqualTo(InsOid.NIA);
        assertThat(corsicanNia.identifier().oid()).isEqualTo(InsOid.NIA);
        assertThat(BirthRegion.of(corsicanNia.traits().birthPlace())).isEqualTo(BirthRegion.CORSICA);
        assertThat(corsicanNia.coherence().isCoherent()).isTrue();
        assertThat(incoherent.coherence().hasErrors()).isTrue();
        assertThat(BirthRegion.of(abroad.birthPlace())).isEqualTo(BirthRegion.ABROAD);
    }

    @Property(tries = 100)
    void QUA_annotations_constrain_records(@ForAll @Qualified IdentityRecord qualified,
            @ForAll @WithStatus({IdentityStatus.PROVISIONAL, IdentityStatus.VALIDATED}) IdentityRecord notRetrieved,
            @ForAll @Qualified @Nia IdentityRecord qualifiedNia) {
        assertThat(qualified.status()).isEqualTo(IdentityStatus.QUALIFIED);
        assertThat(notRetrieved.status()).isIn(IdentityStatus.PROVISIONAL, IdentityStatus.VALIDATED);
        assertThat(qualifiedNia.insIdentity().orElseThrow().identifier().oid()).isEqualTo(InsOid.NIA);
    }

    @Property(tries = 50)
    void type_use_annotations_work_in_lists(@ForAll List<@BornInCorsica InsMatricule> matricules) {
        assertThat(matricules).allMatch(m -> BirthRegion.of(m.birthPlace()) == BirthRegion.CORSICA);
    }

    @SuppressWarnings("unused")
    private void misused(@Qualified InsMatricule matricule, @Incoherent Traits traits, @BornInCorsica BirthName name) {
    }

    @Test
    void an_annotation_on_a_type_it_does_not_apply_to_is_refused() throws NoSuchMethodException {
        Method method = getClass().getDeclaredMethod("misused", InsMatricule.class, Traits.class, BirthName.class);
        InsArbitraryProvider provider = new InsArbitraryProvider();
        for (Parameter parameter : method.getParameters()) {
            TypeUsage type = TypeUsage.of(parameter.getType()).withAnnotation(parameter.getAnnotations()[0]);
            assertThat(provider.canProvideFor(type)).isTrue();
            assertThatThrownBy(() -> provider.provideFor(type, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not apply to @ForAll " + parameter.getType().getSimpleName());
        }
    }

    @Test
    void other_types_are_left_to_other_providers() {
        InsArbitraryProvider provider = new InsArbitraryProvider();
        assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
        assertThat(provider.canProvideFor(TypeUsage.of(InsOid.class))).isFalse();
    }
}
