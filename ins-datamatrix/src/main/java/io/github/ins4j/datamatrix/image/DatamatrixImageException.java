package io.github.ins4j.datamatrix.image;

import io.github.ins4j.error.InsErrorReason;
import io.github.ins4j.error.InsException;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when no INS Datamatrix symbol can be decoded from an image (DMX-6). A symbol that is
 * decoded but whose text is not a valid INS Datamatrix payload is refused with an
 * {@link io.github.ins4j.datamatrix.DatamatrixException} instead.
 *
 * <p>The message never contains decoded text.
 *
 * <pre>{@code
 * try {
 *     InsIdentity identity = DatamatrixScanner.read(photo);
 * } catch (DatamatrixImageException e) {
 *     if (e.reason() == DatamatrixImageException.Reason.NO_SYMBOL) askForABetterPicture();
 * }
 * }</pre>
 */
public final class DatamatrixImageException extends InsException {

    private static final long serialVersionUID = 1L;

    /** Why no symbol could be decoded. */
    public enum Reason implements InsErrorReason {
        /** The bytes are not an image that {@code javax.imageio} can read (PNG, JPEG, GIF, BMP…). */
        NOT_AN_IMAGE,
        /**
         * The file has more than {@value DatamatrixScanner#MAX_BYTES} bytes, or the image (as its
         * header declares it, checked before any pixel is decoded) more than
         * {@value DatamatrixScanner#MAX_PIXELS} pixels: crop or scale the picture down (DMX-6).
         */
        TOO_LARGE,
        /** No Datamatrix symbol was found in the image. */
        NO_SYMBOL,
        /**
         * A Datamatrix symbol was found but could not be decoded: damaged beyond what its error
         * correction repairs, or blurred.
         */
        UNREADABLE_SYMBOL;

        /** {@inheritDoc} */
        @Override
        public String family() {
            return "datamatrix-image";
        }
    }

    /** Why the image was refused. */
    private final Reason reason;

    DatamatrixImageException(Reason reason, String detail, @Nullable Throwable cause) {
        super("No INS Datamatrix decoded (" + reason + "): " + detail, -1, cause);
        this.reason = reason;
    }

    /**
     * Returns why no symbol could be decoded.
     *
     * @return the reason, never {@code null}
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
