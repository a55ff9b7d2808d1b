package io.github.ins4j.testing;

import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.traits.Traits;
import java.util.List;
import java.util.Objects;

/**
 * A small catalogue of named, fictitious INS identities for example-based tests: each has the test
 * OID {@link InsOid#NIR_TEST} ({@code INS-NIR-TEST}), a matricule whose key follows MAT-1 and which
 * is coherent with the traits (TRT-7, no disagreement at all), and traits in strict form. Any
 * resemblance to real people is coincidental; the test OID says they are not production identities.
 *
 * <table>
 *   <caption>The catalogue</caption>
 *   <tr><th>constant</th><th>what it is good for</th></tr>
 *   <tr><td>{@link #GARCIA_SARAH_LOU}</td><td>the person at the counter in the founding example</td></tr>
 *   <tr><td>{@link #HAMADI_SARA_LOU}</td><td>the wrong INSi answer of that example: same birth date
 *       and place, other names (TRT-6 {@code MISMATCH})</td></tr>
 *   <tr><td>{@link #MARTIN_DURAND_PIERRE_ALAIN}</td><td>double family name {@code MARTIN--DURAND},
 *       composed first name</td></tr>
 *   <tr><td>{@link #D_ARTAGNAN_CHARLES}</td><td>apostrophe in the birth name</td></tr>
 *   <tr><td>{@link #SANTONI_MARIE_ANTOINETTE}</td><td>born in Corsica before 1976: department
 *       {@code 20}</td></tr>
 *   <tr><td>{@link #CASANOVA_LUCA}</td><td>born in Corsica after 1976: {@code 2B} (read as 18 by
 *       MAT-1)</td></tr>
 *   <tr><td>{@link #PAYET_MARIE_JOSE}</td><td>born overseas ({@code 974})</td></tr>
 *   <tr><td>{@link #BENALI_YASMINE}</td><td>born abroad ({@code 99352}, Algeria)</td></tr>
 *   <tr><td>{@link #NDIAYE_AMADOU}</td><td>lunar birth date {@code 1960-00-00}, month code 31
 *       (unknown), born abroad</td></tr>
 *   <tr><td>{@link #LEROY_JEAN_A}, {@link #LEROY_JEAN_B}</td><td>homonyms: the same five traits,
 *       two matricules</td></tr>
 * </table>
 *
 * <pre>{@code
 * InsIdentity garcia = TestIdentities.GARCIA_SARAH_LOU;
 * IdentityRecord record = TestIdentities.recordOf(garcia, IdentityStatus.QUALIFIED);
 * InsAssertions.assertThat(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT)).carriesIns();
 * }</pre>
 */
public final class TestIdentities {

    /** GARCIA Sarah-Lou Marie, F, born 1989-04-12 in Lyon (69123); {@code 2 89 04 69 123 120 18}. */
    public static final InsIdentity GARCIA_SARAH_LOU =
            identity("289046912312018", "GARCIA", "SARAH-LOU MARIE", "1989-04-12", "F", "69123");

    /**
     * HAMADI Sara-Lou, F, born 1989-04-12 in Lyon (69123), like {@link #GARCIA_SARAH_LOU}: the INSi
     * answer that must not be filed for her; {@code 2 89 04 69 123 145 90}.
     */
    public static final InsIdentity HAMADI_SARA_LOU =
            identity("289046912314590", "HAMADI", "SARA-LOU", "1989-04-12", "F", "69123");

    /**
     * MARTIN--DURAND Pierre-Alain Muriel, M, born 1975-09-23 in Paris (75056): a double family name;
     * {@code 1 75 09 75 056 212 68}.
     */
    public static final InsIdentity MARTIN_DURAND_PIERRE_ALAIN =
            identity("175097505621268", "MARTIN--DURAND", "PIERRE-ALAIN MURIEL", "1975-09-23", "M", "75056");

    /** D'ARTAGNAN Charles, M, born 1985-03-12 in the Gers (32222); {@code 1 85 03 32 222 006 40}. */
    public static final InsIdentity D_ARTAGNAN_CHARLES =
            identity("185033222200640", "D'ARTAGNAN", "CHARLES", "1985-03-12", "M", "32222");

    /**
     * SANTONI Marie-Antoinette, F, born 1962-05-17 in Ajaccio before the split of Corsica: department
     * {@code 20} in the matricule and in the birth place code (20004); {@code 2 62 05 20 004 071 91}.
     */
    public static final InsIdentity SANTONI_MARIE_ANTOINETTE =
            identity("262052000407191", "SANTONI", "MARIE-ANTOINETTE", "1962-05-17", "F", "20004");

