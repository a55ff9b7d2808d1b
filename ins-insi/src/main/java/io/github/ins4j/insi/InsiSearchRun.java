package io.github.ins4j.insi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The searches made for one person, in order (INSI-7): each attempt is a recorded
 * {@link InsiExchange}; the outcome is that of the last attempt.
 *
 * <pre>{@code
 * InsiSearchRun run = client.search(record, FirstNameStrategy.standard(), "desk-1");
 * run.attempts().size();   // e.g. 2: OLA (01), then CATARINA (00)
 * run.found().ifPresent(found -> ...);
 * }</pre>
 */
public final class InsiSearchRun {

    private final List<InsiExchange> attempts;
    private final InsiOutcome outcome;

    InsiSearchRun(List<InsiExchange> attempts, InsiOutcome outcome) {
        this.attempts = List.copyOf(attempts);
        this.outcome = Objects.requireNonNull(outcome);
    }

    /**
     * Returns every call made, in order.
     *
     * @return the attempts, at least one
     */
    public List<InsiExchange> attempts() {
        return attempts;
    }

    /**
     * Returns the outcome of the last attempt.
     *
     * @return the outcome
     */
    public InsiOutcome outcome() {
        return outcome;
    }

    /**
     * Returns the outcome when it is {@code 00}.
     *
     * @return the found identity, if any
     */
    public Optional<InsiOutcome.Found> found() {
        return outcome instanceof InsiOutcome.Found f ? Optional.of(f) : Optional.empty();
    }

    /**
     * Returns the number of attempts and the last result code.
     *
     * @return e.g. {@code InsiSearchRun[2 attempt(s), last 00]}
     */
    @Override
    public String toString() {
        return "InsiSearchRun[" + attempts.size() + " attempt(s), last " + outcome.resultCode() + "]";
    }
}
