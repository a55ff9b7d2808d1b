package io.github.ins4j.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Strict birth names and lists of first names (TRT-1): common French names mixed with random
 * upper-case words, so that both readable and unusual names come out. Birth names are one word,
 * or two joined by a space, a hyphen, a double hyphen ({@code MARTIN--DURAND}) or an elided
 * particle ({@code D'ARTAGNAN}); first names are one to four, some composed with a hyphen. Every
 * result has at most 100 characters.
 */
final class Names {

    private static final List<String> BIRTH_NAMES = List.of("MARTIN", "BERNARD", "DUBOIS", "THOMAS",
            "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE",
            "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER", "GIRARD", "ANDRE",
            "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANCOIS", "MARTINEZ", "LEGRAND", "FAURE",
            "ROUSSEAU", "BLANC", "GUERIN", "MULLER", "HENRY", "NICOLAS", "PERRIN", "MATHIEU", "CLEMENT",
            "FONTAINE", "CHEVALIER", "NGUYEN", "HAMADI", "BENALI", "DIALLO", "TRAORE", "SANTONI",
            "CASANOVA", "PAYET", "HOARAU", "OEUVRARD", "COEUR");

    private static final List<String> FIRST_NAMES = List.of("MARIE", "JEAN", "PIERRE", "SARAH", "LOU",
            "ALAIN", "ANNE", "CLAIRE", "LUCAS", "LEA", "CHLOE", "EMMA", "HUGO", "LOUIS", "JULES", "CAMILLE",
            "NOAH", "INES", "YASMINE", "AMADOU", "MOHAMED", "FATOU", "CHRISTOPHE", "FRANCOIS", "HELENE",
            "ELODIE", "JOSE", "ANTOINE", "BAPTISTE", "ZOE", "NOEL", "JOEL");

    private static final List<String> PARTICLES = List.of("D", "L", "N", "O");

    private Names() {
    }

    private static Arbitrary<String> randomWords(int maxLength) {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(maxLength);
    }

    /** Words of at most 12 characters. */
    private static Arbitrary<String> nameWords() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(BIRTH_NAMES)), Tuple.of(1, randomWords(12)));
    }

    /** Words of at most 10 characters. */
    private static Arbitrary<String> firstNameWords() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(FIRST_NAMES)), Tuple.of(1, randomWords(10)));
    }

    /** Strict birth names: at most 12 + 2 + 12 characters. */
    static Arbitrary<String> birthNames() {
        Arbitrary<Integer> shape = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2)),
                Tuple.of(1, Arbitraries.just(3)), Tuple.of(1, Arbitraries.just(4)));
        return Combinators.combine(nameWords(), nameWords(), Arbitraries.of(PARTICLES), shape)
                .as((first, second, particle, s) -> switch (s) {
                    case 0 -> first;
                    case 1 -> first + "--" + second;      // double family name
                    case 2 -> first + "-" + second;
                    case 3 -> first + " " + second;
                    default -> particle + "'" + first;    // D'ARTAGNAN
                });
    }

    /** Strict lists of first names: 1 to 4 names of at most 21 characters, so at most 87. */
    static Arbitrary<String> firstNameLists() {
        Arbitrary<String> name = Combinators.combine(firstNameWords(), firstNameWords(),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
                .as((first, second, composed) -> composed ? first + "-" + second : first);
        return name.list().ofMinSize(1).ofMaxSize(4).map(names -> String.join(" ", names));
    }
}
