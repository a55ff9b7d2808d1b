/**
 * The INS Datamatrix (DMX-1 … DMX-5): the text of the 2D code printed on health documents that
 * carry the INS. {@link io.github.ins4j.datamatrix.InsDatamatrix#write} writes it from a
 * disclosure decision that carries the INS (DMX-5); {@link io.github.ins4j.datamatrix.InsDatamatrix#read} reads it back strictly
 * into an {@link io.github.ins4j.identity.InsIdentity};
 * {@link io.github.ins4j.datamatrix.InsDatamatrix#readLayout} reads only its
 * {@link io.github.ins4j.datamatrix.DatamatrixLayout layout}; every refusal is a
 * {@link io.github.ins4j.datamatrix.DatamatrixException} with its reason and
 * {@link io.github.ins4j.datamatrix.DatamatrixField field}.
 *
 * <p>Rendering the symbol itself (DMX-6) and decoding it from an image is the job of the
 * {@code ins-datamatrix} module ({@code io.github.ins4j.datamatrix.image}).
 *
 * <p>Runnable example: {@code DatamatrixExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/DatamatrixExample.java}).
 */
@NullMarked
package io.github.ins4j.datamatrix;

import org.jspecify.annotations.NullMarked;
