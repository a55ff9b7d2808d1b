package io.github.ins4j.qualification;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.traits.Traits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What can happen to an identity. The status of an {@link IdentityRecord} is a consequence of its
 * events, applied by an {@link IdentityQualifier} that refuses what the RNIV forbids.
 *
 * <p>The events hold personal data (traits, INS identity) so that a record can be restored from
 * them; their {@code toString()} is masked, and the audit trail ({@link AuditEntry}) never holds
 * them.
 */
public sealed interface IdentityEvent {

    /**
     * Returns the kind of event, as the audit trail records it.
     *
     * @return the kind
     */
    Kind kind();

    /** The kinds of event, as recorded in the audit trail. */
    enum Kind {
        /** {@link Created}. */
        CREATED,
        /** {@link InsiAnswer}. */
        INSI_ANSWER,
        /** {@link DocumentCheck}. */
        DOCUMENT_CHECK,
        /** {@link AttributeSet}. */
        ATTRIBUTE_SET,
        /** {@link AttributeRemoved}. */
        ATTRIBUTE_REMOVED,
        /** {@link TraitEdit}. */
        TRAIT_EDIT,
        /** {@link InsiReverification}. */
        INSI_REVERIFICATION,
        /** {@link CarteVitaleAppRead}. */
        CARTE_VITALE_APP_READ,
        /** {@link Merge} (AUD-8). */
        MERGE,
        /** {@link Unmerge} (AUD-8). */
        UNMERGE;

        /**
         * Tells whether this kind of event is a call to INSi (QUA-10).
         *
         * @return {@code true} for INSi answers and re-verifications
         */
        public boolean isInsiCall() {
            return this == INSI_ANSWER || this == INSI_REVERIFICATION;
        }
    }

    /**
     * The identity is created locally, provisional, with the traits the desk recorded.
     *
     * @param traits the local traits (use {@code 99999} for an unknown birth place)
     */
    record Created(Traits traits) implements IdentityEvent {
        /**
         * Checks the traits.
         *
         * @param traits the local traits (use {@code 99999} for an unknown birth place)
         * @throws NullPointerException if {@code traits} is {@code null}
         */
        public Created {
            Objects.requireNonNull(traits, "traits must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.CREATED;
        }
    }

