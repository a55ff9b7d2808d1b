package io.github.ins4j.fhir;

/**
 * The canonical URLs of the Interop'Santé FR Core guide ({@code https://hl7.fr/ig/fhir/core}) that
 * an INS Patient uses, in one place, so that a reader can check them against the guide.
 *
 * <table>
 *   <caption>What each URL carries in a Patient</caption>
 *   <tr><th>constant</th><th>where</th><th>what</th></tr>
 *   <tr><td>{@link #PATIENT_INS_PROFILE}</td><td>{@code meta.profile}</td>
 *       <td>a Patient that carries the INS (qualified identity)</td></tr>
 *   <tr><td>{@link #PATIENT_PROFILE}</td><td>{@code meta.profile}</td>
 *       <td>a Patient with the traits only (DIS-2)</td></tr>
 *   <tr><td>{@link #IDENTIFIER_TYPE_SYSTEM}</td><td>{@code identifier.type}</td>
 *       <td>{@code INS-NIR}, {@code INS-NIA}, {@code INS-NIR-TEST}, {@code INS-NIR-DEMO}</td></tr>
 *   <tr><td>{@link #IDENTITY_RELIABILITY_EXTENSION}</td><td>{@code extension}</td>
 *       <td>status, attributes, checked document, dates</td></tr>
 *   <tr><td>{@link #V2_0445_SYSTEM}</td><td>{@code identityStatus} (2.2.0)</td>
 *       <td>{@code PROV}, {@code VALI}; attributes {@code DOUT}, {@code FICT}, {@code HOMA}</td></tr>
 *   <tr><td>{@link #IDENTITY_STATUS_SYSTEM}</td><td>{@code identityStatus} (continuous build)</td>
 *       <td>{@code PROV}, {@code RECUP}, {@code VALI}, {@code QUAL}</td></tr>
 *   <tr><td>{@link #IDENTITY_STATUS_COMMENT_SYSTEM}</td><td>{@code comment} (continuous build)</td>
 *       <td>{@code DOUT}, {@code FICT}, {@code HOMA} (and management codes ins4j ignores)</td></tr>
 *   <tr><td>{@link #METHOD_COLLECTION_SYSTEM}</td><td>{@code methodCollection} (2.2.0)</td>
 *       <td>{@code INSI}: the identity comes from the INSi teleservice</td></tr>
 *   <tr><td>{@link #VALIDATION_MODE_SYSTEM}</td><td>{@code validationMode}</td>
 *       <td>the identity document checked: {@code PA}, {@code CN}, {@code AV}…</td></tr>
 *   <tr><td>{@link #BIRTH_LIST_GIVEN_NAME_EXTENSION}</td><td>{@code name.extension}</td>
 *       <td>the whole list of birth first names</td></tr>
 *   <tr><td>{@link #BIRTH_PLACE_EXTENSION}</td><td>{@code extension}</td>
 *       <td>the standard FHIR birth place, an {@code Address}</td></tr>
 *   <tr><td>{@link #ADDRESS_INSEE_CODE_EXTENSION}</td><td>{@code Address.extension}</td>
 *       <td>the INSEE code of the birth place</td></tr>
 *   <tr><td>{@link #INSEE_CODE_SYSTEM}</td><td>its {@code valueCoding}</td>
 *       <td>ANS terminology TRE_R13 (communes); see the constant for codes abroad</td></tr>
 * </table>
 *
 * <p>Sources: the FR Core 2.2.0 package ({@code hl7.fhir.fr.core} 2.2.0) and the FR Core sources
 * (FSH) of its continuous build; {@link FrCoreVersion} says which version uses what.
 */
public final class FrCore {

    /** FR Core Patient INS profile: a Patient whose qualified identity carries the INS. */
    public static final String PATIENT_INS_PROFILE =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins";

