package io.github.ins4j.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.Merge;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityEvent.Unmerge;
import io.github.ins4j.qualification.QualificationSequencePropertiesTest.Step;
import io.github.ins4j.qualification.QualificationException.Reason;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * AUD-8: a merge is an event of the survivor that keeps the retired record whole; an unmerge gives
 * both records back exactly; the survivor has the higher status; two active INS are never merged.
 */
class MergePropertiesTest {

    /** Fixed persons for the examples (deterministic; names that no masked form can contain). */
    private static final Traits GARCIA = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");
    private static final Traits OTHER = Traits.parse("DUPONT", "JEAN PIERRE", "1970-03-01", "M", "75056");

    private static final IdentityQualifier Q =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    @Provide
    Arbitrary<List<Step>> steps() {
        return QualificationSequencePropertiesTest.randomSteps();
    }

    @Provide
    Arbitrary<Traits> traits() {
        return Identities.traits();
    }

    /** Two random histories of the same person, one shorter: the merge is tried in the allowed direction. */
    @Property(tries = 300)
    void AUD_8_merge_then_unmerge_gives_both_records_back_exactly(@ForAll("traits") Traits person,
            @ForAll("traits") Traits other, @ForAll("steps") List<Step> first, @ForAll("steps") List<Step> second,
            @ForAll boolean sameIns) {
        IdentityRecord a = QualificationSequencePropertiesTest.run(person, other, first);
        IdentityRecord b = sameIns ? takeInsOf(a, person, second) : QualificationSequencePropertiesTest.run(person, other, second);
        IdentityRecord survivor = a.status().mergeRank() >= b.status().mergeRank() ? a : b;
        IdentityRecord retired = survivor == a ? b : a;
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.merge(survivor, "LOC-2", retired, "finding-7", "cell-1"));
        // The survivor's identifiers: its active INS and its earlier ones (QUA-7, AUD-3).
        List<InsIdentifier> survivorIds = new ArrayList<>();
        survivor.insIdentity().ifPresent(ins -> {
            survivorIds.add(ins.identifier());
            ins.history().forEach(h -> survivorIds.add(h.identifier()));
        });
        boolean twoInsIdentifiers = retired.insIdentity().isPresent()
                && !survivorIds.contains(retired.insIdentity().get().identifier());
        Statistics.label("merged").collect(refused == null);
        Statistics.label("retired has an INS").collect(retired.insIdentity().isPresent());
        Statistics.label("merged").coverage(c -> {
            c.check(true).percentage(p -> p > 30);
            c.check(false).percentage(p -> p > 5);
        });
        if (refused != null && retired.equals(survivor)) {
            // Two histories equal event for event are one record: not merged into itself.
            assertThat(refused.reason()).isEqualTo(Reason.MERGE_INVALID);
            return;
        }
        if (refused != null) {
            // The only other refusal here: the retired record holds another INS (AUD-4).
            assertThat(refused.reason()).isEqualTo(Reason.MERGE_DIFFERENT_INS);
            assertThat(twoInsIdentifiers).isTrue();
            assertThat(refused.getMessage())
                    .doesNotContain(retired.insIdentity().get().identifier().matricule().value());
            return;
        }
        assertThat(twoInsIdentifiers).isFalse();
        IdentityRecord merged = Q.merge(survivor, "LOC-2", retired, "finding-7", "cell-1");
        // The survivor's state does not change: a merge never qualifies (QUA-8).
        assertSameState(merged, survivor);
        assertThat(merged.auditTrail().get(merged.auditTrail().size() - 1).kind()).isEqualTo(IdentityEvent.Kind.MERGE);
        assertThat(merged.mergedRecords()).singleElement().satisfies(m -> {
            assertThat(m.localId()).isEqualTo("LOC-2");
            assertThat(m.record()).isEqualTo(retired);
            assertThat(m.earlierIdentifier()).isEqualTo(retired.insIdentity().map(InsIdentity::identifier));
        });
        // Stored and restored, the merge is still there.
        IdentityRecord restored = Q.restore(merged.events(), merged.auditTrail());
        assertThat(restored).isEqualTo(merged);
        assertThat(restored.mergedRecords().get(0).record()).isEqualTo(retired);

