package io.github.ins4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ins4j.datamatrix.DatamatrixException;
import io.github.ins4j.datamatrix.DatamatrixLayout;
import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.datamatrix.image.DatamatrixImageException;
import io.github.ins4j.datamatrix.image.DatamatrixScanner;
import io.github.ins4j.error.InsException;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matching.LocalTraits;
import io.github.ins4j.matching.MatchReport;
import io.github.ins4j.matching.TraitMatcher;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.mssante.MssanteAddressException;
import io.github.ins4j.mssante.MssanteDomain;
import io.github.ins4j.mssante.MssantePatientAddress;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fuzz targets of the readers: desk input, Datamatrix text and image, MSSanté address. */
class ReadersFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final Traits INSI = Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");

    /** What a desk typed, field by field, into the LocalTraits builder; then compared (TRT-6). */
    @FuzzTest
    void localTraits(byte[] data) {
        Input input = Input.of(data);
        LocalTraits.Builder builder = LocalTraits.builder();
        int mode = input.mode();
        // Each bit of the mode says whether a field is typed; a refused field leaves the builder as it was.
        Runnable[] fields = {
            () -> builder.birthName(input.field(0)), () -> builder.firstNames(input.field(1)),
            () -> builder.birthDate(input.field(2)), () -> builder.sex(input.field(3)),
            () -> builder.birthPlace(input.field(4)),
        };
        for (int i = 0; i < fields.length; i++) {
            if ((mode & (1 << i)) != 0) {
                Runnable field = fields[i];
                Invariants.orRefused(() -> {
                    field.run();
                    return builder;
                }, InvalidTraitException.class);
            }
        }
        LocalTraits local = builder.build();
        Invariants.noNameOf(input.text(), local.toString());
        MatchReport report = TraitMatcher.compare(local, INSI);
        Invariants.noNameOf(input.text(), report.toString());
        assertThat(report.toString()).doesNotContain("GARCIA").doesNotContain("SARAH");
        Traits traits = Invariants.orRefused(local::toTraits, InvalidTraitException.class);
        if (traits != null) {
            assertThat(TraitMatcher.compare(traits, traits).verdict()).isEqualTo(io.github.ins4j.matching.Verdict.MATCH);
        }
    }

    /** The Datamatrix text (DMX-1 … DMX-4), strict and layout-only. */
    @FuzzTest
    void datamatrixText(byte[] data) {
        Input input = Input.of(data);
        String text = input.mode() % 2 == 0 ? input.text()
                // Also from a valid header, so that the fuzzer reaches the fields quickly.
                : InsDatamatrix.HEADER + input.text().replace('\uFFFD', InsDatamatrix.GS);
        DatamatrixLayout layout = Invariants.orRefused(() -> InsDatamatrix.readLayout(text), DatamatrixException.class);
        InsIdentity identity = Invariants.orRefused(() -> InsDatamatrix.read(text, CLOCK), DatamatrixException.class);
        if (identity != null) {
            assertThat(layout).isNotNull();                                           // read implies layout
            if (!text.endsWith("\r") && !text.endsWith("\n")) {
                assertThat(InsDatamatrix.read(text + "\r\n", CLOCK)).isEqualTo(identity);   // keyboard wedge
            }
            Invariants.noNameOf(text, identity.toString());
        }
        if (layout != null) {
            Invariants.noNameOf(text, layout.toString());
        }
        try {
            InsDatamatrix.read(text, CLOCK);
        } catch (DatamatrixException refused) {
            Invariants.noNameOf(text, refused.getMessage());
            Invariants.noDateOf(text.length() > 30 ? "" : text, refused.getMessage());
        }
    }

    /** An image file from outside (DMX-6): any bytes, never an OutOfMemoryError nor a bare exception. */
    @FuzzTest
    void datamatrixImage(byte[] data) {
        try {
            InsIdentity identity = DatamatrixScanner.read(data);
            Invariants.noMatricule(identity.toString());
        } catch (DatamatrixImageException | DatamatrixException refused) {
            Invariants.noMatricule(refused.getMessage());
            assertThat(refused.reason()).isNotNull();
        }
    }

    /** The MSSanté patient address (MSS-3, MSS-4). */
    @FuzzTest
    void mssanteAddress(byte[] data) {
        Input input = Input.of(data);
        InsOid oid = InsOid.values()[input.mode() % InsOid.values().length];
        String text = input.field(0);
        MssantePatientAddress address = Invariants.orRefused(() -> MssantePatientAddress.parse(text, oid),
                MssanteAddressException.class);
        if (address != null) {
            assertThat(MssantePatientAddress.parse(address.value(), oid)).isEqualTo(address);
            assertThat(address.toString()).doesNotContain(address.value());
        }
        // A test domain name that holds a matricule is refused (found by this target).
        MssanteDomain domain;
        try {
            domain = MssanteDomain.test(input.field(1));
        } catch (MssanteAddressException refused) {
            Invariants.noMatricule(refused.getMessage());
            domain = null;
        }
        if (domain != null) {
            assertThat(InsMatricule.containsMatricule(domain.name())).isFalse();
            MssanteDomain testDomain = domain;
            MssantePatientAddress inTest = Invariants.orRefused(() -> MssantePatientAddress.parse(text, oid, testDomain),
                    MssanteAddressException.class);
            if (inTest != null) {
                assertThat(MssantePatientAddress.parse(inTest.value(), oid, testDomain)).isEqualTo(inTest);
            }
        }
    }

    static boolean isOurs(Throwable t) {
        return t instanceof InsException;
    }
}
