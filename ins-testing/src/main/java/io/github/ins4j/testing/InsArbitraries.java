package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.Traits;
import java.util.EnumSet;
import java.util.Objects;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries of INS data, in one place, like jqwik's {@code Web.emails()}. Every arbitrary
 * is immutable: each configuration method returns a new one. Every value is accepted by the strict
 * factories of ins-core, matricules and traits of one person are coherent (TRT-7), and identifiers
 * carry the test OID {@link InsOid#NIR_TEST} unless a production OID is asked for explicitly. All
 * are built from jqwik combinators, so failing examples shrink.
 *
 * <table>
 *   <caption>What the facade generates</caption>
 *   <tr><th>method</th><th>values</th></tr>
 *   <tr><td>{@link #matricules()}</td><td>{@link InsMatricule} (MAT-1 to MAT-4)</td></tr>
 *   <tr><td>{@link #identifiers()}</td><td>{@link InsIdentifier}, matricule + OID (MAT-5)</td></tr>
 *   <tr><td>{@link #traits()}</td><td>strict {@link Traits} (TRT-1 to TRT-4)</td></tr>
 *   <tr><td>{@link #typedTraits()}</td><td>{@link TypedTraits}: traits as typed at the desk (TRT-5)</td></tr>
 *   <tr><td>{@link #identities()}</td><td>{@link InsIdentity}, coherent (TRT-7)</td></tr>
 *   <tr><td>{@link #records()}</td><td>{@code IdentityRecord} in a chosen status (QUA-3, QUA-4)</td></tr>
 *   <tr><td>{@link #histories()}</td><td>{@code IdentityRecord} with a legal history of every event
 *       kind, merges and unmerges included (QUA-9, AUD-8): what a store must keep and give back</td></tr>
 *   <tr><td>{@link #insiAnswers()}</td><td>{@code InsiAnswer} with result {@code 00}, {@code 01} or
 *       {@code 02} (QUA-3)</td></tr>
 * </table>
 *
 * <pre>{@code
 * @Property
 * void every_matricule_round_trips_MAT_8(@ForAll("corsicans") InsMatricule m) {
 *     assertThat(InsMatricule.parse(m.format(MatriculeFormat.DISPLAY))).isEqualTo(m);
 * }
 *
 * @Provide
 * Arbitrary<InsMatricule> corsicans() {
 *     return InsArbitraries.matricules().bornInCorsica();
 * }
 * }</pre>
 *
 * <p>Without configuration, {@code @ForAll InsMatricule}, {@code @ForAll InsIdentity}… work
 * directly, constrained by the annotations of {@link io.github.ins4j.testing.constraints}.
 */
public final class InsArbitraries {

    private InsArbitraries() {
    }

    /**
     * Valid INS matricules, of every birth place layout (MAT-1 to MAT-4).
     *
     * @return a configurable arbitrary
     */
    public static MatriculeArbitrary matricules() {
        return new MatriculeArbitrary(BirthSpec.DEFAULT);
    }

    /**
     * Matricules coherent with given traits (TRT-7): the sex digit, year, month (20-99 when the birth
     * date has no month) and birth place follow the traits; the order number is generated. For a
     * birth place {@code 99999} (unknown), the matricule says "born abroad", which the coherence
     * check reports as a warning.
     *
     * <pre>{@code
     * Traits traits = TestIdentities.GARCIA_SARAH_LOU.traits();
     * Arbitrary<InsMatricule> hers = InsArbitraries.matriculesCoherentWith(traits);
     * }</pre>
     *
     * @param traits the traits
     * @return an arbitrary of matricules
     * @throws NullPointerException if {@code traits} is {@code null}
     */
    public static Arbitrary<InsMatricule> matriculesCoherentWith(Traits traits) {
        return BirthSpec.matriculesCoherentWith(traits);
    }

    /**
     * INS identifiers with the test OID {@link InsOid#NIR_TEST} (MAT-5); ask for another OID with
     * {@link IdentifierArbitrary#withOid(InsOid)}, {@link IdentifierArbitrary#nia()} or
     * {@link IdentifierArbitrary#withProductionOid()}.
     *
     * @return a configurable arbitrary
     */
    public static IdentifierArbitrary identifiers() {
        return new IdentifierArbitrary(BirthSpec.DEFAULT, InsOid.NIR_TEST);
    }

    /**
     * The five traits in strict form (TRT-1).
     *
     * @return a configurable arbitrary
     */
    public static TraitsArbitrary traits() {
        return new TraitsArbitrary(BirthSpec.DEFAULT);
    }

    /**
     * The five traits as typed at the desk, with the strict traits they normalise to (TRT-5); the
     * same as {@code traits().typed()}.
     *
     * @return an arbitrary of typed traits
     */
    public static Arbitrary<TypedTraits> typedTraits() {
        return traits().typed();
    }

    /**
     * The ways a desk agent may type a birth name: random case, accents, ligatures ({@code Œ}),
     * typographic apostrophes ({@code ’}) and dashes ({@code –}), extra spaces. Each one normalises
     * back to {@code name} ({@code BirthName.parseTyped(typed).equals(name)}, TRT-5); shrinks towards
     * the strict form.
     *
     * <pre>{@code
     * Arbitrary<String> typed = InsArbitraries.typedForms(BirthName.parse("D'ARTAGNAN"));
     * // " d’Artagnan", "D`ARTAGNAN  ", "d'ártagnan"…
     * }</pre>
     *
     * @param name the strict birth name
     * @return an arbitrary of typed texts
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public static Arbitrary<String> typedForms(BirthName name) {
        String strict = Objects.requireNonNull(name, "name must not be null").value();
        return Typing.typings().map(typing -> typing.type(strict));
    }

    /**
     * The ways a desk agent may type a list of first names; each one normalises back to
     * {@code firstNames} ({@code BirthFirstNames.parseTyped(typed).equals(firstNames)}, TRT-5).
     *
     * @param firstNames the strict list of first names
     * @return an arbitrary of typed texts
     * @throws NullPointerException if {@code firstNames} is {@code null}
     */
    public static Arbitrary<String> typedForms(BirthFirstNames firstNames) {
        String strict = Objects.requireNonNull(firstNames, "firstNames must not be null").value();
        return Typing.typings().map(typing -> typing.type(strict));
    }

    /**
     * INS identities with the test OID {@link InsOid#NIR_TEST}, whose matricule is coherent with the
     * traits (TRT-7) unless {@link IdentityArbitrary#incoherent()} is asked for.
     *
     * @return a configurable arbitrary
     */
    public static IdentityArbitrary identities() {
        return new IdentityArbitrary(BirthSpec.DEFAULT, InsOid.NIR_TEST, false);
    }

    /**
     * INS identities with the given traits and a coherent matricule (TRT-7), with the test OID
     * {@link InsOid#NIR_TEST}. Map them to INSi answers to drive a record you built:
     *
     * <pre>{@code
     * Arbitrary<InsiAnswer> answers = InsArbitraries.identitiesWith(record.traits()).map(InsiAnswer::found);
     * }</pre>
     *
     * @param traits the traits
     * @return an arbitrary of identities
     * @throws NullPointerException if {@code traits} is {@code null}
     */
    public static Arbitrary<InsIdentity> identitiesWith(Traits traits) {
        Objects.requireNonNull(traits, "traits must not be null");
        return matriculesCoherentWith(traits)
                .map(m -> InsIdentity.of(InsIdentifier.of(m, InsOid.NIR_TEST), traits));
    }

    /**
     * Identity records in every RNIV status, built through an {@code IdentityQualifier} (the only
     * way); choose statuses with {@link RecordArbitrary#withStatus} or
     * {@link RecordArbitrary#qualified()}.
     *
     * @return a configurable arbitrary
     */
    public static RecordArbitrary records() {
        return new RecordArbitrary(BirthSpec.DEFAULT, InsOid.NIR_TEST, EnumSet.allOf(IdentityStatus.class),
                RecordPaths.DEFAULT_QUALIFIER, RecordPaths.DEFAULT_OPERATOR);
    }

    /**
     * INSi answers with result {@code 00} (one coherent identity, test OID), {@code 01} or
     * {@code 02} (QUA-3).
     *
     * @return a configurable arbitrary
     */
    public static InsiAnswerArbitrary insiAnswers() {
        return new InsiAnswerArbitrary(BirthSpec.DEFAULT, InsOid.NIR_TEST, EnumSet.allOf(InsiResult.class));
    }

    /**
     * Identity records with a legal history of up to 16 more events of every kind (INSi answers,
     * documents, attributes, trait edits, re-verifications, merges and unmerges of duplicates), each
     * applied through an {@code IdentityQualifier}: what a store of events must keep and give back
     * unchanged (QUA-9, AUD-8).
     *
     * <pre>{@code
     * @Property
     * void any_history_survives_my_store(@ForAll("histories") IdentityRecord record) {
     *     store.save("P1", record);
     *     assertThat(store.load("P1")).isEqualTo(record);
     * }
     *
     * @Provide
     * Arbitrary<IdentityRecord> histories() {
     *     return InsArbitraries.histories();
     * }
     * }</pre>
     *
     * @return an arbitrary of records
     */
    public static Arbitrary<IdentityRecord> histories() {
        return Histories.histories();
    }
}