        UnmergeResult split = Q.unmerge(restored, "LOC-2", "ticket-3", "cell-2");
        assertThat(split.retired()).isEqualTo(retired);
        assertThat(split.retired().auditTrail()).isEqualTo(retired.auditTrail());
        assertSameState(split.retired(), retired);
        assertThat(split.retired().mergedRecords()).isEqualTo(retired.mergedRecords());
        assertSameState(split.survivor(), survivor);
        assertThat(split.survivor().mergedRecords()).isEmpty();
        assertThat(split.survivor().events()).hasSize(survivor.events().size() + 2);
        assertThat(Q.restore(split.survivor().events())).isEqualTo(split.survivor());
    }

    @Property(tries = 300)
    void AUD_8_the_survivor_never_has_the_lower_status(@ForAll("traits") Traits person,
            @ForAll("traits") Traits other, @ForAll("steps") List<Step> first, @ForAll("steps") List<Step> second) {
        IdentityRecord a = QualificationSequencePropertiesTest.run(person, other, first);
        IdentityRecord b = takeInsOf(a, person, second);
        IdentityRecord lower = a.status().mergeRank() < b.status().mergeRank() ? a : b;
        IdentityRecord higher = lower == a ? b : a;
        boolean strictlyLower = lower.status().mergeRank() < higher.status().mergeRank();
        Statistics.label("strictly lower").collect(strictlyLower);
        Statistics.label("strictly lower").coverage(c -> c.check(true).percentage(p -> p > 20));
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.merge(lower, "LOC-9", higher, "finding-1", "cell-1"));
        if (strictlyLower) {
            assertThat(refused).isNotNull();
            assertThat(refused.reason()).isIn(Reason.MERGE_SURVIVOR_LOWER_STATUS, Reason.MERGE_DIFFERENT_INS);
        } else if (refused != null) {
            // Equal statuses: refused only for another INS, or for one record given twice.
            assertThat(refused.reason()).isEqualTo(lower.equals(higher) ? Reason.MERGE_INVALID
                    : Reason.MERGE_DIFFERENT_INS);
        }
    }

    @Property(tries = 200)
    void AUD_8_AUD_4_two_different_active_ins_are_never_merged(@ForAll("traits") Traits person,
            @ForAll long seed) {
        IdentityRecord a = retrieved(person, InsOid.NIR, seed);
        IdentityRecord b = retrieved(person, InsOid.NIR, seed + 1);
        Statistics.label("different matricules").collect(!a.insIdentity().equals(b.insIdentity()));
        Statistics.label("different matricules").coverage(c -> c.check(true).percentage(p -> p > 90));
        if (a.insIdentity().get().identifier().equals(b.insIdentity().get().identifier())) {
            return;
        }
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.merge(a, "LOC-5", b, "finding-2", "cell-1"));
        assertThat(refused).isNotNull();
        assertThat(refused.reason()).isEqualTo(Reason.MERGE_DIFFERENT_INS);
        assertThat(refused.getMessage()).doesNotContain(a.insIdentity().get().identifier().matricule().value());
    }

    @Property(tries = 200)
    void AUD_8_a_retired_ins_that_is_an_earlier_identifier_of_the_survivor_is_merged(
            @ForAll("traits") Traits person, @ForAll long seed) {
        // An NIA record, and the same person's NIR record whose INSi history holds that NIA (AUD-3).
        IdentityRecord nia = retrieved(person, InsOid.NIA, seed);
        InsIdentifier niaId = nia.insIdentity().get().identifier();
        InsIdentity nir = new InsIdentity(InsIdentifier.of(Identities.coherentMatricule(person, seed + 7), InsOid.NIR),
                person, List.of(EarlierIdentifier.of(niaId)));
        IdentityRecord survivor = Q.apply(Q.start(person, "desk-1"), InsiAnswer.found(nir), "desk-1");
        IdentityRecord merged = Q.merge(survivor, "LOC-NIA", nia, "finding-3", "cell-1");
        assertThat(merged.mergedRecords().get(0).earlierIdentifier()).contains(niaId);
        // The other way round, the NIR into the NIA record, is refused: the survivor must be
        // re-verified first (QUA-7).
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.merge(nia, "LOC-NIR", survivor, "finding-3", "cell-1"));
        assertThat(refused.reason()).isEqualTo(Reason.MERGE_DIFFERENT_INS);
    }

    @Property(tries = 200)
    void AUD_8_a_forged_retired_history_is_refused(@ForAll("traits") Traits person, @ForAll("traits") Traits other,
            @ForAll long seed) {
        IdentityRecord survivor = Q.apply(retrieved(person, InsOid.NIR, seed), DocumentCheck.of(IdentityDocument.PASSPORT),
                "desk-1");
        // The retired "history" claims an INSi answer with another person's traits: the replay refuses it.
        InsIdentity foreign = InsIdentity.of(
                InsIdentifier.of(Identities.coherentMatricule(other, seed), InsOid.NIR), other);
        List<RecordedEvent> forged = new ArrayList<>(Q.start(person, "desk-2").events());
        forged.add(new RecordedEvent(Instant.parse("2026-11-26T09:00:00Z"), "desk-2", InsiAnswer.found(foreign)));
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(survivor, new Merge("LOC-3", forged, "finding-4"), "cell-1"));
        IdentityRecord honest = Q.start(person, "desk-2");
        QualificationException accepted = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(honest, InsiAnswer.found(foreign), "desk-2"));
        // Exactly when the qualifier itself refuses that answer, the merge refuses the history.
        assertThat(refused == null).isEqualTo(accepted == null);
        Statistics.label("forged answer refused").collect(refused != null);
        Statistics.label("forged answer refused").coverage(c -> c.check(true).percentage(p -> p > 50));
        if (refused != null) {
            assertThat(refused.reason()).isEqualTo(accepted.reason());
            assertThat(refused.getMessage()).startsWith("Refused (" + refused.reason() + "): the retired record's"
                    + " history: event 1 of the stored sequence: ");
        }
    }

    @Property(tries = 100)
    void AUD_8_local_ids_and_references_are_opaque_ids(@ForAll("traits") Traits person, @ForAll long seed) {
        IdentityRecord survivor = retrieved(person, InsOid.NIR, seed);
        IdentityRecord retired = Q.start(person, "desk-2");
        String matricule = survivor.insIdentity().get().identifier().matricule().value();
        for (String bad : List.of("", " ", "\u200B", "x".repeat(IdentityQualifier.MAX_OPERATOR_ID_LENGTH + 1),
                "NIR " + matricule)) {
            QualificationException byId = catchThrowableOfType(QualificationException.class,
                    () -> Q.merge(survivor, bad, retired, "finding-1", "cell-1"));
            QualificationException byReference = catchThrowableOfType(QualificationException.class,
                    () -> Q.merge(survivor, "LOC-1", retired, bad, "cell-1"));
            assertThat(byId.reason()).isEqualTo(Reason.MERGE_INVALID);
            assertThat(byReference.reason()).isEqualTo(Reason.MERGE_INVALID);
            assertThat(byId.getMessage()).doesNotContain(matricule);
            // Not yet applied, the event's toString() does not show the unchecked ids either.
            assertThat(new Merge(bad, retired.events(), bad).toString()).doesNotContain(matricule);
            assertThat(new Unmerge(bad, bad).toString()).doesNotContain(matricule);
        }
    }

    @Example
    void AUD_8_merges_nest_and_unmerge_one_level_at_a_time() {
        Traits person = GARCIA;
        IdentityRecord qualified = Q.apply(retrieved(person, InsOid.NIR, 11),
                DocumentCheck.of(IdentityDocument.PASSPORT), "desk-1");
        IdentityRecord provisional = Q.start(person, "desk-2");
        IdentityRecord edited = Q.apply(Q.start(person, "desk-3"), new TraitEdit(OTHER), "desk-3");
        IdentityRecord middle = Q.merge(provisional, "LOC-C", edited, "finding-1", "cell-1");
        IdentityRecord top = Q.merge(qualified, "LOC-B", middle, "finding-2", "cell-1");
        assertThat(top.mergedRecords().get(0).record().mergedRecords().get(0).record()).isEqualTo(edited);
        assertThat(top.toString()).contains("1 merged").doesNotContain(person.birthName().value());

        UnmergeResult outer = Q.unmerge(top, "LOC-B", "ticket-1", "cell-1");
        assertThat(outer.retired()).isEqualTo(middle);
        UnmergeResult inner = Q.unmerge(outer.retired(), "LOC-C", "ticket-2", "cell-1");
        assertThat(inner.retired()).isEqualTo(edited);
        assertThat(inner.survivor().status()).isEqualTo(IdentityStatus.PROVISIONAL);
    }

    @Example
    void AUD_8_merge_and_unmerge_errors_say_what_to_do() {
        Traits person = GARCIA;
        IdentityRecord survivor = Q.start(person, "desk-1");
        IdentityRecord retired = Q.start(person, "desk-2");
        IdentityRecord merged = Q.merge(survivor, "LOC-1", retired, "finding-1", "cell-1");
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.merge(merged, "LOC-1", retired, "finding-1", "cell-1")).reason())
                .isEqualTo(Reason.ALREADY_MERGED);
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.unmerge(merged, "LOC-9", "ticket-1", "cell-1")).reason()).isEqualTo(Reason.NOT_MERGED);
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.apply(survivor, new Unmerge("LOC-1", "ticket-1"), "cell-1")).reason())
                .isEqualTo(Reason.NOT_MERGED);
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> new Merge("LOC-1", List.of(), "finding-1")).reason()).isEqualTo(Reason.MERGE_INVALID);
        // Retired events dated after the merge.
        IdentityQualifier earlier = IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"),
                ZoneOffset.UTC));
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> earlier.merge(earlier.start(person, "desk-1"), "LOC-1", retired, "finding-1", "cell-1"))
                .reason()).isEqualTo(Reason.MERGE_INVALID);
    }

    @Example
    void AUD_8_merges_nest_at_most_max_depth() {
        Traits person = GARCIA;
        IdentityRecord record = Q.start(person, "desk-0");
        int depth = 0;
        QualificationException refused = null;
        while (refused == null && depth <= Merge.MAX_DEPTH + 1) {
            IdentityRecord inner = record;
            int level = depth;
            refused = catchThrowableOfType(QualificationException.class,
                    () -> Q.merge(Q.start(person, "desk-top"), "LOC-" + level, inner, "finding", "cell"));
            if (refused == null) {
                record = Q.merge(Q.start(person, "desk-top-" + level), "LOC-" + level, inner, "finding", "cell");
                depth++;
            }
        }
        assertThat(depth).isEqualTo(Merge.MAX_DEPTH);
        assertThat(refused.reason()).isEqualTo(Reason.MERGE_INVALID);
    }

    private static IdentityRecord retrieved(Traits person, InsOid oid, long seed) {
        InsIdentity identity = InsIdentity.of(InsIdentifier.of(Identities.coherentMatricule(person, seed), oid), person);
        return Q.apply(Q.start(person, "desk-1"), InsiAnswer.found(identity), "desk-1");
    }

    /** A random history of the same person that, when it retrieves an INS, retrieves {@code a}'s. */
    private static IdentityRecord takeInsOf(IdentityRecord a, Traits person, List<Step> steps) {
        IdentityRecord b = QualificationSequencePropertiesTest.run(person, person, steps);
        if (a.insIdentity().isEmpty() || b.isRetrieved() || b.isBlocked()) {
            return b;
        }
        InsIdentity ins = a.insIdentity().get();
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> Q.apply(b, InsiAnswer.found(ins), "desk-9"));
        return refused == null ? Q.apply(b, InsiAnswer.found(ins), "desk-9") : b;
    }

    private static void assertSameState(IdentityRecord actual, IdentityRecord expected) {
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.traits()).isEqualTo(expected.traits());
        assertThat(actual.attributes()).isEqualTo(expected.attributes());
        assertThat(actual.insIdentity()).isEqualTo(expected.insIdentity());
        assertThat(actual.validation()).isEqualTo(expected.validation());
    }

    /** Review finding: the survivor's INS cannot change after the merge to one a merged record does not share. */
    @Property(tries = 100)
    void AUD_8_AUD_4_no_other_ins_reaches_a_survivor_that_holds_a_merged_ins(@ForAll("traits") Traits person,
            @ForAll long seed) {
        InsIdentity a = InsIdentity.of(InsIdentifier.of(Identities.coherentMatricule(person, seed), InsOid.NIR), person);
        InsIdentity b = InsIdentity.of(InsIdentifier.of(Identities.coherentMatricule(person, seed + 1), InsOid.NIR),
                person);
        Statistics.label("two matricules").collect(!a.identifier().equals(b.identifier()))
                .coverage(c -> c.check(true).percentage(p -> p > 90));
        if (a.identifier().equals(b.identifier())) {
            return;
        }
        IdentityRecord survivor = Q.apply(Q.start(person, "desk-1"), InsiAnswer.found(a), "desk-1");
        IdentityRecord duplicate = Q.apply(Q.start(person, "desk-2"), InsiAnswer.found(a), "desk-2");
        IdentityRecord merged = Q.merge(survivor, "LOC-X", duplicate, "finding-1", "cell-1");
        IdentityRecord cleared = Q.apply(Q.apply(merged, new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-1"),
                new AttributeRemoved(IdentityAttribute.DOUBTFUL), "desk-1");
        for (IdentityEvent other : List.<IdentityEvent>of(InsiAnswer.found(b), CarteVitaleAppRead.of(b))) {
            QualificationException refused = catchThrowableOfType(QualificationException.class,
                    () -> Q.apply(cleared, other, "desk-1"));
            assertThat(refused).as("%s", other.kind()).isNotNull();
            assertThat(refused.reason()).isEqualTo(Reason.MERGE_DIFFERENT_INS);
        }
        // The same INS again is accepted; so is a re-verification that moves A to the history.
        assertThat(Q.apply(cleared, InsiAnswer.found(a), "desk-1").isRetrieved()).isTrue();
        InsIdentity bWithA = new InsIdentity(b.identifier(), person, List.of(EarlierIdentifier.of(a.identifier())));
        assertThat(Q.apply(merged, new InsiReverification(bWithA), "desk-1").insIdentity()).contains(bWithA);
    }

    /** Review finding: records nested in the retired one are checked too, ids and INS. */
    @Property(tries = 100)
    void AUD_8_AUD_4_records_nested_in_the_retired_one_are_checked_too(@ForAll("traits") Traits person,
            @ForAll long seed) {
        InsIdentity a = InsIdentity.of(InsIdentifier.of(Identities.coherentMatricule(person, seed), InsOid.NIR), person);
        InsIdentity b = InsIdentity.of(InsIdentifier.of(Identities.coherentMatricule(person, seed + 1), InsOid.NIR),
                person);
        Statistics.label("two matricules").collect(!a.identifier().equals(b.identifier()))
                .coverage(c -> c.check(true).percentage(p -> p > 90));
        if (a.identifier().equals(b.identifier())) {
            return;
        }
        // r holds A, a record holding A is merged into it, then r is made doubtful: it shows no INS.
        IdentityRecord r = Q.merge(Q.apply(Q.start(person, "desk-1"), InsiAnswer.found(a), "desk-1"), "LOC-X",
                Q.apply(Q.start(person, "desk-2"), InsiAnswer.found(a), "desk-2"), "finding-1", "cell-1");
        IdentityRecord hidden = Q.apply(r, new AttributeSet(IdentityAttribute.DOUBTFUL), "desk-1");
        IdentityRecord withB = Q.apply(Q.apply(Q.start(person, "desk-3"), InsiAnswer.found(b), "desk-3"),
                DocumentCheck.of(IdentityDocument.PASSPORT), "desk-3");
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.merge(withB, "LOC-R", hidden, "finding-2", "cell-1")).reason())
                .isEqualTo(Reason.MERGE_DIFFERENT_INS);
        // A local id already merged at any depth is refused.
        IdentityRecord withA = Q.apply(Q.apply(Q.start(person, "desk-4"), InsiAnswer.found(a), "desk-4"),
                DocumentCheck.of(IdentityDocument.PASSPORT), "desk-4");
        IdentityRecord holding = Q.merge(withA, "LOC-R", hidden, "finding-2", "cell-1");
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.merge(holding, "LOC-X", Q.start(person, "desk-5"), "finding-3", "cell-1")).reason())
                .isEqualTo(Reason.ALREADY_MERGED);
        // And a record is not merged into itself.
        assertThat(catchThrowableOfType(QualificationException.class,
                () -> Q.merge(withA, "LOC-SELF", withA, "finding-4", "cell-1")).reason())
                .isEqualTo(Reason.MERGE_INVALID);
    }

    @Example
    void AUD_8_a_merge_holds_at_most_max_events() {
        Traits person = GARCIA;
        List<RecordedEvent> events = new ArrayList<>(Q.start(person, "desk-0").events());
        RecordedEvent created = events.get(0);
        while (events.size() <= Merge.MAX_EVENTS) {
            events.add(created);
        }
        QualificationException refused = catchThrowableOfType(QualificationException.class,
                () -> new Merge("LOC-1", events, "finding"));
        assertThat(refused.reason()).isEqualTo(Reason.MERGE_INVALID);
        assertThat(refused.getMessage()).contains(String.valueOf(Merge.MAX_EVENTS));
        // Shared lists count each time they are held: a wide, shallow tree is bounded too.
        Merge small = new Merge("LOC-2", events.subList(0, 2_000), "finding");
        List<RecordedEvent> wide = new ArrayList<>(List.of(created));
        for (int i = 0; i < 5; i++) {
            wide.add(new RecordedEvent(created.at(), "cell", small));
        }
        assertThat(catchThrowableOfType(QualificationException.class, () -> new Merge("LOC-3", wide, "finding"))
                .reason()).isEqualTo(Reason.MERGE_INVALID);
    }
}
