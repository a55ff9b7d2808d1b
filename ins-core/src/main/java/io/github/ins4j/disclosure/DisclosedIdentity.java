package io.github.ins4j.disclosure;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import java.util.Objects;

/**
 * What a document may carry about the patient, as decided by {@link Disclosure#decide}. Each case
 * exposes only what it allows: a {@link TraitsOnly} or {@link NothingIdentifying} view has no
 * accessor for the matricule, so a billing document cannot obtain it through this API (DIS-3).
 *
 * <pre>{@code
 * switch (decision.identity()) {
 *     case DisclosedIdentity.WithIns ins -> writeIns(ins.identifier(), ins.traits());
 *     case DisclosedIdentity.TraitsOnly t -> writeTraits(t.traits());
 *     case DisclosedIdentity.NothingIdentifying n -> writePseudonym();
 * }
 * }</pre>
 */
public sealed interface DisclosedIdentity {

    /**
     * The INS identifier (matricule + OID) with the five traits (DIS-1, DIS-4): a qualified identity
     * on a care document.
     *
     * @param identifier the INS identifier
     * @param traits     the five traits, which always go with it
     */
    record WithIns(InsIdentifier identifier, Traits traits) implements DisclosedIdentity {
        /**
         * Checks both parts: the INS never travels without the traits (DIS-4).
         *
         * @param identifier the INS identifier
         * @param traits the five traits, which always go with it
         * @throws NullPointerException if a part is {@code null}
         */
        public WithIns {
            Objects.requireNonNull(identifier, "identifier must not be null");
            Objects.requireNonNull(traits, "traits must not be null: the INS never travels without them");
        }
    }

    /**
     * The traits without the matricule nor its OID (DIS-2, DIS-3).
     *
     * @param traits the traits
     */
    record TraitsOnly(Traits traits) implements DisclosedIdentity {
        /**
         * Checks the traits.
         *
         * @param traits the traits
         * @throws NullPointerException if {@code traits} is {@code null}
         */
        public TraitsOnly {
            Objects.requireNonNull(traits, "traits must not be null");
        }
    }

    /** Nothing that identifies the patient (research, statistics). */
    record NothingIdentifying() implements DisclosedIdentity {
    }
}
