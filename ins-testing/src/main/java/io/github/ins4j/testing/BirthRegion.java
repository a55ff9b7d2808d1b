package io.github.ins4j.testing;

import io.github.ins4j.matricule.MatriculeBirthPlace;
import io.github.ins4j.traits.BirthPlaceCode;

/**
 * Where a generated person was born, as the birth place of the matricule (positions 6-10) and the
 * birth place code of the traits both encode it (MAT layout, TRT-4).
 *
 * <table>
 *   <caption>Birth place codes generated for each region</caption>
 *   <tr><th>region</th><th>codes</th><th>example</th></tr>
 *   <tr><td>{@link #METROPOLITAN_FRANCE}</td><td>department 01-95 (not 20) + 3-digit commune</td>
 *       <td>{@code 69123}</td></tr>
 *   <tr><td>{@link #CORSICA}</td><td>{@code 20} + commune when born before 1976, {@code 2A} /
 *       {@code 2B} + commune from 1976</td><td>{@code 20004}, {@code 2B033}</td></tr>
 *   <tr><td>{@link #OVERSEAS}</td><td>{@code 971}-{@code 978}, {@code 984}-{@code 988} + 2-digit
 *       commune</td><td>{@code 97411}</td></tr>
 *   <tr><td>{@link #ABROAD}</td><td>{@code 99} + 3-digit INSEE country code (never {@code 99999},
 *       the unknown place)</td><td>{@code 99352}</td></tr>
 * </table>
 *
 * <pre>{@code
 * InsArbitraries.matricules().bornIn(BirthRegion.CORSICA, BirthRegion.OVERSEAS);
 * }</pre>
 */
public enum BirthRegion {
    /** A department of metropolitan France other than Corsica: {@code 01}-{@code 95} but {@code 20}. */
    METROPOLITAN_FRANCE,
    /** Corsica: {@code 20} before 1976, {@code 2A} (Corse-du-Sud) or {@code 2B} (Haute-Corse) since. */
    CORSICA,
    /** An overseas department or territory: {@code 97x} / {@code 98x}. */
    OVERSEAS,
    /** Abroad: {@code 99} and a country code. */
    ABROAD;

    /** The year Corsica was split into {@code 2A} and {@code 2B} (1 January 1976). */
    public static final int CORSICA_SPLIT_YEAR = 1976;

    /**
     * Tells the region of a matricule's birth place.
     *
     * <pre>{@code
     * BirthRegion.of(InsMatricule.parse("289042A00412088").birthPlace());   // CORSICA
     * }</pre>
     *
     * @param place the birth place of a matricule
     * @return its region; departments 91-96 of births before independence are reported as
     *     {@link #METROPOLITAN_FRANCE}, as ins-core reports them as departments
     * @throws NullPointerException if {@code place} is {@code null}
     */
    public static BirthRegion of(MatriculeBirthPlace place) {
        if (place instanceof MatriculeBirthPlace.Abroad) {
            return ABROAD;
        }
        if (place instanceof MatriculeBirthPlace.Overseas) {
            return OVERSEAS;
        }
        String department = ((MatriculeBirthPlace.Department) place).department();
        return isCorsica(department) ? CORSICA : METROPOLITAN_FRANCE;
    }

    /**
     * Tells the region of a birth place code of the traits.
     *
     * @param code the birth place code
     * @return its region
     * @throws IllegalArgumentException for {@code 99999}, the unknown place, which has no region
     * @throws NullPointerException     if {@code code} is {@code null}
     */
    public static BirthRegion of(BirthPlaceCode code) {
        switch (code.kind()) {
            case ABROAD:
                return ABROAD;
            case OVERSEAS:
                return OVERSEAS;
            case METROPOLITAN:
                return isCorsica(code.value().substring(0, 2)) ? CORSICA : METROPOLITAN_FRANCE;
            default:
                throw new IllegalArgumentException("the unknown birth place (99999) has no region");
        }
    }

    private static boolean isCorsica(String department) {
        return department.equals("20") || department.equals("2A") || department.equals("2B");
    }
}
