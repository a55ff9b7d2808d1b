package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates identity records in the chosen RNIV statuses ({@code PROV}, {@code RECUP},
 * {@code VALI}, {@code QUAL}), each built the only legal way: by applying events through an
 * {@link IdentityQualifier} (QUA-3, QUA-4, QUA-8, QUA-11). The paths vary: an INSi {@code 01} or
 * {@code 02} answer before the {@code 00} one, the document before or after INSi, or a carte
 * Vitale application read. The INSi identity is coherent (TRT-7) and carries
 * {@link InsOid#NIR_TEST} unless asked otherwise; the local traits are the INSi ones.
 *
 * <p>By default the qualifier has a fixed clock (2025-01-06T09:00:00Z), accepts every document,
 * and events are applied by the operator {@code ins4j-testing}.
 *
 * <pre>{@code
 * @Property
 * void only_qualified_identities_carry_the_ins_DIS_1(@ForAll IdentityRecord record) {
 *     DisclosureDecision decision = Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT);
 *     if (record.isQualified()) {
 *         InsAssertions.assertThat(decision).carriesIns();
 *     } else {
 *         InsAssertions.assertThat(decision).doesNotCarryIns();
 *     }
 * }
 *
 * InsArbitraries.records().qualified().withQualifier(myQualifier).withOperator("desk-7");
 * }</pre>
 */
public final class RecordArbitrary extends BirthArbitrary<IdentityRecord, RecordArbitrary> {

    private final InsOid oid;
    private final Set<IdentityStatus> statuses;
    private final IdentityQualifier qualifier;
    private final String operator;
    private final boolean attributesAfterwards;

    RecordArbitrary(BirthSpec spec, InsOid oid, Set<IdentityStatus> statuses, IdentityQualifier qualifier,
            String operator) {
        this(spec, oid, statuses, qualifier, operator, false);
    }

    private RecordArbitrary(BirthSpec spec, InsOid oid, Set<IdentityStatus> statuses, IdentityQualifier qualifier,
            String operator, boolean attributesAfterwards) {
        super(spec);
        this.attributesAfterwards = attributesAfterwards;
        this.oid = oid;
        this.statuses = Set.copyOf(statuses);
        this.qualifier = qualifier;
        this.operator = operator;
    }

    @Override
    RecordArbitrary withSpec(BirthSpec newSpec) {
        return new RecordArbitrary(newSpec, oid, statuses, qualifier, operator, attributesAfterwards);
    }

    /**
     * Records in one of the given statuses only (default: the four).
     *
     * @param status the first status
     * @param others more statuses
     * @return a new arbitrary
     * @throws NullPointerException if a status is {@code null}
     */
    public RecordArbitrary withStatus(IdentityStatus status, IdentityStatus... others) {
        EnumSet<IdentityStatus> set = EnumSet.of(Objects.requireNonNull(status, "status must not be null"));
        for (IdentityStatus other : others) {
            set.add(Objects.requireNonNull(other, "status must not be null"));
        }
        return new RecordArbitrary(spec, oid, set, qualifier, operator, attributesAfterwards);
    }

    /**
     * Qualified records only ({@code QUAL}): retrieved from INSi and checked on a high-trust
     * document, or read from the carte Vitale application. Only those may carry the INS (RNIV EXI
     * SI 08).
     *
     * @return a new arbitrary
     */
    public RecordArbitrary qualified() {
        return withStatus(IdentityStatus.QUALIFIED);
    }

    /**
     * Records whose INSi identity has the given OID (default {@link InsOid#NIR_TEST}).
     *
     * @param newOid the OID
     * @return a new arbitrary
     * @throws NullPointerException if {@code newOid} is {@code null}
     */
    public RecordArbitrary withOid(InsOid newOid) {
        return new RecordArbitrary(spec, Objects.requireNonNull(newOid, "oid must not be null"), statuses,
                qualifier, operator, attributesAfterwards);
    }

    /**
     * Records whose INSi identity has the production NIR OID ({@link InsOid#NIR}).
     *
     * @return a new arbitrary
     */
    public RecordArbitrary withProductionOid() {
        return withOid(InsOid.NIR);
    }

    /**
     * Records whose INSi identity is an NIA ({@link InsOid#NIA}, a production OID).
     *
     * @return a new arbitrary
     */
    public RecordArbitrary nia() {
        return withOid(InsOid.NIA);
    }

