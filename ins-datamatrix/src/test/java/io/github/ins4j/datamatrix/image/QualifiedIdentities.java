package io.github.ins4j.datamatrix.image;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Qualified identities for the symbol tests, built through the qualifier (the only way). */
final class QualifiedIdentities {

    static final IdentityQualifier QUALIFIER =
            IdentityQualifier.of(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));

    /** The test identity of the ins4j examples: OID INS-NIR-TEST, born in Lyon. */
    static final IdentityRecord GARCIA = qualify("289046912312018", "1.2.250.1.213.1.4.10",
            Traits.parse("GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123"));

    private QualifiedIdentities() {
    }

    /** A qualified record: INSi found the identity, then a passport was checked. */
    static IdentityRecord qualify(String matricule, String oid, Traits traits) {
        return qualify(InsIdentity.of(InsIdentifier.parse(matricule, oid), traits));
    }

    static IdentityRecord qualify(InsIdentity ins) {
        IdentityRecord record = QUALIFIER.start(ins.traits(), "op");
        record = QUALIFIER.apply(record, InsiAnswer.found(ins), "op");
        return QUALIFIER.apply(record, DocumentCheck.of(IdentityDocument.PASSPORT), "op");
    }

    /** Qualified records over every OID, names of 1 to 100 characters, lunar dates, every place kind. */
    static Arbitrary<IdentityRecord> records() {
        return records(names(40, true), names(40, false));
    }

    /** Qualified records whose two names have exactly 100 characters. */
    static Arbitrary<IdentityRecord> recordsWithNamesOf100() {
        return records(hundred(true), hundred(false));
    }

    private static Arbitrary<IdentityRecord> records(Arbitrary<String> birthNames, Arbitrary<String> firstNames) {
        Arbitrary<Traits> traits = Combinators.combine(birthNames, firstNames, dates(),
                Arbitraries.of("M", "F"), places())
                .as(Traits::parse);
        return Combinators.combine(traits, Arbitraries.longs(), Arbitraries.of(InsOid.class))
                .as((t, seed, oid) -> qualify(InsIdentity.of(InsIdentifier.of(coherentMatricule(t, seed), oid), t)));
    }

    /** Words of A-Z joined by separators: a strict birth name or list of first names. */
    private static Arbitrary<String> names(int maxLength, boolean birthName) {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> separator = birthName ? Arbitraries.of(" ", "-", "'", "--") : Arbitraries.of(" ", "-");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(4), separator.list().ofSize(3))
                .as((words, seps) -> {
                    StringBuilder sb = new StringBuilder(words.get(0));
                    for (int i = 1; i < words.size(); i++) {
                        sb.append(seps.get(i - 1)).append(words.get(i));
                    }
                    return sb.length() > maxLength ? sb.substring(0, maxLength).replaceAll("[ '-]+$", "") : sb.toString();
                });
    }

    /** Names of exactly 100 characters: 10 words of 9 letters, 9 separators, and one more letter. */
    private static Arbitrary<String> hundred(boolean birthName) {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').ofLength(9);
        Arbitrary<String> separator = birthName ? Arbitraries.of(" ", "-", "'") : Arbitraries.of(" ", "-");
        return Combinators.combine(word.list().ofSize(10), separator.list().ofSize(9)).as((words, seps) -> {
            StringBuilder sb = new StringBuilder(words.get(0)).append(words.get(0).charAt(0));
            for (int i = 1; i < 10; i++) {
                sb.append(seps.get(i - 1)).append(words.get(i));
            }
            return sb.toString();
        });
    }

    /** Strict dates, exact or lunar (00 for an unknown day and / or month), 1900 to 2020. */
    private static Arbitrary<String> dates() {
        return Combinators.combine(Arbitraries.integers().between(0, 44_000), Arbitraries.integers().between(0, 5))
                .as((days, k) -> {
                    LocalDate d = LocalDate.of(1900, 1, 1).plusDays(days);
                    return switch (k) {
                        case 0 -> d.getYear() + "-00-00";
                        case 1 -> String.format("%d-%02d-00", d.getYear(), d.getMonthValue());
                        default -> d.toString();
                    };
                });
    }

    /** Birth places: metropolitan, Corsica, overseas, abroad, unknown. */
    private static Arbitrary<String> places() {
        return Arbitraries.of(List.of("75056", "69123", "2A004", "2B033", "97411", "98735", "99100", "99352", "99999"));
    }

    /**
     * A matricule coherent with the traits (TRT-7: sex digit, year and month agree, as the qualifier
     * requires), the key computed as MAT-1 states it (BigInteger, 2A read 19, 2B read 18).
     */
    static InsMatricule coherentMatricule(Traits traits, long seed) {
        Random random = new Random(seed);
        String sex = traits.sex() == Sex.M ? "137" : "248";
        int month = traits.birthDate().month().orElse(20 + random.nextInt(80));
        String place = List.of("75056", "2A004", "2B033", "97411", "99352").get(random.nextInt(5));
        String body = String.format("%c%02d%02d%s%03d", sex.charAt(random.nextInt(3)),
                traits.birthDate().year() % 100, month, place, random.nextInt(1000));
        BigInteger n = new BigInteger(body.replace("2A", "19").replace("2B", "18"));
        int key = 97 - n.mod(BigInteger.valueOf(97)).intValueExact();
        return InsMatricule.parse(body + String.format("%02d", key));
    }
}
