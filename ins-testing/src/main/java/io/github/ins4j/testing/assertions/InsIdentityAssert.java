package io.github.ins4j.testing.assertions;

import io.github.ins4j.identity.CoherenceReport;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link InsIdentity}: coherence of the matricule with the traits (TRT-7),
 * OID, traits. Messages show the identity masked and name disagreeing fields or traits without
 * their values.
 *
 * <pre>{@code
 * InsAssertions.assertThat(TestIdentities.SANTONI_MARIE_ANTOINETTE)
 *         .isCoherent()
 *         .hasTestOid()
 *         .matricule().isBornInCorsica();
 * }</pre>
 */
public final class InsIdentityAssert extends AbstractAssert<InsIdentityAssert, InsIdentity> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(identity)}.
     *
     * @param actual the identity under test, may be {@code null} (then every check fails)
     */
    public InsIdentityAssert(InsIdentity actual) {
        super(actual, InsIdentityAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(identity)}.
     *
     * @param actual the identity under test
     * @return the assertion
     */
    public static InsIdentityAssert assertThat(InsIdentity actual) {
        return new InsIdentityAssert(actual);
    }

    /**
     * Checks that the matricule agrees with the traits (TRT-7): no disagreement at all, neither
     * error nor warning ({@code identity.coherence().isCoherent()}).
     *
     * @return this assertion
     */
    public InsIdentityAssert isCoherent() {
        isNotNull();
        CoherenceReport report = actual.coherence();
        if (!report.isCoherent()) {
            failWithMessage("%nExpecting identity:%n  %s%nto be coherent (TRT-7)%nbut found:%s", actual,
                    Describe.disagreements(report));
        }
        return this;
    }

    /**
     * Checks that no TRT-7 disagreement is an error (sex, year, month); warnings (birth place)
     * are allowed.
     *
     * @return this assertion
     */
    public InsIdentityAssert hasNoCoherenceErrors() {
        isNotNull();
        CoherenceReport report = actual.coherence();
        if (report.hasErrors()) {
            failWithMessage("%nExpecting identity:%n  %s%nto have no coherence error (TRT-7)%nbut found:%s", actual,
                    Describe.disagreements(report));
        }
        return this;
    }

    /**
     * Checks that at least one TRT-7 disagreement is an error: the matricule cannot be this
     * person's.
     *
     * @return this assertion
     */
    public InsIdentityAssert hasCoherenceErrors() {
        isNotNull();
        CoherenceReport report = actual.coherence();
        if (!report.hasErrors()) {
            failWithMessage("%nExpecting identity:%n  %s%nto have a coherence error (TRT-7)%nbut found:%s", actual,
                    Describe.disagreements(report));
        }
        return this;
    }

    /**
     * Checks that the coherence check reports a disagreement on the given field.
     *
     * @param field the field, e.g. {@code BIRTH_PLACE}
     * @return this assertion
     */
    public InsIdentityAssert hasDisagreementOn(CoherenceReport.Field field) {
        isNotNull();
        Objects.requireNonNull(field, "field must not be null");
        CoherenceReport report = actual.coherence();
        if (report.disagreements().stream().noneMatch(d -> d.field() == field)) {
            failWithMessage("%nExpecting identity:%n  %s%nto have a disagreement on %s (TRT-7)%nbut found:%s", actual,
                    field, Describe.disagreements(report));
        }
        return this;
    }

    /**
     * Checks the OID of the active identifier.
     *
     * @param expected the expected authority
     * @return this assertion
     */
    public InsIdentityAssert hasOid(InsOid expected) {
        identifier().hasOid(expected);
        return this;
    }

    /**
     * Checks that the OID of the active identifier is a test or demonstration one.
     *
     * @return this assertion
     */
    public InsIdentityAssert hasTestOid() {
        identifier().hasTestOid();
        return this;
    }

    /**
     * Checks the traits (TRT-8, strict forms equal). The message names the traits that differ,
     * without their values.
     *
     * @param expected the expected traits
     * @return this assertion
     */
    public InsIdentityAssert hasTraits(Traits expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected traits must not be null");
        Traits traits = actual.traits();
        List<String> differing = new ArrayList<>();
        add(differing, Trait.BIRTH_NAME, traits.birthName(), expected.birthName());
        add(differing, Trait.BIRTH_FIRST_NAMES, traits.firstNames(), expected.firstNames());
        add(differing, Trait.BIRTH_DATE, traits.birthDate(), expected.birthDate());
        add(differing, Trait.SEX, traits.sex(), expected.sex());
        add(differing, Trait.BIRTH_PLACE_CODE, traits.birthPlace(), expected.birthPlace());
        if (!differing.isEmpty()) {
            failWithMessage("%nExpecting identity:%n  %s%nto have the expected traits%nbut these differ "
                    + "(values not shown: personal data):%n  %s", actual, String.join(", ", differing));
        }
        return this;
    }

    private static void add(List<String> differing, Trait trait, Object actual, Object expected) {
        if (!actual.equals(expected)) {
            differing.add(trait.label());
        }
    }

    /**
     * Goes on with assertions on the active identifier.
     *
     * @return assertions on {@code actual.identifier()}
     */
    public InsIdentifierAssert identifier() {
        isNotNull();
        return new InsIdentifierAssert(actual.identifier());
    }

    /**
     * Goes on with assertions on the active matricule.
     *
     * @return assertions on {@code actual.identifier().matricule()}
     */
    public InsMatriculeAssert matricule() {
        isNotNull();
        return new InsMatriculeAssert(actual.identifier().matricule());
    }
}
