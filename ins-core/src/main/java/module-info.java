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
 *   <li>{@link io.github.ins4j.exchange}: what the readers of the exchange formats share: the
 *       identity a document claims, its refusals, the one exception of readers and writers.</li>
 * </ul>
 *
 * <p>The formats are modules of their own, on top of this one: {@code io.github.ins4j.fhir},
 * {@code io.github.ins4j.cda}, {@code io.github.ins4j.hl7v2}. The package they alone share
 * (the HL7 timestamp) is exported to them only. The core needs nothing but {@code java.base}.
 */
@SuppressWarnings("module")   // the qualified export names modules built after this one
module io.github.ins4j.core {
    requires static org.jspecify;
    exports io.github.ins4j.error;
    exports io.github.ins4j.matricule;
    exports io.github.ins4j.traits;
    exports io.github.ins4j.identity;
    exports io.github.ins4j.matching;
    exports io.github.ins4j.qualification;
    exports io.github.ins4j.disclosure;
    exports io.github.ins4j.mssante;
    exports io.github.ins4j.datamatrix;
    exports io.github.ins4j.exchange;
    exports io.github.ins4j.internal.exchange to io.github.ins4j.cda, io.github.ins4j.hl7v2;
}
