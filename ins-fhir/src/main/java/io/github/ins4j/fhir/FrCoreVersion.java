package io.github.ins4j.fhir;

import java.util.Optional;

/**
 * The versions of the Interop'Santé FR Core guide that {@link InsPatientWriter} can target (INT-1,
 * INT-3). They disagree on the identity reliability extension (spec 05, table of FR Core
 * versions):
 *
 * <table>
 *   <caption>What each version can express</caption>
 *   <tr><th>fact</th><th>{@link #V2_2_0} (published, the default)</th>
 *       <th>{@link #CONTINUOUS_BUILD} (next, unpublished)</th></tr>
 *   <tr><td>status</td><td>{@code PROV}, {@code VALI} in {@link FrCore#V2_0445_SYSTEM}; a qualified
 *       identity is {@code VALI} + its INS identifier; no code for a retrieved one</td>
 *       <td>{@code PROV}, {@code RECUP}, {@code VALI}, {@code QUAL} in
 *       {@link FrCore#IDENTITY_STATUS_SYSTEM}</td></tr>
 *   <tr><td>attributes</td><td>one more identity reliability extension per attribute,
 *       {@code identityStatus} {@code DOUT} / {@code FICT} / {@code HOMA}</td>
 *       <td>{@code comment} sub-extensions</td></tr>
 *   <tr><td>document checked</td><td>{@code validationMode}: {@code PA CN AN LE} in a Patient INS,
 *       the whole 2.2.0 code system in a Patient</td><td>{@code validationMode}, every ins4j code</td></tr>
 *   <tr><td>INSi call</td><td>{@code methodCollection} {@code INSI} + {@code dateCollection}</td>
 *       <td>{@code dateInterrogationINSi}</td></tr>
 *   <tr><td>{@code meta.profile}</td><td>versioned: {@code …/fr-core-patient-ins|2.2.0}</td>
 *       <td>not versioned: the continuous build has no fixed version</td></tr>
 * </table>
 *
 * <pre>{@code
 * WrittenPatient written = InsPatientWriter.write(decision, FrCoreVersion.CONTINUOUS_BUILD);
 * written.version().label();   // "current"
 * }</pre>
 */
public enum FrCoreVersion {

    /**
     * FR Core 2.2.0 (package {@code hl7.fhir.fr.core} 2.2.0, 2026-03-25), the latest published
     * version, which receivers validate against: the default (spec decision 5).
     */
    V2_2_0("2.2.0", true),

    /**
     * The continuous build of FR Core (its next version, unpublished; {@code current} in the FHIR
     * package registry): new code systems for the status and the attributes, {@code QUAL} and
     * {@code RECUP}, {@code dateInterrogationINSi}. Write it only for a receiver that asked for it.
     */
    CONTINUOUS_BUILD("current", false);

    private final String label;
    private final boolean published;

    FrCoreVersion(String label, boolean published) {
        this.label = label;
        this.published = published;
    }

    /**
     * Returns the version the writer targets when none is chosen (spec decision 5).
     *
     * @return {@link #V2_2_0}
     */
    public static FrCoreVersion defaultVersion() {
        return V2_2_0;
    }

    /**
     * Returns the version as the FHIR package registry names it.
     *
     * @return {@code 2.2.0}, or {@code current} for the continuous build
     */
    public String label() {
        return label;
    }

    /**
     * Returns the version written after {@code |} in a canonical URL ({@code meta.profile}), when it
     * has a fixed one.
     *
     * @return {@code Optional[2.2.0]}, or empty for the continuous build
     */
    public Optional<String> canonicalVersion() {
        return published ? Optional.of(label) : Optional.empty();
    }

    /**
     * Returns e.g. {@code FR Core 2.2.0}.
     *
     * @return the version, for a log line
     */
    @Override
    public String toString() {
        return "FR Core " + label;
    }
}
