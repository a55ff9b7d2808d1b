package io.github.ins4j.conformance;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.Arrays;
import java.util.Optional;

/**
 * The validator errors that come from terminology the FR Core 2.2.0 package does not carry, and
 * that the conformance tests therefore tolerate — by message id AND by the code system the message
 * names, so that the same message id about anything else still fails the build.
 *
 * <p>FR Core 2.2.0 depends on {@code ans.fr.terminologies} 1.7.0, the ANS terminologies, which is
 * not on Maven Central and is not in the package. Its extension {@code fr-core-address-insee-code}
 * has a <em>required</em> binding to {@code fr-core-vs-insee-code}, which includes the whole ANS
 * code system TRE_R13 (communes and overseas). Without that code system the validator can neither
 * expand the value set nor look the code up, whatever the code: it says so three times per birth
 * place. What this leaves unchecked: that the INSEE code of a birth place is in TRE_R13 (ins4j
 * checks its layout, TRT-4; whether a code of a birth abroad, {@code 99xxx}, belongs to TRE_R13 is
 * FR Core's stated use, not checked here).
 */
enum Tolerated {

    /** "Unable to expand ValueSet because CodeSystem could not be found: …TRE_R13…|20250328120000". */
    TRE_R13_NOT_EXPANDED("Terminology_PassThrough_TX_Message",
            "ans.fr.terminologies (ANS TRE_R13) is not in the package: fr-core-vs-insee-code cannot be expanded",
            "Unable to expand ValueSet because CodeSystem could not be found: " + Codes.TRE_R13 + "|"),

    /** "CodeSystem is unknown and can't be validated: …TRE_R13… for '…TRE_R13…#69123'". */
    TRE_R13_UNKNOWN("Terminology_PassThrough_TX_Message",
            "ans.fr.terminologies (ANS TRE_R13) is not in the package: the INSEE code cannot be looked up",
            "CodeSystem is unknown and can't be validated: " + Codes.TRE_R13 + " for '" + Codes.TRE_R13 + "#"),

    /** "The Coding provided (…TRE_R13…#69123) was not found in the value set 'FR Core ValueSet INSEE code'". */
    TRE_R13_REQUIRED_BINDING("Terminology_TX_NoValid_12",
            "ans.fr.terminologies (ANS TRE_R13) is not in the package: the required binding of"
                    + " fr-core-address-insee-code to fr-core-vs-insee-code cannot be checked",
            "The Coding provided (" + Codes.TRE_R13 + "#",
            "(https://hl7.fr/ig/fhir/core/ValueSet/fr-core-vs-insee-code|2.2.0)",
            "CodeSystem is unknown and can't be validated: " + Codes.TRE_R13);

    /** Holder of the code system URL, usable in the constants above. */
    static final class Codes {
        /** ANS TRE_R13 (communes, overseas): where FR Core's INSEE codes come from. */
        static final String TRE_R13 = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM";

        private Codes() {
        }
    }

    private final String messageId;
    private final String reason;
    private final String[] markers;

    Tolerated(String messageId, String reason, String... markers) {
        this.messageId = messageId;
        this.reason = reason;
        this.markers = markers;
    }

    String messageId() {
        return messageId;
    }

    String reason() {
        return reason;
    }

    /** The tolerance a validator message falls under, if any. */
    static Optional<Tolerated> of(SingleValidationMessage message) {
        String text = message.getMessage() == null ? "" : message.getMessage();
        return Arrays.stream(values())
                .filter(t -> t.messageId.equals(message.getMessageId()))
                .filter(t -> Arrays.stream(t.markers).allMatch(text::contains))
                .findFirst();
    }
}
