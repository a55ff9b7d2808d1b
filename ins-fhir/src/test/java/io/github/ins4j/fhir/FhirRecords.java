package io.github.ins4j.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent.AttributeSet;
import io.github.ins4j.qualification.IdentityEvent.CarteVitaleAppRead;
import io.github.ins4j.qualification.IdentityEvent.DocumentCheck;
import io.github.ins4j.qualification.IdentityEvent.InsiAnswer;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.hl7.fhir.r4.model.Patient;

/**
 * Test generators for this module (ins-core's fixtures are not visible from here): strict traits,
 * matricules coherent with them, and identity records in every status, built through the qualifier.
 */
final class FhirRecords {

    /** One FHIR context for all tests: it is expensive to create. */
    static final FhirContext FHIR = FhirContext.forR4();

    /** The day the tests run on, for the audit trail and "today". */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    static final IdentityQualifier QUALIFIER = IdentityQualifier.of(CLOCK);

    /** The states a generated record can be in. */
    enum State {
        PROVISIONAL, RETRIEVED, VALIDATED, VALIDATED_MINOR_EXCEPTION, QUALIFIED, QUALIFIED_WITH_HISTORY,
        QUALIFIED_BY_CARTE_VITALE_APP, QUALIFIED_THEN_LOW_TRUST_DOCUMENT, QUALIFIED_THEN_DOUBTFUL,
        DOUBTFUL_HOMONYM, FICTITIOUS, HOMONYM_QUALIFIED
    }

    private FhirRecords() {
    }

    static String json(Patient patient) {
        return FHIR.newJsonParser().encodeResourceToString(patient);
    }

    /**
     * The Patient written for FR Core's continuous build, the version {@link InsPatientReader} reads
     * today (QUAL, comment, dateInterrogationINSi): for the round trips writer → reader.
     */
    static Patient continuous(io.github.ins4j.disclosure.DisclosureDecision decision) {
        return InsPatientWriter.write(decision, FrCoreVersion.CONTINUOUS_BUILD).patient();
    }

    /** The Patient written for FR Core 2.2.0, the default version. */
    static Patient published(io.github.ins4j.disclosure.DisclosureDecision decision) {
        return InsPatientWriter.write(decision).patient();
    }

    static Patient parse(String json) {
        return FHIR.newJsonParser().parseResource(Patient.class, json);
    }

