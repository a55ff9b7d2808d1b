/**
 * Code shared by the CDA and HL7 v2 packages (the HL7 timestamp of a birth date). Not exported:
 * not part of the API of ins4j.
 */
@NullMarked
package io.github.ins4j.internal.hl7;

import org.jspecify.annotations.NullMarked;
