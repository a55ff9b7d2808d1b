package io.github.ins4j.datamatrix.image;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import io.github.ins4j.datamatrix.DatamatrixException;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.identity.InsIdentity;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Decodes an INS Datamatrix symbol from an image (DMX-6) and reads its payload strictly (DMX-4).
 *
 * <p>The image is first decoded as a "pure" symbol — a symbol and its quiet zone, straight, as
 * {@link DatamatrixSymbol} renders it — and, failing that, searched for a symbol (a photo, a scan,
 * a symbol with its caption). Transparent pixels count as white.
 *
 * <p>Hostile input: an image file is refused above {@link #MAX_BYTES} bytes, and an image above
 * {@link #MAX_PIXELS} pixels, the size an image file declares being read from its header before
 * any pixel is decoded; any failure of the image decoder on malformed bytes is
 * {@code NOT_AN_IMAGE}. Nothing but {@link io.github.ins4j.error.InsException}s comes out.
 *
 * <pre>{@code
 * InsIdentity identity = DatamatrixScanner.read(Files.readAllBytes(Path.of("scan.png")));
 * }</pre>
 */
public final class DatamatrixScanner {

    /**
     * The largest image file read, in bytes (16 MiB): a photo or a 300 dpi page scan is far
     * smaller. Larger input is refused with {@code TOO_LARGE} before it is parsed.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * The largest image decoded, in pixels (2<sup>24</sup>, e.g. 4096 × 4096; an A4 page scanned at
     * 300 dpi has 8.7 million). The size an image file declares is read from its header before any
     * pixel is decoded, so that a small file declaring 20 000 × 20 000 pixels is refused with
     * {@code TOO_LARGE} instead of exhausting the memory.
     */
    public static final int MAX_PIXELS = 1 << 24;

    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, true);
    private static final Map<DecodeHintType, Object> SEARCH = Map.of(DecodeHintType.TRY_HARDER, true);

    private DatamatrixScanner() {
    }

    /**
     * Decodes the symbol of an image and reads its payload into an INS identity.
     *
     * @param image the image
     * @return the identity, checked as by {@link InsDatamatrix#read(CharSequence)}
     * @throws DatamatrixImageException with {@code TOO_LARGE} (more than {@link #MAX_PIXELS}
     *     pixels), {@code NO_SYMBOL} or {@code UNREADABLE_SYMBOL}
     * @throws DatamatrixException      if the decoded text is not a valid INS Datamatrix payload
     * @throws NullPointerException     if {@code image} is {@code null}
     */
    public static InsIdentity read(BufferedImage image) {
        return InsDatamatrix.read(scan(image));
    }

    /**
     * Decodes the symbol of an image file's bytes (PNG, or any format {@code javax.imageio} reads)
     * and reads its payload into an INS identity.
     *
     * @param image the bytes of the image file
     * @return the identity, checked as by {@link InsDatamatrix#read(CharSequence)}
     * @throws DatamatrixImageException with {@code TOO_LARGE} (more than {@link #MAX_BYTES} bytes,
     *     or a declared size above {@link #MAX_PIXELS}, checked before decoding), {@code NOT_AN_IMAGE},
     *     {@code NO_SYMBOL} or {@code UNREADABLE_SYMBOL}
     * @throws DatamatrixException      if the decoded text is not a valid INS Datamatrix payload
     * @throws NullPointerException     if {@code image} is {@code null}
     */
    public static InsIdentity read(byte[] image) {
        return read(decodeImage(image));
    }

    /**
     * Decodes the symbol of an image into its text, without checking it: give it to
     * {@link InsDatamatrix#read(CharSequence)} or {@link InsDatamatrix#readLayout(CharSequence)}.
     *
     * @param image the image
     * @return the decoded text; personal data
     * @throws DatamatrixImageException with {@code TOO_LARGE} (more than {@link #MAX_PIXELS}
     *     pixels), {@code NO_SYMBOL} or {@code UNREADABLE_SYMBOL}
     * @throws NullPointerException     if {@code image} is {@code null}
     */
    public static String scan(BufferedImage image) {
        Objects.requireNonNull(image, "image must not be null");
        checkPixels(image.getWidth(), image.getHeight());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(luminance(image)));
        DataMatrixReader reader = new DataMatrixReader();
        try {
            return decode(reader, bitmap, PURE).getText();
        } catch (NotFoundException | ChecksumException | FormatException pure) {
            try {
                return decode(reader, bitmap, SEARCH).getText();
            } catch (NotFoundException e) {
                throw new DatamatrixImageException(DatamatrixImageException.Reason.NO_SYMBOL,
                        "no Datamatrix symbol found in the " + image.getWidth() + "x" + image.getHeight()
                        + " image; keep a quiet zone around it and the whole symbol in the picture", e);
            } catch (ChecksumException | FormatException | RuntimeException e) {
                // ZXing may also fail with an unchecked exception on a crafted image.
                throw new DatamatrixImageException(DatamatrixImageException.Reason.UNREADABLE_SYMBOL,
                        "a Datamatrix symbol was found but could not be decoded (damaged or blurred)", e);
            }
        } catch (RuntimeException pure) {
            throw new DatamatrixImageException(DatamatrixImageException.Reason.UNREADABLE_SYMBOL,
                    "the image could not be searched for a Datamatrix symbol", pure);
        }
    }

    private static Result decode(DataMatrixReader reader, BinaryBitmap bitmap, Map<DecodeHintType, Object> hints)
            throws NotFoundException, ChecksumException, FormatException {
        reader.reset();
        return reader.decode(bitmap, hints);
    }

    private static LuminanceSource luminance(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getColorModel().hasAlpha()) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        return new RGBLuminanceSource(width, height, rgb.getRGB(0, 0, width, height, null, 0, width));
    }

    private static void checkPixels(long width, long height) {
        if (width * height > MAX_PIXELS) {
            throw new DatamatrixImageException(DatamatrixImageException.Reason.TOO_LARGE, "the image has "
                    + width + "x" + height + " pixels; at most " + MAX_PIXELS + " pixels are decoded"
                    + " (crop or scale the picture down)", null);
        }
    }

    /**
     * Reads the image file: its declared size first, from the header, without decoding a pixel;
     * then its first image, if it is small enough. Any failure of the image decoder on malformed
     * bytes is a {@code NOT_AN_IMAGE}.
     */
    private static BufferedImage decodeImage(byte[] bytes) {
        Objects.requireNonNull(bytes, "image must not be null");
        if (bytes.length > MAX_BYTES) {
            throw new DatamatrixImageException(DatamatrixImageException.Reason.TOO_LARGE, "the file has "
                    + bytes.length + " bytes; at most " + MAX_BYTES + " are read", null);
        }
        // In memory: no temporary cache file for what a caller hands us.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DatamatrixImageException(DatamatrixImageException.Reason.NOT_AN_IMAGE, "the "
                        + bytes.length + " bytes are not in an image format javax.imageio reads (PNG,"
                        + " JPEG, GIF, BMP)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkPixels(reader.getWidth(0), reader.getHeight(0));
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAnImage(bytes, null);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatamatrixImageException refused) {
                throw refused;
            }
            // Image decoders throw IllegalArgumentException, IndexOutOfBoundsException... on
            // hostile bytes: one reason for all of them.
            throw notAnImage(bytes, e);
        }
    }

    private static DatamatrixImageException notAnImage(byte[] bytes, @Nullable Exception cause) {
        return new DatamatrixImageException(DatamatrixImageException.Reason.NOT_AN_IMAGE,
                "the " + bytes.length + " bytes could not be read as an image", cause);
    }
}
