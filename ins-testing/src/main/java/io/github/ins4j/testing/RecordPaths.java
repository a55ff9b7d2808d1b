package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The event sequences that bring a new identity to each RNIV status through an
 * {@link IdentityQualifier}, the only way to build an {@link IdentityRecord} (QUA-3, QUA-4, QUA-11).
 * Path 0 is the plainest one.
 *
 * <table>
 *   <caption>Paths per status</caption>
 *   <tr><th>status</th><th>path 0</th><th>path 1</th><th>path 2</th></tr>
 *   <tr><td>PROV</td><td>created</td><td>+ INSi 01</td><td>+ INSi 02</td></tr>
 *   <tr><td>RECUP</td><td>+ INSi 00</td><td>+ INSi 01, INSi 00</td><td>+ INSi 02, INSi 00</td></tr>
 *   <tr><td>VALI</td><td>+ document</td><td>+ document</td><td>+ document</td></tr>
 *   <tr><td>QUAL</td><td>+ INSi 00, document</td><td>+ document, INSi 00</td>
 *       <td>+ carte Vitale application read</td></tr>
 * </table>
 */
final class RecordPaths {

    /** A qualifier with a fixed clock, so that audit trails are reproducible. */
    static final IdentityQualifier DEFAULT_QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2025-01-06T09:00:00Z"), ZoneOffset.UTC));

    /** The operator id written in the audit trail of generated records. */
    static final String DEFAULT_OPERATOR = "ins4j-testing";

    private RecordPaths() {
    }

    /** The high-trust documents a qualifier accepts, in declaration order. */
    static List<IdentityDocument> highTrustDocuments(IdentityQualifier qualifier) {
        return Arrays.stream(IdentityDocument.values())
                .filter(d -> d.trust() == IdentityDocument.Trust.HIGH)
                .filter(qualifier.acceptedDocuments()::contains)
                .toList();
    }

    /**
     * Builds a record of the given status whose INSi identity (for RECUP and QUAL) is {@code ins};
     * the local traits are {@code ins.traits()}.
     *
     * @param document a high-trust document accepted by the qualifier, or {@code null} when none is
     *                 (then neither VALI nor QUAL can be reached: QUA-4 applies the organisation's
     *                 list to the carte Vitale application too)
     */
    static IdentityRecord build(IdentityQualifier qualifier, String operator, InsIdentity ins,
            IdentityStatus status, int path, @Nullable IdentityDocument document) {
        IdentityRecord record = qualifier.start(ins.traits(), operator);
        switch (status) {
            case PROVISIONAL -> {
                if (path == 1) {
                    record = qualifier.apply(record, InsiAnswer.notFound(), operator);
                } else if (path == 2) {
                    record = qualifier.apply(record, InsiAnswer.severalFound(), operator);
                }
            }
            case RETRIEVED -> {
                if (path == 1) {
                    record = qualifier.apply(record, InsiAnswer.notFound(), operator);
                } else if (path == 2) {
                    record = qualifier.apply(record, InsiAnswer.severalFound(), operator);
                }
                record = qualifier.apply(record, InsiAnswer.found(ins), operator);
            }
            case VALIDATED -> record = qualifier.apply(record,
                    DocumentCheck.of(required(document, "validated (VALI)")), operator);
            case QUALIFIED -> {
                // QUA-4 / QUA-11: the carte Vitale application is one of the organisation's
                // documents; it is read only when the qualifier accepts it.
                IdentityDocument checked = required(document, "qualified (QUAL)");
                if (path == 2 && qualifier.acceptedDocuments().contains(IdentityDocument.CARTE_VITALE_APP)) {
                    record = qualifier.apply(record, CarteVitaleAppRead.of(ins), operator);
                } else if (path == 1) {
                    record = qualifier.apply(record, DocumentCheck.of(checked), operator);
                    record = qualifier.apply(record, InsiAnswer.found(ins), operator);
                } else {
                    record = qualifier.apply(record, InsiAnswer.found(ins), operator);
                    record = qualifier.apply(record, DocumentCheck.of(checked), operator);
                }
            }
        }
        if (record.status() != status) {
            throw new IllegalStateException("a generated record reached " + record.status().code()
                    + " instead of " + status.code());
        }
        return record;
    }

    private static IdentityDocument required(@Nullable IdentityDocument document, String status) {
        if (document == null) {
            throw new IllegalStateException("the qualifier accepts no high-trust document, not even the"
                    + " carte Vitale application: no identity can be " + status + " with it");
        }
        return document;
    }
}
