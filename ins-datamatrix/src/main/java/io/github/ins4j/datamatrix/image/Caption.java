package io.github.ins4j.datamatrix.image;

/**
 * Whether a rendered symbol carries the caption « INS à scanner » that DMX-6 prints with it.
 *
 * <p>Leave it out ({@link #NONE}) when the document's layout prints the caption itself, in its own
 * font; {@link #BELOW} draws it under the symbol, outside its quiet zone.
 */
public enum Caption {
    /** The symbol and its quiet zone only. */
    NONE,
    /** The caption {@value DatamatrixSymbol#CAPTION} centred under the symbol's quiet zone. */
    BELOW
}
