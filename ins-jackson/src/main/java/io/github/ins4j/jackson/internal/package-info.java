/** The JSON form's writers and readers; not part of the API. */
@NullMarked
package io.github.ins4j.jackson.internal;

import org.jspecify.annotations.NullMarked;
