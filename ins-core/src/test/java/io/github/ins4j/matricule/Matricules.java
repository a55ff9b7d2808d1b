package io.github.ins4j.matricule;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test data for the matricule: generators of valid matricules over every birth-place layout,
 * with the key computed by an oracle written independently of {@link InsMatricule} (BigInteger and
 * string replacement, the way the spec states MAT-1).
 */
public final class Matricules {

    /** The worked examples of spec/01-matricule.md (MAT-1). */
    static final String[] SPEC_EXAMPLES = {
        "184067505614435", // Paris
        "289042A00412088", // Corse-du-Sud
        "154112B03301068", // Haute-Corse
        "101219935203168", // born in Algeria, month unknown
        "260052000407192", // Corsica before the split
    };

    /** The characters a canonical matricule is made of. */
    static final String ALPHABET = "0123456789AB";

    private Matricules() {
    }

    /** MAT-1 as the spec states it: 97 - (N mod 97), 2A read as 19 and 2B as 18. */
    public static String oracleKey(String thirteen) {
        String n = thirteen.replace("2A", "19").replace("2B", "18");
        int key = 97 - new BigInteger(n).mod(BigInteger.valueOf(97)).intValueExact();
        return String.format("%02d", key);
    }

    /** Valid matricules in canonical form (15 characters, upper case). */
    static Arbitrary<String> valid() {
        return bodies().map(body -> body + oracleKey(body));
    }

    /** The 13 first characters of valid matricules. */
    static Arbitrary<String> bodies() {
        Arbitrary<String> sex = Arbitraries.of("1", "2", "3", "4", "7", "8");
        Arbitrary<String> year = digits(2, 0, 99);
        Arbitrary<String> month = Arbitraries.oneOf(digits(2, 1, 12), digits(2, 20, 99));
        Arbitrary<String> order = digits(3, 0, 999);
        return Combinators.combine(sex, year, month, places(), order)
                .as((s, y, m, p, o) -> s + y + m + p + o);
    }

    /** Birth places: metropolitan, Corsica (2A, 2B, 20), overseas, abroad. */
    public static Arbitrary<String> places() {
        Arbitrary<String> commune3 = digits(3, 0, 999);
        Arbitrary<String> department = digits(2, 1, 96).filter(d -> !d.equals("20"));
        Arbitrary<String> metropolitan = Combinators.combine(department, commune3).as(String::concat);
        Arbitrary<String> corsica = Combinators.combine(Arbitraries.of("2A", "2B", "20"), commune3)
                .as(String::concat);
        Arbitrary<String> overseas = Combinators.combine(
                Arbitraries.oneOf(digits(3, 971, 978), digits(3, 984, 989)), digits(2, 0, 99))
                .as(String::concat);
        Arbitrary<String> abroad = digits(3, 100, 999).map(country -> "99" + country);
        return Arbitraries.oneOf(metropolitan, corsica, overseas, abroad);
    }

    public static Arbitrary<String> digits(int width, int min, int max) {
        return Arbitraries.integers().between(min, max).map(i -> String.format("%0" + width + "d", i));
    }

    /** Significant characters of a text: separators removed (independently of the class under test). */
    static String significant(String text) {
        return text.replaceAll("[ .\u00A0\u202F]", "");
    }
}
