/**
 * The one exception family of ins4j: {@link io.github.ins4j.error.InsException} and the
 * {@link io.github.ins4j.error.InsErrorReason} that each family's reason enum implements.
 */
@NullMarked
package io.github.ins4j.error;

import org.jspecify.annotations.NullMarked;