    // ------------------------------------------------------------------------------------------
    // Traits

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10);
    }

    /** Strict birth names: one to three words joined by a space, a hyphen, an apostrophe or "--". */
    static Arbitrary<String> birthNames() {
        return Combinators.combine(word(), Arbitraries.of(" ", "-", "'", "--"), word(),
                Arbitraries.integers().between(1, 3))
                .as((a, sep, b, words) -> words == 1 ? a : words == 2 ? a + sep + b : a + sep + b + " " + a);
    }

    /** Strict lists of first names: one to four, some composed with a hyphen. */
    static Arbitrary<String> firstNameLists() {
        Arbitrary<String> name = Combinators.combine(word(), word(), Arbitraries.integers().between(0, 3))
                .as((a, b, k) -> k == 0 ? a + "-" + b : a);
        return name.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join(" ", list));
    }

    /** Birth dates: mostly exact, and every kind of uncertain one (TRT-3). */
    static Arbitrary<BirthDate> birthDates() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 44_000)
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
        return Combinators.combine(days, Arbitraries.integers().between(0, 11)).as((date, k) -> switch (k) {
            case 0 -> BirthDate.parse(date.getYear() + "-00-00", CLOCK);
            case 1 -> BirthDate.parse(String.format("%d-%02d-00", date.getYear(), date.getMonthValue()), CLOCK);
            case 2 -> BirthDate.parse(String.format("%d-00-%02d", date.getYear(), date.getDayOfMonth()), CLOCK);
            case 3 -> BirthDate.uncertain(date);
            default -> BirthDate.of(date, CLOCK);
        });
    }

    /** Birth place codes of every kind: metropolitan, Corsica, overseas, abroad, unknown. */
    static Arbitrary<String> birthPlaces() {
        Arbitrary<String> commune = Arbitraries.integers().between(0, 999).map(c -> String.format("%03d", c));
        Arbitrary<String> metropolitan = Combinators.combine(
                Arbitraries.integers().between(1, 95).filter(d -> d != 20).map(d -> String.format("%02d", d)),
                commune).as(String::concat);
        Arbitrary<String> corsica = Combinators.combine(Arbitraries.of("2A", "2B"), commune).as(String::concat);
        Arbitrary<String> overseas = Combinators.combine(Arbitraries.integers().between(971, 976),
                Arbitraries.integers().between(0, 99)).as((d, c) -> d + String.format("%02d", c));
        Arbitrary<String> abroad = Arbitraries.integers().between(100, 999).map(c -> "99" + c);
        return Arbitraries.oneOf(metropolitan, corsica, overseas, abroad, Arbitraries.just("99999"));
    }

    static Arbitrary<Traits> traits() {
        return Combinators.combine(birthNames(), firstNameLists(), birthDates(), Arbitraries.of(Sex.class),
                birthPlaces())
                .as((n, f, d, s, p) -> new Traits(BirthName.parse(n), BirthFirstNames.parse(f), d, s, BirthPlaceCode.parse(p)));
    }

    // ------------------------------------------------------------------------------------------
    // Matricules

    /** MAT-1, written independently of ins-core: 97 - (N mod 97), 2A read as 19 and 2B as 18. */
    static String key(String thirteen) {
        long n = Long.parseLong(thirteen.replace("2A", "19").replace("2B", "18"));
        return String.format("%02d", 97 - n % 97);
    }

    /** A matricule coherent with the traits (TRT-7): sex digit, year, month and place agree. */
    static InsMatricule coherentMatricule(Traits traits, long seed) {
        Random random = new Random(seed);
        int[] digits = traits.sex() == Sex.M ? new int[] {1, 3, 7} : new int[] {2, 4, 8};
        int sex = digits[random.nextInt(digits.length)];
        int month = traits.birthDate().month().isPresent()
                ? traits.birthDate().month().getAsInt() : 20 + random.nextInt(80);
        String place = traits.birthPlace().isUnknown() ? "75056" : traits.birthPlace().value();
        String body = String.format("%d%02d%02d%s%03d", sex, traits.birthDate().year() % 100, month, place,
                random.nextInt(1000));
        return InsMatricule.parse(body + key(body));
    }

    // ------------------------------------------------------------------------------------------
    // Records

    /** Records in every state, with every OID. */
    static Arbitrary<IdentityRecord> records() {
        return Combinators.combine(traits(), Arbitraries.of(State.class), Arbitraries.of(InsOid.class),
                Arbitraries.longs()).as(FhirRecords::record);
    }

    /** Qualified records only, with every OID. */
    static Arbitrary<IdentityRecord> qualifiedRecords() {
        return records().filter(IdentityRecord::isQualified);
    }

    /** A record in the given state, whose INSi identity (if any) has the given OID. */
    static IdentityRecord record(Traits traits, State state, InsOid oid, long seed) {
        InsIdentifier active = InsIdentifier.of(coherentMatricule(traits, seed), oid);
        InsIdentity ins = InsIdentity.of(active, traits);
        if (state == State.QUALIFIED_WITH_HISTORY) {
            InsIdentifier older = InsIdentifier.of(coherentMatricule(traits, seed + 1),
                    oid == InsOid.NIA ? InsOid.NIR : InsOid.NIA);
            EarlierIdentifier earlier = seed % 2 == 0 ? EarlierIdentifier.of(older)
                    : new EarlierIdentifier(older, Optional.of(LocalDate.of(2019, 3, 1)),
                            Optional.of(LocalDate.of(2021, 6, 30)));
            ins = new InsIdentity(active, traits, List.of(earlier));
        }
        IdentityRecord r = QUALIFIER.start(traits, "op");
        switch (state) {
            case PROVISIONAL -> { }
            case RETRIEVED -> r = QUALIFIER.apply(r, InsiAnswer.found(ins), "op");
            case VALIDATED -> r = QUALIFIER.apply(r, DocumentCheck.of(IdentityDocument.PASSPORT), "op");
            case VALIDATED_MINOR_EXCEPTION -> r = QUALIFIER.apply(r, DocumentCheck.inContext(
                    IdentityDocument.PARENTS_FAMILY_RECORD_BOOK, ExceptionContext.MINOR), "op");
            case QUALIFIED_BY_CARTE_VITALE_APP -> r = QUALIFIER.apply(r, CarteVitaleAppRead.of(ins), "op");
            case FICTITIOUS -> r = QUALIFIER.apply(r, new AttributeSet(IdentityAttribute.FICTITIOUS), "op");
            case DOUBTFUL_HOMONYM -> {
                r = QUALIFIER.apply(r, new AttributeSet(IdentityAttribute.HOMONYM), "op");
                r = QUALIFIER.apply(r, new AttributeSet(IdentityAttribute.DOUBTFUL), "op");
            }
            default -> {
                r = QUALIFIER.apply(r, InsiAnswer.found(ins), "op");
                r = QUALIFIER.apply(r, DocumentCheck.of(IdentityDocument.NATIONAL_ID_CARD), "op");
                if (state == State.QUALIFIED_THEN_LOW_TRUST_DOCUMENT) {
                    r = QUALIFIER.apply(r, DocumentCheck.of(IdentityDocument.BIRTH_CERTIFICATE_EXTRACT), "op");
                } else if (state == State.QUALIFIED_THEN_DOUBTFUL) {
                    r = QUALIFIER.apply(r, new AttributeSet(IdentityAttribute.DOUBTFUL), "op");
                } else if (state == State.HOMONYM_QUALIFIED) {
                    r = QUALIFIER.apply(r, new AttributeSet(IdentityAttribute.HOMONYM), "op");
                }
            }
        }
        return r;
    }
}
