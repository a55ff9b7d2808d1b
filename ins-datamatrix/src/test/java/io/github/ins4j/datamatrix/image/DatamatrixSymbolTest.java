package io.github.ins4j.datamatrix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ins4j.datamatrix.DatamatrixException;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.qualification.IdentityRecord;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Worked examples of DMX-6 and of the scanner's refusals. */
class DatamatrixSymbolTest {

    private static final IdentityRecord GARCIA = QualifiedIdentities.GARCIA;
    private static final InsIdentity GARCIA_INS = GARCIA.insIdentity().orElseThrow();

    @Test
    void DMX_6_the_symbol_of_the_test_identity() {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        Symbols.assertEcc200Square(symbol);
        Symbols.assertHeaderInC40(InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)));
        assertThat(symbol.toString()).isEqualTo("DatamatrixSymbol[ECC 200, " + symbol.size() + "x"
                + symbol.size() + " modules]");
        assertThat(symbol).isEqualTo(DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)));
        assertThat(symbol.hashCode()).isEqualTo(DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)).hashCode());
    }

    @Test
    void DMX_6_the_png_has_a_quiet_zone_and_reads_back() throws IOException {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        byte[] png = symbol.toPng(4, Caption.NONE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int side = (symbol.size() + 2 * DatamatrixSymbol.QUIET_ZONE) * 4;
        assertThat(image.getWidth()).isEqualTo(side);
        assertThat(image.getHeight()).isEqualTo(side);
        int quiet = DatamatrixSymbol.QUIET_ZONE * 4;
        for (int i = 0; i < side; i++) {
            for (int q = 0; q < quiet; q++) {
                assertThat(isWhite(image, i, q)).isTrue();
                assertThat(isWhite(image, q, i)).isTrue();
                assertThat(isWhite(image, i, side - 1 - q)).isTrue();
                assertThat(isWhite(image, side - 1 - q, i)).isTrue();
            }
        }
        // The bottom-left module, corner of the solid L, is dark.
        assertThat(isWhite(image, quiet, side - quiet - 1)).isFalse();
        assertThat(DatamatrixScanner.read(png)).isEqualTo(GARCIA_INS);
        assertThat(DatamatrixScanner.scan(image)).isEqualTo(InsDatamatrix.write(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)));
    }

    @Test
    void DMX_6_the_caption_goes_under_the_symbol() {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        BufferedImage image = symbol.toImage(4, Caption.BELOW);
        int side = (symbol.size() + 2 * DatamatrixSymbol.QUIET_ZONE) * 4;
        assertThat(image.getWidth()).isEqualTo(side);
        assertThat(image.getHeight()).isGreaterThan(side);
        boolean ink = false;
        for (int y = side; y < image.getHeight(); y++) {
            for (int x = 0; x < side; x++) {
                ink |= !isWhite(image, x, y);
            }
        }
        assertThat(ink).as("the caption is drawn").isTrue();
        assertThat(DatamatrixScanner.read(image)).isEqualTo(GARCIA_INS);
    }

    @Test
    void DMX_6_the_svg_is_sized_in_millimetres_with_its_caption() {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        String svg = symbol.toSvg(0.5, Caption.BELOW);
        int side = symbol.size() + 2 * DatamatrixSymbol.QUIET_ZONE;
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .contains("width=\"" + String.format(java.util.Locale.ROOT, "%.2f", side * 0.5) + "mm\"")
                .contains("viewBox=\"0 0 " + side + " " + (side + 5) + "\"")
                .contains(">INS &#224; scanner</text>")
                .endsWith("</svg>\n");
        assertThat(svg.chars().allMatch(c -> c < 128)).isTrue();
        assertThat(symbol.toSvg(0.5, Caption.NONE)).doesNotContain("<text").contains("viewBox=\"0 0 " + side + " " + side + "\"");
        assertThat(svg).doesNotContain("GARCIA").doesNotContain("289046912312018");
    }

    @Test
    void DMX_6_a_turned_symbol_in_a_larger_picture_is_found() {
        BufferedImage symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)).toImage(5, Caption.NONE);
        int w = symbol.getWidth();
        BufferedImage photo = new BufferedImage(w * 3, w * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(235, 235, 228));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        AffineTransform at = new AffineTransform();
        at.translate(w * 1.2 + w, w * 0.4);
        at.quadrantRotate(1);
        g.drawImage(symbol, at, null);
        g.dispose();
        assertThat(DatamatrixScanner.read(photo)).isEqualTo(GARCIA_INS);
    }

    @Test
    void DMX_6_transparent_pixels_count_as_white() {
        BufferedImage opaque = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT)).toImage(3, Caption.NONE);
        BufferedImage transparent = new BufferedImage(opaque.getWidth(), opaque.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < opaque.getHeight(); y++) {
            for (int x = 0; x < opaque.getWidth(); x++) {
                transparent.setRGB(x, y, isWhite(opaque, x, y) ? 0x00000000 : 0xFF000000);
            }
        }
        assertThat(DatamatrixScanner.read(transparent)).isEqualTo(GARCIA_INS);
    }

    @Test
    void DMX_5_no_symbol_for_an_identity_that_may_not_carry_the_ins() {
        IdentityRecord provisional = QualifiedIdentities.QUALIFIER.start(GARCIA.traits(), "op");
        assertThat(catchThrowableOfType(DatamatrixException.class, () -> DatamatrixSymbol.from(Disclosure.decide(provisional, DocumentPurpose.CARE_DOCUMENT))).reason())
                .isEqualTo(DatamatrixException.Reason.NOT_QUALIFIED);
        assertThat(catchThrowableOfType(DatamatrixException.class, () -> DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.BILLING))).reason()).isEqualTo(DatamatrixException.Reason.INS_NOT_DISCLOSED);
    }

    @Test
    void the_scanner_refuses_what_is_not_an_image_or_holds_no_symbol() {
        assertThat(catchThrowableOfType(DatamatrixImageException.class, () -> DatamatrixScanner.read("not an image".getBytes(StandardCharsets.UTF_8))).reason()).isEqualTo(DatamatrixImageException.Reason.NOT_AN_IMAGE);
        BufferedImage blank = new BufferedImage(120, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 120);
        g.dispose();
        DatamatrixImageException e = catchThrowableOfType(DatamatrixImageException.class, () -> DatamatrixScanner.read(blank));
        assertThat(e.reason()).isEqualTo(DatamatrixImageException.Reason.NO_SYMBOL);
        assertThat(e.getMessage()).startsWith("No INS Datamatrix decoded (NO_SYMBOL): ");
    }

    @Test
    void the_scanner_refuses_a_symbol_that_is_not_an_ins_datamatrix() {
        // The spec's worked example: a well-formed symbol whose matricule is made up (DMX-4).
        String example = InsDatamatrix.HEADER + "S1123549685274612S225978456325481569525S3TEST1 TEST2 TEST"
                + InsDatamatrix.GS + "S4DATAMATRIXTEST" + InsDatamatrix.GS + "S5MS631-08-2021S717000";
        BufferedImage image = DatamatrixSymbol.encode(example).toImage(3, Caption.NONE);
        assertThat(DatamatrixScanner.scan(image)).isEqualTo(example);
        assertThat(InsDatamatrix.readLayout(DatamatrixScanner.scan(image)).fields()).hasSize(7);
        DatamatrixException e = catchThrowableOfType(DatamatrixException.class, () -> DatamatrixScanner.read(image));
        assertThat(e.reason()).isEqualTo(DatamatrixException.Reason.BAD_VALUE);
    }

    @Test
    void rendering_parameters_are_checked() {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(GARCIA, DocumentPurpose.CARE_DOCUMENT));
        assertThatThrownBy(() -> symbol.toPng(0, Caption.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> symbol.toImage(DatamatrixSymbol.MAX_MODULE_PIXELS + 1, Caption.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> symbol.toSvg(0, Caption.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> symbol.toSvg(Double.NaN, Caption.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> symbol.isDark(symbol.size(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static boolean isWhite(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
    }
}
