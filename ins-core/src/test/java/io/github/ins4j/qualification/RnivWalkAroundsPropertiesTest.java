package io.github.ins4j.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.QualificationException.Reason;
import io.github.ins4j.qualification.QualificationSequencePropertiesTest.Step;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The RNIV rules cannot be walked around: the organisation's document list applies to the carte
 * Vitale application (QUA-4 / QUA-11); a re-verification that needs a review names its operator and
 * never moves an INS between production and test (QUA-7); restored events are not in the future
 * (QUA-8); operator ids are visible and hold no matricule (QUA-9).
 */
class RnivWalkAroundsPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final IdentityQualifier Q = IdentityQualifier.of(Clock.fixed(NOW, ZoneOffset.UTC));

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return QualificationSequencePropertiesTest.randomSteps();
    }

    @Provide
    Arbitrary<Set<IdentityDocument>> documentLists() {
        return Arbitraries.of(IdentityDocument.class).set()
                .map(set -> set.isEmpty() ? EnumSet.noneOf(IdentityDocument.class) : EnumSet.copyOf(set))
                .map(set -> {
                    set.remove(IdentityDocument.CARTE_VITALE_APP);
                    return (Set<IdentityDocument>) set;
                });
    }

    @Property(tries = 200)
    void QUA_4_QUA_11_the_organisation_list_applies_to_the_carte_vitale_application(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll("documentLists") Set<IdentityDocument> accepted, @ForAll long seed) {
        IdentityRecord record = QualificationSequencePropertiesTest.run(start, other, steps);
        IdentityQualifier withoutApp = Q.withAcceptedDocuments(accepted);
        InsOid oid = record.insIdentity().map(i -> i.identifier().oid()).orElse(InsOid.NIR_TEST);
        InsIdentity read = InsIdentity.of(InsIdentifier.of(
                Identities.coherentMatricule(record.traits(), seed), oid), record.traits());
        QualificationException e = catchThrowableOfType(QualificationException.class,
                () -> withoutApp.apply(record, CarteVitaleAppRead.of(read), "op"));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.DOCUMENT_NOT_ACCEPTED);
        Statistics.label("status").collect(record.status());
    }

    /** A retrieved, unblocked record and a REVIEW version of its traits. */
    private static Optional<IdentityRecord> retrieved(Traits start, Traits other, List<Step> steps) {
        IdentityRecord record = QualificationSequencePropertiesTest.run(start, other, steps);
        boolean usable = record.isRetrieved() && !record.isBlocked();
        Statistics.label("retrieved").collect(usable);
        return usable ? Optional.of(record) : Optional.empty();
    }

    @Property(tries = 300)
    void QUA_7_a_reverification_that_needs_a_review_names_a_visible_operator(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll("invisibleIds") String invisible, @ForAll("matriculeIds") String matriculeId) {
        Optional<IdentityRecord> maybe = retrieved(start, other, steps);
        if (maybe.isEmpty()) {
            return;
        }
        IdentityRecord record = maybe.get();
        InsIdentity current = record.insIdentity().orElseThrow();
        // The INSi list is the record's first first name only: the record's list is longer (PARTIAL).
        Traits insi = new Traits(record.traits().birthName(),
                BirthFirstNames.parse(record.traits().firstNames().first()), record.traits().birthDate(),
                record.traits().sex(), record.traits().birthPlace());
        InsIdentity returned = InsIdentity.of(current.identifier(), insi);
        boolean review = io.github.ins4j.matching.TraitMatcher.compare(record.traits(), insi).verdict()
                == io.github.ins4j.matching.Verdict.REVIEW;
        Statistics.label("review").collect(review);
        if (!review) {
            return;
        }
        assertThat(reason(record, new InsiReverification(returned), "op")).isEqualTo(Reason.REVIEW_NOT_CONFIRMED);
        assertThat(reason(record, InsiReverification.afterReview(returned, invisible), "op"))
                .isEqualTo(Reason.REVIEW_NOT_CONFIRMED);
        assertThat(reason(record, InsiReverification.afterReview(returned, matriculeId), "op"))
                .isEqualTo(Reason.OPERATOR_INVALID);
        IdentityRecord confirmed = Q.apply(record, InsiReverification.afterReview(returned, "reviewer-7"), "op");
        assertThat(confirmed.traits()).isEqualTo(insi);
    }

    @Property(tries = 300)
    void QUA_7_a_production_ins_and_a_test_ins_never_replace_each_other(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll long seed, @ForAll boolean viaCarteVitale) {
        Optional<IdentityRecord> maybe = retrieved(start, other, steps);
        if (maybe.isEmpty()) {
            return;
        }
        IdentityRecord record = maybe.get();
        InsOid current = record.insIdentity().orElseThrow().identifier().oid();
        InsOid[] otherSide = current.isProduction()
                ? new InsOid[] {InsOid.NIR_TEST, InsOid.NIR_DEMO} : new InsOid[] {InsOid.NIR, InsOid.NIA};
        InsOid oid = otherSide[(int) (seed & 1)];
        Statistics.label("move").collect(current.typeCode() + " -> " + oid.typeCode());
        InsIdentity returned = InsIdentity.of(InsIdentifier.of(
                Identities.coherentMatricule(record.traits(), seed), oid), record.traits());
        IdentityEvent event = viaCarteVitale ? CarteVitaleAppRead.of(returned) : new InsiReverification(returned);
        assertThat(reason(record, event, "op")).isEqualTo(Reason.OID_ENVIRONMENT_CHANGE);
    }

    @Property(tries = 200)
    void QUA_8_restore_refuses_events_dated_in_the_future(
            @ForAll("traits") Traits start, @ForAll("traits") Traits other, @ForAll("steps") List<Step> steps,
            @ForAll("futures") Instant future, @ForAll @LongRange(min = 0, max = 300) long withinSeconds) {
        IdentityRecord record = QualificationSequencePropertiesTest.run(start, other, steps);
        List<RecordedEvent> events = new ArrayList<>(record.events());
        RecordedEvent last = events.remove(events.size() - 1);
        List<RecordedEvent> tampered = new ArrayList<>(events);
        tampered.add(new RecordedEvent(future, last.operatorId(), last.event()));
        QualificationException e = catchThrowableOfType(QualificationException.class, () -> Q.restore(tampered));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.EVENT_IN_FUTURE);
        // Within the tolerance (a clock a little ahead) the record restores.
        List<RecordedEvent> ahead = new ArrayList<>(events);
        ahead.add(new RecordedEvent(NOW.plusSeconds(withinSeconds), last.operatorId(), last.event()));
        assertThat(Q.restore(ahead).status()).isEqualTo(record.status());
    }

    @Provide
    Arbitrary<Instant> futures() {
        return Arbitraries.oneOf(
                Arbitraries.of(Instant.MAX, Instant.parse("2999-01-01T00:00:00Z"),
                        NOW.plus(IdentityQualifier.FUTURE_TOLERANCE).plusNanos(1)),
                Arbitraries.longs().between(301, Instant.MAX.getEpochSecond() - NOW.getEpochSecond())
                        .map(NOW::plusSeconds));
    }

    @Property(tries = 300)
    void QUA_9_an_invisible_operator_id_is_refused(
            @ForAll("traits") Traits traits, @ForAll("invisibleIds") String id) {
        assertThat(catchThrowableOfType(QualificationException.class, () -> Q.start(traits, id)).reason())
                .isEqualTo(Reason.OPERATOR_MISSING);
        IdentityRecord record = Q.start(traits, "desk-1");
        assertThat(reason(record, InsiAnswer.notFound(), id)).isEqualTo(Reason.OPERATOR_MISSING);
    }

    @Property(tries = 300)
    void QUA_9_an_operator_id_holding_a_matricule_never_reaches_the_audit_trail(
            @ForAll("traits") Traits traits, @ForAll("matriculeIds") String id) {
        QualificationException e = catchThrowableOfType(QualificationException.class, () -> Q.start(traits, id));
        assertThat(e.reason()).isEqualTo(Reason.OPERATOR_INVALID);
        assertThat(e.getMessage()).doesNotContain(id);
        IdentityRecord record = Q.start(traits, "desk-1");
        assertThat(reason(record, InsiAnswer.notFound(), id)).isEqualTo(Reason.OPERATOR_INVALID);
        // Nor through a restore of stored events.
        List<RecordedEvent> stored = List.of(new RecordedEvent(NOW, id, record.events().get(0).event()));
        assertThat(catchThrowableOfType(QualificationException.class, () -> Q.restore(stored)).reason())
                .isEqualTo(Reason.OPERATOR_INVALID);
    }

    @Property(tries = 300)
    void QUA_9_ordinary_operator_ids_are_accepted(@ForAll("traits") Traits traits, @ForAll("ordinaryIds") String id) {
        IdentityRecord record = Q.start(traits, id);
        assertThat(record.auditTrail().get(0).operatorId()).isEqualTo(id);
    }

    @Provide
    Arbitrary<String> invisibleIds() {
        return Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F",
                "\u0000", "\u0007", "\u001B", "\u007F", " ", "\t", "\n", "\u00A0", "\u2009", "\u3000",
                "\u3164", "\u0301", "\u2800", "\u202E").list().ofMinSize(1).ofMaxSize(12)
                .map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> matriculeIds() {
        Arbitrary<String> matricule = Identities.traits().flatMap(t -> Arbitraries.longs()
                .map(seed -> Identities.coherentMatricule(t, seed).value()));
        return Combinators.combine(matricule, Arbitraries.of("", "op-", "NIR", "user "),
                Arbitraries.of("plain", "display", "hyphens", "zero-width", "full-width"))
                .as((m, prefix, shape) -> prefix + switch (shape) {
                    case "display" -> InsMatricule.parse(m).format(MatriculeFormat.DISPLAY);
                    case "hyphens" -> InsMatricule.parse(m).format(MatriculeFormat.DISPLAY).replace(' ', '-');
                    case "zero-width" -> String.join("\u200B", m.split(""));
                    case "full-width" -> m.chars().collect(StringBuilder::new,
                            (b, c) -> b.append((char) (c >= '0' && c <= '9' ? 0xFF10 + c - '0' : c)),
                            StringBuilder::append).toString();
                    default -> m;
                });
    }

    @Provide
    Arbitrary<String> ordinaryIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars("-_.@").ofMinLength(1).ofMaxLength(40)
                        // Fewer than 15 digits: no room for a matricule.
                        .filter(s -> s.chars().filter(Character::isDigit).count() < 15),
                Arbitraries.of("desk-1", "pharmacie.dupont", "batch:insi-nightly", "opérateur 12"));
    }

    private static Reason reason(IdentityRecord record, IdentityEvent event, String operatorId) {
        QualificationException e = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(record, event, operatorId));
        assertThat(e).as("refused").isNotNull();
        return e.reason();
    }
}
