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
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Decodes an INS Datamatrix symbol from an image (DMX-6) and reads its payload strictly (DMX-4).
 *
 * <p>The image is first decoded as a "pure" symbol — a symbol and its quiet zone, straight, as
 * {@link DatamatrixSymbol} renders it — and, failing that, searched for a symbol (a photo, a scan,
 * a symbol with its caption). Transparent pixels count as white.
 *
 * <pre>{@code
 * InsIdentity identity = DatamatrixScanner.read(Files.readAllBytes(Path.of("scan.png")));
 * }</pre>
 */
public final class DatamatrixScanner {

    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, true);
    private static final Map<DecodeHintType, Object> SEARCH = Map.of(DecodeHintType.TRY_HARDER, true);

    private DatamatrixScanner() {
    }

    /**
     * Decodes the symbol of an image and reads its payload into an INS identity.
     *
     * @param image the image
     * @return the identity, checked as by {@link InsDatamatrix#read(CharSequence)}
     * @throws DatamatrixImageException with {@code NO_SYMBOL} or {@code UNREADABLE_SYMBOL}
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
     * @throws DatamatrixImageException with {@code NOT_AN_IMAGE}, {@code NO_SYMBOL} or
     *     {@code UNREADABLE_SYMBOL}
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
     * @throws DatamatrixImageException with {@code NO_SYMBOL} or {@code UNREADABLE_SYMBOL}
     * @throws NullPointerException     if {@code image} is {@code null}
     */
    public static String scan(BufferedImage image) {
        Objects.requireNonNull(image, "image must not be null");
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
            } catch (ChecksumException | FormatException e) {
                throw new DatamatrixImageException(DatamatrixImageException.Reason.UNREADABLE_SYMBOL,
                        "a Datamatrix symbol was found but could not be decoded (damaged or blurred)", e);
            }
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

    private static BufferedImage decodeImage(byte[] bytes) {
        Objects.requireNonNull(bytes, "image must not be null");
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new DatamatrixImageException(DatamatrixImageException.Reason.NOT_AN_IMAGE,
                    "the " + bytes.length + " bytes could not be read as an image", e);
        }
        if (image == null) {
            throw new DatamatrixImageException(DatamatrixImageException.Reason.NOT_AN_IMAGE,
                    "the " + bytes.length + " bytes are not in an image format javax.imageio reads (PNG, JPEG, GIF, BMP)",
                    null);
        }
        return image;
    }
}
