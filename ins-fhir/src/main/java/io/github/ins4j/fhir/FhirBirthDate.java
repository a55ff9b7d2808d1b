package io.github.ins4j.fhir;

import io.github.ins4j.traits.BirthDate;
import java.time.Clock;
import java.util.OptionalInt;

/**
 * TRT-3 in FHIR, both ways: {@code birthDate} may be partial, so an uncertain birth date is written
 * with its known parts only — year, or year and month — and never as the conventional date the ANS
 * guide prescribes for fields that need a whole date (CDA, HL7 v2). <b>[decision, spec 05]</b>
 *
 * <table>
 *   <caption>Birth dates in FHIR</caption>
 *   <tr><th>birth date</th><th>FHIR {@code birthDate}</th><th>read back as</th></tr>
 *   <tr><td>exact {@code 1985-03-12}</td><td>{@code 1985-03-12}</td><td>the same</td></tr>
 *   <tr><td>day unknown {@code 1960-07-00}</td><td>{@code 1960-07}</td><td>the same</td></tr>
 *   <tr><td>month unknown {@code 1960-00-00}</td><td>{@code 1960}</td><td>the same</td></tr>
 *   <tr><td>month unknown, day known {@code 1960-00-15}</td><td>{@code 1960}</td>
 *       <td>{@code 1960-00-00}: FHIR cannot carry a day without its month</td></tr>
 *   <tr><td>{@code BirthDate.uncertain(1960-12-31)}</td><td>{@code 1960}</td>
 *       <td>{@code 1960-00-00}: only its year is known</td></tr>
 * </table>
 */
final class FhirBirthDate {

    private FhirBirthDate() {
    }

    /**
     * Returns the FHIR form of a birth date: its known parts only.
     *
     * @param date the birth date
     * @return {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     */
    static String format(BirthDate date) {
        String year = String.format("%04d", date.year());
        OptionalInt month = date.month();
        if (month.isEmpty()) {
            return year;
        }
        String yearMonth = year + String.format("-%02d", month.getAsInt());
        OptionalInt day = date.day();
        return day.isEmpty() ? yearMonth : yearMonth + String.format("-%02d", day.getAsInt());
    }

    /**
     * Reads a FHIR {@code birthDate} back: a missing month or day becomes {@code 00}, INSi's form of
     * an unknown part.
     *
     * @param fhir  the FHIR date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @param clock the clock that says what today is
     * @return the birth date
     * @throws io.github.ins4j.traits.InvalidTraitException if the text is not such a date, is
     *     impossible or in the future
     */
    static BirthDate parse(String fhir, Clock clock) {
        String strict = switch (fhir.length()) {
            case 4 -> fhir + "-00-00";
            case 7 -> fhir + "-00";
            default -> fhir;
        };
        return BirthDate.parse(strict, clock);
    }
}
