package io.github.ins4j.datamatrix.image;

import io.github.ins4j.disclosure.DocumentPurpose;
import io.github.ins4j.disclosure.Disclosure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ins4j.datamatrix.InsDatamatrix;
import io.github.ins4j.qualification.IdentityRecord;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DMX-6 round trips through real images; few tries, images are slow. */
class DatamatrixSymbolPropertiesTest {

    @Provide
    Arbitrary<IdentityRecord> qualified() {
        return QualifiedIdentities.records();
    }

    @Provide
    Arbitrary<IdentityRecord> qualifiedWithNamesOf100() {
        return QualifiedIdentities.recordsWithNamesOf100();
    }

    @Property(tries = 30)
    void DMX_6_reading_the_png_of_a_symbol_gives_the_identity(@ForAll("qualified") IdentityRecord record) {
        byte[] png = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).toPng(3, Caption.NONE);
        assertThat(DatamatrixScanner.read(png)).isEqualTo(record.insIdentity().orElseThrow());
    }

    @Property(tries = 30)
    void DMX_6_reading_the_png_of_a_symbol_gives_the_identity_with_names_of_100_characters(
            @ForAll("qualifiedWithNamesOf100") IdentityRecord record) {
        assertThat(record.insIdentity().orElseThrow().traits().birthName().value()).hasSize(100);
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(DatamatrixScanner.read(symbol.toPng(2, Caption.NONE))).isEqualTo(record.insIdentity().orElseThrow());
    }

    @Property(tries = 30)
    void DMX_6_a_symbol_with_its_caption_is_read_too(@ForAll("qualified") IdentityRecord record) {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        assertThat(DatamatrixScanner.read(symbol.toImage(4, Caption.BELOW)))
                .isEqualTo(record.insIdentity().orElseThrow());
    }

    @Property(tries = 30)
    void DMX_6_the_symbol_is_square_ecc200_with_its_finder_pattern_and_the_header_in_c40(
            @ForAll("qualified") IdentityRecord record) {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        Symbols.assertEcc200Square(symbol);
        Symbols.assertHeaderInC40(InsDatamatrix.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)));
    }

    @Property(tries = 30)
    void DMX_6_the_svg_draws_exactly_the_dark_modules(@ForAll("qualified") IdentityRecord record) {
        DatamatrixSymbol symbol = DatamatrixSymbol.from(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
        boolean[][] drawn = Symbols.modulesOfSvg(symbol.toSvg(0.5, Caption.NONE), symbol.size());
        for (int y = 0; y < symbol.size(); y++) {
            for (int x = 0; x < symbol.size(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(symbol.isDark(x, y));
            }
        }
    }
}
