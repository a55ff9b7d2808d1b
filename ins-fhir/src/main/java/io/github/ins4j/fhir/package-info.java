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
 * <p>The writer targets FR Core 2.2.0, the latest published version, by default, and FR Core's
 * continuous build on explicit choice ({@link io.github.ins4j.fhir.FrCoreVersion}); it returns a
 * {@link io.github.ins4j.fhir.WrittenPatient} with the version and the facts that version cannot
 * express (INT-1, INT-3). In 2.2.0 a qualified identity is {@code VALI} with its INS identifier;
 * the continuous build says {@code QUAL} (spec decision 5).
 *
 * <p>Runnable example: {@code FhirExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/FhirExample.java}).
 */
@NullMarked
package io.github.ins4j.fhir;

import org.jspecify.annotations.NullMarked;
