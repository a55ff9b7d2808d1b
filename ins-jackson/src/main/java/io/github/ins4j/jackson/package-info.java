/**
 * Jackson 2 support: {@link io.github.ins4j.jackson.InsModule} and the JSON form of ins4j.
 *
 * <h2>The JSON form, version 1</h2>
 * Written once, read forever: every stored event and history carries {@code "v": 1}. A change of
 * form is a new version; this module keeps reading every older version (golden files of each
 * version are part of its tests), and refuses a newer one with {@code UNSUPPORTED_VERSION}.
 * Reading is strict: a missing, unknown or repeated field, {@code null}, or a value of another JSON
 * type is refused ({@link io.github.ins4j.jackson.StoredFormException}); values go through their
 * ins4j factories ({@code InsMatricule.parse}, {@code BirthName.parse}…), which refuse bad values
 * with their own reasons. Values are written in full: the JSON holds personal data and must be
 * stored as such.
 *
 * <table>
 *   <caption>Values</caption>
 *   <tr><th>type</th><th>JSON</th></tr>
 *   <tr><td>{@code InsMatricule}</td><td>{@code "289046912312018"}: the 15 characters</td></tr>
 *   <tr><td>{@code InsOid}</td><td>{@code "1.2.250.1.213.1.4.8"}</td></tr>
 *   <tr><td>{@code InsIdentifier}</td><td>{@code {"matricule": ..., "oid": ...}}</td></tr>
 *   <tr><td>{@code BirthName}, {@code BirthFirstNames}, {@code BirthPlaceCode}</td>
 *       <td>the strict INSi text, e.g. {@code "GARCIA"}, {@code "SARAH-LOU MARIE"}, {@code "75056"}</td></tr>
 *   <tr><td>{@code BirthDate}</td><td>{@code "1985-03-12"}, {@code "1960-00-00"} (INSi's unknown
 *       parts); {@code "~1960-12-31"} for a date made by {@code BirthDate.uncertain} (a tilde, then
 *       its conventional date)</td></tr>
 *   <tr><td>{@code Sex}</td><td>{@code "M"} or {@code "F"}</td></tr>
 *   <tr><td>{@code Traits}</td><td>{@code {"birthName", "firstNames", "birthDate", "sex",
 *       "birthPlace"}}, all five required</td></tr>
 *   <tr><td>{@code EarlierIdentifier}</td><td>{@code {"matricule", "oid"}} and optional
 *       {@code "validFrom"}, {@code "validTo"} ({@code "2020-01-31"})</td></tr>
 *   <tr><td>{@code InsIdentity}</td><td>{@code {"matricule", "oid", "traits": {...},
 *       "history": [earlier identifiers]}}</td></tr>
 *   <tr><td>{@code IdentityStatus}, {@code IdentityAttribute}, {@code IdentityDocument},
 *       {@code InsiResult}</td><td>their codes: {@code "QUAL"}, {@code "DOUT"}, {@code "PA"},
 *       {@code "00"}</td></tr>
 *   <tr><td>{@code ExceptionContext}, {@code IdentityEvent.Kind}</td><td>their names</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Events ({@code "type"} is the {@code IdentityEvent.Kind} name)</caption>
 *   <tr><th>type</th><th>fields besides {@code "type"}</th></tr>
 *   <tr><td>{@code CREATED}, {@code TRAIT_EDIT}</td><td>{@code "traits"}</td></tr>
 *   <tr><td>{@code INSI_ANSWER}</td><td>{@code "result"} ({@code "00"}, {@code "01"},
 *       {@code "02"}); {@code "identity"} exactly with {@code "00"}; optional
 *       {@code "reviewConfirmedBy"}</td></tr>
 *   <tr><td>{@code DOCUMENT_CHECK}</td><td>{@code "document"}, optional {@code "context"}</td></tr>
 *   <tr><td>{@code ATTRIBUTE_SET}, {@code ATTRIBUTE_REMOVED}</td><td>{@code "attribute"}</td></tr>
 *   <tr><td>{@code INSI_REVERIFICATION}</td><td>{@code "identity"} (the one INSi returned)</td></tr>
 *   <tr><td>{@code CARTE_VITALE_APP_READ}</td><td>{@code "identity"}, optional
 *       {@code "reviewConfirmedBy"}</td></tr>
 *   <tr><td>{@code MERGE} (AUD-8)</td><td>{@code "retiredLocalId"}, {@code "reference"},
 *       {@code "retiredEvents"}: the retired record's recorded events, in this same form</td></tr>
 *   <tr><td>{@code UNMERGE} (AUD-8)</td><td>{@code "retiredLocalId"}, {@code "reference"}</td></tr>
 * </table>
 *
 * <p>{@code MERGE} and {@code UNMERGE} were added to version 1 before its first release; an
 * ins-jackson that predates them refuses them as an unknown type, never as another event.
 *
 * <p>An {@code IdentityEvent} alone is {@code {"v": 1, "type": ..., ...}}; a
 * {@code RecordedEvent} adds {@code "at"} (ISO-8601 UTC instant) and {@code "operator"} (the opaque
 * operator id). An {@code AuditEntry} (QUA-9, no personal data) is {@code {"at", "operator",
 * "kind", "before", "after"}} and, for INSi calls, {@code "insiResult"}.
 *
 * <p>A whole history ({@code IdentityRecord}) is
 * {@code {"v": 1, "status": "QUAL", "events": [recorded events], "auditTrail": [audit entries]}}.
 * It is read back through
 * {@link io.github.ins4j.qualification.IdentityQualifier#restore(java.util.List, java.util.List)}:
 * the events are replayed under the RNIV rules and must give exactly the stored audit trail and
 * status, so that a truncated, extended, reordered or altered history is refused with a reason
 * ({@code AUDIT_TRAIL_MISMATCH}, {@code INVALID_SEQUENCE}, a rule's reason…), never taken for
 * another one. This is a check of consistency, not a signature: someone who may rewrite the
 * storage can write another consistent history.
 *
 * <pre>{@code
 * {"v":1,"at":"2025-01-06T09:00:00Z","operator":"desk-1","type":"DOCUMENT_CHECK","document":"PA"}
 * }</pre>
 *
 * <p>Runnable example: {@code StoreIdentityExample} in the {@code ins-examples} module.
 */
@NullMarked
package io.github.ins4j.jackson;

import org.jspecify.annotations.NullMarked;
