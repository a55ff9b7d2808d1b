package io.github.ins4j.traits;

/**
 * The five INS traits. With the matricule and its OID they make the INS; the INS is never shared
 * without them (spec/02-traits.md).
 */
public enum Trait {
    /** Birth name (nom de naissance), INSi {@code NomNaissance}: {@link BirthName}. */
    BIRTH_NAME("birth name"),
    /** Birth first names (prénoms de naissance), INSi {@code ListePrenom}: {@link BirthFirstNames}. */
    BIRTH_FIRST_NAMES("birth first names"),
    /** Birth date, INSi {@code DateNaissance}: {@link BirthDate}. */
    BIRTH_DATE("birth date"),
    /** Sex, INSi {@code Sexe}: {@link Sex}. */
    SEX("sex"),
    /** Birth place code (INSEE COG), INSi {@code LieuNaissance}: {@link BirthPlaceCode}. */
    BIRTH_PLACE_CODE("birth place code");

    private final String label;

    Trait(String label) {
        this.label = label;
    }

    /**
     * Returns the name of the trait in plain English, for messages.
     *
     * @return e.g. {@code "birth name"}
     */
    public String label() {
        return label;
    }
}
