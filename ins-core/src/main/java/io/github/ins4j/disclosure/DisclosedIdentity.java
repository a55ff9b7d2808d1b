package io.github.ins4j.disclosure;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import java.util.List;

/**
 * What a document may carry about the patient, as decided by {@link Disclosure#decide}: the only
 * source of identity data for every writer of ins4j (CDA, HL7 v2, FHIR, the INS Datamatrix, the
 * MSSanté patient address). Each case exposes only what it allows: a {@link TraitsOnly} or
 * {@link NothingIdentifying} view has no accessor for the matricule, so a billing document cannot
 * obtain it through this API (DIS-3).
 *
 * <p>The three cases are final classes without public constructors: a view comes from
 * {@link DisclosureDecision#identity()} and nowhere else (DIS-6).
 *
 * <pre>{@code
 * DisclosedIdentity view = Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT).identity();
 * if (view instanceof DisclosedIdentity.WithIns ins) {
 *     writeIns(ins.identifier(), ins.traits());
 * } else if (view instanceof DisclosedIdentity.TraitsOnly t) {
 *     writeTraits(t.traits());
 * }
 * }</pre>
 */
public sealed interface DisclosedIdentity
        permits DisclosedIdentity.WithIns, DisclosedIdentity.TraitsOnly, DisclosedIdentity.NothingIdentifying {

    /**
     * The INS identifier (matricule + OID) with the five traits and the earlier identifiers
     * (DIS-1, DIS-4): a qualified identity on a document that may carry the INS.
     */
    final class WithIns implements DisclosedIdentity {
        private final InsIdentity insIdentity;

        WithIns(InsIdentity insIdentity) {
            this.insIdentity = insIdentity;
        }

        /**
         * Returns the active INS identifier: matricule and OID.
         *
         * @return the identifier; personal data
         */
        public InsIdentifier identifier() {
            return insIdentity.identifier();
        }

        /**
         * Returns the five traits, which always go with the INS (DIS-4).
         *
         * @return the traits
         */
        public Traits traits() {
            return insIdentity.traits();
        }

        /**
         * Returns the earlier INS identifiers (MAT-6), which a document may carry as old ones.
         *
         * @return the history, possibly empty
         */
        public List<EarlierIdentifier> history() {
            return insIdentity.history();
        }

        /**
         * Returns the whole INS identity: identifier, traits and history.
         *
         * @return the INS identity
         */
        public InsIdentity insIdentity() {
            return insIdentity;
        }

        /**
         * Returns a masked form.
         *
         * @return e.g. {@code WithIns[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST], ...]}
         */
        @Override
        public String toString() {
            return "WithIns[" + insIdentity + "]";
        }
    }

    /** The traits without the matricule nor its OID (DIS-2, DIS-3). */
    final class TraitsOnly implements DisclosedIdentity {
        private final Traits traits;

        TraitsOnly(Traits traits) {
            this.traits = traits;
        }

        /**
         * Returns the traits.
         *
         * @return the traits
         */
        public Traits traits() {
            return traits;
        }

        /**
         * Returns a masked form.
         *
         * @return e.g. {@code TraitsOnly[Traits[...]]}
         */
        @Override
        public String toString() {
            return "TraitsOnly[" + traits + "]";
        }
    }

    /** Nothing that identifies the patient (research, statistics). */
    final class NothingIdentifying implements DisclosedIdentity {
        static final NothingIdentifying INSTANCE = new NothingIdentifying();

        private NothingIdentifying() {
        }

        /**
         * Returns {@code NothingIdentifying}.
         *
         * @return the name of the case
         */
        @Override
        public String toString() {
            return "NothingIdentifying";
        }
    }
}
