/**
 * ins4j HL7 v2: the INS in HL7 v2 messages (PID segment, after IHE PAM France).
 *
 * <p>Exported package: {@link io.github.ins4j.hl7v2}. What it reads is an
 * {@link io.github.ins4j.exchange.ClaimedIdentity} of ins-core, shared with the FHIR and CDA
 * readers.
 */
@SuppressWarnings("module")   // "hl7v2" ends with a digit: the name of the standard, on purpose
module io.github.ins4j.hl7v2 {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;

    exports io.github.ins4j.hl7v2;
}
