package io.github.ins4j.cda;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a CDA {@code recordTarget} may not be written for a purpose, or cannot be read back
 * into an INS identity or its traits.
 *
 * <p>{@link #reason()} says why, as an enum callers can switch on. The message names the element
 * and the rule at fault, and for XML errors the line and column, but never repeats a value: no
 * matricule, name or date reaches a log through it. When a trait, matricule or OID check failed,
 * {@link #getCause()} is the exception of ins4j that says more (also without values); parser
 * exceptions are not attached, as their messages may quote the document.
 *
 * <pre>{@code
 * try {
 *     CdaPatient patient = RecordTargetReader.read(xml);
 * } catch (CdaException e) {
 *     switch (e.reason()) {
 *         case DTD_REFUSED, TOO_LARGE, TOO_DEEP, MALFORMED_XML -> rejectAsHostile(e.reason());
 *         default -> parkForIdentityVigilance(e.reason());
 *     }
 * }
 * }</pre>
 */
public final class CdaException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the recordTarget was refused. */
    public enum Reason implements InsErrorReason {
        /** Writing: the decision allows nothing identifying (research): there is nothing to write. */
        NOTHING_IDENTIFYING,
        /**
         * Writing: the local identifier is not one: its root is not an OID, is an INS, INS-C or NSS
         * OID, or its extension is a matricule (DIS-2: the matricule never travels in disguise).
         */
        LOCAL_ID_REFUSED,
        /** The text is not well-formed XML (the message gives the line and column). */
        MALFORMED_XML,
        /**
         * The document has a DOCTYPE or an entity reference. Refused without being processed: this
         * is what external entities (XXE) and entity expansion ("billion laughs") need.
         */
        DTD_REFUSED,
        /** More input than the reader accepts ({@link RecordTargetReader#MAX_INPUT}). */
        TOO_LARGE,
        /** Elements nested deeper than the reader accepts ({@link RecordTargetReader#MAX_DEPTH}). */
        TOO_DEEP,
        /**
         * Well-formed XML that is not a CDA recordTarget: another root element or namespace, no or
         * two {@code recordTarget}, no or two {@code patientRole} or {@code patient}.
         */
        INVALID_STRUCTURE,
        /**
         * An {@code id} whose root is the retired INS-C OID: recognised and refused, it must not be
         * used as an INS.
         */
        WRONG_OID,
        /** The INS {@code id} has no extension, or not a valid 15-character matricule (key checked). */
        INVALID_INS,
        /** Two {@code id} with an INS OID root: which one is the patient's is not decided here. */
        TWO_INS_IDS,
        /** A trait is missing: birth name, birth first names, sex, birth time or birth place (DIS-4). */
        MISSING_TRAIT,
        /** The same trait is given twice (two birth names, two lists of first names...). */
        DUPLICATE_TRAIT,
        /** A trait is not in its strict form (TRT-1 ... TRT-4): the cause says which and why. */
        INVALID_TRAIT,
        /** The first first name ({@code given qualifier="BR"}) is not the start of the list (TRT-2). */
        INCONSISTENT_FIRST_NAME;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "cda";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    CdaException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    CdaException(Reason reason, String detail, @Nullable Throwable cause) {
        super("CDA recordTarget refused (" + reason + "): " + detail, -1, cause);
        this.reason = reason;
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
}
