/**
 * ins4j core: the model of the French national health identity (INS).
 *
 * <p>Exported packages:
 * <ul>
 *   <li>{@link io.github.ins4j.matricule}: the INS matricule (NIR or NIA), the OIDs of its
 *       assigning authorities and the INS identifier (matricule + OID).</li>
 * </ul>
 */
module io.github.ins4j.core {
    exports io.github.ins4j.matricule;
}
