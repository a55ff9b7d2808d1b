package io.github.ins4j.identity;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import java.util.List;
import java.util.Objects;

/**
 * The INS identity: the active INS identifier (matricule + OID), the five traits, and the earlier
 * identifiers INSi returned (MAT-6). An identity has exactly one active matricule; the earlier
 * ones are kept for traceability and must not repeat it.
 *
 * <p>It does not refuse an identity whose matricule and traits disagree: INSi is the reference.
 * Ask {@link #coherence()} (TRT-7) and act on its errors.
 *
 * <p>{@code toString()} masks the matricule and every trait.
 *
 * <pre>{@code
 * InsIdentity identity = InsIdentity.of(
 *         InsIdentifier.parse("289046912312018", "1.2.250.1.213.1.4.10"),
 *         Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));
 * identity.coherence().hasErrors();   // false
 * }</pre>
 *
 * @param identifier the active INS identifier
 * @param traits     the five traits
 * @param history    the earlier identifiers, possibly empty, never containing the active one
 */
public record InsIdentity(InsIdentifier identifier, Traits traits, List<EarlierIdentifier> history) {

    /**
     * Checks the components; copies the history.
     *
     * @param identifier the active INS identifier
     * @param traits the five traits
     * @param history the earlier identifiers, possibly empty, never containing the active one
     * @throws NullPointerException     if a component or an element of the history is {@code null}
     * @throws InvalidIdentityException with {@code ACTIVE_IN_HISTORY} if the history holds the active
     *     identifier (MAT-6)
     */
    public InsIdentity {
        Objects.requireNonNull(identifier, "identifier must not be null");
        Objects.requireNonNull(traits, "traits must not be null");
        history = List.copyOf(Objects.requireNonNull(history, "history must not be null"));
        for (EarlierIdentifier earlier : history) {
            if (earlier.identifier().matricule().equals(identifier.matricule())
                    && earlier.identifier().oid() == identifier.oid()) {
                throw new InvalidIdentityException(InvalidIdentityException.Reason.ACTIVE_IN_HISTORY,
                        "the history holds the active INS identifier; an identity has one active matricule (MAT-6)");
            }
        }
    }

    /**
     * An identity without earlier identifiers.
     *
     * @param identifier the active INS identifier
     * @param traits     the five traits
     * @return the identity
     */
    public static InsIdentity of(InsIdentifier identifier, Traits traits) {
        return new InsIdentity(identifier, traits, List.of());
    }

    /**
     * Checks that the matricule agrees with the traits (TRT-7).
     *
     * @return the list of disagreements, with their severity
     */
    public CoherenceReport coherence() {
        return CoherenceReport.check(identifier.matricule(), traits);
    }

    /**
     * Returns a masked form.
     *
     * @return e.g. {@code InsIdentity[InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST], Traits[...], 0 earlier]}
     */
    @Override
    public String toString() {
        return "InsIdentity[" + identifier + ", " + traits + ", " + history.size() + " earlier]";
    }
}
