package io.github.ins4j.testing.assertions;

import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link InsIdentifier}: the OID tells NIR from NIA and production from
 * test (MAT-5). Messages show the identifier masked ({@code InsIdentifier[1 84 ** ** *** *** 35,
 * INS-NIR-TEST]}); OIDs are not personal data and are printed.
 *
 * <pre>{@code
 * InsAssertions.assertThat(identifier).hasTestOid().matricule().isBornAbroad();
 * }</pre>
 */
public final class InsIdentifierAssert extends AbstractAssert<InsIdentifierAssert, InsIdentifier> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(identifier)}.
     *
     * @param actual the identifier under test, may be {@code null} (then every check fails)
     */
    public InsIdentifierAssert(InsIdentifier actual) {
        super(actual, InsIdentifierAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(identifier)}.
     *
     * @param actual the identifier under test
     * @return the assertion
     */
    public static InsIdentifierAssert assertThat(InsIdentifier actual) {
        return new InsIdentifierAssert(actual);
    }

    /**
     * Checks the OID.
     *
     * @param expected the expected authority
     * @return this assertion
     */
    public InsIdentifierAssert hasOid(InsOid expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected OID must not be null");
        if (actual.oid() != expected) {
            failWithMessage("%nExpecting identifier:%n  %s%nto have OID:%n  %s (%s)%nbut had:%n  %s (%s)", actual,
                    expected.typeCode(), expected.oid(), actual.oid().typeCode(), actual.oid().oid());
        }
        return this;
    }

    /**
     * Checks that the OID is a test or demonstration one ({@code INS-NIR-TEST},
     * {@code INS-NIR-DEMO}), not a production one.
     *
     * @return this assertion
     */
    public InsIdentifierAssert hasTestOid() {
        isNotNull();
        if (actual.oid().isProduction()) {
            failWithMessage("%nExpecting identifier:%n  %s%nto have a test OID (INS-NIR-TEST or INS-NIR-DEMO)%n"
                    + "but had the production OID:%n  %s (%s)", actual, actual.oid().typeCode(), actual.oid().oid());
        }
        return this;
    }

    /**
     * Checks that the matricule is an NIA, as told by the OID (MAT-5).
     *
     * @return this assertion
     */
    public InsIdentifierAssert isNia() {
        isNotNull();
        if (!actual.oid().isNia()) {
            failWithMessage("%nExpecting identifier:%n  %s%nto be an NIA (OID INS-NIA)%nbut its OID is:%n  %s", actual,
                    actual.oid().typeCode());
        }
        return this;
    }

    /**
     * Checks that the matricule is a NIR (production, test or demonstration), as told by the OID.
     *
     * @return this assertion
     */
    public InsIdentifierAssert isNir() {
        isNotNull();
        if (!actual.oid().isNir()) {
            failWithMessage("%nExpecting identifier:%n  %s%nto be a NIR%nbut its OID is:%n  %s", actual,
                    actual.oid().typeCode());
        }
        return this;
    }

    /**
     * Goes on with assertions on the matricule.
     *
     * @return assertions on {@code actual.matricule()}
     */
    public InsMatriculeAssert matricule() {
        isNotNull();
        return new InsMatriculeAssert(actual.matricule());
    }
}
