package io.github.ins4j.datamatrix.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ins4j.error.InsException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * DMX-6 against hostile images: the size an image declares is checked before decoding, big files
 * are refused, malformed bytes give NOT_AN_IMAGE; nothing but an {@link InsException} comes out.
 */
class DatamatrixScannerHostileTest {

    /** A minimal grayscale PNG that declares width x height and holds a few compressed bytes. */
    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 0, 0, 0, 0});
            chunk(data, "IHDR", ihdr.toByteArray());
            Deflater deflater = new Deflater();
            deflater.setInput(new byte[(int) Math.min(4096L, width + 1L)]);
            deflater.finish();
            byte[] buffer = new byte[8192];
            int n = deflater.deflate(buffer);
            deflater.end();
            chunk(data, "IDAT", java.util.Arrays.copyOf(buffer, n));
            chunk(data, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        out.writeInt(body.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    @Example
    void DMX_6_a_small_png_declaring_20000_x_20000_pixels_is_refused_before_decoding() {
        byte[] bomb = png(20_000, 20_000);
        assertThat(bomb.length).isLessThan(1000);
        Throwable t = catchThrowable(() -> DatamatrixScanner.read(bomb));
        assertThat(t).isInstanceOfSatisfying(DatamatrixImageException.class,
                e -> assertThat(e.reason()).isEqualTo(DatamatrixImageException.Reason.TOO_LARGE));
        assertThat(t.getMessage()).contains("20000x20000");
    }

    @Property(tries = 200)
    void DMX_6_a_declared_size_above_the_cap_is_refused_before_decoding(
            @ForAll("dimensions") int width, @ForAll("dimensions") int height) {
        Throwable t = catchThrowable(() -> DatamatrixScanner.read(png(width, height)));
        boolean tooLarge = (long) width * height > DatamatrixScanner.MAX_PIXELS;
        Statistics.label("declared").collect(tooLarge ? "above the cap" : "within");
        assertThat(t).isInstanceOf(DatamatrixImageException.class);
        if (tooLarge) {
            assertThat(((DatamatrixImageException) t).reason()).isEqualTo(DatamatrixImageException.Reason.TOO_LARGE);
        } else {
            assertThat(((DatamatrixImageException) t).reason()).isNotEqualTo(DatamatrixImageException.Reason.TOO_LARGE);
        }
    }

    @Provide
    Arbitrary<Integer> dimensions() {
        // Within-cap images stay small so that decoding them is quick; PNG allows up to 2^31 - 1.
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(4097, Integer.MAX_VALUE),
                Arbitraries.of(1, 4096, 4097, 20_000, 65_535, Integer.MAX_VALUE));
    }

    @Example
    void DMX_6_a_file_above_the_byte_cap_is_refused_unread() {
        byte[] big = new byte[DatamatrixScanner.MAX_BYTES + 1];
        assertThat(catchThrowable(() -> DatamatrixScanner.read(big)))
                .isInstanceOfSatisfying(DatamatrixImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatamatrixImageException.Reason.TOO_LARGE));
    }

    @Example
    void DMX_6_an_image_above_the_pixel_cap_is_refused_before_its_pixels_are_copied() {
        // 1 x 2^24 + 1 pixels of one byte each: 16 MB, small enough to build in a test.
        BufferedImage wide = new BufferedImage(DatamatrixScanner.MAX_PIXELS + 1, 1, BufferedImage.TYPE_BYTE_BINARY);
        assertThat(catchThrowable(() -> DatamatrixScanner.scan(wide)))
                .isInstanceOfSatisfying(DatamatrixImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatamatrixImageException.Reason.TOO_LARGE));
    }

    @Property(tries = 300)
    void DMX_6_damaged_image_bytes_give_an_ins_exception(
            @ForAll("damaged") byte[] bytes) {
        Throwable t = catchThrowable(() -> DatamatrixScanner.read(bytes));
        if (t == null) {
            // A flipped byte that the PNG decoder or the symbol's error correction absorbs.
            assertThat(DatamatrixScanner.read(bytes)).isEqualTo(QualifiedIdentities.GARCIA.insIdentity().orElseThrow());
            Statistics.label("reason").collect("read anyway");
        } else {
            assertThat(t).isInstanceOf(InsException.class);
            Statistics.label("reason").collect(((InsException) t).reason());
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] symbol = DatamatrixSymbol.from(io.github.ins4j.disclosure.Disclosure.decide(
                QualifiedIdentities.GARCIA, io.github.ins4j.disclosure.DocumentPurpose.CARE_DOCUMENT))
                .toPng(2, Caption.NONE);
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Combinators2.mutate(symbol),
                Combinators2.mutate(png(40, 40)));
    }

    /** Byte-level mutations of a valid file: flips, truncation. */
    static final class Combinators2 {
        static Arbitrary<byte[]> mutate(byte[] original) {
            return net.jqwik.api.Combinators.combine(
                    Arbitraries.integers().between(0, original.length - 1),
                    Arbitraries.bytes(), Arbitraries.of(true, false))
                    .as((at, value, truncate) -> {
                        byte[] copy = truncate ? java.util.Arrays.copyOf(original, at) : original.clone();
                        if (!truncate) {
                            copy[at] = value;
                        }
                        return copy;
                    });
        }
    }

    @Example
    void DMX_6_an_empty_file_is_not_an_image() {
        assertThat(catchThrowable(() -> DatamatrixScanner.read(new byte[0])))
                .isInstanceOfSatisfying(DatamatrixImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatamatrixImageException.Reason.NOT_AN_IMAGE));
    }
}
