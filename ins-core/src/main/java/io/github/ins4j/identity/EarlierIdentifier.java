package io.github.ins4j.identity;

import io.github.ins4j.matricule.InsIdentifier;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An earlier INS identifier of a person, as INSi returns it in its history (MAT-6): for example the
 * NIA that became a NIR. It is kept, never used as the active matricule.
 *
 * <p>{@code toString()} is masked like {@link InsIdentifier}.
 *
 * @param identifier the earlier matricule and its OID
 * @param validFrom  when it started to be valid, if INSi says
 * @param validTo    when it stopped being valid, if INSi says
 */
public record EarlierIdentifier(InsIdentifier identifier, Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo) {

    /**
     * Checks that no component is {@code null} (use {@link Optional#empty()} for an unknown date).
     *
     * @param identifier the earlier matricule and its OID
     * @param validFrom when it started to be valid, if INSi says
     * @param validTo when it stopped being valid, if INSi says
     * @throws NullPointerException naming the missing component
     * @throws InvalidIdentityException with {@code VALIDITY_REVERSED} if {@code validTo} is before
     *     {@code validFrom}
     */
    public EarlierIdentifier {
        Objects.requireNonNull(identifier, "identifier must not be null");
        Objects.requireNonNull(validFrom, "validFrom must not be null (use Optional.empty())");
        Objects.requireNonNull(validTo, "validTo must not be null (use Optional.empty())");
        if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
            throw new InvalidIdentityException(InvalidIdentityException.Reason.VALIDITY_REVERSED,
                    "the validity of an earlier identifier ends before it starts");
        }
    }

    /**
     * An earlier identifier without dates.
     *
     * @param identifier the earlier matricule and its OID
     * @return the earlier identifier
     */
    public static EarlierIdentifier of(InsIdentifier identifier) {
        return new EarlierIdentifier(identifier, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a masked form: the identifier is masked, the validity dates are not personal data.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "EarlierIdentifier[" + identifier + ", from " + validFrom.map(Object::toString).orElse("?")
                + " to " + validTo.map(Object::toString).orElse("?") + "]";
    }
}
