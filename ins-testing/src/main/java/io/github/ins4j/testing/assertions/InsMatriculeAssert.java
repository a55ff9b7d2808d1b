package io.github.ins4j.testing.assertions;

import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.testing.BirthRegion;
import io.github.ins4j.traits.Traits;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link InsMatricule}. Failure messages show the matricule only in its
 * masked form (MAT-7, {@code 1 84 ** ** *** *** 35}) and never its 13 first characters: they print
 * the expected value and, when the masked form shows it anyway (sex digit, year, key), the actual
 * one.
 *
 * <pre>{@code
 * InsAssertions.assertThat(InsMatricule.parse("198082B03301590"))
 *         .hasKey(90)
 *         .hasSexDigit(1)
 *         .isBornInCorsica();
 * }</pre>
 */
public final class InsMatriculeAssert extends AbstractAssert<InsMatriculeAssert, InsMatricule> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(matricule)}.
     *
     * @param actual the matricule under test, may be {@code null} (then every check fails)
     */
    public InsMatriculeAssert(InsMatricule actual) {
        super(actual, InsMatriculeAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(matricule)}.
     *
     * @param actual the matricule under test
     * @return the assertion
     */
    public static InsMatriculeAssert assertThat(InsMatricule actual) {
        return new InsMatriculeAssert(actual);
    }

    /**
     * Checks the key, positions 14-15 (MAT-1).
     *
     * @param expected the expected key, 1-97
     * @return this assertion
     */
    public InsMatriculeAssert hasKey(int expected) {
        isNotNull();
        if (actual.key() != expected) {
            failWithMessage("%nExpecting matricule:%n  %s%nto have key:%n  %02d%nbut had:%n  %02d", actual,
                    expected, actual.key());
        }
        return this;
    }

    /**
     * Checks the sex digit, position 1 (1, 2, 3, 4, 7 or 8).
     *
     * @param expected the expected sex digit
     * @return this assertion
     */
    public InsMatriculeAssert hasSexDigit(int expected) {
        isNotNull();
        if (actual.sexDigit() != expected) {
            failWithMessage("%nExpecting matricule:%n  %s%nto have sex digit:%n  %d%nbut had:%n  %d", actual,
                    expected, actual.sexDigit());
        }
        return this;
    }

    /**
     * Checks the last two digits of the birth year, positions 2-3.
     *
     * @param expected the expected two digits, 0-99
     * @return this assertion
     */
    public InsMatriculeAssert hasBirthYear(int expected) {
        isNotNull();
        if (actual.birthYearTwoDigits() != expected) {
            failWithMessage("%nExpecting matricule:%n  %s%nto have birth year:%n  %02d%nbut had:%n  %02d", actual,
                    expected, actual.birthYearTwoDigits());
        }
        return this;
    }

    /**
     * Checks the birth month, positions 4-5. The actual month is masked (MAT-7) and not printed.
     *
     * @param expected the expected month, 1-12
     * @return this assertion
     */
    public InsMatriculeAssert hasBirthMonth(int expected) {
        isNotNull();
        if (actual.birthMonthCode() != expected) {
            failWithMessage("%nExpecting matricule:%n  %s%nto have birth month:%n  %02d%nbut it has %s", actual,
                    expected, actual.birthMonth().isPresent()
                            ? "another month (not shown: personal data)" : "an unknown month (code 20-99)");
        }
        return this;
    }

    /**
     * Checks that the birth month is unknown: month code 20-99 (MAT-4).
     *
     * @return this assertion
     */
    public InsMatriculeAssert hasUnknownBirthMonth() {
        isNotNull();
        if (actual.birthMonth().isPresent()) {
            failWithMessage("%nExpecting matricule:%n  %s%nto have an unknown birth month (code 20-99)%n"
                    + "but it has a month 01-12 (not shown: personal data)", actual);
        }
        return this;
    }

    /**
     * Checks the region of the birth place, positions 6-10.
     *
     * @param expected the expected region
     * @return this assertion
     */
    public InsMatriculeAssert isBornIn(BirthRegion expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected region must not be null");
        BirthRegion region = BirthRegion.of(actual.birthPlace());
        if (region != expected) {
            failWithMessage("%nExpecting matricule:%n  %s%nto be born in:%n  %s%nbut its birth place is:%n  %s (%s)",
                    actual, expected, actual.birthPlace(), region);
        }
        return this;
    }

    /**
     * Checks that the birth place is in Corsica: department {@code 2A}, {@code 2B} or {@code 20}.
     *
     * @return this assertion
     */
    public InsMatriculeAssert isBornInCorsica() {
        return isBornIn(BirthRegion.CORSICA);
    }

    /**
     * Checks that the birth place is abroad: {@code 99} + country code.
     *
     * @return this assertion
     */
    public InsMatriculeAssert isBornAbroad() {
        return isBornIn(BirthRegion.ABROAD);
    }

    /**
     * Checks that the birth place is overseas: {@code 97x} / {@code 98x}.
     *
     * @return this assertion
     */
    public InsMatriculeAssert isBornOverseas() {
        return isBornIn(BirthRegion.OVERSEAS);
    }

    /**
     * Checks that the birth place is a department of metropolitan France other than Corsica.
     *
     * @return this assertion
     */
    public InsMatriculeAssert isBornInMetropolitanFrance() {
        return isBornIn(BirthRegion.METROPOLITAN_FRANCE);
    }

    /**
     * Checks that the matricule agrees with the traits (TRT-7): no disagreement at all, neither
     * error (sex, year, month) nor warning (birth place). The message lists the disagreements,
     * without values.
     *
     * @param traits the traits
     * @return this assertion
     * @throws NullPointerException if {@code traits} is {@code null}
     */
    public InsMatriculeAssert isCoherentWith(Traits traits) {
        isNotNull();
        CoherenceReport report = CoherenceReport.check(actual, Objects.requireNonNull(traits, "traits"));
        if (!report.isCoherent()) {
            failWithMessage("%nExpecting matricule:%n  %s%nto be coherent with the traits (TRT-7)%nbut found:%s",
                    actual, Describe.disagreements(report));
        }
        return this;
    }
}
