package io.github.ins4j.testing.assertions;

import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link IdentityRecord}: RNIV status and attributes (QUA-1 to QUA-11).
 * Messages show the record as its {@code toString()} does: status, attributes and number of
 * events, no personal data.
 *
 * <pre>{@code
 * InsAssertions.assertThat(record).hasStatus(IdentityStatus.RETRIEVED).hasInsIdentity();
 * }</pre>
 */
public final class IdentityRecordAssert extends AbstractAssert<IdentityRecordAssert, IdentityRecord> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(record)}.
     *
     * @param actual the record under test, may be {@code null} (then every check fails)
     */
    public IdentityRecordAssert(IdentityRecord actual) {
        super(actual, IdentityRecordAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(record)}.
     *
     * @param actual the record under test
     * @return the assertion
     */
    public static IdentityRecordAssert assertThat(IdentityRecord actual) {
        return new IdentityRecordAssert(actual);
    }

    /**
     * Checks the status.
     *
     * @param expected the expected status
     * @return this assertion
     */
    public IdentityRecordAssert hasStatus(IdentityStatus expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected status must not be null");
        if (actual.status() != expected) {
            failWithMessage("%nExpecting record:%n  %s%nto have status:%n  %s (%s)%nbut had:%n  %s (%s)", actual,
                    expected, expected.code(), actual.status(), actual.status().code());
        }
        return this;
    }

    /**
     * Checks that the record is qualified ({@code QUAL}), the only status whose INS may travel.
     *
     * @return this assertion
     */
    public IdentityRecordAssert isQualified() {
        return hasStatus(IdentityStatus.QUALIFIED);
    }

    /**
     * Checks that an attribute is set.
     *
     * @param expected the attribute
     * @return this assertion
     */
    public IdentityRecordAssert hasAttribute(IdentityAttribute expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected attribute must not be null");
        if (!actual.attributes().contains(expected)) {
            failWithMessage("%nExpecting record:%n  %s%nto have the attribute:%n  %s (%s)", actual, expected,
                    expected.code());
        }
        return this;
    }

    /**
     * Checks that the record holds a usable INS identity (retrieved and not invalidated, QUA-5).
     *
     * @return this assertion
     */
    public IdentityRecordAssert hasInsIdentity() {
        isNotNull();
        if (actual.insIdentity().isEmpty()) {
            failWithMessage("%nExpecting record:%n  %s%nto hold an INS identity%nbut it holds none", actual);
        }
        return this;
    }

    /**
     * Checks that the record holds no usable INS identity.
     *
     * @return this assertion
     */
    public IdentityRecordAssert hasNoInsIdentity() {
        isNotNull();
        if (actual.insIdentity().isPresent()) {
            failWithMessage("%nExpecting record:%n  %s%nto hold no INS identity%nbut it holds:%n  %s", actual,
                    actual.insIdentity().get());
        }
        return this;
    }

    /**
     * Goes on with assertions on the INS identity the record holds.
     *
     * @return assertions on {@code actual.insIdentity().get()}
     */
    public InsIdentityAssert insIdentity() {
        hasInsIdentity();
        return new InsIdentityAssert(actual.insIdentity().get());
    }
}
