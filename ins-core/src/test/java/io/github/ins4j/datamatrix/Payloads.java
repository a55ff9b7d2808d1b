package io.github.ins4j.datamatrix;

import io.github.ins4j.fixtures.Identities;
import io.github.ins4j.fixtures.Records;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test data for the INS Datamatrix: qualified records built through the qualifier, and an oracle
 * that assembles a payload from (tag, value) pairs by DMX-1 and DMX-3 as the spec states them,
 * written independently of {@link InsDatamatrix}.
 */
final class Payloads {

    static final char GS = 0x1D;
    static final String HEADER = "IS01" + "0".repeat(22);

    /** The worked example of spec/06-datamatrix.md, {@code <GS>} replaced by 0x1D. */
    static final String SPEC_EXAMPLE = ("IS010000000000000000000000S1123549685274612S225978456325481569525"
            + "S3TEST1 TEST2 TEST<GS>S4DATAMATRIXTEST<GS>S5MS631-08-2021S717000").replace("<GS>", "\u001D");

    private Payloads() {
    }

    /** Qualified records over every OID and trait shape, lunar dates and unknown places included. */
    static Arbitrary<IdentityRecord> qualified() {
        return qualified(Identities.traits());
    }

    /** Qualified records with the given traits. */
    static Arbitrary<IdentityRecord> qualified(Arbitrary<Traits> traits) {
        return Combinators.combine(traits, Arbitraries.of(InsOid.class), Arbitraries.longs())
                .as((t, oid, seed) -> Records.record(t, Records.State.QUALIFIED, oid, seed));
    }

    /** Traits whose two names have exactly 100 characters, the maximum of TRT-1 and DMX-2. */
    static Arbitrary<Traits> traitsWithNamesOf100() {
        return Combinators.combine(names(" -'", true), names(" -", false), Identities.traits())
                .as((name, firstNames, t) -> new Traits(BirthName.parse(name), BirthFirstNames.parse(firstNames),
                        t.birthDate(), t.sex(), t.birthPlace()));
    }

    /**
     * Strict names of exactly 100 characters: letters, and single separators between letters.
     *
     * @param separators the separators to use
     * @param doubleHyphen whether a double hyphen may appear (birth names only)
     */
    static Arbitrary<String> names(String separators, boolean doubleHyphen) {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(100);
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(1, 97).list().ofMaxSize(12);
        return Combinators.combine(letters, cuts, Arbitraries.strings().withChars(separators).ofLength(12),
                Arbitraries.integers().between(0, 3))
                .as((base, positions, seps, k) -> {
                    char[] c = base.toCharArray();
                    for (int i = 0; i < positions.size(); i++) {
                        int p = positions.get(i);
                        if (Character.isLetter(c[p - 1]) && Character.isLetter(c[p + 1])
                                && Character.isLetter(c[p]) && (p < 2 || Character.isLetter(c[p - 2]))
                                && Character.isLetter(c[p + 2])) {
                            c[p] = seps.charAt(i);
                        }
                    }
                    if (doubleHyphen && k == 0 && Character.isLetter(c[48]) && Character.isLetter(c[47])
                            && Character.isLetter(c[50]) && Character.isLetter(c[51])) {
                        c[49] = '-';
                        c[50] = '-';
                    }
                    return new String(c);
                });
    }

    /** Lunar and exact dates, every place kind. */
    static Arbitrary<BirthDate> dates() {
        return Identities.birthDates().map(BirthDate::parse);
    }

    /** A place that is known (not 99999). */
    static boolean known(BirthPlaceCode place) {
        return !place.isUnknown();
    }

    /**
     * Assembles a payload by DMX-1 and DMX-3: the header, then each tag and value; a GS after a
     * variable-length value shorter than its maximum that is not the last one.
     */
    static String assemble(List<Map.Entry<DatamatrixField, String>> fields) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < fields.size(); i++) {
            DatamatrixField field = fields.get(i).getKey();
            String value = fields.get(i).getValue();
            sb.append(field.name()).append(value);
            boolean variable = field == DatamatrixField.S2 || field == DatamatrixField.S3
                    || field == DatamatrixField.S4;
            int max = field == DatamatrixField.S2 ? 20 : 100;
            if (variable && value.length() < max && i < fields.size() - 1) {
                sb.append(GS);
            }
        }
        return sb.toString();
    }

    /** The (tag, value) pairs of a payload, in order, as the layout reader found them. */
    static List<Map.Entry<DatamatrixField, String>> entries(String payload) {
        return new ArrayList<>(InsDatamatrix.readLayout(payload).fields().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }
}
