package io.github.ins4j.qualification;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One line of the audit trail (QUA-9): when, which operator or process, which kind of event, the
 * status before and after, and the INSi result code. Never the matricule nor the traits.
 *
 * @param at         when
 * @param operatorId the operator or automatic process (opaque id given by the caller)
 * @param kind       the kind of event
 * @param before     the status before
 * @param after      the status after
 * @param insiResult the INSi result code, for INSi calls
 */
public record AuditEntry(Instant at, String operatorId, IdentityEvent.Kind kind, IdentityStatus before,
        IdentityStatus after, Optional<InsiResult> insiResult) {

    /**
     * Checks the components.
     *
     * @param at when
     * @param operatorId the operator or automatic process (opaque id given by the caller)
     * @param kind the kind of event
     * @param before the status before
     * @param after the status after
     * @param insiResult the INSi result code, for INSi calls
     * @throws NullPointerException if a component is {@code null}
     */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(insiResult, "insiResult");
    }

    /**
     * Counts the INSi calls per operator over a period (QUA-10), to compare with the number of
     * prescriptions and spot misuse.
     *
     * <pre>{@code
     * Map<String, Long> calls = AuditEntry.insiCallsPerOperator(allEntries, monday, nextMonday);
     * }</pre>
     *
     * @param entries the audit entries of any number of records
     * @param from    start of the period, inclusive
     * @param to      end of the period, exclusive
     * @return operator id → number of INSi calls, sorted by operator id
     */
    public static Map<String, Long> insiCallsPerOperator(Collection<AuditEntry> entries, Instant from,
            Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, Long> counts = new TreeMap<>();
        for (AuditEntry entry : entries) {
            if (entry.kind().isInsiCall() && !entry.at().isBefore(from) && entry.at().isBefore(to)) {
                counts.merge(entry.operatorId(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
