package io.github.ins4j.exchange;

import java.util.Objects;

/**
 * A part of a document that a reader did not keep, and why: the INS (wrong key, two INS, an INS
 * on an identity the document itself says is not qualified, traits not in INS form), the status,
 * or the strict traits. The rest of the document is still read (issue of the readers: refusing the
 * whole document is for structural errors only, {@link ExchangeException}).
 *
 * <p>The message names the element and the rule, never a value: it can be logged.
 *
 * <pre>{@code
 * ClaimedIdentity read = PidReader.read(fields);
 * for (Refusal refusal : read.refusals()) {
 *     log.warn("{} refused: {} ({})", refusal.part(), refusal.reason(), refusal.message());
 * }
 * }</pre>
 */
public final class Refusal {

    /** What part of the document was not kept. */
    public enum Part {
        /** The INS (matricule and OID): {@link ClaimedIdentity#insIdentity()} is empty. */
        INS,
        /**
         * The RNIV status or one of its facts (FHIR): the status, when refused, is empty; an
         * unknown validation mode leaves the status and drops the mode.
         */
        STATUS,
        /**
         * The strict traits: {@link ClaimedIdentity#traits()} is empty; the local traits keep what
         * could be read.
         */
        TRAITS
    }

    private final Part part;
    private final ExchangeException.Reason reason;
    private final String message;

    private Refusal(Part part, ExchangeException.Reason reason, String message) {
        this.part = part;
        this.reason = reason;
        this.message = message;
    }

    /**
     * Makes a refusal.
     *
     * @param part    what was not kept
     * @param reason  why
     * @param message the element and the rule at fault, without personal data
     * @return the refusal
     * @throws NullPointerException if an argument is {@code null}
     */
    static Refusal of(Part part, ExchangeException.Reason reason, String message) {
        return new Refusal(Objects.requireNonNull(part, "part must not be null"),
                Objects.requireNonNull(reason, "reason must not be null"),
                Objects.requireNonNull(message, "message must not be null"));
    }

    /**
     * Returns what part of the document was not kept.
     *
     * @return the part
     */
    public Part part() {
        return part;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public ExchangeException.Reason reason() {
        return reason;
    }

    /**
     * Returns the element and the rule at fault, without personal data.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * Returns e.g. {@code Refusal[INS, INVALID_MATRICULE: the INS id extension is not ...]}.
     *
     * @return the part, the reason and the message
     */
    @Override
    public String toString() {
        return "Refusal[" + part + ", " + reason + ": " + message + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Refusal r && r.part == part && r.reason == reason && r.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, reason, message);
    }
}
