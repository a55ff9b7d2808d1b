package io.github.ins4j.testing.insi;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.traits.Traits;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fictitious personas published with the INSi test kit (07-insi.md, "Test personas"), as the
 * fake INSi server answers them. Matricules and keys are those of the spec; where the spec gives
 * none (the NIA of PROVISOIRE, the earlier matricule of ECETINSI) the key is computed (MAT-1). Birth
 * places not given by the spec are {@code 63220}, the place the matricules carry. OIDs:
 * {@code INS-NIR-TEST}, except PROVISOIRE ({@code INS-NIA}, as the spec says).
 *
 * <p>HOUILLES (every search {@code 01}) and D’ÆION (never sent, INSI-2) are not registered: the fake
 * answers {@code 01} to anyone it does not know.
 *
 * <pre>{@code
 * FakeInsiServer server = FakeInsiServer.start();   // knows all of them
 * InsIdentity expected = InsiPersonas.TCHITCHI.identity();
 * }</pre>
 */
public final class InsiPersonas {

    /** ADRTROIS Toussaint, M, 1960-01-01, Corsica (2B020): NIR {@code 160012B020777} key {@code 13}. */
    public static final InsiPersona ADRTROIS =
            persona("160012B020777", "13", InsOid.NIR_TEST, "ADRTROIS", "TOUSSAINT", "1960-01-01", "M", "2B020");

    /** D'ARTAGNAN DE L'HERAULT Pierre-Alain Gunther, M, 2001-06-17: {@code 1010663220754} key {@code 60}. */
    public static final InsiPersona D_ARTAGNAN_DE_L_HERAULT = persona("1010663220754", "60", InsOid.NIR_TEST,
            "D'ARTAGNAN DE L'HERAULT", "PIERRE-ALAIN GUNTHER", "2001-06-17", "M", "63220");

    /**
     * DE VINCI Leonardo Piero, M, 2014-02-01: {@code 02} without birth place, {@code 00} with
     * {@code 63220}: {@code 1140263220833} key {@code 56}.
     */
    public static final InsiPersona DE_VINCI = persona("1140263220833", "56", InsOid.NIR_TEST, "DE VINCI",
            "LEONARDO PIERO", "2014-02-01", "M", "63220").severalFoundWithoutBirthPlace();

    /** TCHITCHI Catarina Bella, F, 1936-06-21: {@code 2360663220836} key {@code 56}; OLA gives {@code 01}. */
    public static final InsiPersona TCHITCHI = persona("2360663220836", "56", InsOid.NIR_TEST, "TCHITCHI",
            "CATARINA BELLA", "1936-06-21", "F", "63220");

    /** ECETINSI Pierre-Alain, M, 2009-07-14: {@code 1090763220834} key {@code 89}, one earlier matricule. */
    public static final InsiPersona ECETINSI = InsiPersona.of(new InsIdentity(
            InsIdentifier.of(InsMatricule.of("1090763220834", "89"), InsOid.NIR_TEST),
            Traits.parse("ECETINSI", "PIERRE-ALAIN", "2009-07-14", "M", "63220"),
            List.of(new EarlierIdentifier(InsIdentifier.of(withKey("1090763220712"), InsOid.NIR_TEST),
                    Optional.of(LocalDate.of(2009, 7, 20)), Optional.of(LocalDate.of(2011, 3, 1))))));

    /** PROVISOIRE Matricule, M, 2009-07-01: an NIA (OID {@code 1.2.250.1.213.1.4.9}). */
    public static final InsiPersona PROVISOIRE = InsiPersona.of(InsIdentity.of(
            InsIdentifier.of(withKey("1090763220901"), InsOid.NIA),
            Traits.parse("PROVISOIRE", "MATRICULE", "2009-07-01", "M", "63220")));

    /** ADRUN Zoe, F, 1975-12-31: the usual smoke test, {@code 2751263220749} key {@code 74}. */
    public static final InsiPersona ADRUN =
            persona("2751263220749", "74", InsOid.NIR_TEST, "ADRUN", "ZOE", "1975-12-31", "F", "63220");

    private static final List<InsiPersona> ALL =
            List.of(ADRTROIS, D_ARTAGNAN_DE_L_HERAULT, DE_VINCI, TCHITCHI, ECETINSI, PROVISOIRE, ADRUN);

    private InsiPersonas() {
    }

    /**
     * Returns every persona, in the order of the spec's table.
     *
     * @return an unmodifiable list
     */
    public static List<InsiPersona> all() {
        return ALL;
    }

    private static InsiPersona persona(String num, String key, InsOid oid, String name, String firstNames,
            String date, String sex, String place) {
        return InsiPersona.of(InsIdentity.of(InsIdentifier.of(InsMatricule.of(num, key), oid),
                Traits.parse(name, firstNames, date, sex, place)));
    }

    private static InsMatricule withKey(String num) {
        long key = 97 - Long.parseLong(num) % 97;
        return InsMatricule.of(num, key < 10 ? "0" + key : Long.toString(key));
    }
}
