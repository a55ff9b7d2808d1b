package io.github.ins4j.insi;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityEvent.InsiReverification;
import io.github.ins4j.traits.Traits;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one INSi search answered: {@link Found} ({@code 00}), {@link NotFound} ({@code 01}),
 * {@link SeveralFound} ({@code 02}) or a {@link Fault}. An answer is evidence, not a decision
 * (INSI-5): turn it into an {@link IdentityEvent} and let the core's {@code IdentityQualifier}
 * compare the traits (TRT-6) and decide the status (QUA-3, QUA-7). A fault is a technical failure,
 * never "no identity": it has no event.
 *
 * <pre>{@code
 * if (outcome instanceof InsiOutcome.Found found) {
 *     MatchReport report = found.compareWith(record.traits());   // what the qualifier will see
 *     record = qualifier.apply(record, found.toAnswerEvent(), "desk-1");
 * } else if (outcome instanceof InsiOutcome.Fault fault) {
 *     log.warn("INSi fault {}", fault.resultCode());            // nothing to apply: call again later
 * } else {
 *     record = qualifier.apply(record, outcome.answerEvent().orElseThrow(), "desk-1");   // 01, 02
 * }
 * }</pre>
 */
public sealed interface InsiOutcome permits InsiOutcome.Found, InsiOutcome.NotFound, InsiOutcome.SeveralFound,
        InsiOutcome.Fault {

    /**
     * Returns the result code: {@code 00}, {@code 01}, {@code 02}, or the fault's error code.
     *
     * @return the code
     */
    String resultCode();

    /**
     * Returns the qualification event of a search answer: {@code InsiAnswer} for {@code 00},
     * {@code 01} and {@code 02}; empty for a fault, which changes nothing (INSI-5).
     *
     * @return the event, if the outcome is an answer
     */
    Optional<InsiAnswer> answerEvent();

    /**
     * One identity found ({@code 00}): the active INS identifier built through the core factories
     * (key checked, OID deciding NIR / NIA / test, INSI-3), the earlier identifiers of
     * {@code INSHISTO} (MAT-6) and the INSi traits. {@code toString()} is masked.
     *
     * @param identity the returned identity
     */
    record Found(InsIdentity identity) implements InsiOutcome {

        /**
         * Checks the identity.
         *
         * @param identity the returned identity
         * @throws NullPointerException if it is {@code null}
         */
        public Found {
            Objects.requireNonNull(identity, "identity must not be null");
        }

        @Override
        public String resultCode() {
            return "00";
        }

        @Override
        public Optional<InsiAnswer> answerEvent() {
            return Optional.of(toAnswerEvent());
        }

        /**
         * Compares the person's traits with INSi's (TRT-6), as the qualifier will.
         *
         * @param local the person's traits
         * @return the report, masked
         */
        public MatchReport compareWith(Traits local) {
            return TraitMatcher.compare(local, identity.traits());
        }

        /**
         * The answer event for a first retrieval (QUA-3).
         *
         * @return {@code InsiAnswer.found(identity)}
         */
        public InsiAnswer toAnswerEvent() {
            return InsiAnswer.found(identity);
        }

        /**
         * The answer event when the traits gave {@code REVIEW} and a named operator confirmed.
         *
         * @param operatorId the operator who confirmed
         * @return {@code InsiAnswer.foundAfterReview(identity, operatorId)}
         */
        public InsiAnswer toAnswerEventConfirmedBy(String operatorId) {
            return InsiAnswer.foundAfterReview(identity, operatorId);
        }

        /**
         * The event of a later search on a retrieved identity (QUA-7).
         *
         * @return {@code new InsiReverification(identity)}
         */
        public InsiReverification toReverification() {
            return new InsiReverification(identity);
        }

        /**
         * Returns a masked form.
         *
         * @return e.g. {@code Found[InsIdentity[...masked...]]}
         */
        @Override
        public String toString() {
            return "Found[" + identity + "]";
        }
    }

    /** No identity found ({@code 01}); it can happen although the person exists. */
    record NotFound() implements InsiOutcome {
        @Override
        public String resultCode() {
            return "01";
        }

        @Override
        public Optional<InsiAnswer> answerEvent() {
            return Optional.of(InsiAnswer.notFound());
        }
    }

    /** Several identities found ({@code 02}): refine the traits, e.g. with the birth place. */
    record SeveralFound() implements InsiOutcome {
        @Override
        public String resultCode() {
            return "02";
        }

        @Override
        public Optional<InsiAnswer> answerEvent() {
            return Optional.of(InsiAnswer.severalFound());
        }
    }

    /** The severity of a fault ({@code severite}). */
    enum Severity {
        /** {@code information}. */
        INFORMATION,
        /** {@code avertissement}. */
        WARNING,
        /** {@code erreur}. */
        ERROR,
        /** {@code fatale}, or {@code fatal} as the service writes it in practice. */
        FATAL,
        /** A word the library does not know (INSI-8): kept in {@link Fault#severityWord()}. */
        UNKNOWN;

        /**
         * Reads a {@code severite} word, case-insensitively.
         *
         * @param word the word
         * @return the severity, {@code UNKNOWN} for any other word
         */
        public static Severity parse(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "information" -> INFORMATION;
                case "avertissement" -> WARNING;
                case "erreur" -> ERROR;
                case "fatale", "fatal" -> FATAL;
                default -> UNKNOWN;
            };
        }
    }

    /**
     * A SOAP fault: a technical failure of the call (unknown authorisation number, insufficient
     * rights, service unavailable…), never "no identity". Absent parts are empty strings.
     *
     * @param code         {@code Code/Value} without prefix: {@code Sender} or {@code Receiver}
     * @param subcode      {@code Subcode/Value} without prefix, e.g. {@code siram_40}
     * @param errorCode    the {@code code} attribute of {@code Detail/Erreur}, e.g. {@code desir_550}
     * @param severity     the severity
     * @param severityWord the severity attribute (severite) as received
     * @param text         the first {@code Reason/Text}
     * @param messageId    the message id attribute of {@code Detail/Erreur}
     */
    record Fault(String code, String subcode, String errorCode, Severity severity, String severityWord,
            String text, String messageId) implements InsiOutcome {

        /**
         * Checks that no component is {@code null}.
         *
         * @param code the fault code
         * @param subcode the subcode
         * @param errorCode the error code
         * @param severity the severity
         * @param severityWord the severity word
         * @param text the reason text
         * @param messageId the message id
         * @throws NullPointerException naming the missing component
         */
        public Fault {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(subcode, "subcode must not be null");
            Objects.requireNonNull(errorCode, "errorCode must not be null");
            Objects.requireNonNull(severity, "severity must not be null");
            Objects.requireNonNull(severityWord, "severityWord must not be null");
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(messageId, "messageId must not be null");
        }

        /**
         * Returns the error code, or the subcode when there is no {@code Erreur}.
         *
         * @return the code
         */
        @Override
        public String resultCode() {
            return errorCode.isEmpty() ? subcode : errorCode;
        }

        @Override
        public Optional<InsiAnswer> answerEvent() {
            return Optional.empty();
        }

        /**
         * Returns the codes and severity; the text is left out (it is the service's).
         *
         * @return e.g. {@code Fault[Sender/siram_40 desir_550 ERROR]}
         */
        @Override
        public String toString() {
            return "Fault[" + code + "/" + subcode + " " + errorCode + " " + severity + "]";
        }
    }
}
