package io.github.ins4j.audit;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One record of the base to audit: its local id (the identification domain's patient id), its RNIV
 * status, its INS identity when it was retrieved from INSi (with the earlier identifiers, MAT-6),
 * its local traits as the record holds them, and its attributes.
 *
 * <p>Checked when built: the local id has 1 to 64 characters and no control character; an INS
 * identity goes with the status {@code RETRIEVED} or {@code QUALIFIED} and those statuses need one;
 * attributes combine (QUA-2) and doubtful or fictitious records are provisional (QUA-1).
 *
 * <p>{@code toString()} shows the local id and the status only, never a trait or a matricule.
 *
 * <pre>{@code
 * AuditRecord record = AuditRecord.builder("IPP-000123", IdentityStatus.PROVISIONAL,
 *                 LocalTraits.builder().birthName("Dupont").firstNames("Jean").sex("M").build())
 *         .build();
 * }</pre>
 */
public final class AuditRecord {

    private static final int MAX_ID_LENGTH = 64;

    private final String localId;
    private final IdentityStatus status;
    private final @Nullable InsIdentity ins;
    private final LocalTraits traits;
    private final Set<IdentityAttribute> attributes;
    private final boolean reverifiedWithOtherTraits;
    private final @Nullable LocalDate createdOn;

    private AuditRecord(Builder b) {
        this.localId = b.localId;
        this.status = b.status;
        this.ins = b.ins;
        this.traits = b.traits;
        this.attributes = Set.copyOf(b.attributes);
        this.reverifiedWithOtherTraits = b.reverifiedWithOtherTraits;
        this.createdOn = b.createdOn;
    }

    /**
     * Starts a record.
     *
     * @param localId the local id, 1 to 64 characters, no control character
     * @param status the RNIV status
     * @param traits the traits the record holds
     * @return a builder
     * @throws AuditException ({@code INVALID_LOCAL_ID}) for a bad local id
     */
    public static Builder builder(String localId, IdentityStatus status, LocalTraits traits) {
        return new Builder(localId, status, traits);
    }

    /**
     * Returns the local id.
     *
     * @return the local id
     */
    public String localId() {
        return localId;
    }

    /**
     * Returns the RNIV status.
     *
     * @return the status
     */
    public IdentityStatus status() {
        return status;
    }

    /**
     * Returns the INS identity, with its earlier identifiers.
     *
     * @return the identity, or empty when the record was never retrieved from INSi
     */
    public Optional<InsIdentity> ins() {
        return Optional.ofNullable(ins);
    }

    /**
     * Returns the traits the record holds.
     *
     * @return the local traits
     */
    public LocalTraits traits() {
        return traits;
    }

    /**
     * Returns the RNIV attributes.
     *
     * @return the attributes, possibly empty
     */
    public Set<IdentityAttribute> attributes() {
        return attributes;
    }

    /**
     * Tells whether the last INSi re-verification returned other traits (QUA-7), which AUD-5
     * reports.
     *
     * @return {@code true} when it did
     */
    public boolean reverifiedWithOtherTraits() {
        return reverifiedWithOtherTraits;
    }

    /**
     * Returns the day the record was created, for the flow duplicate rate.
     *
     * @return the day, or empty when unknown
     */
    public Optional<LocalDate> createdOn() {
        return Optional.ofNullable(createdOn);
    }

    @Nullable InsIdentity insOrNull() {
        return ins;
    }

    @Nullable LocalDate createdOnOrNull() {
        return createdOn;
    }

    /**
     * Returns the local id and the status; no trait, no matricule.
     *
     * @return e.g. {@code AuditRecord[IPP-000123, PROV, no INS]}
     */
    @Override
    public String toString() {
        return "AuditRecord[" + localId + ", " + status.code() + ", " + (ins == null ? "no INS" : "INS masked") + "]";
    }

    /** Builds an {@link AuditRecord}. */
    public static final class Builder {
        private final String localId;
        private final IdentityStatus status;
        private final LocalTraits traits;
        private @Nullable InsIdentity ins;
        private final Set<IdentityAttribute> attributes = EnumSet.noneOf(IdentityAttribute.class);
        private boolean reverifiedWithOtherTraits;
        private @Nullable LocalDate createdOn;

        private Builder(String localId, IdentityStatus status, LocalTraits traits) {
            Objects.requireNonNull(localId, "localId must not be null");
            this.status = Objects.requireNonNull(status, "status must not be null");
            this.traits = Objects.requireNonNull(traits, "traits must not be null");
            this.localId = checkedId(localId);
        }

        static String checkedId(String localId) {
            if (localId.isBlank()) {
                throw new AuditException(AuditException.Reason.INVALID_LOCAL_ID, "the local id is empty or blank");
            }
            if (localId.length() > MAX_ID_LENGTH) {
                throw new AuditException(AuditException.Reason.INVALID_LOCAL_ID,
                        "the local id has " + localId.length() + " characters; at most " + MAX_ID_LENGTH);
            }
            for (int i = 0; i < localId.length(); i++) {
                char c = localId.charAt(i);
                if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                    throw new AuditException(AuditException.Reason.INVALID_LOCAL_ID,
                            "the local id holds a control or surrogate character at index " + i);
                }
            }
            return localId;
        }

        /**
         * Sets the INS identity retrieved from INSi, with its earlier identifiers.
         *
         * @param identity the INS identity
         * @return this builder
         */
        public Builder ins(InsIdentity identity) {
            this.ins = Objects.requireNonNull(identity, "identity must not be null");
            return this;
        }

        /**
         * Adds RNIV attributes.
         *
         * @param added the attributes
         * @return this builder
         */
        public Builder attributes(Set<IdentityAttribute> added) {
            Objects.requireNonNull(added, "added must not be null");
            for (IdentityAttribute a : added) {
                attributes.add(Objects.requireNonNull(a, "an attribute must not be null"));
            }
            return this;
        }

        /**
         * Records that the last INSi re-verification returned other traits (QUA-7).
         *
         * @param otherTraits whether it did
         * @return this builder
         */
        public Builder reverifiedWithOtherTraits(boolean otherTraits) {
            this.reverifiedWithOtherTraits = otherTraits;
            return this;
        }

        /**
         * Sets the day the record was created.
         *
         * @param day the day
         * @return this builder
         */
        public Builder createdOn(LocalDate day) {
            this.createdOn = Objects.requireNonNull(day, "day must not be null");
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws AuditException {@code STATUS_INCONSISTENT} or {@code ATTRIBUTES_INCONSISTENT}
         */
        public AuditRecord build() {
            boolean retrieved = status == IdentityStatus.RETRIEVED || status == IdentityStatus.QUALIFIED;
            if (retrieved && ins == null) {
                throw new AuditException(AuditException.Reason.STATUS_INCONSISTENT,
                        "a retrieved or qualified record needs its INS identity");
            }
            if (!retrieved && ins != null) {
                throw new AuditException(AuditException.Reason.STATUS_INCONSISTENT,
                        "only a retrieved or qualified record holds an INS identity");
            }
            for (IdentityAttribute a : attributes) {
                if (a.blocksQualification() && status != IdentityStatus.PROVISIONAL) {
                    throw new AuditException(AuditException.Reason.ATTRIBUTES_INCONSISTENT,
                            "a doubtful or fictitious identity is provisional (QUA-1)");
                }
                for (IdentityAttribute b : attributes) {
                    if (!a.combinesWith(b)) {
                        throw new AuditException(AuditException.Reason.ATTRIBUTES_INCONSISTENT,
                                "attributes " + a.code() + " and " + b.code() + " cannot be combined (QUA-2)");
                    }
                }
            }
            return new AuditRecord(this);
        }
    }
}
