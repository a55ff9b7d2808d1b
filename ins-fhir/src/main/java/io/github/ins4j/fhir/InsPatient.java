package io.github.ins4j.fhir;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link InsPatientReader} found in an FR Core Patient: the RNIV status and attributes the
 * sender declared, the document it checked, the five traits and, for a qualified identity only,
 * the INS identity (DIS-1). It is what the sender says; to make it a local identity record, run
 * it through an {@code IdentityQualifier} (an INSi call, a document check).
 *
 * <p>{@code toString()} masks the matricule and the traits.
 *
 * @param status         the RNIV status ({@code identityStatus})
 * @param attributes     the RNIV attributes ({@code comment} codes DOUT, FICT, HOMA), possibly empty
 * @param validationMode the identity document checked ({@code validationMode}), if any
 * @param traits         the five traits
 * @param insIdentity    the INS identity (active identifier, earlier ones, the traits), present only
 *                       for a qualified identity
 */
public record InsPatient(IdentityStatus status, Set<IdentityAttribute> attributes,
        Optional<IdentityDocument> validationMode, Traits traits, Optional<InsIdentity> insIdentity) {

    /**
     * Checks the components; copies the attributes.
     *
     * @param status the RNIV status
     * @param attributes the RNIV attributes, possibly empty
     * @param validationMode the identity document checked, if any
     * @param traits the five traits
     * @param insIdentity the INS identity, present only for a qualified identity
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if an INS identity goes with a status other than
     *     {@code QUALIFIED} (DIS-1), or with other traits than {@code traits} (DIS-4)
     */
    public InsPatient {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(attributes, "attributes must not be null");
        Objects.requireNonNull(validationMode, "validationMode must not be null (use Optional.empty())");
        Objects.requireNonNull(traits, "traits must not be null");
        Objects.requireNonNull(insIdentity, "insIdentity must not be null (use Optional.empty())");
        attributes = attributes.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(attributes));
        if (insIdentity.isPresent()) {
            if (status != IdentityStatus.QUALIFIED) {
                throw new IllegalArgumentException("only a qualified identity carries the INS (DIS-1)");
            }
            if (!insIdentity.get().traits().equals(traits)) {
                throw new IllegalArgumentException("the INS goes with its own five traits (DIS-4)");
            }
        }
    }

    /**
     * Returns a masked form, e.g.
     * {@code InsPatient[QUAL, attributes [], checked on PA, InsIdentity[InsIdentifier[2 89 ** ** *** *** 18, ...]]]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "InsPatient[" + status.code() + ", attributes " + attributes + ", "
                + validationMode.map(d -> "checked on " + d.code()).orElse("no document") + ", "
                + insIdentity.map(Object::toString).orElse("no INS, " + traits) + "]";
    }
}
