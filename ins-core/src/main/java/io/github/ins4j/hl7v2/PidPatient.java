package io.github.ins4j.hl7v2;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.traits.Traits;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PidReader} read from PID fields: the INS identity when PID-3 held the INS, and the
 * five traits in every case. When the INS is present its traits are these traits (DIS-4).
 *
 * <p>Reading an INS does not qualify the identity: feed it to the RNIV process (an INSi check,
 * {@link io.github.ins4j.qualification.IdentityQualifier}) as your rules require.
 *
 * <p>Personal data: {@code toString()} is masked.
 *
 * <pre>{@code
 * PidPatient patient = PidReader.read(fields);
 * patient.insIdentity().ifPresent(ins -> link(ins.identifier()));
 * patient.traits().birthName();
 * }</pre>
 *
 * @param insIdentity the INS identity, or empty when PID-3 held no INS
 * @param traits      the five traits
 */
public record PidPatient(Optional<InsIdentity> insIdentity, Traits traits) {

    /**
     * Checks the components and that the INS identity, if any, has these traits.
     *
     * @param insIdentity the INS identity, or empty when PID-3 held no INS
     * @param traits      the five traits
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if the INS identity has other traits
     */
    public PidPatient {
        Objects.requireNonNull(insIdentity, "insIdentity must not be null; use Optional.empty()");
        Objects.requireNonNull(traits, "traits must not be null");
        if (insIdentity.isPresent() && !insIdentity.get().traits().equals(traits)) {
            throw new IllegalArgumentException("the INS identity must have the same traits (DIS-4)");
        }
    }

    /**
     * Returns a masked form, e.g. {@code PidPatient[InsIdentity[...], Traits[...]]}.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "PidPatient[" + insIdentity.map(String::valueOf).orElse("no INS") + ", " + traits + "]";
    }
}
