package io.github.ins4j.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a fuzz target reads its raw bytes, so that the seed corpora are plain files: the first byte
 * chooses the mode of the target (bits 1-7) and the encoding of the rest (bit 0: UTF-8, or UTF-16BE
 * which also gives lone surrogates); the rest is split into text fields on the byte 0xFF (never in
 * UTF-8 text). A seed is written {@code mode byte + field + 0xFF + field ...}.
 */
final class Input {

    private final int mode;
    private final List<String> fields;

    private Input(int mode, List<String> fields) {
        this.mode = mode;
        this.fields = fields;
    }

    static Input of(byte[] data) {
        if (data.length == 0) {
            return new Input(0, List.of(""));
        }
        int first = data[0] & 0xFF;
        List<String> fields = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= data.length; i++) {
            if (i == data.length || data[i] == (byte) 0xFF) {
                byte[] part = java.util.Arrays.copyOfRange(data, start, i);
                fields.add(new String(part, (first & 1) == 0 ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16BE));
                start = i + 1;
            }
        }
        return new Input(first >>> 1, fields);
    }

    /** The mode chosen by the first byte, 0 to 127. */
    int mode() {
        return mode;
    }

    /** The field at {@code index}, or the empty text when there are fewer fields. */
    String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** The whole text after the first byte, fields joined back with U+FFFD. */
    String text() {
        return String.join("\uFFFD", fields);
    }
}
