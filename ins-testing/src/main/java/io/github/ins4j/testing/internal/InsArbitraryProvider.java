package io.github.ins4j.testing.internal;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.testing.BirthArbitrary;
import io.github.ins4j.testing.BirthRegion;
import io.github.ins4j.testing.IdentifierArbitrary;
import io.github.ins4j.testing.IdentityArbitrary;
import io.github.ins4j.testing.InsArbitraries;
import io.github.ins4j.testing.InsiAnswerArbitrary;
import io.github.ins4j.testing.RecordArbitrary;
import io.github.ins4j.testing.TraitsArbitrary;
import io.github.ins4j.testing.TypedTraits;
import io.github.ins4j.testing.constraints.BornAbroad;
import io.github.ins4j.testing.constraints.BornInCorsica;
import io.github.ins4j.testing.constraints.BornInMetropolitanFrance;
import io.github.ins4j.testing.constraints.BornOverseas;
import io.github.ins4j.testing.constraints.Incoherent;
import io.github.ins4j.testing.constraints.Nia;
import io.github.ins4j.testing.constraints.Qualified;
import io.github.ins4j.testing.constraints.UnknownBirthMonth;
import io.github.ins4j.testing.constraints.WithStatus;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik {@link ArbitraryProvider} of ins4j types, registered through {@code ServiceLoader}
 * (module {@code provides} and {@code META-INF/services}): {@code @ForAll InsMatricule},
 * {@code InsIdentifier}, {@code Traits}, {@code TypedTraits}, {@code BirthName},
 * {@code BirthFirstNames}, {@code BirthDate}, {@code BirthPlaceCode}, {@code InsIdentity},
 * {@code IdentityRecord} and {@code InsiAnswer} work with no configuration, with the defaults of
 * {@link InsArbitraries} (test OID, coherent data). The annotations of
 * {@link io.github.ins4j.testing.constraints} constrain them; an annotation on a type it does not
 * apply to is refused with an {@link IllegalArgumentException}.
 *
 * <p>Not part of the API: use {@link InsArbitraries} in code.
 */
public final class InsArbitraryProvider implements ArbitraryProvider {

    private static final List<Class<?>> TYPES = List.of(InsMatricule.class, InsIdentifier.class, Traits.class,
            TypedTraits.class, BirthName.class, BirthFirstNames.class, BirthDate.class, BirthPlaceCode.class,
            InsIdentity.class, IdentityRecord.class, InsiAnswer.class);

    /** Creates the provider; called by {@code ServiceLoader}. */
    public InsArbitraryProvider() {
    }

    /**
     * Tells whether the type is one of the ins4j types this provider generates.
     *
     * @param targetType the type of the {@code @ForAll} parameter
     * @return {@code true} for the types listed in the class comment
     */
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return TYPES.stream().anyMatch(targetType::isOfType);
    }

    /**
     * Returns the arbitrary for the type, constrained by its annotations.
     *
     * @param targetType      the type of the {@code @ForAll} parameter, with its annotations
     * @param subtypeProvider not used
     * @return one arbitrary
     * @throws IllegalArgumentException if an annotation does not apply to the type
     */
    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(arbitraryFor(targetType));
    }

    private static Arbitrary<?> arbitraryFor(TypeUsage type) {
        Class<?> raw = type.getRawType();
        boolean nameOnly = raw == BirthName.class || raw == BirthFirstNames.class;
        refuseUnless(type, !nameOnly, BornInCorsica.class, BornAbroad.class, BornOverseas.class,
                BornInMetropolitanFrance.class, UnknownBirthMonth.class);
        refuseUnless(type, raw == InsIdentifier.class || raw == InsIdentity.class || raw == IdentityRecord.class
                || raw == InsiAnswer.class, Nia.class);
        refuseUnless(type, raw == InsIdentity.class, Incoherent.class);
        refuseUnless(type, raw == IdentityRecord.class, Qualified.class, WithStatus.class);

        boolean nia = type.isAnnotated(Nia.class);
        if (raw == InsMatricule.class) {
            return birth(type, InsArbitraries.matricules());
        }
        if (raw == InsIdentifier.class) {
            IdentifierArbitrary identifiers = birth(type, InsArbitraries.identifiers());
            return nia ? identifiers.nia() : identifiers;
        }
        if (raw == InsIdentity.class) {
            IdentityArbitrary identities = birth(type, InsArbitraries.identities());
            identities = nia ? identities.nia() : identities;
            return type.isAnnotated(Incoherent.class) ? identities.incoherent() : identities;
        }
        if (raw == IdentityRecord.class) {
            return records(type, nia);
        }
        if (raw == InsiAnswer.class) {
            InsiAnswerArbitrary answers = birth(type, InsArbitraries.insiAnswers());
            return nia ? answers.nia() : answers;
        }
        TraitsArbitrary traits = birth(type, InsArbitraries.traits());
        if (raw == TypedTraits.class) {
            return traits.typed();
        }
        if (raw == BirthName.class) {
            return traits.map(Traits::birthName);
        }
        if (raw == BirthFirstNames.class) {
            return traits.map(Traits::firstNames);
        }
        if (raw == BirthDate.class) {
            return traits.map(Traits::birthDate);
        }
        if (raw == BirthPlaceCode.class) {
            return traits.map(Traits::birthPlace);
        }
        return traits;
    }

    private static RecordArbitrary records(TypeUsage type, boolean nia) {
        RecordArbitrary records = birth(type, InsArbitraries.records());
        records = nia ? records.nia() : records;
        List<IdentityStatus> statuses = new ArrayList<>();
        type.findAnnotation(WithStatus.class).ifPresent(w -> statuses.addAll(Arrays.asList(w.value())));
        if (type.isAnnotated(Qualified.class)) {
            statuses.add(IdentityStatus.QUALIFIED);
        }
        if (type.isAnnotated(WithStatus.class) && statuses.isEmpty()) {
            throw new IllegalArgumentException("@WithStatus needs at least one status");
        }
        if (statuses.isEmpty()) {
            return records;
        }
        return records.withStatus(statuses.get(0), statuses.toArray(new IdentityStatus[0]));
    }

    private static <A extends BirthArbitrary<?, A>> A birth(TypeUsage type, A arbitrary) {
        List<BirthRegion> regions = new ArrayList<>();
        if (type.isAnnotated(BornInMetropolitanFrance.class)) {
            regions.add(BirthRegion.METROPOLITAN_FRANCE);
        }
        if (type.isAnnotated(BornInCorsica.class)) {
            regions.add(BirthRegion.CORSICA);
        }
        if (type.isAnnotated(BornOverseas.class)) {
            regions.add(BirthRegion.OVERSEAS);
        }
        if (type.isAnnotated(BornAbroad.class)) {
            regions.add(BirthRegion.ABROAD);
        }
        A constrained = arbitrary;
        if (!regions.isEmpty()) {
            constrained = constrained.bornIn(regions.get(0), regions.toArray(new BirthRegion[0]));
        }
        if (type.isAnnotated(UnknownBirthMonth.class)) {
            constrained = constrained.withUnknownBirthMonth();
        }
        return constrained;
    }

    @SafeVarargs
    private static void refuseUnless(TypeUsage type, boolean applies, Class<? extends Annotation>... annotations) {
        if (applies) {
            return;
        }
        for (Class<? extends Annotation> annotation : annotations) {
            if (type.isAnnotated(annotation)) {
                throw new IllegalArgumentException("@" + annotation.getSimpleName() + " does not apply to @ForAll "
                        + type.getRawType().getSimpleName() + " (see io.github.ins4j.testing.constraints)");
            }
        }
    }
}
