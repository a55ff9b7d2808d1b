package io.github.ins4j.audit;

/**
 * Receives the progress of an audit, e.g. to draw a progress bar. Called from the auditing thread.
 *
 * <pre>{@code
 * AuditProgress bar = (phase, done, total) -> System.err.print("\r" + phase + " " + done + "/" + total);
 * IdentityAudit.of(policy).run(records, bar);
 * }</pre>
 */
@FunctionalInterface
public interface AuditProgress {

    /** Ignores progress. */
    AuditProgress NONE = (phase, done, total) -> { };

    /**
     * Reports progress within a phase.
     *
     * @param phase e.g. {@code read}, or a {@link BlockingPass} name
     * @param done how much of the phase is done
     * @param total the size of the phase, or {@code -1} when unknown (reading a stream)
     */
    void onProgress(String phase, long done, long total);
}
