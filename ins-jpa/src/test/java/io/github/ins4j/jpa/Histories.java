package io.github.ins4j.jpa;

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
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.QualificationException;
import io.github.ins4j.testing.InsArbitraries;
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
 * Generated identity histories: a record of {@code InsArbitraries.records()} (any status, any
 * path), then up to 12 more events of every kind, each applied by a qualifier whose clock moves on
 * a minute per event; events the RNIV refuses are skipped, so every history is a legal one.
 */
final class Histories {

    private Histories() {
    }

    static Arbitrary<IdentityRecord> histories() {
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 11).list().ofMaxSize(16);
        Arbitrary<String> operators = Arbitraries.of("desk-1", "desk-2", "insi-batch", "pharmacien 7");
        return Combinators.combine(InsArbitraries.records(), choices, InsArbitraries.traits(),
                operators.list().ofSize(16))
                .as(Histories::extend);
    }

    static IdentityRecord extend(IdentityRecord start, List<Integer> choices, Traits otherTraits,
            List<String> operators) {
        IdentityRecord record = start;
        Instant at = start.events().get(start.events().size() - 1).at();
        for (int i = 0; i < choices.size(); i++) {
            at = at.plusSeconds(60 + i);
            IdentityQualifier q = IdentityQualifier.of(Clock.fixed(at, ZoneOffset.UTC));
            try {
                record = q.apply(record, event(record, choices.get(i), otherTraits), operators.get(i));
            } catch (QualificationException refused) {
                // an illegal move in this state: the history goes on without it
            }
        }
        return record;
    }

    private static IdentityEvent event(IdentityRecord record, int choice, Traits otherTraits) {
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
            default -> ins.<IdentityEvent>map(InsiReverification::new).orElse(InsiAnswer.notFound());
        };
    }
}
