package io.github.ins4j.testing.assertions;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.qualification.IdentityStatus;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on what a reader returns, a {@link ClaimedIdentity}: the verdict on the INS
 * (kept, absent, or refused with a reason: MAT-1, MAT-5, DIS-1, DIS-4), the local identity always
 * kept (TRT-5), the format version and status read (INT-2, INT-4). Messages show the claimed
 * identity masked ({@code ClaimedIdentity.toString()}, MAT-7) and the refusals, whose messages
 * carry no personal data.
 *
 * <pre>{@code
 * ClaimedIdentity read = PidReader.read(PidFields.parse(segment));
 * InsAssertions.assertThat(read).hasVersion(FormatVersion.IHE_PAM_FR).keepsLocalIdentity()
 *         .hasNoRefusals().ins().hasTestOid();
 * InsAssertions.assertThat(other).hasInsRefused(ExchangeException.Reason.INVALID_MATRICULE);
 * }</pre>
 */
public final class ClaimedIdentityAssert extends AbstractAssert<ClaimedIdentityAssert, ClaimedIdentity> {

    /**
     * Creates the assertion; prefer {@code InsAssertions.assertThat(claimed)}.
     *
     * @param actual the claimed identity under test, may be {@code null} (then every check fails)
     */
    public ClaimedIdentityAssert(ClaimedIdentity actual) {
        super(actual, ClaimedIdentityAssert.class);
    }

    /**
     * Entry point, also reachable through {@code InsAssertions.assertThat(claimed)}.
     *
     * @param actual the claimed identity under test
     * @return the assertion
     */
    public static ClaimedIdentityAssert assertThat(ClaimedIdentity actual) {
        return new ClaimedIdentityAssert(actual);
    }

    /**
     * Checks that the INS was kept (it passed MAT-1, MAT-5, DIS-1, DIS-4).
     *
     * @return this assertion
     */
    public ClaimedIdentityAssert hasIns() {
        isNotNull();
        if (actual.insIdentity().isEmpty()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto keep an INS%nbut it holds none%s", actual,
                    insRefusal());
        }
        return this;
    }

    /**
     * Checks that the document claimed no INS: none kept and none refused (an INS that breaks a
     * rule is refused: see {@link #hasInsRefused}).
     *
     * @return this assertion
     */
    public ClaimedIdentityAssert hasNoIns() {
        isNotNull();
        if (actual.insIdentity().isPresent()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto hold no INS%nbut it holds one", actual);
        }
        Optional<Refusal> refusal = actual.refusal(Refusal.Part.INS);
        if (refusal.isPresent()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto claim no INS%nbut an INS was claimed and "
                    + "refused: %s", actual, refusal.get());
        }
        return this;
    }

    /**
     * Checks that an INS was claimed and refused for the given reason, and is not kept.
     *
     * @param reason the expected reason, e.g. {@code INVALID_MATRICULE} (MAT-1)
     * @return this assertion
     */
    public ClaimedIdentityAssert hasInsRefused(ExchangeException.Reason reason) {
        isNotNull();
        Objects.requireNonNull(reason, "reason must not be null");
        if (actual.insIdentity().isPresent()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto have its INS refused (%s)%nbut the INS is kept",
                    actual, reason);
        }
        Optional<Refusal> refusal = actual.refusal(Refusal.Part.INS);
        if (refusal.isEmpty()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto have its INS refused (%s)%nbut no INS was refused",
                    actual, reason);
        } else if (refusal.get().reason() != reason) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto have its INS refused with reason:%n  %s%n"
                    + "but it was refused with:%n  %s", actual, reason, refusal.get());
        }
        return this;
    }

    /**
     * Checks that nothing was refused: neither the INS, nor the status, nor a trait.
     *
     * @return this assertion
     */
    public ClaimedIdentityAssert hasNoRefusals() {
        isNotNull();
        if (!actual.refusals().isEmpty()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto have no refusal%nbut found:%n  %s", actual,
                    actual.refusals());
        }
        return this;
    }

    /**
     * Checks that the local identity was kept: at least the birth name, read as typed if not in
     * strict form (TRT-5). A reader keeps it in every case, whatever was refused.
     *
     * @return this assertion
     */
    public ClaimedIdentityAssert keepsLocalIdentity() {
        isNotNull();
        if (actual.localTraits().birthName().isEmpty()) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto keep the local identity (TRT-5)%n"
                    + "but it has no birth name", actual);
        }
        return this;
    }

    /**
     * Checks whether the five traits were read in strict INS form (TRT-1 ... TRT-4).
     *
     * @param expected {@code true} if the strict traits must be there, {@code false} if refused
     * @return this assertion
     */
    public ClaimedIdentityAssert hasStrictTraits(boolean expected) {
        isNotNull();
        if (actual.traits().isPresent() != expected) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto %s the strict traits (TRT-1 ... TRT-4)%n"
                    + "but it %s", actual, expected ? "have" : "not have", expected ? "has none" : "has them");
        }
        return this;
    }

    /**
     * Checks the format version recognised.
     *
     * @param expected the expected version
     * @return this assertion
     */
    public ClaimedIdentityAssert hasVersion(FormatVersion expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected version must not be null");
        if (actual.version() != expected) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto be read as:%n  %s%nbut it was read as:%n  %s",
                    actual, expected, actual.version());
        }
        return this;
    }

    /**
     * Checks the RNIV status read (formats that carry one, INT-2).
     *
     * @param expected the expected status
     * @return this assertion
     */
    public ClaimedIdentityAssert hasStatus(IdentityStatus expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected status must not be null");
        if (actual.status().orElse(null) != expected) {
            failWithMessage("%nExpecting claimed identity:%n  %s%nto have status:%n  %s%nbut found:%n  %s", actual,
                    expected, actual.status().map(Object::toString).orElse("no status"));
        }
        return this;
    }

    /**
     * Goes on with assertions on the INS kept; fails if there is none.
     *
     * @return assertions on {@code actual.insIdentity().get()}
     */
    public InsIdentityAssert ins() {
        hasIns();
        return new InsIdentityAssert(actual.insIdentity().orElseThrow());
    }

    private String insRefusal() {
        return actual.refusal(Refusal.Part.INS).map(r -> " (refused: " + r + ")").orElse("");
    }
}
