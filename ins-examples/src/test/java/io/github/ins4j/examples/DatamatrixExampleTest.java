package io.github.ins4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.datamatrix.DatamatrixException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatamatrixExampleTest {

    @Test
    void the_png_is_written_and_scanned_back_into_the_same_identity(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path file = dir.resolve("sub").resolve("ins-datamatrix.png");
        DatamatrixExample.Outcomes outcomes =
                DatamatrixExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), file);
        String trace = bytes.toString(StandardCharsets.UTF_8);

        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(outcomes.scanned()).isEqualTo(outcomes.written());
        assertThat(outcomes.written().identifier().oid().oid()).isEqualTo("1.2.250.1.213.1.4.10");
        assertThat(outcomes.refusal().reason()).isEqualTo(DatamatrixException.Reason.NOT_QUALIFIED);
        assertThat(trace)
                .contains("printed        : DatamatrixSymbol[ECC 200, 36x36 modules]")
                .contains("scanned        : InsIdentifier[2 89 ** ** *** *** 18, INS-NIR-TEST]")
                .contains("same identity  : true")
                .contains("provisional    : NOT_QUALIFIED")
                .doesNotContain("289046912312018").doesNotContain("GARCIA").doesNotContain("SARAH");
    }
}
