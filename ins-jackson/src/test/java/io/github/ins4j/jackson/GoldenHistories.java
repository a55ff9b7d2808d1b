package io.github.ins4j.jackson;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.AttributeRemoved;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.qualification.IdentityEvent.TraitEdit;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.TestIdentities;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The histories of the golden files: every event type, every optional field, fixed instants. */
final class GoldenHistories {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private GoldenHistories() {
    }

    /** File name (without {@code .json}) → the history it holds. */
    static Map<String, IdentityRecord> all() {
        return Map.of("history-qualified-then-nir", qualifiedThenNir(),
                "history-validated-then-edited", validatedThenEdited(),
                "history-carte-vitale-uncertain-date", carteVitale(),
                "history-merged-then-unmerged", mergedThenUnmerged());
    }

    private static IdentityQualifier at(int minutes) {
        return IdentityQualifier.of(Clock.fixed(T0.plusSeconds(60L * minutes), ZoneOffset.UTC));
    }

    private static IdentityRecord apply(IdentityRecord r, int minutes, String operator, IdentityEvent... events) {
        IdentityRecord next = r;
        for (IdentityEvent e : events) {
            next = at(minutes).apply(next, e, operator);
        }
        return next;
    }

    /** LEROY Jean A: INSi 01, then 00 confirmed by an operator, passport, homonym, then INSi gives B. */
    static IdentityRecord qualifiedThenNir() {
        InsIdentity a = TestIdentities.LEROY_JEAN_A;
        InsIdentity b = TestIdentities.LEROY_JEAN_B;
        IdentityRecord r = at(0).start(a.traits(), "desk-1");
        r = apply(r, 1, "desk-1", InsiAnswer.notFound());
        r = apply(r, 2, "desk-1", InsiAnswer.foundAfterReview(a, "desk-2"));
        r = apply(r, 3, "desk-2", DocumentCheck.of(IdentityDocument.PASSPORT));
        r = apply(r, 4, "desk-2", new AttributeSet(IdentityAttribute.HOMONYM));
        EarlierIdentifier earlier = new EarlierIdentifier(a.identifier(), Optional.of(LocalDate.of(2010, 1, 1)),
                Optional.of(LocalDate.of(2026, 6, 30)));
        r = apply(r, 60, "insi-batch", new InsiReverification(new InsIdentity(b.identifier(), b.traits(),
                List.of(earlier))));
        return r;
    }

    /** GARCIA: validated on a minor's document, traits edited, doubtful and back, INSi 02. */
    static IdentityRecord validatedThenEdited() {
        InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
        Traits other = TestIdentities.HAMADI_SARA_LOU.traits();
        IdentityRecord r = at(0).start(garcia.traits(), "desk-1");
        r = apply(r, 1, "desk-1", DocumentCheck.inContext(IdentityDocument.PARENTS_FAMILY_RECORD_BOOK,
                ExceptionContext.MINOR));
        r = apply(r, 2, "desk-1", new TraitEdit(other));
        r = apply(r, 3, "desk-3", new AttributeSet(IdentityAttribute.DOUBTFUL));
        r = apply(r, 4, "desk-3", new AttributeRemoved(IdentityAttribute.DOUBTFUL));
        r = apply(r, 5, "desk-3", InsiAnswer.severalFound());
        return r;
    }

    /** NDIAYE: local uncertain birth date (conventional 1960-12-31), carte Vitale application read. */
    static IdentityRecord carteVitale() {
        InsIdentity ndiaye = TestIdentities.NDIAYE_AMADOU;
        Traits t = ndiaye.traits();
        Traits local = new Traits(t.birthName(), t.firstNames(), BirthDate.uncertain(LocalDate.of(1960, 12, 31)),
                t.sex(), t.birthPlace());
        IdentityRecord r = at(0).start(local, "desk-1");
        r = apply(r, 1, "desk-1", new CarteVitaleAppRead(ndiaye, Optional.of("desk-1")));
        return r;
    }

    /**
     * AUD-8: NDIAYE's carte Vitale record absorbs a provisional duplicate (LOC-77), and a second
     * one (LOC-78) that is then unmerged.
     */
    static IdentityRecord mergedThenUnmerged() {
        Traits t = TestIdentities.NDIAYE_AMADOU.traits();
        IdentityRecord survivor = carteVitale();
        IdentityRecord first = at(2).start(t, "desk-2");
        IdentityRecord second = apply(at(3).start(t, "desk-4"), 4, "desk-4",
                DocumentCheck.of(IdentityDocument.PASSPORT));
        survivor = at(10).merge(survivor, "LOC-77", first, "audit-2026-12/finding-12", "cell-1");
        survivor = at(11).merge(survivor, "LOC-78", second, "audit-2026-12/finding-13", "cell-1");
        return at(12).unmerge(survivor, "LOC-78", "ticket-IV-311", "cell-2").survivor();
    }
}
