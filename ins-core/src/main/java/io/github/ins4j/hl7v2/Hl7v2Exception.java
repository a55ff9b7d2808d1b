package io.github.ins4j.hl7v2;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when HL7 v2 PID fields may not be written for a purpose, or cannot be read back into an
 * INS identity or its traits.
 *
 * <p>{@link #reason()} says why, as an enum callers can switch on. The message names the field
 * and the rule at fault but never repeats a value: no matricule, name or date reaches a log
 * through it. When a trait, matricule or OID check failed, {@link #getCause()} is the exception of
 * ins4j that says more (also without values).
 *
 * <pre>{@code
 * try {
 *     PidPatient patient = PidReader.read(PidFields.parse(pidSegment));
 * } catch (Hl7v2Exception e) {
 *     switch (e.reason()) {
 *         case INVALID_INS, WRONG_OID -> rejectMessage(e.getMessage());
 *         default -> parkForIdentityVigilance(e.reason());
 *     }
 * }
 * }</pre>
 */
public final class Hl7v2Exception extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why the fields were refused. */
    public enum Reason implements InsErrorReason {
        /** Writing: the decision allows nothing identifying (research): there is nothing to write. */
        NOTHING_IDENTIFYING,
        /** A segment or field longer than the limits of the reader. */
        TOO_LARGE,
        /**
         * Not a PID segment, a bad escape sequence, or subcomponents where the data type has none.
         */
        MALFORMED_FIELD,
        /**
         * A PID-3 repetition of type {@code INS} (or with an INS OID) whose assigning authority is
         * not an INS OID: missing, unknown, the retired INS-C or the billing NSS.
         */
        WRONG_OID,
        /** The INS repetition of PID-3 does not hold a valid 15-character matricule (key checked). */
        INVALID_INS,
        /** PID-3 holds more than one INS repetition: which one is the patient's is not decided here. */
        TWO_INS_IDS,
        /** A trait is missing: birth name, birth first names, date, sex or birth place (DIS-4). */
        MISSING_TRAIT,
        /** The same trait is given twice (two legal-name or two birth-place repetitions). */
        DUPLICATE_TRAIT,
        /** A trait is not in its strict form (TRT-1 ... TRT-4): the cause says which and why. */
        INVALID_TRAIT,
        /** The first first name (PID-5.2) is not the start of the list of first names (TRT-2). */
        INCONSISTENT_FIRST_NAME;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "hl7v2";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    Hl7v2Exception(Reason reason, String detail) {
        this(reason, detail, null);
    }

    Hl7v2Exception(Reason reason, String detail, @Nullable Throwable cause) {
        super("HL7 v2 PID refused (" + reason + "): " + detail, -1, cause);
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
