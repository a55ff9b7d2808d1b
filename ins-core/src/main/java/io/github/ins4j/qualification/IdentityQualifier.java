package io.github.ins4j.qualification;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matching.Verdict;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.Created;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.Kind;
import io.github.ins4j.qualification.IdentityEvent.Merge;
import io.github.ins4j.qualification.IdentityEvent.Unmerge;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.QualificationException.Reason;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies the RNIV rules to identity records: the only way to create, change or restore an
 * {@link IdentityRecord}. It holds the clock that stamps the audit trail and the documents the
 * organisation accepts; it is immutable and thread-safe.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>QUA-1, QUA-5</b> a doubtful or fictitious identity is provisional: setting the attribute
 *       clears both facts and invalidates the INS; INSi answers, re-verifications, carte Vitale reads
 *       and document checks are refused until it is removed; removing it does not give the facts
 *       back.</li>
 *   <li><b>QUA-2</b> doubtful + fictitious and fictitious + homonym are refused.</li>
 *   <li><b>QUA-3</b> an INSi {@code 00} answer whose traits match (or {@code REVIEW} confirmed by a
 *       named operator) and whose matricule is coherent with them gives the "retrieved" fact; the
 *       traits become INSi's. {@code 01} and {@code 02} change nothing and are recorded.</li>
 *   <li><b>QUA-4</b> a high-trust document gives the "checked" fact; an exception-only document
 *       needs one of its exception cases; a low-trust document changes nothing.</li>
 *   <li><b>QUA-6</b> traits retrieved from INSi cannot be edited; editing a validated identity
 *       sends it back to provisional.</li>
 *   <li><b>QUA-7</b> a re-verification that returns another matricule makes it active and moves the
 *       old one to the history; one that returns other traits clears the "checked" fact.</li>
 *   <li><b>QUA-8</b> nothing else reaches QUAL; an illegal move throws {@link QualificationException}
 *       with its reason, it never silently does nothing.</li>
 *   <li><b>QUA-9</b> each applied event adds an {@link AuditEntry}; its operator id (and the id of
 *       an operator who confirms a review) must be visible, at most
 *       {@value #MAX_OPERATOR_ID_LENGTH} characters, and hold no matricule.</li>
 *   <li><b>QUA-11</b> a carte Vitale application read qualifies directly, when the organisation
 *       accepts {@link IdentityDocument#CARTE_VITALE_APP} (QUA-4: its list applies to every
 *       high-trust check).</li>
 *   <li>An INSi answer, re-verification or carte Vitale read never moves an identity between a
 *       production OID and a test or demonstration OID ({@code OID_ENVIRONMENT_CHANGE}); a
 *       re-verification whose traits give {@code REVIEW} needs a named operator, like an answer.</li>
 * </ul>
 *
 * <pre>{@code
 * IdentityQualifier qualifier = IdentityQualifier.of(Clock.systemUTC());
 * IdentityRecord record = qualifier.start(deskTraits, "desk-1");                         // PROV
 * record = qualifier.apply(record, InsiAnswer.found(insiIdentity), "desk-1");            // RECUP
 * record = qualifier.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1"); // QUAL
 * }</pre>
 */
public final class IdentityQualifier {

    /** The longest operator id accepted (QUA-9): an opaque id, not a text. */
    public static final int MAX_OPERATOR_ID_LENGTH = 100;

    /**
     * How far after the qualifier's clock a stored event may be dated and still be restored: the
     * clocks of the servers that recorded the events may be a little ahead of this one.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final Clock clock;
    private final Set<IdentityDocument> acceptedDocuments;

    private IdentityQualifier(Clock clock, Set<IdentityDocument> acceptedDocuments) {
        this.clock = clock;
        this.acceptedDocuments = acceptedDocuments;
    }

    /**
     * A qualifier that accepts every document of {@link IdentityDocument}.
     *
     * @param clock the clock that stamps the audit trail
     * @return the qualifier
     */
    public static IdentityQualifier of(Clock clock) {
        return new IdentityQualifier(Objects.requireNonNull(clock, "clock must not be null"),
                Set.copyOf(EnumSet.allOf(IdentityDocument.class)));
    }

    /**
     * Returns a qualifier that accepts only the given documents, as the organisation configured
     * (RNIV asks that the list can be set per organisation).
     *
     * <p>The list applies to every high-trust check, the carte Vitale application read included
     * (QUA-4 / QUA-11): leave {@link IdentityDocument#CARTE_VITALE_APP} out and such reads are
     * refused with {@code DOCUMENT_NOT_ACCEPTED}.
     *
     * @param documents the accepted documents
     * @return a new qualifier
     * @throws NullPointerException if {@code documents} is or holds {@code null}
     */
    public IdentityQualifier withAcceptedDocuments(Set<IdentityDocument> documents) {
        Objects.requireNonNull(documents, "documents must not be null");
        for (IdentityDocument document : documents) {
            Objects.requireNonNull(document, "documents must not hold null");
        }
        return new IdentityQualifier(clock, Set.copyOf(documents));
    }

    /**
     * Returns the documents this qualifier accepts.
     *
     * @return the accepted documents
     */
    public Set<IdentityDocument> acceptedDocuments() {
        return acceptedDocuments;
    }

    /**
     * Creates a provisional identity from the traits the desk recorded.
     *
     * @param traits     the local traits
     * @param operatorId who creates it
     * @return a provisional record
     * @throws QualificationException with {@code OPERATOR_MISSING} if the operator id is blank or
     *     invisible, {@code OPERATOR_INVALID} if it is too long or holds a matricule (QUA-9)
     */
    public IdentityRecord start(Traits traits, String operatorId) {
        Objects.requireNonNull(traits, "traits must not be null");
        Next next = new Next(traits);
        step(next, new Created(traits), operatorId, clock.instant(), true);
        return next.toRecord();
    }

    /**
     * Creates a provisional identity from what the desk typed: the counter's form, converted once
     * by {@link LocalTraits#toTraits()} (a birth place not asked becomes {@code 99999}).
     *
     * <pre>{@code
     * LocalTraits desk = LocalTraits.builder().birthName("García").firstNames("Sarah–Lou  Marie")
     *         .birthDate("12/04/1989").sex("f").build();
     * IdentityRecord record = qualifier.start(desk, "desk-1");   // PROV
     * }</pre>
     *
     * @param desk       what the desk typed
     * @param operatorId who creates it
     * @return a provisional record
     * @throws io.github.ins4j.traits.InvalidTraitException with reason {@code NULL} if the birth
     *     name, first names, birth date or sex is missing
     * @throws QualificationException with {@code OPERATOR_MISSING} if the operator id is blank or
     *     invisible, {@code OPERATOR_INVALID} if it is too long or holds a matricule (QUA-9)
     */
    public IdentityRecord start(LocalTraits desk, String operatorId) {
        return start(Objects.requireNonNull(desk, "desk must not be null").toTraits(), operatorId);
    }

    /**
     * Applies an event to a record.
     *
     * @param record     the record
     * @param event      the event
     * @param operatorId the operator or automatic process applying it (opaque id)
     * @return the new record
     * @throws QualificationException if the RNIV forbids the event, with the reason
     */
    public IdentityRecord apply(IdentityRecord record, IdentityEvent event, String operatorId) {
        Objects.requireNonNull(record, "record must not be null");
        if (event instanceof Created) {
            throw new QualificationException(Reason.INVALID_SEQUENCE,
                    "an identity is created once, with start()");
        }
        Next next = new Next(record);
        step(next, event, operatorId, clock.instant(), false);
        return next.toRecord();
    }

    /**
     * AUD-8: merges a duplicate into the survivor. The survivor's history records a {@link Merge}
     * event that keeps the retired record's whole history: its state, its local id and its INS stay
     * known ({@link IdentityRecord#mergedRecords()}, earlier identifiers of the survivor) and
     * {@link #unmerge} gives it back exactly. The survivor's own facts, traits and status do not
     * change: a merge never qualifies (QUA-8); check the survivor's traits with the operator.
     *
     * <p>Refused, with the reason: a survivor with a lower status than the retired record
     * ({@code MERGE_SURVIVOR_LOWER_STATUS}, {@link IdentityStatus#mergeRank()}); a retired record
     * whose INS is neither the survivor's nor one of its earlier identifiers
     * ({@code MERGE_DIFFERENT_INS}: two active matricules are two persons, AUD-4), and so for every
     * record merged into the retired one; later, an INSi answer, re-verification or carte Vitale
     * read that would give the survivor an INS a merged record does not share is refused the same
     * way (unmerge first); a local id already
     * merged, at any depth ({@code ALREADY_MERGED}); an invalid local id or reference, a record
     * merged into itself, a history nested more than {@link Merge#MAX_DEPTH} deep or holding more
     * than {@link Merge#MAX_EVENTS} events ({@code MERGE_INVALID}); a retired history that breaks a rule when replayed.
     *
     * <pre>{@code
     * IdentityRecord survivor = qualifier.merge(qualified, "LOC-0042", duplicate, "finding 12", "cell-1");
     * survivor.mergedRecords().get(0).localId();   // "LOC-0042", an earlier identifier
     * }</pre>
     *
     * @param survivor       the record that stays (the higher status)
     * @param retiredLocalId the retired record's local id (an opaque id: visible, at most
     *                       {@value #MAX_OPERATOR_ID_LENGTH} characters, no matricule)
     * @param retired        the retired record, as restored from its stored events
     * @param reference      why: the finding or case the merge closes (an opaque reference)
     * @param operatorId     who merges
     * @return the survivor with the merge in its history
     * @throws NullPointerException if a parameter is {@code null}
     * @throws QualificationException if the merge is refused, with the reason; {@code OPERATOR_MISSING}
     *     or {@code OPERATOR_INVALID} for the operator id (QUA-9). The retired history is replayed
     *     with this qualifier's accepted documents: restore a survivor with a qualifier that accepts
     *     the documents its merged records were checked on.
     */
    public IdentityRecord merge(IdentityRecord survivor, String retiredLocalId, IdentityRecord retired,
            String reference, String operatorId) {
        Objects.requireNonNull(retired, "retired must not be null");
        return apply(survivor, new Merge(retiredLocalId, retired.events(), reference), operatorId);
    }

    /**
     * AUD-8: undoes a merge. The survivor's history records an {@link Unmerge} event; the retired
     * record comes back exactly as it was merged (same events, same audit trail, same status).
     *
     * <pre>{@code
     * UnmergeResult split = qualifier.unmerge(survivor, "LOC-0042", "ticket IV-311", "cell-1");
     * split.retired().equals(duplicate);   // true
     * }</pre>
     *
     * @param survivor       the record the retired one was merged into
     * @param retiredLocalId the retired record's local id
     * @param reference      why: the finding or case the unmerge closes (an opaque reference)
     * @param operatorId     who unmerges
     * @return the survivor, with the unmerge in its history, and the retired record
     * @throws NullPointerException if a parameter is {@code null}
     * @throws QualificationException with {@code NOT_MERGED} if no record with that local id is
     *     merged into the survivor (directly: unmerge a nested record from the record it was merged
     *     into), {@code MERGE_INVALID} for an invalid reference, {@code OPERATOR_MISSING} or
     *     {@code OPERATOR_INVALID} for the operator id (QUA-9)
     */
    public UnmergeResult unmerge(IdentityRecord survivor, String retiredLocalId, String reference,
            String operatorId) {
        Objects.requireNonNull(survivor, "survivor must not be null");
        IdentityRecord after = apply(survivor, new Unmerge(retiredLocalId, reference), operatorId);
        for (MergedRecord merged : survivor.mergedRecords()) {
            if (merged.localId().equals(retiredLocalId)) {
                return new UnmergeResult(after, merged.record());
            }
        }
        throw new AssertionError("the unmerge was applied, so the record was merged");
    }

    /**
     * Restores a record from its stored events, replaying the rules: the result has the same status,
     * INS identity and audit trail as the record that produced them. A sequence that breaks a rule is
     * refused.
     *
     * <p>An event dated after this qualifier's clock by more than {@link #FUTURE_TOLERANCE} (five
     * minutes, for clocks a little ahead) is refused with {@code EVENT_IN_FUTURE}: a record cannot
     * be back-filled with events that have not happened yet ({@code 2999-01-01},
     * {@code Instant.MAX}).
     *
     * @param events the stored events, the first being {@link Created}, instants non-decreasing
     * @return the record
     * @throws QualificationException if the sequence breaks a rule; the message gives the index of
     *     the event
     */
    public IdentityRecord restore(List<RecordedEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        if (events.isEmpty() || !(events.get(0).event() instanceof Created)) {
            throw new QualificationException(Reason.INVALID_SEQUENCE,
                    "a stored sequence starts with the creation of the identity");
        }
        Next next = new Next(((Created) events.get(0).event()).traits());
        Instant previous = Instant.MIN;
        Instant now = clock.instant();
        Instant latest = now.isAfter(Instant.MAX.minus(FUTURE_TOLERANCE)) ? Instant.MAX : now.plus(FUTURE_TOLERANCE);
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent e = Objects.requireNonNull(events.get(i), "events must not hold null");
            if (e.at().isAfter(latest)) {
                throw new QualificationException(Reason.EVENT_IN_FUTURE, "event " + i + " is dated more"
                        + " than " + FUTURE_TOLERANCE.toMinutes() + " minutes after the qualifier's clock");
            }
            if (e.at().isBefore(previous)) {
                throw new QualificationException(Reason.INVALID_SEQUENCE,
                        "event " + i + " is dated before the event that precedes it");
            }
            if (i > 0 && e.event() instanceof Created) {
                throw new QualificationException(Reason.INVALID_SEQUENCE,
                        "event " + i + " creates the identity again");
            }
            previous = e.at();
            try {
                step(next, e.event(), e.operatorId(), e.at(), i == 0);
            } catch (QualificationException refused) {
                throw refused.within("event " + i + " of the stored sequence");
            }
        }
        return next.toRecord();
    }

    /**
     * Restores a record from its stored events and checks it against the audit trail stored with
     * them (QUA-9): the replay must give exactly the stored entries, one per event, with the same
     * instants, operators, kinds, statuses before and after, and INSi result codes. A log whose
     * events were removed, added, reordered or altered so that any of these differ is refused,
     * never silently accepted as a shorter or another history.
     *
     * <pre>{@code
     * IdentityRecord restored = qualifier.restore(storedEvents, storedAuditTrail);
     * }</pre>
     *
     * @param events     the stored events, the first being {@link Created}, instants non-decreasing
     * @param auditTrail the stored audit trail of the same record
     * @return the record, whose {@link IdentityRecord#auditTrail()} equals {@code auditTrail}
     * @throws QualificationException if the sequence breaks a rule, or with
     *     {@code AUDIT_TRAIL_MISMATCH} if the replay does not give the stored trail; the message
     *     gives the index of the first entry that differs, never personal data
     */
    public IdentityRecord restore(List<RecordedEvent> events, List<AuditEntry> auditTrail) {
        Objects.requireNonNull(auditTrail, "auditTrail must not be null");
        IdentityRecord record = restore(events);
        List<AuditEntry> replayed = record.auditTrail();
        if (replayed.size() != auditTrail.size()) {
            throw new QualificationException(Reason.AUDIT_TRAIL_MISMATCH, "the stored audit trail has "
                    + auditTrail.size() + " entries for " + replayed.size() + " stored events: the log"
                    + " was truncated or extended");
        }
        for (int i = 0; i < replayed.size(); i++) {
            AuditEntry expected = auditTrail.get(i);
            AuditEntry actual = replayed.get(i);
            if (!actual.equals(expected)) {
                throw new QualificationException(Reason.AUDIT_TRAIL_MISMATCH, "entry " + i + " of the"
                        + " stored audit trail (" + describe(expected) + ") is not what event " + i
                        + " gives when replayed (" + describe(actual) + ")");
            }
        }
        return record;
    }

    /** An audit entry without the operator id: kind, statuses, INSi result, instant. */
    private static String describe(AuditEntry entry) {
        return entry.kind() + " " + entry.before().code() + " -> " + entry.after().code()
                + entry.insiResult().map(r -> ", INSi " + r.code()).orElse("") + " at " + entry.at();
    }

    // ------------------------------------------------------------------------------------------

    /**
     * The state being built: a record's facts, events and audit trail, changed in place by
     * {@link #step}. {@code apply} builds one from a record (a refused event leaves the record as it
     * was); {@code restore} builds one and replays every event in it, without a record per event.
     */
    private static final class Next {
        Traits traits;
        boolean retrieved;
        boolean checked;
        EnumSet<IdentityAttribute> attributes;
        @Nullable InsIdentity ins;
        Optional<InsiResult> insiResult = Optional.empty();
        final List<RecordedEvent> events;
        final List<AuditEntry> audit;
        final List<MergedRecord> merged;

        Next(Traits created) {
            traits = created;
            attributes = EnumSet.noneOf(IdentityAttribute.class);
            events = new ArrayList<>();
            audit = new ArrayList<>();
            merged = new ArrayList<>(0);
        }

        Next(IdentityRecord r) {
            traits = r.traits();
            retrieved = r.isRetrieved();
            checked = r.isChecked();
            attributes = r.attributes().isEmpty()
                    ? EnumSet.noneOf(IdentityAttribute.class) : EnumSet.copyOf(r.attributes());
            ins = r.insIdentity().orElse(null);
            events = new ArrayList<>(r.events().size() + 1);
            events.addAll(r.events());
            audit = new ArrayList<>(r.auditTrail().size() + 1);
            audit.addAll(r.auditTrail());
            merged = new ArrayList<>(r.mergedRecords());
        }

        boolean blocked() {
            return IdentityAttribute.blockQualification(attributes);
        }

        IdentityStatus status() {
            return IdentityRecord.statusOf(blocked(), retrieved, checked);
        }

        IdentityRecord toRecord() {
            return new IdentityRecord(traits, retrieved, checked, attributes, ins, events, audit, merged);
        }
    }

    /** Applies one event to the state, or refuses it; records the event and its audit entry. */
    private void step(Next next, IdentityEvent event, String operatorId, Instant at, boolean creation) {
        Objects.requireNonNull(event, "event must not be null");
        checkOperatorId(operatorId, "the operator id");
        IdentityStatus before = next.status();
        next.insiResult = Optional.empty();
        // QUA-8: one exhaustive switch over the kinds, one kind per event type (a property checks
        // it), so that a new event type does not compile until the rules say what it does.
        Consumer<Next> rule = switch (event.kind()) {
            case CREATED -> n -> {
                if (!creation) {
                    throw new QualificationException(Reason.INVALID_SEQUENCE, "the identity exists already");
                }
            };
            case INSI_ANSWER -> n -> insiAnswer(n, (InsiAnswer) event);
            case DOCUMENT_CHECK -> n -> documentCheck(n, (DocumentCheck) event);
            case ATTRIBUTE_SET -> n -> attributeSet(n, ((AttributeSet) event).attribute());
            case ATTRIBUTE_REMOVED -> n -> attributeRemoved(n, ((AttributeRemoved) event).attribute());
            case TRAIT_EDIT -> n -> traitEdit(n, ((TraitEdit) event).traits());
            case INSI_REVERIFICATION -> n -> reverification(n, (InsiReverification) event);
            case CARTE_VITALE_APP_READ -> n -> carteVitaleAppRead(n, (CarteVitaleAppRead) event);
            case MERGE -> n -> merge(n, (Merge) event, at);
            case UNMERGE -> n -> unmerge(n, (Unmerge) event);
        };
        rule.accept(next);
        if (next.ins != null && (event.kind().isInsiCall() || event.kind() == Kind.CARTE_VITALE_APP_READ)) {
            // AUD-8: an INS that arrives after a merge must still be the merged records' person.
            refuseForeignIns(next.ins, next.merged, "a record merged into this one holds an INS");
        }
        next.events.add(new RecordedEvent(at, operatorId, event));
        next.audit.add(new AuditEntry(at, operatorId, event.kind(), before, next.status(), next.insiResult));
    }

    /** AUD-8: the retired history is replayed with this qualifier's rules, then the merge rules. */
    private void merge(Next next, Merge merge, Instant at) {
        String localId = merge.retiredLocalId();
        checkOpaqueId(localId, "the retired local id", Reason.MERGE_INVALID, Reason.MERGE_INVALID,
                "a merge names the retired record by its local id (AUD-8)");
        checkOpaqueId(merge.reference(), "the merge reference", Reason.MERGE_INVALID, Reason.MERGE_INVALID,
                "a merge says which finding or case it closes (AUD-8)");
        for (RecordedEvent e : merge.retiredEvents()) {
            if (e.at().isAfter(at)) {
                throw new QualificationException(Reason.MERGE_INVALID, "the retired record has events"
                        + " dated after the merge");
            }
        }
        IdentityRecord retired;
        try {
            retired = restore(merge.retiredEvents());
        } catch (QualificationException refused) {
            throw refused.within("the retired record's history");
        }
        if (merge.retiredEvents().equals(next.events)) {
            throw new QualificationException(Reason.MERGE_INVALID, "the retired history is the survivor's,"
                    + " event for event: a record is not merged into itself");
        }
        // Local ids are unique in the whole tree: the survivor's merged records and the retired
        // record's, at every depth.
        List<String> ids = new ArrayList<>();
        localIds(next.merged, ids);
        List<String> retiredIds = new ArrayList<>(List.of(localId));
        localIds(retired.mergedRecords(), retiredIds);
        for (String id : retiredIds) {
            if (ids.contains(id)) {
                throw new QualificationException(Reason.ALREADY_MERGED, "a record with this local id is"
                        + " already merged into the survivor");
            }
            ids.add(id);
        }
        IdentityStatus survivor = next.status();
        if (survivor.mergeRank() < retired.status().mergeRank()) {
            throw new QualificationException(Reason.MERGE_SURVIVOR_LOWER_STATUS, "the survivor is "
                    + survivor.code() + " and the retired record " + retired.status().code() + ": merge"
                    + " into the record with the higher status (QUAL > RECUP > VALI > PROV, AUD-8)");
        }
        List<MergedRecord> after = new ArrayList<>(next.merged);
        after.add(new MergedRecord(localId, retired, at, merge.reference()));
        refuseForeignIns(next.ins, after, "the retired record, or one merged into it, holds an INS");
        next.merged.add(after.get(after.size() - 1));
    }

    /** The local ids of merged records, at every depth. */
    private static void localIds(List<MergedRecord> merged, List<String> out) {
        for (MergedRecord m : merged) {
            out.add(m.localId());
            localIds(m.record().mergedRecords(), out);
        }
    }

    /**
     * AUD-8 / AUD-4: every INS a merged record holds, at every depth, is the survivor's or one of
     * its earlier identifiers. Checked at the merge, and again whenever the survivor gets an INS.
     */
    private static void refuseForeignIns(@Nullable InsIdentity survivor, List<MergedRecord> merged, String what) {
        for (MergedRecord m : merged) {
            InsIdentity held = m.record().insIdentity().orElse(null);
            if (held != null && !isSameOrEarlier(survivor, held)) {
                throw new QualificationException(Reason.MERGE_DIFFERENT_INS, what + " that is neither the"
                        + " survivor's nor one of its earlier identifiers: two active matricules are two"
                        + " persons (a collision, AUD-4); unmerge it, or re-verify the survivor with INSi"
                        + " first (QUA-7)");
            }
            refuseForeignIns(survivor, m.record().mergedRecords(), what);
        }
    }

    /**
     * Whether {@code other}'s identifier is {@code identity}'s active one or one of its earlier ones
     * (MAT-6): the one test of "the same person's INS" for merges (AUD-8) and re-verifications (QUA-7).
     */
    private static boolean isSameOrEarlier(@Nullable InsIdentity identity, InsIdentity other) {
        if (identity == null) {
            return false;
        }
        if (identity.identifier().equals(other.identifier())) {
            return true;
        }
        for (EarlierIdentifier earlier : identity.history()) {
            if (earlier.identifier().equals(other.identifier())) {
                return true;
            }
        }
        return false;
    }

    private static void unmerge(Next next, Unmerge unmerge) {
        checkOpaqueId(unmerge.reference(), "the unmerge reference", Reason.MERGE_INVALID, Reason.MERGE_INVALID,
                "an unmerge says which finding or case it closes (AUD-8)");
        for (int i = 0; i < next.merged.size(); i++) {
            if (next.merged.get(i).localId().equals(unmerge.retiredLocalId())) {
                next.merged.remove(i);
                return;
            }
        }
        throw new QualificationException(Reason.NOT_MERGED, "no record with this local id is merged"
                + " into the survivor");
    }

    /**
     * QUA-9: an operator id names someone or something, visibly, and is never personal data of the
     * patient. Refused: null, blank, only invisible or control characters (zero-width spaces,
     * direction marks, NUL...), more than {@link #MAX_OPERATOR_ID_LENGTH} characters, or a
     * matricule in any shape ({@link InsMatricule#containsMatricule(CharSequence)}).
     */
    private static void checkOperatorId(@Nullable String id, String what) {
        checkOpaqueId(id, what, Reason.OPERATOR_MISSING, Reason.OPERATOR_INVALID,
                "every event names the operator or process that applies it (QUA-9)");
    }

    /**
     * QUA-9 for every opaque id the history keeps (operators, local ids, references): visible, at
     * most {@link #MAX_OPERATOR_ID_LENGTH} characters, no matricule in any shape.
     */
    private static void checkOpaqueId(@Nullable String id, String what, Reason missing, Reason invalid,
            String why) {
        if (id == null || id.codePoints().allMatch(IdentityQualifier::isInvisible)) {
            throw new QualificationException(missing, what + " is missing, blank or made only of"
                    + " invisible characters; " + why);
        }
        if (id.length() > MAX_OPERATOR_ID_LENGTH) {
            throw new QualificationException(invalid, what + " has " + id.length()
                    + " characters; at most " + MAX_OPERATOR_ID_LENGTH + " are accepted (QUA-9)");
        }
        if (InsMatricule.containsMatricule(id)) {
            throw new QualificationException(invalid, what + " holds a matricule, which"
                    + " the audit trail must never hold (QUA-9); use an opaque id");
        }
    }

    private static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
        }
    }

    private static void attributeRemoved(Next next, IdentityAttribute attribute) {
        if (!next.attributes.remove(attribute)) {
            throw new QualificationException(Reason.ATTRIBUTE_NOT_SET, "the attribute " + attribute + " is not set");
        }
    }

    private void carteVitaleAppRead(Next next, CarteVitaleAppRead read) {
        // QUA-4 / QUA-11: the application is a high-trust document like the others; the
        // organisation's list applies to it too.
        refuseIfNotAccepted(IdentityDocument.CARTE_VITALE_APP);
        refuseIfBlocked(next, "a carte Vitale application read");
        InsIdentity current = next.ins;
        refuseEnvironmentChange(current, read.identity());
        if (next.retrieved && current != null && !current.identifier().equals(read.identity().identifier())) {
            throw new QualificationException(Reason.ALREADY_RETRIEVED, "the identity already holds another"
                    + " INS retrieved from INSi; record a re-verification, which keeps the history (MAT-6, QUA-7)");
        }
        accept(next, read.identity(), read.reviewConfirmedBy());
        next.checked = true;
    }

    private static void refuseIfBlocked(Next next, String what) {
        if (next.blocked()) {
            throw new QualificationException(Reason.BLOCKED_BY_ATTRIBUTE, what + " is refused for a"
                    + " doubtful or fictitious identity; remove the attribute first (QUA-1, QUA-5)");
        }
    }

    private static void insiAnswer(Next next, InsiAnswer answer) {
        refuseIfBlocked(next, "an INSi call");
        if (next.retrieved) {
            throw new QualificationException(Reason.ALREADY_RETRIEVED,
                    "the identity is already retrieved from INSi; record a re-verification instead");
        }
        next.insiResult = Optional.of(answer.result());
        if (answer.result() == InsiResult.FOUND) {
            accept(next, answer.identity().orElseThrow(), answer.reviewConfirmedBy());
        }
    }

    /** QUA-3 / QUA-11: the returned identity becomes the record's if it is the person's. */
    private static void accept(Next next, InsIdentity returned, Optional<String> reviewConfirmedBy) {
        MatchReport report = TraitMatcher.compare(next.traits, returned.traits());
        if (report.verdict() == Verdict.MISMATCH) {
            throw new QualificationException(Reason.TRAITS_MISMATCH, "the returned identity is not"
                    + " the person's: " + report);
        }
        refuseIfUnconfirmedReview(report, reviewConfirmedBy);
        refuseIfIncoherent(returned);
        refuseEnvironmentChange(next.ins, returned);
        next.retrieved = true;
        next.traits = returned.traits();
        next.ins = returned;
    }

    /** QUA-3 / QUA-7: a {@code REVIEW} verdict needs a named operator, checked like any operator id. */
    private static void refuseIfUnconfirmedReview(MatchReport report, Optional<String> reviewConfirmedBy) {
        if (report.verdict() != Verdict.REVIEW) {
            return;
        }
        if (reviewConfirmedBy.isEmpty()) {
            throw new QualificationException(Reason.REVIEW_NOT_CONFIRMED, "the traits need a review"
                    + " confirmed by a named operator: " + report);
        }
        try {
            checkOperatorId(reviewConfirmedBy.get(), "the operator who confirmed the review");
        } catch (QualificationException refused) {
            throw refused.reason() == Reason.OPERATOR_MISSING
                    ? new QualificationException(Reason.REVIEW_NOT_CONFIRMED, "the traits need a review"
                            + " confirmed by a named operator: " + report)
                    : refused;
        }
    }

    /** A production INS never becomes a test or demonstration one, nor the other way round. */
    private static void refuseEnvironmentChange(@Nullable InsIdentity current, InsIdentity returned) {
        if (current != null && current.identifier().oid().isProduction()
                != returned.identifier().oid().isProduction()) {
            throw new QualificationException(Reason.OID_ENVIRONMENT_CHANGE, "the identity holds an INS of "
                    + current.identifier().oid().typeCode() + " and the answer one of "
                    + returned.identifier().oid().typeCode() + ": production and test INS never replace"
                    + " each other");
        }
    }

    private static void refuseIfIncoherent(InsIdentity returned) {
        CoherenceReport coherence = returned.coherence();
        if (coherence.hasErrors()) {
            throw new QualificationException(Reason.INCOHERENT_MATRICULE, "the returned matricule"
                    + " disagrees with the returned traits (TRT-7): " + coherence.disagreements().size()
                    + " error(s)");
        }
    }

    private void documentCheck(Next next, DocumentCheck check) {
        IdentityDocument document = check.document();
        refuseIfNotAccepted(document);
        refuseIfBlocked(next, "a document check");
        switch (document.trust()) {
            case HIGH -> next.checked = true;
            case EXCEPTION_ONLY -> {
                if (check.context().filter(document.admittedContexts()::contains).isEmpty()) {
                    throw new QualificationException(Reason.EXCEPTION_CONTEXT_REQUIRED, "the document "
                            + document.code() + " is accepted only in the case(s) "
                            + document.admittedContexts() + ", which the operator must state");
                }
                next.checked = true;
            }
            case LOW -> {
                // Recorded; a low-trust document never validates nor qualifies (QUA-4).
            }
        }
    }

    private void refuseIfNotAccepted(IdentityDocument document) {
        if (!acceptedDocuments.contains(document)) {
            throw new QualificationException(Reason.DOCUMENT_NOT_ACCEPTED,
                    "the organisation does not accept the document " + document.code());
        }
    }

    private static void attributeSet(Next next, IdentityAttribute attribute) {
        if (next.attributes.contains(attribute)) {
            throw new QualificationException(Reason.ATTRIBUTE_ALREADY_SET,
                    "the attribute " + attribute + " is already set");
        }
        for (IdentityAttribute present : next.attributes) {
            if (!attribute.combinesWith(present)) {
                throw new QualificationException(Reason.INCOMPATIBLE_ATTRIBUTES,
                        attribute + " cannot be combined with " + present + " (QUA-2)");
            }
        }
        next.attributes.add(attribute);
        if (attribute.blocksQualification()) {
            next.retrieved = false;
            next.checked = false;
            next.ins = null;
        }
    }

    private static void traitEdit(Next next, Traits traits) {
        if (next.retrieved) {
            throw new QualificationException(Reason.INSI_TRAITS_NOT_EDITABLE, "the traits come from"
                    + " INSi and cannot be edited by hand (QUA-6)");
        }
        if (traits.equals(next.traits)) {
            throw new QualificationException(Reason.NO_CHANGE, "the new traits are the current ones");
        }
        next.traits = traits;
        next.checked = false;
    }

    private static void reverification(Next next, InsiReverification reverification) {
        InsIdentity returned = reverification.returned();
        refuseIfBlocked(next, "an INSi call");
        if (!next.retrieved) {
            throw new QualificationException(Reason.NOT_RETRIEVED,
                    "a re-verification needs an identity retrieved from INSi");
        }
        MatchReport report = TraitMatcher.compare(next.traits, returned.traits());
        if (report.verdict() == Verdict.MISMATCH) {
            throw new QualificationException(Reason.TRAITS_MISMATCH, "INSi returned another person's"
                    + " traits; mark the identity doubtful and investigate: " + report);
        }
        refuseIfUnconfirmedReview(report, reverification.reviewConfirmedBy());
        refuseIfIncoherent(returned);
        refuseEnvironmentChange(next.ins, returned);
        next.insiResult = Optional.of(InsiResult.FOUND);
        InsIdentity current = next.ins;
        // Other traits are other strict forms (TRT-8); comparing outcomes would take two unknown
        // birth places (99999, MISSING) for a change.
        boolean sameTraits = returned.traits().equals(next.traits);
        InsIdentity updated = returned;
        if (current != null && !current.identifier().equals(returned.identifier())) {
            List<EarlierIdentifier> history = new ArrayList<>(returned.history());
            if (!isSameOrEarlier(returned, current)) {
                history.add(EarlierIdentifier.of(current.identifier()));
            }
            updated = new InsIdentity(returned.identifier(), returned.traits(), history);
        }
        next.ins = updated;
        next.traits = returned.traits();
        if (!sameTraits) {
            next.checked = false; // QUA-7: the document was checked against other traits
        }
    }
}
