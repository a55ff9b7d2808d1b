/**
 * ins4j Datamatrix: the INS Datamatrix symbol (DMX-6) printed on health documents, rendered as PNG
 * or SVG and decoded from an image, on top of the payload of {@code io.github.ins4j.datamatrix}
 * in ins-core. Exported package: {@link io.github.ins4j.datamatrix.image}.
 */
// ZXing core ships no module descriptor; its Automatic-Module-Name is com.google.zxing.
@SuppressWarnings("requires-automatic")
module io.github.ins4j.datamatrix {
    requires static org.jspecify;
    requires transitive io.github.ins4j.core;
    requires transitive java.desktop;
    requires com.google.zxing;

    exports io.github.ins4j.datamatrix.image;
}
