package io.github.ins4j.qualification;

import java.util.EnumSet;
import java.util.Set;

/**
 * The identity documents an operator may check (FR Core {@code fr-core-cs-mode-validation-identity},
 * RNIV 2024 exceptions), with their trust level.
 *
 * <p>A {@link Trust#HIGH} document gives the "checked" fact (QUA-4). An
 * {@link Trust#EXCEPTION_ONLY} document gives it only in the exception cases it admits, which the
 * operator must state ({@link ExceptionContext}); otherwise it is refused. A {@link Trust#LOW}
 * document never validates nor qualifies; its check is recorded and changes nothing. No document is
 * ever chosen by default: the operator states which one was seen.
 */
public enum IdentityDocument {
    /** Passport. */
    PASSPORT("PA", Trust.HIGH),
    /** National identity card (EU, EEA, CH and the other countries RNIV lists). */
    NATIONAL_ID_CARD("CN", Trust.HIGH),
    /** Electronic national identity card. */
    ELECTRONIC_ID_CARD("eCN", Trust.HIGH),
    /** Residence permit (titre de séjour). */
    RESIDENCE_PERMIT("CS", Trust.HIGH),
    /** La Poste digital identity (eIDAS level substantial). */
    DIGITAL_IDENTITY("IN", Trust.HIGH),
    /** Carte Vitale application (QUA-11: see {@link IdentityEvent.CarteVitaleAppRead}). */
    CARTE_VITALE_APP("AV", Trust.HIGH),
    /** Family record book + carte Vitale with photo: RNIV exception cases only. */
    FAMILY_RECORD_BOOK_WITH_VITALE("LECV", Trust.EXCEPTION_ONLY, ExceptionContext.NURSING_HOME_ADMISSION),
    /** Birth certificate + carte Vitale with photo: RNIV exception cases only. */
    BIRTH_CERTIFICATE_WITH_VITALE("ANCV", Trust.EXCEPTION_ONLY, ExceptionContext.NURSING_HOME_ADMISSION),
    /** Parents' family record book (+ a parent's high-trust document): minors only. */
    PARENTS_FAMILY_RECORD_BOOK("LEP", Trust.EXCEPTION_ONLY, ExceptionContext.MINOR),
    /** Travel document for foreign minors: minors only. */
    FOREIGN_MINOR_TRAVEL_DOCUMENT("CC", Trust.EXCEPTION_ONLY, ExceptionContext.MINOR),
    /** Birth certificate extract alone: low trust, never validates nor qualifies. */
    BIRTH_CERTIFICATE_EXTRACT("AN", Trust.LOW);

    /** How much a document is trusted. */
    public enum Trust {
        /** Gives the "checked" fact. */
        HIGH,
        /** Gives it only in the exception cases it admits. */
        EXCEPTION_ONLY,
        /** Never gives it. */
        LOW
    }

    private final String code;
    private final Trust trust;
    private final Set<ExceptionContext> contexts;

    IdentityDocument(String code, Trust trust, ExceptionContext... contexts) {
        this.code = code;
        this.trust = trust;
        this.contexts = contexts.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(contexts[0], contexts));
    }

    /**
     * Returns the FR Core code.
     *
     * @return e.g. {@code PA}, {@code CN}, {@code LEP}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the trust level.
     *
     * @return the trust
     */
    public Trust trust() {
        return trust;
    }

    /**
     * Returns the exception cases an exception-only document admits.
     *
     * @return the contexts; empty for other documents
     */
    public Set<ExceptionContext> admittedContexts() {
        return contexts;
    }
}
