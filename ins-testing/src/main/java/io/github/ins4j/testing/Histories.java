package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.Merge;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityEvent.Unmerge;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.MergedRecord;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The histories of {@link InsArbitraries#histories()}: a record of {@link InsArbitraries#records()}
 * (any status, any path), then up to 16 more events of every kind, merges and unmerges included
 * (AUD-8), each applied by a qualifier whose clock moves on a minute per event. Events the RNIV
 * refuses are skipped, so that every history is a legal one.
 */
final class Histories {

    private static final int MAX_EVENTS = 16;

    private Histories() {
    }

    static Arbitrary<IdentityRecord> histories() {
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 13).list().ofMaxSize(MAX_EVENTS);
        Arbitrary<String> operators = Arbitraries.of("desk-1", "desk-2", "insi-batch", "pharmacien 7");
        return Combinators.combine(InsArbitraries.records(), choices, InsArbitraries.traits(),
                operators.list().ofSize(MAX_EVENTS))
                .as(Histories::extend);
    }

    private static IdentityRecord extend(IdentityRecord start, List<Integer> choices, Traits otherTraits,
            List<String> operators) {
        IdentityRecord record = start;
        Instant at = start.events().get(start.events().size() - 1).at();
        for (int i = 0; i < choices.size(); i++) {
            at = at.plusSeconds(60 + i);
            IdentityQualifier q = IdentityQualifier.of(Clock.fixed(at, ZoneOffset.UTC));
            try {
                record = q.apply(record, event(record, choices.get(i), otherTraits, q, i), operators.get(i));
            } catch (QualificationException refused) {
                // an illegal move in this state: the history goes on without it
            }
        }
        return record;
    }

    private static IdentityEvent event(IdentityRecord record, int choice, Traits otherTraits,
            IdentityQualifier q, int index) {
        Optional<InsIdentity> ins = record.insIdentity();
        return switch (choice) {
            case 0 -> InsiAnswer.notFound();
            case 1 -> InsiAnswer.severalFound();
            case 2 -> new AttributeSet(IdentityAttribute.HOMONYM);
            case 3 -> new AttributeRemoved(IdentityAttribute.HOMONYM);
            case 4 -> new AttributeSet(IdentityAttribute.DOUBTFUL);
            case 5 -> new AttributeRemoved(IdentityAttribute.DOUBTFUL);
            case 6 -> new AttributeSet(IdentityAttribute.FICTITIOUS);
            case 7 -> new AttributeRemoved(IdentityAttribute.FICTITIOUS);
            case 8 -> DocumentCheck.of(IdentityDocument.PASSPORT);
            case 9 -> DocumentCheck.inContext(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK, ExceptionContext.MINOR);
            case 10 -> new TraitEdit(otherTraits);
            // AUD-8: a provisional duplicate typed at another desk, merged in.
            case 11 -> new Merge("LOC-" + index, q.start(record.traits(), "desk-9").events(), "finding-" + index);
            case 12 -> record.mergedRecords().stream().findFirst().map(MergedRecord::localId)
                    .<IdentityEvent>map(id -> new Unmerge(id, "ticket-" + index))
                    .orElse(InsiAnswer.notFound());
            default -> ins.<IdentityEvent>map(InsiReverification::new).orElse(InsiAnswer.notFound());
        };
    }
}
