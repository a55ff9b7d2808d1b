/**
 * The INS Datamatrix symbol (DMX-6): {@link io.github.ins4j.datamatrix.image.DatamatrixSymbol}
 * encodes the payload of a qualified identity as an ECC 200 square symbol, header in C40, and
 * renders it as PNG or SVG with its quiet zone and, on request, its caption « INS à scanner »;
 * {@link io.github.ins4j.datamatrix.image.DatamatrixScanner} decodes a symbol from an image and
 * reads it back strictly into an {@link io.github.ins4j.identity.InsIdentity}. Encoding and
 * decoding are done by ZXing.
 *
 * <p>The payload itself (DMX-1 … DMX-5) is in {@link io.github.ins4j.datamatrix} of ins-core.
 *
 * <p>Runnable example: {@code DatamatrixExample} in the {@code ins-examples} module
 * ({@code ins-examples/src/main/java/io/github/ins4j/examples/DatamatrixExample.java}).
 */
@NullMarked
package io.github.ins4j.datamatrix.image;

import org.jspecify.annotations.NullMarked;
