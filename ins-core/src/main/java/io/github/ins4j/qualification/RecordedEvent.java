package io.github.ins4j.qualification;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as it was applied: when, by whom, what. Store these to restore a record with
 * {@link IdentityQualifier#restore(java.util.List)}. Holds personal data through the event; its
 * {@code toString()} is masked.
 *
 * @param at         when it was applied
 * @param operatorId the operator or automatic process, an opaque id given by the caller
 * @param event      the event
 */
public record RecordedEvent(Instant at, String operatorId, IdentityEvent event) {

    /**
     * Checks the components.
     *
     * @param at when it was applied
     * @param operatorId the operator or automatic process, an opaque id given by the caller
     * @param event the event
     * @throws NullPointerException if a component is {@code null}
     */
    public RecordedEvent {
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(operatorId, "operatorId must not be null");
        Objects.requireNonNull(event, "event must not be null");
    }
}
