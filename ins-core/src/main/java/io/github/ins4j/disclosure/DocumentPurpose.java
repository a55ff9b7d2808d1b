package io.github.ins4j.disclosure;

import org.jspecify.annotations.Nullable;
/**
 * What a document is made for and who receives it (DIS-6). The purpose decides, with the identity
 * status, what identifying data the document may carry: see {@link Disclosure#decide}.
 *
 * <p>There is no default purpose: the caller names one, and an unknown code is refused
 * ({@link #parse(CharSequence)}).
 */
public enum DocumentPurpose {
    /** A care document for a health professional (prescription, report, letter). */
    CARE_DOCUMENT("care-document", Use.CARE),
    /** A document given to the patient. */
    PATIENT_DOCUMENT("patient-document", Use.CARE),
    /** A document sent to the shared medical record (DMP, Mon espace santé). */
    SHARED_RECORD("shared-record", Use.CARE),
    /** An MSSanté message to a health professional. */
    MSSANTE_TO_PROFESSIONAL("mssante-professional", Use.CARE),
    /** An MSSanté message to the patient's own mailbox. */
    MSSANTE_TO_PATIENT("mssante-patient", Use.CARE),
    /** An invoice or any billing document (DIS-3: never the INS). */
    BILLING("billing", Use.BILLING),
    /** A document for a mandatory health insurer, a social security body (DIS-3: never the INS). */
    MANDATORY_INSURER("mandatory-insurer", Use.BILLING),
    /** A document for a complementary health insurer (DIS-3: never the INS). */
    COMPLEMENTARY_INSURER("complementary-insurer", Use.BILLING),
    /** Research or statistics: nothing identifying (a decision of ins4j). */
    RESEARCH("research", Use.RESEARCH);

    /** The three families of purposes that the rules tell apart. */
    enum Use {
        CARE, BILLING, RESEARCH
    }

    private final String code;
    private final Use use;

    DocumentPurpose(String code, Use use) {
        this.code = code;
        this.use = use;
    }

    /**
     * Finds a purpose by its code.
     *
     * @param code the code, e.g. {@code care-document}, {@code billing}
     * @return the purpose
     * @throws DisclosureException with reason {@code UNKNOWN_PURPOSE} for {@code null} or any other
     *     text: unknown purposes are refused, never defaulted (DIS-6)
     */
    public static DocumentPurpose parse(@Nullable CharSequence code) {
        if (code != null) {
            for (DocumentPurpose purpose : values()) {
                if (purpose.code.contentEquals(code)) {
                    return purpose;
                }
            }
        }
        throw new DisclosureException(DisclosureException.Reason.UNKNOWN_PURPOSE,
                "unknown document purpose; unknown purposes are refused, not defaulted (DIS-6)");
    }

    /**
     * Returns the code of the purpose.
     *
     * @return e.g. {@code care-document}
     */
    public String code() {
        return code;
    }

    /** The family of the purpose; {@link Disclosure#decide} alone draws the rules from it. */
    Use use() {
        return use;
    }
}
