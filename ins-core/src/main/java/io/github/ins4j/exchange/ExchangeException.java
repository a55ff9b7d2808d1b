package io.github.ins4j.exchange;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by the readers of ins4j (FHIR, CDA, HL7 v2) when a document cannot be read at all — a
 * structural error, hostile input — and by the writers when there is nothing they may write.
 * A document that can be read but whose INS, status or traits break a rule is <em>not</em> refused
 * whole: the reader returns a {@link ClaimedIdentity} with what it kept and a {@link Refusal} for
 * the rest, whose {@link Refusal#reason()} is one of the same {@link Reason}s.
 *
 * <p>{@link #reason()} says why, as an enum callers can switch on; {@link #format()} says which
 * format. The message names the element and the rule at fault, and for XML errors the line and
 * column, but never repeats a value: no matricule, name or date reaches a log through it. Parser
 * exceptions are not attached, as their messages may quote the document.
 *
 * <pre>{@code
 * try {
 *     ClaimedIdentity read = RecordTargetReader.read(xml);
 * } catch (ExchangeException e) {
 *     switch (e.reason()) {
 *         case DTD_REFUSED, TOO_LARGE, TOO_DEEP, MALFORMED_XML -> rejectAsHostile(e.reason());
 *         default -> parkForIdentityVigilance(e.reason());
 *     }
 * }
 * }</pre>
 */
public final class ExchangeException extends InsException {

    private static final long serialVersionUID = 1L;

    /**
     * Why a document, or a part of it, was refused, or why nothing was written. The first group
     * refuses a whole document or a write; the others are the reasons of a {@link Refusal}.
     */
    public enum Reason implements InsErrorReason {
        // Writing.
        /** Writing: the decision allows nothing identifying (research): there is nothing to write. */
        NOTHING_IDENTIFYING,
        /**
         * Writing CDA: the local identifier is not one: its root is not an OID, is an INS, INS-C or
         * NSS OID, or its extension is a matricule (DIS-2: the matricule never travels in disguise).
         */
        LOCAL_ID_REFUSED,

        // Reading: the whole document (structural).
        /** CDA: the text is not well-formed XML (the message gives the line and column). */
        MALFORMED_XML,
        /**
         * CDA: the document has a DOCTYPE or an entity reference. Refused without being processed:
         * this is what external entities (XXE) and entity expansion ("billion laughs") need.
         */
        DTD_REFUSED,
        /** More input than the reader accepts (its {@code MAX_...} constants). */
        TOO_LARGE,
        /** CDA: elements nested deeper than the reader accepts. */
        TOO_DEEP,
        /**
         * CDA: well-formed XML that is not a CDA recordTarget: another root element or namespace, no
         * or two {@code recordTarget}, no or two {@code patientRole} or {@code patient}.
         */
        INVALID_STRUCTURE,
        /**
         * HL7 v2: not a PID segment or message, a field separator or segment terminator inside a
         * field, or subcomponents where the data type has none.
         */
        MALFORMED_FIELD,

        // A refusal of the INS: the document is read, the INS is not kept.
        /**
         * An identifier that is an INS by its type, or that has the root of the retired INS-C,
         * whose OID is not an INS OID (MAT-5): missing, unknown, the retired INS-C, the billing NSS.
         */
        WRONG_OID,
        /** The INS identifier does not hold a valid 15-character matricule, key checked (MAT-1). */
        INVALID_MATRICULE,
        /** The type code of an INS identifier does not go with its OID (INS-NIA on the NIR OID...). */
        TYPE_MISMATCH,
        /**
         * Two active INS identifiers (not an INS-NIR with an INS-NIA, where the NIR is kept): which
         * one is the patient's is not decided here.
         */
        TWO_INS,
        /** FHIR: earlier ({@code old}) INS identifiers without an active one. */
        MISSING_ACTIVE_INS,
        /** FHIR: an earlier ({@code old}) INS identifier that repeats the active one (MAT-6). */
        DUPLICATE_INS,
        /** FHIR: the {@code use} of the active INS identifier is not one FR Core allows. */
        INVALID_USE,
        /**
         * FHIR: an INS identifier on an identity whose status is not qualified, or cannot be read
         * (DIS-1; RNIV EXI SI 08).
         */
        INS_NOT_QUALIFIED,

        // A refusal of the status (FHIR).
        /** FHIR: no identity status in the identity reliability extension, or two. */
        MISSING_STATUS,
        /** FHIR: a status or a document code outside FR Core's code systems (required bindings). */
        UNKNOWN_CODE,
        /**
         * FHIR: the attributes contradict each other or the status: doubtful or fictitious but not
         * provisional (QUA-1), fictitious with doubtful or homonym (QUA-2).
         */
        INCOHERENT_ATTRIBUTES,

        // A refusal of the traits (and so of the INS, DIS-4).
        /** A trait is missing: birth name, birth first names, birth date, sex or birth place. */
        MISSING_TRAIT,
        /** The same trait is given twice (two birth names, two birth places...). */
        DUPLICATE_TRAIT,
        /**
         * A trait is not in its strict INS form (TRT-1 ... TRT-4), or not a trait at all: the
         * message says which and why.
         */
        INVALID_TRAIT,
        /** The first first name is not the start of the list of birth first names (TRT-2). */
        INCONSISTENT_FIRST_NAME;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "exchange";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    /** The format of the document. */
    private final ExchangeFormat format;

    /**
     * Creates an exception; for the readers and writers of ins4j's format modules.
     *
     * @param format the format of the document
     * @param reason why
     * @param detail what is wrong and how to fix it, without personal data
     * @throws NullPointerException if an argument is {@code null}
     */
    public ExchangeException(ExchangeFormat format, Reason reason, String detail) {
        this(format, reason, detail, null);
    }

    /**
     * Creates an exception with its cause; for the readers and writers of ins4j's format modules.
     *
     * @param format the format of the document
     * @param reason why
     * @param detail what is wrong and how to fix it, without personal data
     * @param cause  an exception of ins4j that says more (also without personal data), or
     *               {@code null}
     * @throws NullPointerException if {@code format}, {@code reason} or {@code detail} is
     *     {@code null}
     */
    public ExchangeException(ExchangeFormat format, Reason reason, String detail, @Nullable Throwable cause) {
        super(Objects.requireNonNull(format, "format must not be null").label() + " refused ("
                + Objects.requireNonNull(reason, "reason must not be null") + "): "
                + Objects.requireNonNull(detail, "detail must not be null"), -1, cause);
        this.reason = reason;
        this.format = format;
    }

    /**
     * Returns why.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the format of the document refused or not written.
     *
     * @return the format
     */
    public ExchangeFormat format() {
        return format;
    }
}
