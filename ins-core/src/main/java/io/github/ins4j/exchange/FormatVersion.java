package io.github.ins4j.exchange;

/**
 * The version or layout of a format that a reader recognised in a document (INT-3, INT-4), so
 * that a caller can log it and see which senders still write an older one.
 *
 * <table>
 *   <caption>What each reader recognises</caption>
 *   <tr><th>format</th><th>version</th><th>how it is recognised</th></tr>
 *   <tr><td>FHIR</td><td>{@link #FR_CORE_2_0}, {@link #FR_CORE_2_1}, {@link #FR_CORE_2_2}</td>
 *       <td>a {@code meta.profile} of FR Core with that version ({@code ...|2.1.0})</td></tr>
 *   <tr><td>FHIR</td><td>{@link #FR_CORE_2}</td><td>the status in the HL7 v2 table 0445 code
 *       system of the published versions, no version in the profile</td></tr>
 *   <tr><td>FHIR</td><td>{@link #FR_CORE_NEXT}</td><td>the status in the code system of the
 *       continuous build ({@code fr-core-cs-identity-status}: {@code QUAL}, {@code RECUP})</td></tr>
 *   <tr><td>CDA</td><td>{@link #CI_SIS_3}</td><td>the list of birth first names in one
 *       {@code given} without qualifier</td></tr>
 *   <tr><td>CDA</td><td>{@link #CI_SIS_2}</td><td>the first first name in
 *       {@code given qualifier="BR"}, the next ones in the following {@code given}</td></tr>
 *   <tr><td>HL7 v2</td><td>{@link #IHE_PAM_FR}</td><td>the PID layout of IHE PAM France</td></tr>
 * </table>
 *
 * <pre>{@code
 * ClaimedIdentity read = RecordTargetReader.read(xml);
 * log.info("recordTarget read in the {} layout", read.version().label());
 * }</pre>
 */
public enum FormatVersion {

    /** FR Core 2.0.x (published), as its {@code meta.profile} says. */
    FR_CORE_2_0(ExchangeFormat.FHIR, "FR Core 2.0"),
    /** FR Core 2.1.x (published), as its {@code meta.profile} says. */
    FR_CORE_2_1(ExchangeFormat.FHIR, "FR Core 2.1"),
    /** FR Core 2.2.x (published), as its {@code meta.profile} says. */
    FR_CORE_2_2(ExchangeFormat.FHIR, "FR Core 2.2"),
    /**
     * A published FR Core 2.x (2.0.0 to 2.2.0, which share their codes): the Patient does not say
     * which, or carries no identity reliability at all.
     */
    FR_CORE_2(ExchangeFormat.FHIR, "FR Core 2.x"),
    /** The FR Core continuous build (the next version, unpublished): codes QUAL, RECUP. */
    FR_CORE_NEXT(ExchangeFormat.FHIR, "FR Core continuous build"),
    /** CI-SIS 3.0 and later: one {@code given} holds the whole list of birth first names. */
    CI_SIS_3(ExchangeFormat.CDA, "CI-SIS 3.0"),
    /**
     * CI-SIS 2.41 and earlier: {@code given qualifier="BR"} holds the first first name and the
     * following {@code given} elements the next ones.
     */
    CI_SIS_2(ExchangeFormat.CDA, "CI-SIS 2.41"),
    /** The PID segment of IHE PAM France (PID-3 INS repetition, PID-5 legal name, PID-11 BDL). */
    IHE_PAM_FR(ExchangeFormat.HL7V2, "IHE PAM France");

    private final ExchangeFormat format;
    private final String label;

    FormatVersion(ExchangeFormat format, String label) {
        this.format = format;
        this.label = label;
    }

    /**
     * Returns the format this is a version of.
     *
     * @return the format
     */
    public ExchangeFormat format() {
        return format;
    }

    /**
     * Returns a label for logs, e.g. {@code FR Core 2.2} or {@code CI-SIS 2.41}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
