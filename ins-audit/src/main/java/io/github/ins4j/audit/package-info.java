/**
 * The identity-base audit (08-audit.md): duplicates and collisions in a base of identities.
 *
 * <ul>
 *   <li>{@link io.github.ins4j.audit.IdentityAudit} audits a whole base: it reads a stream of
 *       {@link io.github.ins4j.audit.AuditRecord}s, blocks them in several passes
 *       ({@link io.github.ins4j.audit.BlockingPass}), scores the candidate pairs
 *       ({@link io.github.ins4j.audit.PairScorer}, Fellegi–Sunter on top of the INS trait matching)
 *       and returns an {@link io.github.ins4j.audit.AuditReport}: findings AUD-1 to AUD-7,
 *       clusters, indicators and counts per pass.</li>
 *   <li>{@link io.github.ins4j.audit.AuditIndex} answers "who already looks like this person?"
 *       for one new identity, with the same blocking and scoring.</li>
 * </ul>
 *
 * <p>Nothing in this package prints a trait value or a matricule: reports name local ids, rule
 * ids, trait names and agreement levels only.
 *
 * <pre>{@code
 * AuditReport report = IdentityAudit.of(AuditPolicy.defaults()).run(records);
 * report.findings(FindingKind.AUD_4);   // twins, homonyms or a wrong INS: never a merge
 * }</pre>
 */
@NullMarked
package io.github.ins4j.audit;

import org.jspecify.annotations.NullMarked;