    /**
     * An INSi answer to a search (QUA-3). With {@link InsiResult#FOUND} it carries the returned INS
     * identity; the qualifier compares its traits with the record's (TRT-6) itself: {@code MATCH} is
     * accepted, {@code REVIEW} only when a named operator confirmed it, {@code MISMATCH} never.
     *
     * @param result            the INSi result code
     * @param identity          the returned identity, present exactly when {@code result} is {@code FOUND}
     * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
     */
    record InsiAnswer(InsiResult result, Optional<InsIdentity> identity, Optional<String> reviewConfirmedBy)
            implements IdentityEvent {
        /**
         * Checks that an identity is present exactly for {@code 00}.
         *
         * @param result the INSi result code
         * @param identity the returned identity, present exactly when {@code result} is {@code FOUND}
         * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
         * @throws NullPointerException     if a component is {@code null}
         * @throws QualificationException  with {@code INVALID_EVENT} if the identity does not go with
         *     the result code
         */
        public InsiAnswer {
            Objects.requireNonNull(result, "result must not be null");
            Objects.requireNonNull(identity, "identity must not be null (use Optional.empty())");
            Objects.requireNonNull(reviewConfirmedBy, "reviewConfirmedBy must not be null");
            if (identity.isPresent() != (result == InsiResult.FOUND)) {
                throw new QualificationException(QualificationException.Reason.INVALID_EVENT,
                        "an INSi answer carries an identity exactly when its result code is 00");
            }
        }

        /**
         * INSi found one identity ({@code 00}).
         *
         * @param identity the returned identity
         * @return the event
         */
        public static InsiAnswer found(InsIdentity identity) {
            return new InsiAnswer(InsiResult.FOUND, Optional.of(identity), Optional.empty());
        }

        /**
         * INSi found one identity ({@code 00}) whose traits gave {@code REVIEW}, and a named operator
         * confirmed it is the person.
         *
         * @param identity    the returned identity
         * @param confirmedBy the id of the operator who confirmed
         * @return the event
         * @throws NullPointerException if a parameter is {@code null}
         */
        public static InsiAnswer foundAfterReview(InsIdentity identity, String confirmedBy) {
            Objects.requireNonNull(identity, "identity must not be null");
            Objects.requireNonNull(confirmedBy, "confirmedBy must not be null");
            return new InsiAnswer(InsiResult.FOUND, Optional.of(identity), Optional.of(confirmedBy));
        }

        /**
         * INSi found nothing ({@code 01}).
         *
         * @return the event
         */
        public static InsiAnswer notFound() {
            return new InsiAnswer(InsiResult.NOT_FOUND, Optional.empty(), Optional.empty());
        }

        /**
         * INSi found several identities ({@code 02}).
         *
         * @return the event
         */
        public static InsiAnswer severalFound() {
            return new InsiAnswer(InsiResult.SEVERAL_FOUND, Optional.empty(), Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.INSI_ANSWER;
        }
    }

    /**
     * An operator checked an identity document (QUA-4).
     *
     * @param document the document seen
     * @param context  the exception case stated for an exception-only document
     */
    record DocumentCheck(IdentityDocument document, Optional<ExceptionContext> context) implements IdentityEvent {
        /**
         * Checks the components.
         *
         * @param document the document seen
         * @param context the exception case stated for an exception-only document
         * @throws NullPointerException if a component is {@code null}
         */
        public DocumentCheck {
            Objects.requireNonNull(document, "document must not be null");
            Objects.requireNonNull(context, "context must not be null (use Optional.empty())");
        }

        /**
         * A document checked without an exception case.
         *
         * @param document the document
         * @return the event
         */
        public static DocumentCheck of(IdentityDocument document) {
            return new DocumentCheck(document, Optional.empty());
        }

        /**
         * An exception-only document checked in a stated exception case.
         *
         * @param document the document
         * @param context  the exception case
         * @return the event
         */
        public static DocumentCheck inContext(IdentityDocument document, ExceptionContext context) {
            return new DocumentCheck(document, Optional.of(context));
        }

        @Override
        public Kind kind() {
            return Kind.DOCUMENT_CHECK;
        }
    }

    /**
     * An attribute is set (QUA-5).
     *
     * @param attribute the attribute
     */
    record AttributeSet(IdentityAttribute attribute) implements IdentityEvent {
        /**
         * Checks the attribute.
         *
         * @param attribute the attribute
         * @throws NullPointerException if it is {@code null}
         */
        public AttributeSet {
            Objects.requireNonNull(attribute, "attribute must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.ATTRIBUTE_SET;
        }
    }

    /**
     * An attribute is removed (QUA-5: the lost facts do not come back).
     *
     * @param attribute the attribute
     */
    record AttributeRemoved(IdentityAttribute attribute) implements IdentityEvent {
        /**
         * Checks the attribute.
         *
         * @param attribute the attribute
         * @throws NullPointerException if it is {@code null}
         */
        public AttributeRemoved {
            Objects.requireNonNull(attribute, "attribute must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.ATTRIBUTE_REMOVED;
        }
    }

    /**
     * The traits are edited by hand (QUA-6).
     *
     * @param traits the new traits
     */
    record TraitEdit(Traits traits) implements IdentityEvent {
        /**
         * Checks the traits.
         *
         * @param traits the new traits
         * @throws NullPointerException if {@code traits} is {@code null}
         */
        public TraitEdit {
            Objects.requireNonNull(traits, "traits must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.TRAIT_EDIT;
        }
    }

    /**
     * A later INSi call on a retrieved identity returned this identity (QUA-7). Its traits are
     * compared with the record's like an INSi answer: {@code MATCH} is accepted, {@code REVIEW}
     * only when a named operator confirmed it ({@link #afterReview}), {@code MISMATCH} never.
     *
     * @param returned          the identity INSi returned
     * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
     */
    record InsiReverification(InsIdentity returned, Optional<String> reviewConfirmedBy) implements IdentityEvent {
        /**
         * Checks the components.
         *
         * @param returned the identity INSi returned
         * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
         * @throws NullPointerException if a component is {@code null}
         */
        public InsiReverification {
            Objects.requireNonNull(returned, "returned must not be null");
            Objects.requireNonNull(reviewConfirmedBy, "reviewConfirmedBy must not be null (use Optional.empty())");
        }

        /**
         * A re-verification without a review confirmation: enough when the traits give {@code MATCH}.
         *
         * @param returned the identity INSi returned
         * @throws NullPointerException if it is {@code null}
         */
        public InsiReverification(InsIdentity returned) {
            this(returned, Optional.empty());
        }

        /**
         * A re-verification whose traits gave {@code REVIEW}, and a named operator confirmed it is
         * the person.
         *
         * <pre>{@code
         * record = qualifier.apply(record, InsiReverification.afterReview(returned, "desk-2"), "desk-2");
         * }</pre>
         *
         * @param returned    the identity INSi returned
         * @param confirmedBy the id of the operator who confirmed
         * @return the event
         * @throws NullPointerException if a parameter is {@code null}
         */
        public static InsiReverification afterReview(InsIdentity returned, String confirmedBy) {
            Objects.requireNonNull(confirmedBy, "confirmedBy must not be null");
            return new InsiReverification(returned, Optional.of(confirmedBy));
        }

        @Override
        public Kind kind() {
            return Kind.INSI_REVERIFICATION;
        }
    }

    /**
     * The identity was read from the carte Vitale application (QR code or NFC): qualified without
     * an INSi call (QUA-11). Its traits are compared with the record's like an INSi answer.
     *
     * @param identity          the identity read
     * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
     */
    record CarteVitaleAppRead(InsIdentity identity, Optional<String> reviewConfirmedBy) implements IdentityEvent {
        /**
         * Checks the components.
         *
         * @param identity the identity read
         * @param reviewConfirmedBy the operator who confirmed a {@code REVIEW} verdict, if any
         * @throws NullPointerException if a component is {@code null}
         */
        public CarteVitaleAppRead {
            Objects.requireNonNull(identity, "identity must not be null");
            Objects.requireNonNull(reviewConfirmedBy, "reviewConfirmedBy must not be null");
        }

        /**
         * The identity read from the application.
         *
         * @param identity the identity
         * @return the event
         */
        public static CarteVitaleAppRead of(InsIdentity identity) {
            return new CarteVitaleAppRead(identity, Optional.empty());
        }

        @Override
        public Kind kind() {
            return Kind.CARTE_VITALE_APP_READ;
        }
    }

    /**
     * AUD-8: another record of the same person (a duplicate) is merged into this one, the survivor.
     * The event keeps the retired record's whole history, so that its whole state, its local id and
     * its INS stay known (as earlier identifiers of the survivor, {@link IdentityRecord#mergedRecords()})
     * and an {@link Unmerge} gives it back exactly. Who and when are the {@link RecordedEvent}'s
     * operator and instant; why is the {@code reference}. Obtain it from
     * {@link IdentityQualifier#merge}, which replays the retired history and applies the rules.
     *
     * <pre>{@code
     * survivor = qualifier.merge(survivor, "LOC-0042", duplicate, "audit finding AUD-7 #12", "cell-1");
     * }</pre>
     *
     * <p>The retired local id is an opaque id (visible characters, at most
     * {@value IdentityQualifier#MAX_OPERATOR_ID_LENGTH}, no matricule), checked like an operator id
     * when the event is applied, and so is the reference.
     */
    final class Merge implements IdentityEvent {

        /** The deepest chain of merges one event may hold (a record merged into one merged into...). */
        public static final int MAX_DEPTH = 16;

        /**
         * The most events one merge may hold, counting those of the records merged into the
         * retired one: a bound on what a stored history may grow to.
         */
        public static final int MAX_EVENTS = 10_000;

        private final String retiredLocalId;
        private final List<RecordedEvent> retiredEvents;
        private final String reference;
        /** Merges nested in the retired history (0 without one), and every event it holds. */
        private final int depth;
        private final int size;

        /**
         * Checks the components; the qualifier checks the rest when it applies the event.
         *
         * @param retiredLocalId the retired record's local id
         * @param retiredEvents  the retired record's stored events
         * @param reference      the finding or case the merge closes
         * @throws NullPointerException if a component is or holds {@code null}
         * @throws QualificationException with {@code MERGE_INVALID} if {@code retiredEvents} is empty,
         *     nests more than {@link #MAX_DEPTH} merges or holds more than {@link #MAX_EVENTS} events
         */
        public Merge(String retiredLocalId, List<RecordedEvent> retiredEvents, String reference) {
            this.retiredLocalId = Objects.requireNonNull(retiredLocalId, "retiredLocalId must not be null");
            this.reference = Objects.requireNonNull(reference, "reference must not be null");
            this.retiredEvents = List.copyOf(Objects.requireNonNull(retiredEvents, "retiredEvents must not be null"));
            if (this.retiredEvents.isEmpty()) {
                throw new QualificationException(QualificationException.Reason.MERGE_INVALID,
                        "a merge keeps the retired record's history, which starts with its creation: it is empty");
            }
            // Each nested Merge was checked when it was made: its own depth and size are known.
            int d = 0;
            long n = this.retiredEvents.size();
            for (RecordedEvent e : this.retiredEvents) {
                if (e.event() instanceof Merge nested) {
                    d = Math.max(d, 1 + nested.depth);
                    n += nested.size;
                }
            }
            if (d >= MAX_DEPTH) {
                throw new QualificationException(QualificationException.Reason.MERGE_INVALID, "a merge nests"
                        + " at most " + MAX_DEPTH + " merges (records merged into records merged into...)");
            }
            if (n > MAX_EVENTS) {
                throw new QualificationException(QualificationException.Reason.MERGE_INVALID, "a merge holds at"
                        + " most " + MAX_EVENTS + " events, those of the records merged before included; this one"
                        + " would hold " + n);
            }
            this.depth = d;
            this.size = (int) n;
        }

        /**
         * Returns the retired record's local id.
         *
         * @return the local id, as given (checked when the event is applied)
         */
        public String retiredLocalId() {
            return retiredLocalId;
        }

        /**
         * Returns the retired record's stored events.
         *
         * @return the events, unmodifiable, starting with its creation
         */
        public List<RecordedEvent> retiredEvents() {
            return retiredEvents;
        }

        /**
         * Returns why: the finding or case the merge closes.
         *
         * @return the reference, as given (checked when the event is applied)
         */
        public String reference() {
            return reference;
        }

        @Override
        public Kind kind() {
            return Kind.MERGE;
        }

        /**
         * Compares the components.
         *
         * @param other the object to compare with
         * @return whether it is a merge of the same local id, events and reference
         */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Merge m && size == m.size && retiredLocalId.equals(m.retiredLocalId)
                    && reference.equals(m.reference) && retiredEvents.equals(m.retiredEvents);
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(retiredLocalId, retiredEvents, reference);
        }

        /**
         * Returns e.g. {@code Merge[4 retired events]}: the ids are left out, since they are only
         * checked (QUA-9) when the qualifier applies the event.
         *
         * @return a masked form
         */
        @Override
        public String toString() {
            return "Merge[" + retiredEvents.size() + " retired events]";
        }
    }

    /**
     * AUD-8: a merge recorded earlier was a mistake (a collision: two persons); the retired record
     * leaves the survivor and comes back exactly as it was merged. Obtain both records from
     * {@link IdentityQualifier#unmerge}.
     *
     * <pre>{@code
     * UnmergeResult split = qualifier.unmerge(survivor, "LOC-0042", "ticket IV-311", "cell-1");
     * }</pre>
     *
     * @param retiredLocalId the local id the merge retired
     * @param reference      why: the finding or case the unmerge closes (an opaque reference)
     */
    record Unmerge(String retiredLocalId, String reference) implements IdentityEvent {
        /**
         * Checks the components.
         *
         * @param retiredLocalId the local id the merge retired
         * @param reference      the finding or case the unmerge closes
         * @throws NullPointerException if a component is {@code null}
         */
        public Unmerge {
            Objects.requireNonNull(retiredLocalId, "retiredLocalId must not be null");
            Objects.requireNonNull(reference, "reference must not be null");
        }

        @Override
        public Kind kind() {
            return Kind.UNMERGE;
        }

        /**
         * Returns {@code Unmerge[]}: the ids are left out, since they are only checked (QUA-9) when
         * the qualifier applies the event.
         *
         * @return a masked form
         */
        @Override
        public String toString() {
            return "Unmerge[]";
        }
    }
}
