package io.github.ins4j.testing.population;

import java.util.Objects;

/**
 * The rates of a synthetic population. Immutable; {@link #hospital()} or {@link #builder()}.
 * Every figure measured on a generated base should name its profile (this object's
 * {@link #toString()}) and its seed.
 *
 * <pre>{@code
 * PopulationProfile p = PopulationProfile.builder().duplicateRate(0.05).build();
 * }</pre>
 */
public final class PopulationProfile {

    private final double duplicateRate;
    private final double twinRate;
    private final double homonymRate;
    private final double collisionRate;
    private final double insCopiedShare;
    private final double qualifiedShare;

    private PopulationProfile(Builder b) {
        this.duplicateRate = b.duplicateRate;
        this.twinRate = b.twinRate;
        this.homonymRate = b.homonymRate;
        this.collisionRate = b.collisionRate;
        this.insCopiedShare = b.insCopiedShare;
        this.qualifiedShare = b.qualifiedShare;
    }

    /**
     * The hospital profile: 8 % of persons with duplicates, 0.5 % twins, 0.5 % homonyms, 0.3 %
     * collisions, 55 % qualified.
     *
     * @return the profile
     */
    public static PopulationProfile hospital() {
        return builder().build();
    }

    /**
     * Starts from the hospital profile.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the share of persons with one or two duplicate records.
     *
     * @return the rate
     */
    public double duplicateRate() {
        return duplicateRate;
    }

    /**
     * Returns the share of persons with a twin in the base.
     *
     * @return the rate
     */
    public double twinRate() {
        return twinRate;
    }

    /**
     * Returns the share of persons with a homonym in the base.
     *
     * @return the rate
     */
    public double homonymRate() {
        return homonymRate;
    }

    /**
     * Returns the share of persons whose INS is also held by another person's record.
     *
     * @return the rate
     */
    public double collisionRate() {
        return collisionRate;
    }

    /**
     * Returns the share of duplicates of a person with an INS that were retrieved from INSi too.
     *
     * @return the share
     */
    public double insCopiedShare() {
        return insCopiedShare;
    }

    /**
     * Returns the share of qualified originals (the rest: 8 % retrieved, 12 % validated,
     * provisional).
     *
     * @return the share
     */
    public double qualifiedShare() {
        return qualifiedShare;
    }

    /**
     * Returns the rates, to name the profile beside a figure.
     *
     * @return e.g. {@code PopulationProfile[dup 0.08, twin 0.005, ...]}
     */
    @Override
    public String toString() {
        return "PopulationProfile[dup " + duplicateRate + ", twin " + twinRate + ", homonym " + homonymRate
                + ", collision " + collisionRate + ", ins copied " + insCopiedShare + ", qualified "
                + qualifiedShare + "]";
    }

    /** Builds a {@link PopulationProfile}. */
    public static final class Builder {
        private double duplicateRate = 0.08;
        private double twinRate = 0.005;
        private double homonymRate = 0.005;
        private double collisionRate = 0.003;
        private double insCopiedShare = 0.2;
        private double qualifiedShare = 0.55;

        private Builder() {
        }

        private static double rate(double r, String name) {
            if (!(r >= 0.0 && r <= 1.0)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1");
            }
            return r;
        }

        /**
         * Sets the share of persons with duplicates.
         *
         * @param rate between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder duplicateRate(double rate) {
            this.duplicateRate = rate(rate, "duplicateRate");
            return this;
        }

        /**
         * Sets the share of persons with a twin.
         *
         * @param rate between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder twinRate(double rate) {
            this.twinRate = rate(rate, "twinRate");
            return this;
        }

        /**
         * Sets the share of persons with a homonym.
         *
         * @param rate between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder homonymRate(double rate) {
            this.homonymRate = rate(rate, "homonymRate");
            return this;
        }

        /**
         * Sets the share of persons whose INS is copied onto another person's record.
         *
         * @param rate between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder collisionRate(double rate) {
            this.collisionRate = rate(rate, "collisionRate");
            return this;
        }

        /**
         * Sets the share of duplicates retrieved from INSi too.
         *
         * @param share between 0 and 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder insCopiedShare(double share) {
            this.insCopiedShare = rate(share, "insCopiedShare");
            return this;
        }

        /**
         * Sets the share of qualified originals, at most 0.8.
         *
         * @param share between 0 and 0.8
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder qualifiedShare(double share) {
            this.qualifiedShare = rate(share, "qualifiedShare");
            if (share > 0.8) {
                throw new IllegalArgumentException("qualifiedShare must be at most 0.8");
            }
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         */
        public PopulationProfile build() {
            return new PopulationProfile(Objects.requireNonNull(this));
        }
    }
}
