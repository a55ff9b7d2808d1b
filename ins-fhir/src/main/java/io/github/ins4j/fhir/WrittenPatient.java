package io.github.ins4j.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.Patient;

/**
 * What {@link InsPatientWriter} wrote: the Patient, the FR Core version it targets (INT-3), and the
 * facts of the identity that this version cannot express and were therefore left out (INT-1). It
 * holds no personal data besides the Patient itself: {@link #toString()} shows the version and the
 * facts left out only.
 *
 * <pre>{@code
 * WrittenPatient written = InsPatientWriter.write(Disclosure.decide(record, DocumentPurpose.SHARED_RECORD));
 * log.info("{}", written);   // WrittenPatient[FR Core 2.2.0, left out: [VALIDATION_MODE]]
 * Patient patient = written.patient();
 * }</pre>
 */
public final class WrittenPatient {

    /**
     * A fact of ins4j that the target FR Core version cannot express, left out of the Patient rather
     * than written as an invalid resource (INT-1). Only {@link FrCoreVersion#V2_2_0} leaves facts out;
     * the continuous build expresses them all.
     */
    public enum LeftOut {
        /**
         * The status "retrieved" (RECUP): FR Core 2.2.0 has no code for it. The status is written
         * {@code PROV}; the retrieval shows as {@code methodCollection} {@code INSI} and
         * {@code dateCollection}.
         */
        RETRIEVED_STATUS("FR Core 2.2.0 has no code for a retrieved identity (RECUP): its status is"
                + " written PROV, its INSi retrieval as methodCollection INSI and dateCollection"),
        /**
         * The status "qualified" on a document that may not carry the INS (DIS-3): FR Core 2.2.0
         * codes a qualified identity as {@code VALI} <em>with</em> its INS identifier. The status is
         * written {@code VALI} and reads as "validated".
         */
        QUALIFIED_STATUS("FR Core 2.2.0 codes a qualified identity as VALI with its INS identifier,"
                + " which this document may not carry: the status is written VALI (validated)"),
        /**
         * The identity document checked: its code is not in the binding of the profile written (in
         * 2.2.0, {@code PA CN AN LE} for a Patient INS, the 2.2.0 code system for a Patient). The
         * {@code validationDate} is written, the {@code validationMode} is not.
         */
        VALIDATION_MODE("the identity document checked has no code in the FR Core 2.2.0 binding of"
                + " this profile: validationMode is left out, validationDate is written"),
        /**
         * The date of the last INSi call, for an identity that does not hold an INSi retrieval (none
         * found, several found, or cleared by a doubtful or fictitious attribute): FR Core 2.2.0 has
         * no {@code dateInterrogationINSi}, and its {@code dateCollection} would say the identity
         * was collected from INSi.
         */
        INSI_CALL_DATE("FR Core 2.2.0 has no dateInterrogationINSi: the date of the last INSi call of an"
                + " identity that holds no INSi retrieval is left out");

        private final String explanation;

        LeftOut(String explanation) {
            this.explanation = explanation;
        }

        /**
         * Returns what was left out and what was written instead, in plain English, without data.
         *
         * @return the explanation
         */
        public String explanation() {
            return explanation;
        }
    }

    private final Patient patient;
    private final FrCoreVersion version;
    private final List<LeftOut> leftOut;

    private WrittenPatient(Patient patient, FrCoreVersion version, List<LeftOut> leftOut) {
        this.patient = patient;
        this.version = version;
        this.leftOut = leftOut;
    }

    static WrittenPatient of(Patient patient, FrCoreVersion version, Set<LeftOut> leftOut) {
        Objects.requireNonNull(patient, "patient must not be null");
        Objects.requireNonNull(version, "version must not be null");
        return new WrittenPatient(patient, version,
                leftOut.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(leftOut)));
    }

    /**
     * Returns the Patient written; the caller may add what ins4j does not know (resource id, local
     * identifiers, addresses…).
     *
     * @return the Patient (the same instance on each call)
     */
    public Patient patient() {
        return patient;
    }

    /**
     * Returns the FR Core version the Patient was written for (INT-3).
     *
     * @return the version
     */
    public FrCoreVersion version() {
        return version;
    }

    /**
     * Returns the facts of the identity that the version cannot express and that were left out
     * (INT-1), in declaration order.
     *
     * @return an unmodifiable list, empty when every fact was written
     */
    public List<LeftOut> leftOut() {
        return leftOut;
    }

    /**
     * Returns e.g. {@code WrittenPatient[FR Core 2.2.0, left out: [RETRIEVED_STATUS]]}, without data.
     *
     * @return the version and the facts left out
     */
    @Override
    public String toString() {
        return "WrittenPatient[" + version + ", left out: " + leftOut + "]";
    }
}
