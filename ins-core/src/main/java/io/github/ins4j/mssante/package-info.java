/**
 * The MSSanté patient address {@code <matricule>@patient.mssante.fr} (MSS-1 … MSS-4): derived only
 * from a qualified identity with a production OID ({@link io.github.ins4j.mssante.MssantePatientAddress#from}),
 * parsed back with its checks, masked in {@code toString()}.
 *
 * <p>Runnable example: {@code DisclosureExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/DisclosureExample.java}).
 */
@NullMarked
package io.github.ins4j.mssante;

import org.jspecify.annotations.NullMarked;
