/**
 * Internals of the audit: French phonetic keys, string distance, blocking keys. Not exported.
 */
@NullMarked
package io.github.ins4j.audit.internal;

import org.jspecify.annotations.NullMarked;
