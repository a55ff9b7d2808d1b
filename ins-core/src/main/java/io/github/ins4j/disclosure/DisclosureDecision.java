package io.github.ins4j.disclosure;

import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link Disclosure#decide}: what a document may carry, and why (DIS-6). It is the
 * ticket every writer of ins4j asks for — CDA {@code recordTarget}, HL7 v2 PID, FHIR Patient, the
 * INS Datamatrix and the MSSanté patient address — so that no path writes a matricule that the
 * disclosure rules did not allow.
 *
 * <p>A decision cannot be made by a caller: this class has no public constructor and is final;
 * {@link Disclosure#decide} is its only source.
 *
 * <p>Besides the {@linkplain #identity() view}, a decision carries the facts of the identity's
 * reliability that exchange formats write next to it (FR Core's identity reliability extension):
 * {@link #status()}, {@link #attributes()}, {@link #validation()} and {@link #lastInsiCall()}.
 * None of them is personal data.
 *
 * <pre>{@code
 * DisclosureDecision care = Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT);
 * if (care.mayCarryIns()) {
 *     String payload = InsDatamatrix.write(care);
 * }
 * }</pre>
 */
public final class DisclosureDecision {

    /** What a document may carry. */
    public enum Level {
        /** The INS identifier (matricule + OID) and the five traits. */
        INS_AND_TRAITS,
        /** The traits, without the matricule nor its OID. */
        TRAITS_ONLY,
        /** Nothing that identifies the patient. */
        NOTHING_IDENTIFYING
    }

    /** Why. */
    public enum Reason {
        /** A qualified identity on a care document: the INS travels, with its traits (DIS-1, DIS-4). */
        QUALIFIED_IDENTITY("the identity is qualified: the INS goes with its five traits"),
        /** The identity is not qualified: the document goes without the INS (DIS-1, DIS-2). */
        NOT_QUALIFIED("the identity is not qualified: the document goes without the INS nor its OID"),
        /** Billing and insurers never receive the INS, whatever the status (DIS-3). */
        BILLING_OR_INSURER("billing and insurer documents never carry the INS (they may carry the NSS)"),
        /** Research and statistics get nothing identifying (a decision of ins4j). */
        RESEARCH("research and statistics get nothing identifying");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        /**
         * Returns the reason in plain English.
         *
         * @return the explanation
         */
        public String explanation() {
            return explanation;
        }
    }

    private final DocumentPurpose purpose;
    private final Level level;
    private final Reason reason;
    private final DisclosedIdentity identity;
    private final IdentityStatus status;
    private final Set<IdentityAttribute> attributes;
    private final IdentityRecord.@Nullable Validation validation;
    private final @Nullable Instant lastInsiCall;

    DisclosureDecision(DocumentPurpose purpose, Level level, Reason reason, DisclosedIdentity identity,
            IdentityRecord record) {
        this.purpose = purpose;
        this.level = level;
        this.reason = reason;
        this.identity = identity;
        this.status = record.status();
        this.attributes = record.attributes();
        this.validation = record.validation().orElse(null);
        this.lastInsiCall = record.lastInsiCall().orElse(null);
    }

    /**
     * Returns the purpose asked about.
     *
     * @return the purpose
     */
    public DocumentPurpose purpose() {
        return purpose;
    }

    /**
     * Returns what may be written.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the data that may be written, and nothing more.
     *
     * @return the view: {@link DisclosedIdentity.WithIns} only when {@link #mayCarryIns()}
     */
    public DisclosedIdentity identity() {
        return identity;
    }

    /**
     * Tells whether the document may carry the INS.
     *
     * @return {@code true} for {@link Level#INS_AND_TRAITS}
     */
    public boolean mayCarryIns() {
        return level == Level.INS_AND_TRAITS;
    }

    /**
     * Returns the RNIV status of the identity when the decision was made.
     *
     * @return the status
     */
    public IdentityStatus status() {
        return status;
    }

    /**
     * Returns the RNIV attributes of the identity (doubtful, fictitious, homonym).
     *
     * @return an unmodifiable set
     */
    public Set<IdentityAttribute> attributes() {
        return attributes;
    }

    /**
     * Returns the document check that gives the identity its "checked" fact, if it holds.
     *
     * @return the validation, or empty
     */
    public Optional<IdentityRecord.Validation> validation() {
        return Optional.ofNullable(validation);
    }

    /**
     * Returns when INSi was last called for the identity.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> lastInsiCall() {
        return Optional.ofNullable(lastInsiCall);
    }

    /**
     * Returns e.g. {@code DisclosureDecision[billing: TRAITS_ONLY, BILLING_OR_INSURER]}, without data.
     *
     * @return the decision, masked
     */
    @Override
    public String toString() {
        return "DisclosureDecision[" + purpose.code() + ": " + level + ", " + reason + "]";
    }
}
