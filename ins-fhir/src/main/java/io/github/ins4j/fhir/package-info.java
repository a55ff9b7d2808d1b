/**
 * The INS in FHIR R4, following the Interop'Santé FR Core Patient INS profile, on HAPI FHIR's
 * model: {@link io.github.ins4j.fhir.InsPatientWriter} writes an
 * {@link org.hl7.fhir.r4.model.Patient} from an identity record, always through
 * {@link io.github.ins4j.disclosure.Disclosure#decide} (DIS-1 … DIS-6), and
 * {@link io.github.ins4j.fhir.InsPatientReader} reads one back to an
 * {@link io.github.ins4j.fhir.InsPatient}, refusing what contradicts the profile with an
 * {@link io.github.ins4j.fhir.InsPatientException}. {@link io.github.ins4j.fhir.FrCore} lists the
 * FR Core URLs used.
 *
 * <p>ins4j ties the INS identifier to the status {@code QUAL}, following the RNIV (EXI SI 08);
 * older FR Core versions tie it to {@code VALI}.
 *
 * <p>Runnable example: {@code FhirExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/FhirExample.java}).
 */
@NullMarked
package io.github.ins4j.fhir;

import org.jspecify.annotations.NullMarked;
