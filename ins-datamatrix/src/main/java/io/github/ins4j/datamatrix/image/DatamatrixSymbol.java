package io.github.ins4j.datamatrix.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.disclosure.DisclosureDecision;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The INS Datamatrix symbol of a qualified identity (DMX-6): an ISO/IEC 16022 ECC 200 Datamatrix,
 * square, that encodes the payload of {@link InsDatamatrix#write(DisclosureDecision)}, rendered with a
 * quiet zone of {@value #QUIET_ZONE} modules as PNG, as a {@link BufferedImage} or as SVG.
 *
 * <h2>Encoding (DMX-6)</h2>
 * <ul>
 *   <li>ECC 200, square symbols only (ZXing {@code SymbolShapeHint.FORCE_SQUARE}); the smallest
 *       square size that holds the payload is chosen.</li>
 *   <li>The header is encoded in C40: ZXing's {@code FORCE_C40} hint latches to C40 at the first
 *       codeword and stays in C40 as long as it can, which is over the whole header and, since C40
 *       holds upper-case letters, digits and space natively and the separators (hyphen, apostrophe,
 *       dot, GS) through shifts, usually over the whole payload — as in the French 2D-Doc, on
 *       which the INS Datamatrix is modelled. ZXing cannot switch to C40 for the header only; the
 *       decoded text is the same whatever the encodation mode, so every reader gets the same
 *       payload.</li>
 *   <li>The quiet zone is {@value #QUIET_ZONE} modules on every side, twice the minimum of
 *       DMX-6.</li>
 *   <li>The caption « {@value #CAPTION} » of DMX-6 is drawn under the symbol on request
 *       ({@link Caption#BELOW}); leave it to the document's layout with {@link Caption#NONE}.</li>
 * </ul>
 *
 * <p>Personal data: the symbol is the INS in another form. {@code toString()} tells only the size.
 *
 * <pre>{@code
 * DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(qualifiedRecord, DocumentPurpose.CARE_DOCUMENT));
 * byte[] png = symbol.toPng(4, Caption.NONE);          // 4 pixels per module
 * String svg = symbol.toSvg(0.5, Caption.BELOW);       // 0.5 mm per module, for print
 * InsIdentity back = DatamatrixScanner.read(png);      // the same identity
 * }</pre>
 */
public final class DatamatrixSymbol {

    /** The quiet zone around the symbol, in modules, on every side (DMX-6 asks for at least 1). */
    public static final int QUIET_ZONE = 2;

    /** The caption DMX-6 prints with the symbol. */
    public static final String CAPTION = "INS à scanner";

    /** Largest accepted module size in pixels: beyond it an image is uselessly big. */
    public static final int MAX_MODULE_PIXELS = 64;

    /** Caption band height, in modules, when the caption is drawn. */
    private static final int CAPTION_MODULES = 5;

    private final BitMatrix modules;

    private DatamatrixSymbol(BitMatrix modules) {
        this.modules = modules;
    }

    /**
     * Encodes the Datamatrix of a document whose disclosure was decided, when the decision lets it
     * carry the INS (DMX-5, DMX-6): a qualified identity on a care document.
     *
     * @param decision the disclosure decision for the document
     * @return the symbol
     * @throws io.github.ins4j.datamatrix.DatamatrixException with {@code NOT_QUALIFIED} or
     *     {@code INS_NOT_DISCLOSED} if the document may not carry the INS
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static DatamatrixSymbol from(DisclosureDecision decision) {
        return encode(InsDatamatrix.write(decision));
    }

    /** Encodes a payload: ECC 200, square, C40 from the first codeword. */
    static DatamatrixSymbol encode(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        hints.put(EncodeHintType.FORCE_C40, true);
        // Width and height 0: one bit per module, no margin; the quiet zone is added when rendering.
        return new DatamatrixSymbol(new DataMatrixWriter().encode(payload, BarcodeFormat.DATA_MATRIX, 0, 0, hints));
    }

    /**
     * Returns the number of modules on a side of the symbol, quiet zone excluded.
     *
     * @return an ECC 200 square size, 10 to 144
     */
    public int size() {
        return modules.getWidth();
    }

    /**
     * Tells whether a module of the symbol is dark.
     *
     * @param x the column, 0 to {@code size() - 1}, from the left
     * @param y the row, 0 to {@code size() - 1}, from the top
     * @return {@code true} for a dark module
     * @throws IndexOutOfBoundsException if {@code x} or {@code y} is outside the symbol
     */
    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, size());
        Objects.checkIndex(y, size());
        return modules.get(x, y);
    }

    /**
     * Renders the symbol with its quiet zone, dark modules black on white.
     *
     * @param modulePixels the side of a module in pixels, 1 to {@value #MAX_MODULE_PIXELS}; 4 or more
     *     for a screen, more for a photo or a scan
     * @param caption      whether to draw the caption under the symbol
     * @return a grey-level image, {@code (size() + 2 × QUIET_ZONE) × modulePixels} wide
     * @throws IllegalArgumentException if {@code modulePixels} is out of range
     * @throws NullPointerException     if {@code caption} is {@code null}
     */
    public BufferedImage toImage(int modulePixels, Caption caption) {
        if (modulePixels < 1 || modulePixels > MAX_MODULE_PIXELS) {
            throw new IllegalArgumentException("modulePixels is " + modulePixels + "; expected 1 to "
                    + MAX_MODULE_PIXELS);
        }
        Objects.requireNonNull(caption, "caption must not be null");
        int side = (size() + 2 * QUIET_ZONE) * modulePixels;
        int height = side + (caption == Caption.BELOW ? CAPTION_MODULES * modulePixels : 0);
        BufferedImage image = new BufferedImage(side, height,
                caption == Caption.BELOW ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, side, height);
            g.setColor(Color.BLACK);
            for (int y = 0; y < size(); y++) {
                for (int x = 0; x < size(); x++) {
                    if (modules.get(x, y)) {
                        g.fillRect((x + QUIET_ZONE) * modulePixels, (y + QUIET_ZONE) * modulePixels,
                                modulePixels, modulePixels);
                    }
                }
            }
            if (caption == Caption.BELOW) {
                drawCaption(g, side, modulePixels);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawCaption(Graphics2D g, int side, int modulePixels) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int band = CAPTION_MODULES * modulePixels;
        float size = Math.max(6f, band * 0.6f);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
        FontMetrics metrics = g.getFontMetrics(font);
        int width = metrics.stringWidth(CAPTION);
        if (width > side - 2 * modulePixels) {
            font = font.deriveFont(size * (side - 2 * modulePixels) / width);
            metrics = g.getFontMetrics(font);
            width = metrics.stringWidth(CAPTION);
        }
        g.setFont(font);
        int baseline = side + (band + metrics.getAscent() - metrics.getDescent()) / 2 - modulePixels / 2;
        g.drawString(CAPTION, (side - width) / 2, baseline);
    }

    /**
     * Renders the symbol as PNG, see {@link #toImage(int, Caption)}.
     *
     * @param modulePixels the side of a module in pixels, 1 to {@value #MAX_MODULE_PIXELS}
     * @param caption      whether to draw the caption under the symbol
     * @return the PNG file's bytes
     * @throws IllegalArgumentException if {@code modulePixels} is out of range
     */
    public byte[] toPng(int modulePixels, Caption caption) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writePng(bytes, modulePixels, caption);
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG could not be written to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the symbol as PNG to a stream, see {@link #toImage(int, Caption)}. The stream is not
     * closed.
     *
     * @param out          where the PNG goes
     * @param modulePixels the side of a module in pixels, 1 to {@value #MAX_MODULE_PIXELS}
     * @param caption      whether to draw the caption under the symbol
     * @throws IOException              if writing to the stream fails
     * @throws IllegalArgumentException if {@code modulePixels} is out of range
     */
    public void writePng(OutputStream out, int modulePixels, Caption caption) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        if (!ImageIO.write(toImage(modulePixels, caption), "png", out)) {
            throw new IOException("no PNG writer is available in javax.imageio");
        }
    }

    /**
     * Renders the symbol as a standalone SVG document, for print: one path of dark modules on a
     * white background, with its quiet zone, sized in millimetres. The caption, when asked for, is
     * SVG text in the viewer's sans-serif font.
     *
     * @param moduleMillimetres the side of a module in millimetres, greater than 0 (e.g. 0.5: a
     *     symbol of 36 modules is then 20 mm wide with its quiet zone)
     * @param caption           whether to write the caption under the symbol
     * @return the SVG document, ASCII only
     * @throws IllegalArgumentException if {@code moduleMillimetres} is not a positive finite number
     * @throws NullPointerException     if {@code caption} is {@code null}
     */
    public String toSvg(double moduleMillimetres, Caption caption) {
        if (!(moduleMillimetres > 0) || Double.isInfinite(moduleMillimetres)) {
            throw new IllegalArgumentException("moduleMillimetres must be a positive number");
        }
        Objects.requireNonNull(caption, "caption must not be null");
        int side = size() + 2 * QUIET_ZONE;
        int height = side + (caption == Caption.BELOW ? CAPTION_MODULES : 0);
        StringBuilder svg = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(millimetres(side * moduleMillimetres)).append("mm\"")
                .append(" height=\"").append(millimetres(height * moduleMillimetres)).append("mm\"")
                .append(" viewBox=\"0 0 ").append(side).append(' ').append(height).append("\">\n")
                .append("<title>INS Datamatrix</title>\n")
                .append("<rect width=\"").append(side).append("\" height=\"").append(height)
                .append("\" fill=\"#fff\"/>\n")
                .append("<path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"");
        for (int y = 0; y < size(); y++) {
            int x = 0;
            while (x < size()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < size() && modules.get(x + run, y)) {
                    run++;
                }
                svg.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        svg.append("\"/>\n");
        if (caption == Caption.BELOW) {
            svg.append("<text x=\"").append(side / 2.0).append("\" y=\"").append(side + 3)
                    .append("\" font-family=\"sans-serif\" font-size=\"3\" text-anchor=\"middle\">")
                    .append("INS &#224; scanner</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String millimetres(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Compares the modules.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a symbol with the same modules
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DatamatrixSymbol that && that.modules.equals(modules);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return modules.hashCode();
    }

    /**
     * Returns the size only, e.g. {@code DatamatrixSymbol[ECC 200, 36x36 modules]}: the modules are
     * personal data.
     *
     * @return the masked form
     */
    @Override
    public String toString() {
        return "DatamatrixSymbol[ECC 200, " + size() + "x" + size() + " modules]";
    }
}
