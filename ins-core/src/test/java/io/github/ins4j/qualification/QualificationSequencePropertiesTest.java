package io.github.ins4j.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.Kind;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.QualificationException.Reason;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Sequence properties over random sequences of events (QUA-1 … QUA-9): whatever happens, the
 * rules hold and the record restores from its events.
 */
class QualificationSequencePropertiesTest {

    private static final IdentityQualifier Q =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    /** One step: which kind of event to attempt, and a seed for its details. */
    record Step(int kind, long seed) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return randomSteps();
    }

    /** Up to 25 steps of every kind: the sequences the qualification and merge properties run. */
    static Arbitrary<List<Step>> randomSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.longs())
                .as(Step::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    /** Builds the event of a step for the current record; some are legal, some not. */
    static IdentityEvent eventFor(Step step, IdentityRecord record, Traits other) {
        Random random = new Random(step.seed());
        Traits current = record.traits();
        InsIdentity same = InsIdentity.of(
                InsIdentifier.of(Identities.coherentMatricule(current, step.seed()), InsOid.NIR_TEST), current);
        return switch (step.kind()) {
            case 0, 1 -> random.nextInt(4) == 0
                    ? (random.nextBoolean() ? InsiAnswer.notFound() : InsiAnswer.severalFound())
                    : InsiAnswer.found(same);
            case 2 -> InsiAnswer.found(InsIdentity.of(
                    InsIdentifier.of(Identities.coherentMatricule(other, step.seed()), InsOid.NIR), other));
            case 3 -> {
                IdentityDocument doc = IdentityDocument.values()[random.nextInt(IdentityDocument.values().length)];
                yield random.nextBoolean() ? DocumentCheck.of(doc)
                        : DocumentCheck.inContext(doc, ExceptionContext.values()[random.nextInt(2)]);
            }
            case 4 -> new AttributeSet(IdentityAttribute.values()[random.nextInt(3)]);
            case 5 -> new AttributeRemoved(IdentityAttribute.values()[random.nextInt(3)]);
            case 6 -> new TraitEdit(random.nextBoolean() ? other
                    : new Traits(current.birthName(), current.firstNames(),
                            BirthDate.parse(current.birthDate().year() + "-00-00"), current.sex(),
                            current.birthPlace()));
            case 7 -> random.nextBoolean() ? new InsiReverification(same)
                    // Fewer first names: REVIEW, confirmed by a named operator or not (then refused).
                    : new InsiReverification(InsIdentity.of(same.identifier(), new Traits(current.birthName(),
                            BirthFirstNames.parse(current.firstNames().first()), current.birthDate(),
                            current.sex(), current.birthPlace())),
                            random.nextBoolean() ? Optional.of("reviewer-1") : Optional.empty());
            case 8 -> CarteVitaleAppRead.of(same);
            default -> DocumentCheck.of(IdentityDocument.PASSPORT);
        };
    }

    /** Runs the steps, skipping refused events, checking the invariants after each. */
    static IdentityRecord run(Traits start, Traits other, List<Step> steps) {
        IdentityRecord record = Q.start(start, "op-0");
        for (Step step : steps) {
            IdentityEvent event = eventFor(step, record, other);
            IdentityRecord before = record;
            QualificationException refused = catchThrowableOfType(QualificationException.class,
                    () -> Q.apply(before, event, "op-" + (step.seed() & 3)));
            if (refused == null) {
                record = Q.apply(before, event, "op-" + (step.seed() & 3));
                assertThat(record.events()).hasSize(before.events().size() + 1);
            } else if (start.birthName().value().length() >= 5) {
                assertThat(refused.getMessage()).doesNotContain(start.birthName().value());
            }
            invariants(record);
        }
        return record;
    }

    static void invariants(IdentityRecord record) {
        // The status is the one the two facts give (the table), PROV when doubtful or fictitious.
        IdentityStatus expected = record.isBlocked() ? IdentityStatus.PROVISIONAL
                : IdentityStatus.of(record.isRetrieved(), record.isChecked());
        assertThat(record.status()).isEqualTo(expected);
        assertThat(record.insIdentity().isPresent()).isEqualTo(record.isRetrieved());
        // QUA-2: no forbidden combination.
        assertThat(record.attributes().contains(IdentityAttribute.FICTITIOUS)
                && record.attributes().size() > 1).isFalse();
        // QUA-9: one audit entry per event, chained statuses.
        assertThat(record.auditTrail()).hasSameSizeAs(record.events());
        for (int i = 1; i < record.auditTrail().size(); i++) {
            assertThat(record.auditTrail().get(i).before()).isEqualTo(record.auditTrail().get(i - 1).after());
        }
        assertThat(record.auditTrail().get(record.auditTrail().size() - 1).after()).isEqualTo(record.status());
    }

    @Property(tries = 300)
    void QUA_8_qualified_only_through_insi_retrieval_and_document_check_after_the_last_clearing(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        Statistics.collect(record.status());
        Statistics.coverage(checker -> {
            checker.check(IdentityStatus.QUALIFIED).percentage(p -> p > 5);
            checker.check(IdentityStatus.RETRIEVED).percentage(p -> p > 1);
            checker.check(IdentityStatus.VALIDATED).percentage(p -> p > 1);
        });
        List<AuditEntry> audit = record.auditTrail();
        List<RecordedEvent> events = record.events();
        for (int i = 0; i < audit.size(); i++) {
            AuditEntry e = audit.get(i);
            if (e.after() == IdentityStatus.QUALIFIED && e.before() != IdentityStatus.QUALIFIED) {
                IdentityEvent event = events.get(i).event();
                // The allowed ways in: a document on a retrieved identity, an INSi 00 on a
                // validated one, or a carte Vitale application read (QUA-11).
                boolean viaDocument = event instanceof DocumentCheck && e.before() == IdentityStatus.RETRIEVED;
                boolean viaInsi = event instanceof InsiAnswer a && a.result() == InsiResult.FOUND
                        && e.before() == IdentityStatus.VALIDATED;
                boolean viaVitale = event instanceof CarteVitaleAppRead;
                assertThat(viaDocument || viaInsi || viaVitale).as("entry %d: %s", i, e).isTrue();
            }
        }
        if (record.status() == IdentityStatus.QUALIFIED) {
            int lastClearing = -1;
            for (int i = 0; i < audit.size(); i++) {
                if (audit.get(i).after() == IdentityStatus.PROVISIONAL) {
                    lastClearing = i;
                }
            }
            List<IdentityEvent> since = events.subList(lastClearing + 1, events.size()).stream()
                    .map(RecordedEvent::event).toList();
            boolean retrieval = since.stream().anyMatch(ev -> ev instanceof CarteVitaleAppRead
                    || ev instanceof InsiAnswer a && a.result() == InsiResult.FOUND);
            boolean document = since.stream().anyMatch(ev -> ev instanceof CarteVitaleAppRead
                    || ev instanceof DocumentCheck d && d.document().trust() != IdentityDocument.Trust.LOW);
            assertThat(retrieval && document).isTrue();
        }
    }

    @Property(tries = 300)
    void QUA_1_QUA_5_a_doubtful_or_fictitious_identity_is_provisional_and_refuses_insi(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        if (record.isBlocked()) {
            assertThat(record.status()).isEqualTo(IdentityStatus.PROVISIONAL);
            assertThat(record.insIdentity()).isEmpty();
            InsIdentity same = InsIdentity.of(InsIdentifier.of(
                    Identities.coherentMatricule(record.traits(), 1), InsOid.NIR_TEST), record.traits());
            for (IdentityEvent insi : List.<IdentityEvent>of(InsiAnswer.found(same), InsiAnswer.notFound(),
                    new InsiReverification(same), CarteVitaleAppRead.of(same),
                    DocumentCheck.of(IdentityDocument.PASSPORT))) {
                QualificationException e = catchThrowableOfType(QualificationException.class,
                        () -> Q.apply(record, insi, "op"));
                assertThat(e).isNotNull();
                assertThat(e.reason()).isIn(Reason.BLOCKED_BY_ATTRIBUTE, Reason.NOT_RETRIEVED);
            }
        }
    }

    @Property(tries = 300)
    void QUA_9_replaying_the_stored_events_restores_the_same_record(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        IdentityRecord restored = Q.restore(record.events());
        assertThat(restored).isEqualTo(record);
        assertThat(restored.status()).isEqualTo(record.status());
        assertThat(restored.attributes()).isEqualTo(record.attributes());
        assertThat(restored.insIdentity()).isEqualTo(record.insIdentity());
        assertThat(restored.traits()).isEqualTo(record.traits());
        assertThat(restored.auditTrail()).isEqualTo(record.auditTrail());
    }

    @Property(tries = 200)
    void QUA_9_the_audit_trail_never_holds_the_matricule_or_the_traits(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        String audit = record.auditTrail().toString() + record;
        record.insIdentity().ifPresent(ins ->
                assertThat(audit).doesNotContain(ins.identifier().matricule().numIdentifiant()));
        if (start.birthName().value().length() >= 5) {
            assertThat(audit).doesNotContain(start.birthName().value());
        }
        assertThat(audit).doesNotContain(start.birthDate().value());
        assertThat(record.auditTrail()).allSatisfy(e ->
                assertThat(e.insiResult().isPresent()).isEqualTo(e.kind().isInsiCall()
                        || e.kind() == Kind.INSI_ANSWER));
    }

    @Property(tries = 200)
    void QUA_3_insi_answers_01_and_02_change_nothing_but_are_recorded(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        if (!record.isBlocked() && !record.isRetrieved()) {
            for (InsiAnswer answer : List.of(InsiAnswer.notFound(), InsiAnswer.severalFound())) {
                IdentityRecord after = Q.apply(record, answer, "op");
                assertThat(after.status()).isEqualTo(record.status());
                assertThat(after.traits()).isEqualTo(record.traits());
                assertThat(after.auditTrail()).last()
                        .satisfies(e -> assertThat(e.insiResult()).isEqualTo(Optional.of(answer.result())));
            }
        }
    }

    @Property(tries = 200)
    void QUA_10_insi_calls_are_counted_per_operator_over_a_period(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        for (RecordedEvent e : record.events()) {
            if (e.event() instanceof InsiAnswer || e.event() instanceof InsiReverification) {
                expected.merge(e.operatorId(), 1L, Long::sum);
            }
        }
        Instant at = record.events().get(0).at();
        assertThat(AuditEntry.insiCallsPerOperator(record.auditTrail(), at, at.plusSeconds(1))).isEqualTo(expected);
        assertThat(AuditEntry.insiCallsPerOperator(record.auditTrail(), at.plusSeconds(1), at.plusSeconds(2)))
                .isEmpty();
    }

    @Property(tries = 200)
    void QUA_6_insi_traits_cannot_be_edited_and_an_edit_sends_a_validated_identity_back_to_provisional(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps) {
        IdentityRecord record = run(start, other, steps);
        if (other.equals(record.traits())) {
            return;
        }
        QualificationException e = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(record, new TraitEdit(other), "op"));
        if (record.isRetrieved()) {
            assertThat(e.reason()).isEqualTo(Reason.INSI_TRAITS_NOT_EDITABLE);
        } else {
            assertThat(e).isNull();
            IdentityRecord edited = Q.apply(record, new TraitEdit(other), "op");
            assertThat(edited.status()).isEqualTo(IdentityStatus.PROVISIONAL);
            assertThat(edited.traits()).isEqualTo(other);
        }
    }

    @Property(tries = 200)
    void QUA_7_MAT_6_a_reverification_keeps_the_status_for_a_new_matricule_and_clears_the_check_for_new_traits(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll long seed) {
        IdentityRecord record = run(start, other, steps);
        if (!record.isRetrieved() || record.isBlocked()) {
            return;
        }
        Traits current = record.traits();
        InsIdentifier before = record.insIdentity().orElseThrow().identifier();
        // Same environment as the current INS: production and test never replace each other.
        InsIdentifier renumbered = InsIdentifier.of(Identities.coherentMatricule(current, seed),
                before.oid().isProduction() ? InsOid.NIR : InsOid.NIR_TEST);
        IdentityRecord same = Q.apply(record, new InsiReverification(InsIdentity.of(renumbered, current)), "op");
        assertThat(same.status()).isEqualTo(record.status());
        assertThat(same.insIdentity().orElseThrow().identifier()).isEqualTo(renumbered);
        if (!renumbered.equals(before)) {
            assertThat(same.insIdentity().orElseThrow().history())
                    .extracting(h -> h.identifier()).contains(before);
        }
        Traits changed = current.birthDate().isExact()
                ? new Traits(current.birthName(), current.firstNames(),
                        BirthDate.parse(current.birthDate().year() + "-00-00"), current.sex(), current.birthPlace())
                : new Traits(current.birthName(), current.firstNames(), current.birthDate(), current.sex(),
                        io.github.ins4j.traits.BirthPlaceCode.parse(current.birthPlace().isUnknown() ? "75056" : "99999"));
        IdentityRecord reverified = Q.apply(record,
                InsiReverification.afterReview(InsIdentity.of(before, changed), "reviewer-1"), "op");
        assertThat(reverified.isChecked()).isFalse();
        assertThat(reverified.status()).isEqualTo(IdentityStatus.RETRIEVED);
        assertThat(reverified.traits()).isEqualTo(changed);
    }

    @Property(tries = 200)
    void QUA_11_a_carte_vitale_application_read_qualifies_without_insi(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll long seed) {
        IdentityRecord record = run(start, other, steps);
        // The environment of the INS the record holds, if any (OID_ENVIRONMENT_CHANGE otherwise).
        InsOid oid = record.insIdentity().map(i -> i.identifier().oid()).orElse(InsOid.NIR_TEST);
        InsIdentity read = InsIdentity.of(InsIdentifier.of(
                Identities.coherentMatricule(record.traits(), seed), oid), record.traits());
        QualificationException e = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(record, CarteVitaleAppRead.of(read), "op"));
        boolean otherIns = record.isRetrieved() && record.insIdentity().isPresent()
                && !record.insIdentity().get().identifier().equals(read.identifier());
        Statistics.label("carte Vitale read").collect(record.isBlocked() ? "blocked"
                : otherIns ? "another INS than the retrieved one" : "qualifies");
        if (record.isBlocked()) {
            assertThat(e.reason()).isEqualTo(Reason.BLOCKED_BY_ATTRIBUTE);
        } else if (otherIns) {
            assertThat(e.reason()).isEqualTo(Reason.ALREADY_RETRIEVED);   // MAT-6: a re-verification keeps the history
        } else {
            assertThat(e).isNull();
            assertThat(Q.apply(record, CarteVitaleAppRead.of(read), "op").status())
                    .isEqualTo(IdentityStatus.QUALIFIED);
        }
        Statistics.label("carte Vitale read").coverage(coverage -> {
            coverage.check("another INS than the retrieved one").count(c -> c > 0);
            coverage.check("qualifies").count(c -> c > 0);
        });
    }

    /** QUA-2: doubtful + fictitious and fictitious + homonym are refused, in either order, after any history. */
    @Property(tries = 300)
    void QUA_2_forbidden_attribute_pairs_are_refused_in_either_order(@ForAll("traits") Traits start,
            @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps, @ForAll IdentityAttribute first,
            @ForAll IdentityAttribute second) {
        IdentityRecord record = run(start, other, steps);
        QualificationException refusedFirst = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(record, new AttributeSet(first), "op-1"));
        Statistics.label("first attribute set").collect(refusedFirst == null)
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        if (refusedFirst != null) {
            return;   // already set, or forbidden with one the history set: the pair below covers it
        }
        IdentityRecord withFirst = Q.apply(record, new AttributeSet(first), "op-1");
        boolean forbidden = first != second && (Set.of(first, second).equals(
                Set.of(IdentityAttribute.DOUBTFUL, IdentityAttribute.FICTITIOUS))
                || Set.of(first, second).equals(Set.of(IdentityAttribute.FICTITIOUS, IdentityAttribute.HOMONYM)));
        Statistics.label("forbidden pair").collect(forbidden).coverage(c -> c.check(true).percentage(p -> p > 10));
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(withFirst, new AttributeSet(second), "op-2"));
        if (forbidden) {
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isEqualTo(Reason.INCOMPATIBLE_ATTRIBUTES);
        } else if (refused != null) {
            // Allowed pairs are refused only when the second attribute is set already.
            assertThat(refused.reason()).isEqualTo(Reason.ATTRIBUTE_ALREADY_SET);
        }
    }
}
