package io.github.ins4j.testing.insi;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.traits.Traits;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person the fake INSi server knows: the identity it returns, and whether a search without birth
 * place finds several identities ({@code 02}), as the test kit's DE VINCI does.
 *
 * <p>A search matches when the birth name, sex and birth date are those of the identity, the
 * {@code Prenom} sent is one of its birth first names, the start of the list (TRT-2) or the whole
 * list, and the birth place, when sent, is its birth place. {@code toString()} is masked.
 *
 * <pre>{@code
 * server.register(InsiPersona.of(TestIdentities.GARCIA_SARAH_LOU));
 * }</pre>
 */
public final class InsiPersona {

    private final InsIdentity identity;
    private final boolean severalWithoutBirthPlace;

    private InsiPersona(InsIdentity identity, boolean severalWithoutBirthPlace) {
        this.identity = identity;
        this.severalWithoutBirthPlace = severalWithoutBirthPlace;
    }

    /**
     * A persona found ({@code 00}) by its traits.
     *
     * @param identity the identity returned
     * @return the persona
     */
    public static InsiPersona of(InsIdentity identity) {
        return new InsiPersona(Objects.requireNonNull(identity, "identity must not be null"), false);
    }

    /**
     * Returns the same persona, for which a search without birth place answers {@code 02}.
     *
     * @return a new persona
     */
    public InsiPersona severalFoundWithoutBirthPlace() {
        return new InsiPersona(identity, true);
    }

    /**
     * Returns the identity returned for this persona.
     *
     * @return the identity
     */
    public InsIdentity identity() {
        return identity;
    }

    /**
     * Tells whether a search without birth place answers {@code 02}.
     *
     * @return {@code true} for such a persona
     */
    public boolean isSeveralFoundWithoutBirthPlace() {
        return severalWithoutBirthPlace;
    }

    boolean matches(String birthName, String firstName, String sex, String birthDate, @Nullable String place) {
        Traits t = identity.traits();
        return t.birthName().value().equals(birthName) && t.sex().code().equals(sex)
                && t.birthDate().value().equals(birthDate)
                && (t.firstNames().names().contains(firstName) || t.firstNames().isConsistentWith(firstName))
                && (place == null || t.birthPlace().value().equals(place));
    }

    /**
     * Returns a masked form.
     *
     * @return e.g. {@code InsiPersona[InsIdentity[...masked...]]}
     */
    @Override
    public String toString() {
        return "InsiPersona[" + identity + (severalWithoutBirthPlace ? ", 02 without birth place" : "") + "]";
    }
}
