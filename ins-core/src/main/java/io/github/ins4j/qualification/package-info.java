/**
 * RNIV identity qualification: {@link io.github.ins4j.qualification.IdentityStatus statuses},
 * {@link io.github.ins4j.qualification.IdentityAttribute attributes},
 * {@link io.github.ins4j.qualification.IdentityDocument identity documents}, and
 * {@link io.github.ins4j.qualification.IdentityRecord records} whose status is a consequence of
 * their {@link io.github.ins4j.qualification.IdentityEvent events}, applied by an
 * {@link io.github.ins4j.qualification.IdentityQualifier} with an audit trail (QUA-1 … QUA-11).
 */
package io.github.ins4j.qualification;
