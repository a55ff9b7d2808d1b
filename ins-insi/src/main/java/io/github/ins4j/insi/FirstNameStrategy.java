package io.github.ins4j.insi;

import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which search to make next for a person, given the attempts made so far (INSI-7). A strategy is
 * explicit and replaceable; the client records every attempt it asks for
 * ({@link InsiSearchRun#attempts()}) and stops when it answers empty, after a fault, or after
 * {@link InsiClient#MAX_ATTEMPTS} attempts.
 *
 * <p>{@link #standard()} is the common practice of public clients and regional INS guides: each
 * birth first name alone, in order, then the whole list; stop at the first {@code 00}; on
 * {@code 02}, search again with the birth place if it was not sent and is known.
 *
 * <pre>{@code
 * FirstNameStrategy mine = (local, attempts) -> attempts.isEmpty()
 *         ? Optional.of(InsiSearch.from(local)) : Optional.empty();   // the whole list, once
 * client.search(record, mine, "desk-1");
 * }</pre>
 */
@FunctionalInterface
public interface FirstNameStrategy {

    /**
     * Returns the next search to make, or empty to stop.
     *
     * @param local    the person's traits, as recorded
     * @param attempts the calls made so far for this person, in order
     * @return the next search, or empty
     */
    Optional<InsiSearch> next(Traits local, List<InsiExchange> attempts);

    /**
     * The common practice (INSI-7): each first name alone, in order, then the whole list, without
     * birth place; stop at the first {@code 00} or fault; on {@code 02}, the same first names again
     * with the birth place when it was not sent and is known.
     *
     * @return the strategy
     */
    static FirstNameStrategy standard() {
        return (local, attempts) -> {
            List<BirthFirstNames> candidates = new ArrayList<>();
            for (String name : local.firstNames().names()) {
                BirthFirstNames one = BirthFirstNames.parse(name);
                if (!candidates.contains(one)) {
                    candidates.add(one);
                }
            }
            if (!candidates.contains(local.firstNames())) {
                candidates.add(local.firstNames());
            }
            InsiSearch base = InsiSearch.from(local).withoutBirthPlace();
            if (attempts.isEmpty()) {
                return Optional.of(base.withFirstNames(candidates.get(0)));
            }
            InsiExchange last = attempts.get(attempts.size() - 1);
            Optional<InsiOutcome> outcome = last.outcome();
            Optional<InsiSearch> sent = last.search();
            if (outcome.isEmpty() || sent.isEmpty() || outcome.get() instanceof InsiOutcome.Found
                    || outcome.get() instanceof InsiOutcome.Fault) {
                return Optional.empty();
            }
            if (outcome.get() instanceof InsiOutcome.SeveralFound && sent.get().birthPlace().isEmpty()
                    && !local.birthPlace().isUnknown()) {
                return Optional.of(sent.get().withBirthPlace(local.birthPlace()));
            }
            int index = candidates.indexOf(sent.get().firstNames());
            return index + 1 < candidates.size()
                    ? Optional.of(base.withFirstNames(candidates.get(index + 1)))
                    : Optional.empty();
        };
    }

    /**
     * One search with the whole first-name list and the birth place when known; no retry.
     *
     * @return the strategy
     */
    static FirstNameStrategy wholeListOnce() {
        return (local, attempts) -> attempts.isEmpty() ? Optional.of(InsiSearch.from(local)) : Optional.empty();
    }
}
