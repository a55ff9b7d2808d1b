/**
 * ins4j core: the model of the French national health identity (INS).
 *
 * <p>Exported packages:
 * <ul>
 *   <li>{@link io.github.ins4j.matricule}: the INS matricule (NIR or NIA), the OIDs of its
 *       assigning authorities and the INS identifier (matricule + OID).</li>
 *   <li>{@link io.github.ins4j.traits}: the five INS traits and their normalisation.</li>
 *   <li>{@link io.github.ins4j.identity}: the INS identity and the matricule / traits coherence.</li>
 *   <li>{@link io.github.ins4j.matching}: trait matching, local identity against INSi answer.</li>
 *   <li>{@link io.github.ins4j.qualification}: RNIV statuses, attributes and transitions.</li>
 *   <li>{@link io.github.ins4j.disclosure}: what a document may carry, by purpose.</li>
 *   <li>{@link io.github.ins4j.mssante}: the MSSanté patient address.</li>
 *   <li>{@link io.github.ins4j.datamatrix}: the text of the INS Datamatrix printed on documents.</li>
 *   <li>{@link io.github.ins4j.cda}: the INS in CDA R2 documents (recordTarget), through the
 *       disclosure rules.</li>
 *   <li>{@link io.github.ins4j.hl7v2}: the INS in HL7 v2 PID fields, through the disclosure
 *       rules.</li>
 * </ul>
 */
module io.github.ins4j.core {
    requires static org.jspecify;
    requires java.xml;
    exports io.github.ins4j.error;
    exports io.github.ins4j.matricule;
    exports io.github.ins4j.traits;
    exports io.github.ins4j.identity;
    exports io.github.ins4j.matching;
    exports io.github.ins4j.qualification;
    exports io.github.ins4j.disclosure;
    exports io.github.ins4j.mssante;
    exports io.github.ins4j.datamatrix;
    exports io.github.ins4j.cda;
    exports io.github.ins4j.hl7v2;
}