    /**
     * FR Core Patient profile: a Patient without the INS. The INS profile asks for at least one
     * identifier, which a Patient written with the traits only (DIS-2) does not have; the caller
     * may add its own (a local IPP) and claim the INS profile then.
     */
    public static final String PATIENT_PROFILE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient";

    /** FR Core's code system of identifier types (its own v2-0203), which holds the INS types. */
    public static final String IDENTIFIER_TYPE_SYSTEM = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";

    /** The identity reliability extension (RNIV status, attributes, checked document). */
    public static final String IDENTITY_RELIABILITY_EXTENSION =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";

    /** Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION}: the RNIV status (RNIV EXI SI 07). */
    public static final String IDENTITY_STATUS = "identityStatus";

    /** Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION}: an attribute or a management code. */
    public static final String COMMENT = "comment";

    /** Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION}: the identity document checked. */
    public static final String VALIDATION_MODE = "validationMode";

    /** Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION}: the date of that check. */
    public static final String VALIDATION_DATE = "validationDate";

    /**
     * Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION}: the date of the last INSi call
     * (continuous build only; an error in 2.2.0).
     */
    public static final String INSI_CALL_DATE = "dateInterrogationINSi";

    /**
     * Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION} in FR Core 2.2.0: how the identity was
     * collected, a code of {@link #METHOD_COLLECTION_SYSTEM}.
     */
    public static final String METHOD_COLLECTION = "methodCollection";

    /**
     * Sub-extension of {@link #IDENTITY_RELIABILITY_EXTENSION} in FR Core 2.2.0: when the identity
     * was collected; ins4j writes the date of the INSi call that gave it.
     */
    public static final String DATE_COLLECTION = "dateCollection";

    /**
     * FR Core 2.2.0's code system of collection methods: {@code SM} manual, {@code CV} carte Vitale,
     * {@code INSI} the INSi teleservice, {@code CB} barcode, {@code RFID}.
     */
    public static final String METHOD_COLLECTION_SYSTEM =
            "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-method-collection";

    /**
     * FR Core 2.2.0's code system of identity reliability (HL7 v2 table 0445): {@code PROV},
     * {@code VALI}, the attributes {@code DOUT}, {@code FICT}, {@code HOMA}, and management codes.
     * It has no {@code RECUP} and no {@code QUAL}: in 2.2.0 a qualified identity is {@code VALI} with
     * its INS identifier (spec decision 5).
     */
    public static final String V2_0445_SYSTEM = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445";

    /** Code system of the four RNIV statuses (continuous build; not in 2.2.0). */
    public static final String IDENTITY_STATUS_SYSTEM =
            "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status";

    /**
     * Code system of the identity comments, which holds the RNIV attributes DOUT, FICT and HOMA
     * (continuous build; not in 2.2.0).
     */
    public static final String IDENTITY_STATUS_COMMENT_SYSTEM =
            "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-identity-status-comment";

    /** Code system of the identity documents (validation modes). */
    public static final String VALIDATION_MODE_SYSTEM =
            "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-mode-validation-identity";

    /** Extension of the official name: the whole list of birth first names (TRT-2). */
    public static final String BIRTH_LIST_GIVEN_NAME_EXTENSION =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";

    /** The standard FHIR birth place extension, whose value is an {@code Address}. */
    public static final String BIRTH_PLACE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";

    /** Extension of an {@code Address}: its INSEE code, as a {@code Coding}. */
    public static final String ADDRESS_INSEE_CODE_EXTENSION =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";

    /**
     * The code system of INSEE codes that FR Core binds the INSEE code extension to (ANS TRE_R13,
     * communes; an extensible binding). FR Core's extension says that for a birth abroad the code is
     * {@code 99} and the INSEE country code, in the same field: ins4j writes every birth place code
     * (TRT-4), {@code 99xxx} and {@code 99999} included, with this system. <b>[decision]</b>
     */
    public static final String INSEE_CODE_SYSTEM =
            "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM";

    private FrCore() {
    }
}