    /**
     * CASANOVA Luca, M, born 1998-08-30 in Bastia (2B033), after the split of Corsica;
     * {@code 1 98 08 2B 033 015 90}.
     */
    public static final InsIdentity CASANOVA_LUCA =
            identity("198082B03301590", "CASANOVA", "LUCA", "1998-08-30", "M", "2B033");

    /** PAYET Marie-José, F, born 1978-11-03 in Saint-Denis, La Réunion (97411); {@code 2 78 11 974 11 033 90}. */
    public static final InsIdentity PAYET_MARIE_JOSE =
            identity("278119741103390", "PAYET", "MARIE-JOSE", "1978-11-03", "F", "97411");

    /** BENALI Yasmine, F, born 1995-02-14 in Algeria (99352); {@code 2 95 02 99 352 087 96}. */
    public static final InsIdentity BENALI_YASMINE =
            identity("295029935208796", "BENALI", "YASMINE", "1995-02-14", "F", "99352");

    /**
     * N'DIAYE Amadou, M, born in 1960 in Senegal (99341), day and month unknown: birth date
     * {@code 1960-00-00} (lunar, TRT-3) and month code 31 in the matricule;
     * {@code 1 60 31 99 341 004 22}.
     */
    public static final InsIdentity NDIAYE_AMADOU =
            identity("160319934100422", "N'DIAYE", "AMADOU", "1960-00-00", "M", "99341");

    /**
     * LEROY Jean, M, born 1980-06-15 in Lille (59350), first of two homonyms with the same five
     * traits; {@code 1 80 06 59 350 101 34}.
     */
    public static final InsIdentity LEROY_JEAN_A =
            identity("180065935010134", "LEROY", "JEAN", "1980-06-15", "M", "59350");

    /**
     * LEROY Jean, M, born 1980-06-15 in Lille (59350), the homonym of {@link #LEROY_JEAN_A}: same
     * traits, another order number; {@code 1 80 06 59 350 102 33}.
     */
    public static final InsIdentity LEROY_JEAN_B =
            identity("180065935010233", "LEROY", "JEAN", "1980-06-15", "M", "59350");

    private static final List<InsIdentity> ALL = List.of(GARCIA_SARAH_LOU, HAMADI_SARA_LOU,
            MARTIN_DURAND_PIERRE_ALAIN, D_ARTAGNAN_CHARLES, SANTONI_MARIE_ANTOINETTE, CASANOVA_LUCA,
            PAYET_MARIE_JOSE, BENALI_YASMINE, NDIAYE_AMADOU, LEROY_JEAN_A, LEROY_JEAN_B);

    private TestIdentities() {
    }

    private static InsIdentity identity(String matricule, String birthName, String firstNames, String birthDate,
            String sex, String birthPlace) {
        return InsIdentity.of(InsIdentifier.parse(matricule, InsOid.NIR_TEST.oid()),
                Traits.parse(birthName, firstNames, birthDate, sex, birthPlace));
    }

    /**
     * Returns every identity of the catalogue, in the order of the constants.
     *
     * @return an unmodifiable list
     */
    public static List<InsIdentity> all() {
        return ALL;
    }

    /**
     * Builds an identity record of the given status for an identity of the catalogue (or any
     * identity), through an {@code IdentityQualifier} with a fixed clock, the only way (QUA-8):
     * {@code PROV} is created with the identity's traits; {@code RECUP} adds the INSi {@code 00}
     * answer with the identity; {@code VALI} a passport check; {@code QUAL} both.
     *
     * <pre>{@code
     * IdentityRecord qualified = TestIdentities.recordOf(TestIdentities.CASANOVA_LUCA, IdentityStatus.QUALIFIED);
     * qualified.insIdentity();   // Optional[the identity]
     * }</pre>
     *
     * @param identity the identity, whose matricule must be coherent with its traits for
     *                 {@code RECUP} and {@code QUAL} (QUA-3)
     * @param status   the status wanted
     * @return the record
     * @throws NullPointerException if an argument is {@code null}
     * @throws io.github.ins4j.qualification.QualificationException if the qualifier refuses the
     *     identity (e.g. an incoherent matricule)
     */
    public static IdentityRecord recordOf(InsIdentity identity, IdentityStatus status) {
        Objects.requireNonNull(identity, "identity must not be null");
        Objects.requireNonNull(status, "status must not be null");
        return RecordPaths.build(RecordPaths.DEFAULT_QUALIFIER, RecordPaths.DEFAULT_OPERATOR, identity, status, 0,
                IdentityDocument.PASSPORT);
    }
}
