package io.github.ins4j.identity;

import org.jspecify.annotations.Nullable;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.MatriculeBirthPlace;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The coherence between a matricule and the traits (TRT-7): the matricule carries the sex digit,
 * the birth year, the birth month and the birth place, and each disagreement is listed with its
 * severity.
 *
 * <ul>
 *   <li>sex (1, 3, 7 ↔ M; 2, 4, 8 ↔ F), year (last two digits) and month (unless the month code is
 *       20-99 or the date's month is unknown): {@link Severity#ERROR};</li>
 *   <li>birth place ({@code 99} + country, or the department / overseas territory):
 *       {@link Severity#WARNING}, because codes moved over time (communes merge; Corsica {@code 20}
 *       became {@code 2A} / {@code 2B} in 1976; Seine and Seine-et-Oise were split in 1968; births in
 *       Algeria before 1962 carry department 91-94 in the NIR but a {@code 99} country code as a
 *       place); an unknown place ({@code 99999}) is a warning too.</li>
 * </ul>
 *
 * <pre>{@code
 * CoherenceReport report = CoherenceReport.check(matricule, traits);
 * if (report.hasErrors()) { ... }   // the matricule is not this person's
 * }</pre>
 *
 * <p>A report comes only from {@link #check}: it has no public constructor, so a caller cannot
 * make one that claims a coherence nobody checked.
 */
public final class CoherenceReport {

    /** How serious a disagreement is. */
    public enum Severity {
        /** The matricule cannot be this person's. */
        ERROR,
        /** Explainable by history (place codes) or by missing data: have a look. */
        WARNING
    }

    /** The part of the matricule that disagrees with the traits. */
    public enum Field {
        /** Sex digit against the sex trait. */
        SEX,
        /** Birth year (last two digits) against the birth date. */
        BIRTH_YEAR,
        /** Birth month against the birth date. */
        BIRTH_MONTH,
        /** Birth place of the matricule against the birth place code. */
        BIRTH_PLACE
    }

    /**
     * One disagreement, described without the values.
     *
     * @param field       what disagrees
     * @param severity    how serious it is
     * @param explanation what disagrees, in words
     */
    public record Disagreement(Field field, Severity severity, String explanation) {
        /**
         * Checks that no component is {@code null}.
         *
         * @param field what disagrees
         * @param severity how serious it is
         * @param explanation what disagrees, in words
         * @throws NullPointerException if one is
         */
        public Disagreement {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    private final List<Disagreement> disagreements;

    private CoherenceReport(List<Disagreement> disagreements) {
        this.disagreements = List.copyOf(disagreements);
    }

    /**
     * Returns the disagreements found, in the order sex, year, month, place.
     *
     * @return an unmodifiable list, empty when coherent
     */
    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /**
     * Checks a matricule against traits (TRT-7).
     *
     * @param matricule the matricule
     * @param traits    the traits
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     */
    public static CoherenceReport check(InsMatricule matricule, Traits traits) {
        Objects.requireNonNull(traits, "traits must not be null");
        return check(matricule, traits.sex(), traits.birthDate(), traits.birthPlace());
    }

    /**
     * Checks a matricule against the traits it carries a part of (TRT-7): for callers that hold
     * only those, such as a form or a DTO.
     *
     * @param matricule  the matricule
     * @param sex        the sex
     * @param birthDate  the birth date
     * @param birthPlace the birth place code
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     */
    public static CoherenceReport check(InsMatricule matricule, Sex sex, BirthDate birthDate,
            BirthPlaceCode birthPlace) {
        Objects.requireNonNull(matricule, "matricule must not be null");
        Objects.requireNonNull(sex, "sex must not be null");
        Objects.requireNonNull(birthDate, "birthDate must not be null");
        Objects.requireNonNull(birthPlace, "birthPlace must not be null");
        List<Disagreement> found = new ArrayList<>(4);
        if (Sex.fromSexDigit(matricule.sexDigit()) != sex) {
            found.add(new Disagreement(Field.SEX, Severity.ERROR,
                    "the sex digit of the matricule does not match the sex"));
        }
        if (matricule.birthYearTwoDigits() != birthDate.year() % 100) {
            found.add(new Disagreement(Field.BIRTH_YEAR, Severity.ERROR,
                    "the birth year of the matricule does not match the birth date"));
        }
        if (matricule.birthMonth().isPresent() && birthDate.month().isPresent()
                && matricule.birthMonth().getAsInt() != birthDate.month().getAsInt()) {
            found.add(new Disagreement(Field.BIRTH_MONTH, Severity.ERROR,
                    "the birth month of the matricule does not match the birth date"));
        }
        checkPlace(matricule.birthPlace(), birthPlace, found);
        return new CoherenceReport(found);
    }

    private static void checkPlace(MatriculeBirthPlace inMatricule, BirthPlaceCode place,
            List<Disagreement> found) {
        String code = place.value();
        String detail;
        switch (place.kind()) {
            case UNKNOWN:
                found.add(new Disagreement(Field.BIRTH_PLACE, Severity.WARNING,
                        "the birth place is unknown (99999)"));
                return;
            case ABROAD:
                if (inMatricule.code().equals(code)) {
                    return;
                }
                detail = inMatricule instanceof MatriculeBirthPlace.Abroad
                        ? "the country of birth of the matricule differs from the birth place code"
                        : "the matricule gives a birth in France, the birth place code a birth abroad"
                        + " (e.g. Algeria before 1962)";
                break;
            case OVERSEAS:
                if (inMatricule.code().startsWith(code.substring(0, 3))) {
                    return;
                }
                detail = "the overseas territory of the matricule differs from the birth place code";
                break;
            default:
                if (inMatricule.code().startsWith(code.substring(0, 2))) {
                    return;
                }
                detail = "the department of the matricule differs from the birth place code"
                        + " (codes moved over time: Corsica 20 / 2A / 2B, Seine split in 1968…)";
                break;
        }
        found.add(new Disagreement(Field.BIRTH_PLACE, Severity.WARNING, detail));
    }

    /**
     * Tells whether a disagreement is an error: the matricule cannot be this person's.
     *
     * @return {@code true} when at least one error was found
     */
    public boolean hasErrors() {
        return disagreements.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Tells whether nothing disagrees, not even a warning.
     *
     * @return {@code true} when the list is empty
     */
    public boolean isCoherent() {
        return disagreements.isEmpty();
    }

    /**
     * Compares the disagreements.
     *
     * @param other the object to compare with
     * @return whether the reports list the same disagreements
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CoherenceReport && ((CoherenceReport) other).disagreements.equals(disagreements);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return disagreements.hashCode();
    }

    /**
     * Returns e.g. {@code CoherenceReport[SEX ERROR, BIRTH_PLACE WARNING]}, without values.
     *
     * @return the fields and severities
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CoherenceReport[");
        for (int i = 0; i < disagreements.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(disagreements.get(i).field()).append(' ')
                    .append(disagreements.get(i).severity());
        }
        return sb.append(']').toString();
    }
}
