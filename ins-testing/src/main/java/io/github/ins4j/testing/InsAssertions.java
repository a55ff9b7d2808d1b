package io.github.ins4j.testing;

import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.testing.assertions.ClaimedIdentityAssert;
import io.github.ins4j.testing.assertions.DisclosureDecisionAssert;
import io.github.ins4j.testing.assertions.IdentityRecordAssert;
import io.github.ins4j.testing.assertions.InsIdentifierAssert;
import io.github.ins4j.testing.assertions.InsIdentityAssert;
import io.github.ins4j.testing.assertions.InsMatriculeAssert;
import io.github.ins4j.testing.assertions.MatchReportAssert;

/**
 * The one entry point of the ins4j AssertJ assertions. Failure messages never contain personal
 * data: they use the masked {@code toString()} of ins-core (MAT-7), expected values and reasons.
 * It can be imported statically next to AssertJ's {@code Assertions.assertThat}: the overloads
 * here are more specific and win.
 *
 * <pre>{@code
 * import static io.github.ins4j.testing.InsAssertions.assertThat;
 *
 * assertThat(report).hasVerdict(Verdict.MATCH).hasOutcome(Trait.BIRTH_NAME, Outcome.EQUIVALENT);
 * assertThat(matricule).hasKey(90).isBornInCorsica();
 * assertThat(identity).isCoherent();
 * assertThat(decision).carriesIns();
 * assertThat(claimed).hasIns().hasNoRefusals();
 * }</pre>
 */
public final class InsAssertions {

    private InsAssertions() {
    }

    /**
     * Assertions on a matricule: key, sex digit, year, month, birth place, coherence.
     *
     * @param actual the matricule under test
     * @return the assertion
     */
    public static InsMatriculeAssert assertThat(InsMatricule actual) {
        return new InsMatriculeAssert(actual);
    }

    /**
     * Assertions on an INS identifier: OID (test or production, NIR or NIA).
     *
     * @param actual the identifier under test
     * @return the assertion
     */
    public static InsIdentifierAssert assertThat(InsIdentifier actual) {
        return new InsIdentifierAssert(actual);
    }

    /**
     * Assertions on an INS identity: coherence (TRT-7), OID, traits.
     *
     * @param actual the identity under test
     * @return the assertion
     */
    public static InsIdentityAssert assertThat(InsIdentity actual) {
        return new InsIdentityAssert(actual);
    }

    /**
     * Assertions on a match report: verdict and outcome per trait (TRT-6).
     *
     * @param actual the report under test
     * @return the assertion
     */
    public static MatchReportAssert assertThat(MatchReport actual) {
        return new MatchReportAssert(actual);
    }

    /**
     * Assertions on a disclosure decision: does the document carry the INS (DIS-1 to DIS-6)?
     *
     * @param actual the decision under test
     * @return the assertion
     */
    public static DisclosureDecisionAssert assertThat(DisclosureDecision actual) {
        return new DisclosureDecisionAssert(actual);
    }

    /**
     * Assertions on an identity record: status and attributes (QUA-1 to QUA-11).
     *
     * @param actual the record under test
     * @return the assertion
     */
    public static IdentityRecordAssert assertThat(IdentityRecord actual) {
        return new IdentityRecordAssert(actual);
    }

    /**
     * Assertions on what a reader returns: the INS kept, absent or refused with a reason (MAT-1,
     * MAT-5, DIS-1, DIS-4), the local identity (TRT-5), the version and status read (INT-2).
     *
     * @param actual the claimed identity under test
     * @return the assertion
     */
    public static ClaimedIdentityAssert assertThat(ClaimedIdentity actual) {
        return new ClaimedIdentityAssert(actual);
    }
}
