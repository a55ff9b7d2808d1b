package io.github.ins4j.fhir;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an INS Patient cannot be written ({@link InsPatientWriter}) or when a Patient
 * contradicts the FR Core Patient INS profile or the disclosure rules ({@link InsPatientReader}).
 *
 * <p>{@link #reason()} says why, as an enum callers can switch on. The message names the FHIR
 * element at fault ({@code identifier[1]}, {@code birthDate}…) and the rule, never the matricule,
 * a name or the birth date; the cause, when there is one ({@code InvalidMatriculeException},
 * {@code InvalidOidException}, {@code InvalidTraitException}), keeps the same discretion.
 *
 * <pre>{@code
 * try {
 *     InsPatient read = InsPatientReader.read(patient);
 * } catch (InsPatientException e) {
 *     switch (e.reason()) {
 *         case INS_NOT_QUALIFIED -> quarantine(patient);   // DIS-1
 *         default -> reject(e.getMessage());
 *     }
 * }
 * }</pre>
 */
public final class InsPatientException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why a Patient cannot be written or read. */
    public enum Reason implements InsErrorReason {
        // Writing.
        /** The disclosure decision allows nothing identifying: there is no Patient to write. */
        NOTHING_IDENTIFYING,

        // Reading: the identity reliability extension.
        /** No {@code identityStatus} in the identity reliability extension, or several. */
        MISSING_STATUS,
        /**
         * A status or a document code outside FR Core's code systems (required bindings), or coded
         * in another system.
         */
        UNKNOWN_CODE,
        /**
         * The attributes contradict each other or the status: doubtful or fictitious but not
         * provisional (QUA-1), fictitious with doubtful or homonym (QUA-2).
         */
        INCOHERENT_ATTRIBUTES,

        // Reading: the INS identifiers.
        /** An INS identifier on an identity whose status is not {@code QUAL} (DIS-1; RNIV, not VALI). */
        INS_NOT_QUALIFIED,
        /** More than one active ({@code official} or {@code temp}) INS identifier. */
        SEVERAL_ACTIVE_INS,
        /** Earlier ({@code old}) INS identifiers without an active one. */
        MISSING_ACTIVE_INS,
        /** An earlier ({@code old}) INS identifier that repeats the active one (MAT-6). */
        DUPLICATE_INS,
        /** The value of an INS identifier is not a valid matricule: missing, layout, key (MAT-1). */
        INVALID_MATRICULE,
        /** The system of an INS identifier is not the URN of an INS OID (MAT-5). */
        UNKNOWN_OID,
        /** The type code of an INS identifier does not go with its OID (INS-NIA on the NIR OID…). */
        TYPE_MISMATCH,
        /**
         * The use of an active INS identifier is not the profile's: {@code official} for an INS-NIR
         * (test and demo included), {@code temp} for an INS-NIA.
         */
        INVALID_USE,

        // Reading: the five traits.
        /** A trait is missing: official name, given name, list of first names, gender, birth date, place. */
        MISSING_TRAIT,
        /**
         * A trait is present but not valid: not in INSi's strict form (TRT-1), a given name that is
         * not the start of the list (TRT-2), a gender other than male / female, several official names.
         */
        INVALID_TRAIT;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "fhir";
        }
    }

    /** Why the operation was refused. */
    private final Reason reason;

    InsPatientException(Reason reason, String message) {
        this(reason, message, null);
    }

    InsPatientException(Reason reason, String message, @Nullable Throwable cause) {
        super("Refused (" + reason + "): " + message, -1, cause);
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
