package io.github.ins4j.qualification;

import org.jspecify.annotations.Nullable;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

/**
 * Thrown when an event may not be applied to an identity: the RNIV forbids it, or it would do
 * nothing (QUA-8: an illegal move is refused with a specific reason, never silently ignored).
 * The message never contains the matricule nor the traits.
 */
public final class QualificationException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the event was refused. */
    public enum Reason implements InsErrorReason {
        /** The operator id is null, blank, or made only of invisible or control characters (QUA-9). */
        OPERATOR_MISSING,
        /**
         * The operator id holds a matricule, or has more than {@value IdentityQualifier#MAX_OPERATOR_ID_LENGTH}
         * characters: the audit trail never holds a matricule (QUA-9).
         */
        OPERATOR_INVALID,
        /**
         * An INSi answer or re-verification would move the identity between a production OID
         * (INS-NIR, INS-NIA) and a test or demonstration OID.
         */
        OID_ENVIRONMENT_CHANGE,
        /** A stored event is dated after the qualifier's clock (beyond the tolerance of {@link IdentityQualifier#restore}). */
        EVENT_IN_FUTURE,
        /** INSi may not be called, nor a document qualify, for a doubtful or fictitious identity (QUA-1, QUA-5). */
        BLOCKED_BY_ATTRIBUTE,
        /** The traits INSi returned are not the person's (TRT-6 verdict {@code MISMATCH}). */
        TRAITS_MISMATCH,
        /** The traits gave {@code REVIEW} and no named operator confirmed them. */
        REVIEW_NOT_CONFIRMED,
        /** The returned matricule disagrees with the returned traits (TRT-7 error). */
        INCOHERENT_MATRICULE,
        /** The identity is already retrieved: use a re-verification. */
        ALREADY_RETRIEVED,
        /** A re-verification needs an identity retrieved from INSi. */
        NOT_RETRIEVED,
        /** The organisation does not accept this document. */
        DOCUMENT_NOT_ACCEPTED,
        /** An exception-only document without one of the exception cases it admits. */
        EXCEPTION_CONTEXT_REQUIRED,
        /** The attributes cannot be combined (QUA-2). */
        INCOMPATIBLE_ATTRIBUTES,
        /** The attribute is already set. */
        ATTRIBUTE_ALREADY_SET,
        /** The attribute is not set. */
        ATTRIBUTE_NOT_SET,
        /** The traits come from INSi and cannot be edited by hand (QUA-6). */
        INSI_TRAITS_NOT_EDITABLE,
        /** The edit changes nothing. */
        NO_CHANGE,
        /** A stored sequence does not start with the creation, or its instants go back in time. */
        INVALID_SEQUENCE,
        /** An event whose parts contradict each other, e.g. an INSi {@code 01} answer with an identity. */
        INVALID_EVENT,
        /**
         * A stored audit trail is not the one the stored events give when replayed (QUA-9): the log
         * was truncated, extended or altered.
         */
        AUDIT_TRAIL_MISMATCH,
        /**
         * AUD-8: the survivor of a merge has a lower status than the retired record; merge into the
         * record with the higher status ({@link IdentityStatus#mergeRank()}).
         */
        MERGE_SURVIVOR_LOWER_STATUS,
        /**
         * AUD-8 / AUD-4: the retired record holds an INS that is neither the survivor's nor one of
         * its earlier identifiers: two active matricules are two persons for INSi (a collision), or
         * the survivor must first be re-verified (QUA-7).
         */
        MERGE_DIFFERENT_INS,
        /**
         * AUD-8: a merge event that cannot be applied: a missing or invalid local id or reference,
         * an empty or too deeply nested history, or a retired history dated after the merge.
         */
        MERGE_INVALID,
        /** AUD-8: a record with this local id is already merged into the survivor. */
        ALREADY_MERGED,
        /** AUD-8: no record with this local id is merged into the survivor. */
        NOT_MERGED;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "qualification";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    /** The message without its "Refused (REASON): " prefix, to be placed in a wider context. */
    private final String detail;

    QualificationException(Reason reason, String message) {
        this(reason, message, null);
    }

    private QualificationException(Reason reason, String message, @Nullable Throwable cause) {
        super("Refused (" + reason + "): " + message, -1, cause);
        this.reason = reason;
        this.detail = message;
    }

    /** The same refusal, said where it happened: "context: detail", with the same reason. */
    QualificationException within(String context) {
        return new QualificationException(reason, context + ": " + detail, this);
    }

    /**
     * Returns why the event was refused.
     *
     * @return the reason
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
