/**
 * Code shared by the CDA and HL7 v2 modules (the HL7 timestamp of a birth date). Exported only to
 * them ({@code exports ... to}): not part of the API of ins4j.
 */
@NullMarked
package io.github.ins4j.internal.exchange;

import org.jspecify.annotations.NullMarked;
