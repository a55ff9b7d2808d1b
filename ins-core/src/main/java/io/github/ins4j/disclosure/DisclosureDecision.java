package io.github.ins4j.disclosure;

import java.util.Objects;

/**
 * The answer of {@link Disclosure#decide}: what a document may carry, and why.
 *
 * @param purpose  the purpose asked about
 * @param level    what may be written
 * @param reason   why
 * @param identity the data that may be written, and nothing more
 */
public record DisclosureDecision(DocumentPurpose purpose, Level level, Reason reason, DisclosedIdentity identity) {

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

    /**
     * Checks the components and that the view matches the level.
     *
     * @param purpose the purpose asked about
     * @param level what may be written
     * @param reason why
     * @param identity the data that may be written, and nothing more
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if the view does not match the level
     */
    public DisclosureDecision {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(identity, "identity");
        boolean consistent = switch (level) {
            case INS_AND_TRAITS -> identity instanceof DisclosedIdentity.WithIns && !purpose.forbidsIns();
            case TRAITS_ONLY -> identity instanceof DisclosedIdentity.TraitsOnly;
            case NOTHING_IDENTIFYING -> identity instanceof DisclosedIdentity.NothingIdentifying;
        };
        if (!consistent) {
            throw new IllegalArgumentException("the disclosed identity does not match the level " + level
                    + " for the purpose " + purpose.code());
        }
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
     * Returns e.g. {@code DisclosureDecision[billing: TRAITS_ONLY, BILLING_OR_INSURER]}, without data.
     *
     * @return the decision, masked
     */
    @Override
    public String toString() {
        return "DisclosureDecision[" + purpose.code() + ": " + level + ", " + reason + "]";
    }
}
