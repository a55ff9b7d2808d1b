package io.github.ins4j.datamatrix.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.datamatrix.encoder.HighLevelEncoder;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import io.github.ins4j.datamatrix.InsDatamatrix;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of a symbol against ISO/IEC 16022 and DMX-6, written from the standard. */
final class Symbols {

    /** The ECC 200 square sizes, in modules (ISO/IEC 16022, table 7). */
    static final List<Integer> SQUARE_SIZES = List.of(10, 12, 14, 16, 18, 20, 22, 24, 26, 32, 36, 40, 44,
            48, 52, 64, 72, 80, 88, 96, 104, 120, 132, 144);

    /** C40 latch codeword (ISO/IEC 16022, 5.2.5). */
    static final int LATCH_C40 = 230;

    private static final Pattern SVG_RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private Symbols() {
    }

    /** Square ECC 200: the solid L on the left and bottom, the clock track on the top and right. */
    static void assertEcc200Square(DatamatrixSymbol symbol) {
        int n = symbol.size();
        assertThat(SQUARE_SIZES).contains(n);
        for (int i = 0; i < n; i++) {
            assertThat(symbol.isDark(0, i)).as("left edge, row %d", i).isTrue();
            assertThat(symbol.isDark(i, n - 1)).as("bottom edge, column %d", i).isTrue();
            assertThat(symbol.isDark(i, 0)).as("top clock track, column %d", i).isEqualTo(i % 2 == 0);
            assertThat(symbol.isDark(n - 1, i)).as("right clock track, row %d", i).isEqualTo(i % 2 == 1);
        }
    }

    /**
     * The codewords the symbol is built from (ZXing's high-level encoder with the hints the symbol
     * uses) latch to C40 first, and their first 9 C40 pairs decode to the 26 header characters
     * and one more.
     */
    static void assertHeaderInC40(String payload) {
        String codewords = HighLevelEncoder.encodeHighLevel(payload, SymbolShapeHint.FORCE_SQUARE, null, null, true);
        assertThat((int) codewords.charAt(0)).isEqualTo(LATCH_C40);
        StringBuilder decoded = new StringBuilder();
        for (int i = 1; i + 1 < 19; i += 2) {
            int value = codewords.charAt(i) * 256 + codewords.charAt(i + 1) - 1;
            for (int c : new int[] {value / 1600, value / 40 % 40, value % 40}) {
                decoded.append(basicC40(c));
            }
        }
        assertThat(decoded.substring(0, 26)).isEqualTo(InsDatamatrix.HEADER);
    }

    /** The C40 basic set: 3 space, 4-13 digits, 14-39 capitals; shifts shown as '?'. */
    private static char basicC40(int c) {
        if (c == 3) {
            return ' ';
        }
        if (c >= 4 && c <= 13) {
            return (char) ('0' + c - 4);
        }
        if (c >= 14 && c <= 39) {
            return (char) ('A' + c - 14);
        }
        return '?';
    }

    /** Rebuilds the module matrix from the runs of an SVG rendered by {@link DatamatrixSymbol#toSvg}. */
    static boolean[][] modulesOfSvg(String svg, int size) {
        boolean[][] modules = new boolean[size][size];
        Matcher m = SVG_RUN.matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1)) - DatamatrixSymbol.QUIET_ZONE;
            int y = Integer.parseInt(m.group(2)) - DatamatrixSymbol.QUIET_ZONE;
            int run = Integer.parseInt(m.group(3));
            assertThat(m.group(4)).isEqualTo(m.group(3));
            for (int i = 0; i < run; i++) {
                assertThat(modules[y][x + i]).as("module drawn twice").isFalse();
                modules[y][x + i] = true;
            }
        }
        return modules;
    }
}
