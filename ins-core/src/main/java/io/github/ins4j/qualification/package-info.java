/**
 * RNIV identity qualification: {@link io.github.ins4j.qualification.IdentityStatus statuses},
 * {@link io.github.ins4j.qualification.IdentityAttribute attributes},
 * {@link io.github.ins4j.qualification.IdentityDocument identity documents}, and
 * {@link io.github.ins4j.qualification.IdentityRecord records} whose status is a consequence of
 * their {@link io.github.ins4j.qualification.IdentityEvent events}, applied by an
 * {@link io.github.ins4j.qualification.IdentityQualifier} with an audit trail (QUA-1 … QUA-11).
 *
 * <p>Runnable example: {@code QualifyIdentityExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/QualifyIdentityExample.java}).
 */
@NullMarked
package io.github.ins4j.qualification;

import org.jspecify.annotations.NullMarked;
