package io.github.ins4j.testing.assertions;

import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.disclosure.DisclosureDecision.Level;
import io.github.ins4j.disclosure.DisclosureDecision.Reason;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link DisclosureDecision}: may the document carry the INS (DIS-1 to
 * DIS-6)? Messages quote the decision and its reason, never the disclosed data.
 *
 * <pre>{@code
 * InsAssertions.assertThat(Disclosure.decide(record, DocumentPurpose.BILLING)).doesNotCarryIns();
 * InsAssertions.assertThat(Disclosure.decide(qualified, DocumentPurpose.CARE_DOCUMENT)).carriesIns();
 * }</pre>
 */
public final class DisclosureDecisionAssert extends AbstractAssert<DisclosureDecisionAssert, DisclosureDecision> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(decision)}.
     *
     * @param actual the decision under test, may be {@code null} (then every check fails)
     */
    public DisclosureDecisionAssert(DisclosureDecision actual) {
        super(actual, DisclosureDecisionAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(decision)}.
     *
     * @param actual the decision under test
     * @return the assertion
     */
    public static DisclosureDecisionAssert assertThat(DisclosureDecision actual) {
        return new DisclosureDecisionAssert(actual);
    }

    /**
     * Checks that the document may carry the INS, with its five traits (DIS-1, DIS-4).
     *
     * @return this assertion
     */
    public DisclosureDecisionAssert carriesIns() {
        isNotNull();
        if (!actual.mayCarryIns()) {
            failWithMessage("%nExpecting the document to carry the INS (level INS_AND_TRAITS)%nbut the decision is:%n"
                    + "  %s%nbecause %s", actual, actual.reason().explanation());
        }
        return this;
    }

    /**
     * Checks that the document may not carry the INS (DIS-2, DIS-3): traits only, or nothing
     * identifying.
     *
     * @return this assertion
     */
    public DisclosureDecisionAssert doesNotCarryIns() {
        isNotNull();
        if (actual.mayCarryIns()) {
            failWithMessage("%nExpecting the document not to carry the INS%nbut the decision is:%n  %s%nbecause %s",
                    actual, actual.reason().explanation());
        }
        return this;
    }

    /**
     * Checks what the document may carry.
     *
     * @param expected the expected level
     * @return this assertion
     */
    public DisclosureDecisionAssert hasLevel(Level expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected level must not be null");
        if (actual.level() != expected) {
            failWithMessage("%nExpecting level:%n  %s%nbut the decision is:%n  %s%nbecause %s", expected, actual,
                    actual.reason().explanation());
        }
        return this;
    }

    /**
     * Checks why.
     *
     * @param expected the expected reason
     * @return this assertion
     */
    public DisclosureDecisionAssert hasReason(Reason expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected reason must not be null");
        if (actual.reason() != expected) {
            failWithMessage("%nExpecting reason:%n  %s%nbut the decision is:%n  %s", expected, actual);
        }
        return this;
    }
}