    /**
     * Records built by the given qualifier: its clock stamps the audit trail, and the documents it
     * accepts are the ones checked, the carte Vitale application included (QUA-4 / QUA-11). If it
     * accepts no high-trust document, neither validated nor qualified records can be generated
     * ({@link IllegalStateException} when values are generated).
     *
     * @param newQualifier the qualifier
     * @return a new arbitrary
     * @throws NullPointerException if {@code newQualifier} is {@code null}
     */
    public RecordArbitrary withQualifier(IdentityQualifier newQualifier) {
        return new RecordArbitrary(spec, oid, statuses,
                Objects.requireNonNull(newQualifier, "qualifier must not be null"), operator, attributesAfterwards);
    }

    /**
     * Records whose events are applied by the given operator id (default {@code ins4j-testing}).
     *
     * @param operatorId the opaque operator id of the audit trail (QUA-9)
     * @return a new arbitrary
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException     if it is {@code null}
     */
    public RecordArbitrary withOperator(String operatorId) {
        if (Objects.requireNonNull(operatorId, "operatorId must not be null").isBlank()) {
            throw new IllegalArgumentException("the operator id must not be blank (QUA-9)");
        }
        return new RecordArbitrary(spec, oid, statuses, qualifier, operatorId, attributesAfterwards);
    }

    /**
     * Records to which an attribute may then be set, as happens after a record reached its status
     * (QUA-1, QUA-2): each record is, with equal chances, left as it is, or made
     * {@link IdentityAttribute#DOUBTFUL doubtful} or {@link IdentityAttribute#HOMONYM homonym} if
     * it is qualified, or {@link IdentityAttribute#FICTITIOUS fictitious} if it is provisional
     * (otherwise left as it is). The attribute is set through the qualifier, by the operator, so
     * that the record still restores from its events (QUA-8). Useful to check that what is
     * disclosed or written does not depend on attributes, or does as a rule says.
     *
     * <pre>{@code
     * InsArbitraries.records().withAttributesAfterwards().withOid(InsOid.NIR);
     * }</pre>
     *
     * @return a new arbitrary
     */
    public RecordArbitrary withAttributesAfterwards() {
        return new RecordArbitrary(spec, oid, statuses, qualifier, operator, true);
    }

    /**
     * Builds the underlying arbitrary from jqwik combinators and the qualifier.
     *
     * @return the arbitrary of records
     */
    @Override
    protected Arbitrary<IdentityRecord> arbitrary() {
        List<IdentityDocument> documents = RecordPaths.highTrustDocuments(qualifier);
        if (documents.isEmpty() && statuses.contains(IdentityStatus.VALIDATED)) {
            throw new IllegalStateException("the qualifier accepts no high-trust document: validated records"
                    + " (VALI) cannot be built; choose other statuses with withStatus(...)");
        }
        Arbitrary<InsIdentity> identities = new IdentityArbitrary(spec, oid, false);
        Arbitrary<Optional<IdentityDocument>> document = documents.isEmpty()
                ? Arbitraries.just(Optional.<IdentityDocument>empty()) : Arbitraries.of(documents).map(Optional::of);
        Arbitrary<IdentityRecord> records = Combinators.combine(identities,
                Arbitraries.of(List.copyOf(EnumSet.copyOf(statuses))), Arbitraries.integers().between(0, 2), document)
                .as((ins, status, path, doc) -> RecordPaths.build(qualifier, operator, ins, status, path, doc.orElse(null)));
        if (!attributesAfterwards) {
            return records;
        }
        List<Optional<IdentityAttribute>> afterwards = List.of(Optional.empty(),
                Optional.of(IdentityAttribute.DOUBTFUL), Optional.of(IdentityAttribute.HOMONYM),
                Optional.of(IdentityAttribute.FICTITIOUS));
        return Combinators.combine(records, Arbitraries.of(afterwards))
                .as((record, attribute) -> attribute.map(a -> setAfterwards(record, a)).orElse(record));
    }

    private IdentityRecord setAfterwards(IdentityRecord record, IdentityAttribute attribute) {
        boolean applies = attribute == IdentityAttribute.FICTITIOUS
                ? record.status() == IdentityStatus.PROVISIONAL : record.isQualified();
        return applies ? qualifier.apply(record, new AttributeSet(attribute), operator) : record;
    }
}
