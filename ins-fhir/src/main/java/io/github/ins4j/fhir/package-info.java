/**
 * The INS in FHIR R4, following the Interop'Santé FR Core Patient INS profile, on HAPI FHIR's
 * model: {@link io.github.ins4j.fhir.InsPatientWriter} writes an
 * {@link org.hl7.fhir.r4.model.Patient} from an identity record, always through
 * {@link io.github.ins4j.disclosure.Disclosure#decide} (DIS-1 … DIS-6), and
 * {@link io.github.ins4j.fhir.InsPatientReader} reads one — FR Core 2.0, 2.1, 2.2 or the continuous
 * build — into the {@link io.github.ins4j.exchange.ClaimedIdentity} that the three readers of
 * ins4j share, refusing what contradicts the profile or the disclosure rules with its reason, the
 * local identity kept. {@link io.github.ins4j.fhir.FrCore} lists the FR Core URLs used.
 *
 * <p>ins4j ties the INS identifier to a qualified identity, following the RNIV (EXI SI 08): the
 * status {@code QUAL} of the continuous build, {@code VALI} with an INS identifier in the
 * published versions (INT-2).
 *
 * <p>Runnable example: {@code FhirExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/FhirExample.java}).
 */
@NullMarked
package io.github.ins4j.fhir;

import org.jspecify.annotations.NullMarked;
