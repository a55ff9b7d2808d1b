/**
 * ins4j CDA: the INS in CDA R2 documents of the French CI-SIS ({@code recordTarget}).
 *
 * <p>Exported package: {@link io.github.ins4j.cda}. Reads and writes with the JDK's own StAX
 * ({@code java.xml}); what it reads is an {@link io.github.ins4j.exchange.ClaimedIdentity} of
 * ins-core, shared with the FHIR and HL7 v2 readers.
 */
module io.github.ins4j.cda {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive java.xml;

    exports io.github.ins4j.cda;
}
