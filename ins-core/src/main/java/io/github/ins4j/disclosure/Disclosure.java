package io.github.ins4j.disclosure;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * The one decision point of DIS-6, and the one gate of every output: given an identity and the
 * purpose of a document, what may the document carry, and why. Callers never re-implement the
 * rule, and every writer of ins4j (CDA, HL7 v2, FHIR, the INS Datamatrix, the MSSanté patient
 * address) takes the {@link DisclosureDecision} this method returns — the only way to obtain one.
 *
 * <ul>
 *   <li><b>DIS-1</b> only a qualified identity's document carries the matricule and its OID, and
 *       then all five traits too (<b>DIS-4</b>);</li>
 *   <li><b>DIS-2</b> a document for a non-qualified identity goes without the matricule nor the
 *       OID: traits only;</li>
 *   <li><b>DIS-3</b> billing, mandatory and complementary insurer documents never carry the INS,
 *       whatever the status (they may carry the billing NSS, which is not an INS: <b>DIS-5</b>);</li>
 *   <li>research and statistics get nothing identifying (a decision of ins4j).</li>
 * </ul>
 *
 * <pre>{@code
 * DisclosureDecision care = Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT);
 * DisclosureDecision invoice = Disclosure.decide(record, DocumentPurpose.BILLING);
 * invoice.level();   // TRAITS_ONLY, whatever the status
 * }</pre>
 */
public final class Disclosure {

    private Disclosure() {
    }

    /**
     * Decides what a document for this purpose may carry about this identity.
     *
     * <p>A record, and so a decision, is a snapshot: decide from the record as it is now, restored
     * from <em>all</em> its stored events ({@link io.github.ins4j.qualification.IdentityQualifier#restore}),
     * right before writing the document, never from a record kept in memory since an attribute may
     * have been set (QUA-5) or a re-verification recorded elsewhere.
     *
     * @param record  the identity, with its RNIV status
     * @param purpose the purpose of the document
     * @return the decision, with the data that may be written
     * @throws DisclosureException  with {@code UNKNOWN_PURPOSE} if the purpose is {@code null}
     * @throws NullPointerException if the record is {@code null}
     */
    public static DisclosureDecision decide(IdentityRecord record, @Nullable DocumentPurpose purpose) {
        Objects.requireNonNull(record, "record must not be null");
        if (purpose == null) {
            throw new DisclosureException(DisclosureException.Reason.UNKNOWN_PURPOSE,
                    "the document purpose is missing; unknown purposes are refused, not defaulted (DIS-6)");
        }
        return switch (purpose.use()) {
            case RESEARCH -> new DisclosureDecision(purpose, DisclosureDecision.Level.NOTHING_IDENTIFYING,
                    DisclosureDecision.Reason.RESEARCH, DisclosedIdentity.NothingIdentifying.INSTANCE, record);
            case BILLING -> traitsOnly(record, purpose, DisclosureDecision.Reason.BILLING_OR_INSURER);
            case CARE -> care(record, purpose);
        };
    }

    /** DIS-1, DIS-2, DIS-4: the INS with its traits for a qualified identity only. */
    private static DisclosureDecision care(IdentityRecord record, DocumentPurpose purpose) {
        Optional<InsIdentity> ins = record.insIdentity();
        if (record.isQualified() && ins.isPresent()) {
            return new DisclosureDecision(purpose, DisclosureDecision.Level.INS_AND_TRAITS,
                    DisclosureDecision.Reason.QUALIFIED_IDENTITY, new DisclosedIdentity.WithIns(ins.get()), record);
        }
        return traitsOnly(record, purpose, DisclosureDecision.Reason.NOT_QUALIFIED);
    }

    private static DisclosureDecision traitsOnly(IdentityRecord record, DocumentPurpose purpose,
            DisclosureDecision.Reason reason) {
        return new DisclosureDecision(purpose, DisclosureDecision.Level.TRAITS_ONLY, reason,
                new DisclosedIdentity.TraitsOnly(record.traits()), record);
    }
}
