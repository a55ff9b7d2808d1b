package io.github.ins4j.exchange;

/**
 * The health data formats that carry an INS, each read and written by its own module of ins4j
 * (spec 05-interop).
 *
 * <pre>{@code
 * ClaimedIdentity read = PidReader.read(PidFields.parse(segment));
 * read.format();   // HL7V2
 * }</pre>
 */
public enum ExchangeFormat {

    /** FHIR R4, the FR Core Patient and Patient INS profiles (module {@code ins-fhir}). */
    FHIR("FHIR Patient", true),
    /** CDA R2, the {@code recordTarget} of a French CI-SIS document (module {@code ins-cda}). */
    CDA("CDA recordTarget", false),
    /** HL7 v2, the PID segment after IHE PAM France (module {@code ins-hl7v2}). */
    HL7V2("HL7 v2 PID", false);

    private final String label;
    private final boolean carriesStatus;

    ExchangeFormat(String label, boolean carriesStatus) {
        this.label = label;
        this.carriesStatus = carriesStatus;
    }

    /**
     * Returns what ins4j reads or writes in this format, as messages name it, e.g.
     * {@code CDA recordTarget}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether the format carries the RNIV status of the identity. FHIR does (FR Core's
     * identity reliability extension); then an INS is read only with the status that allows it
     * (DIS-1). CDA and HL7 v2 do not: a document of theirs that carries an INS says, by the rules
     * of its sender (DIS-1), that the identity is qualified.
     *
     * @return whether the status travels in this format
     */
    public boolean carriesStatus() {
        return carriesStatus;
    }
}
