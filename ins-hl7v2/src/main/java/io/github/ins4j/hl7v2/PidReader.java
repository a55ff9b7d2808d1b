package io.github.ins4j.hl7v2;

import io.github.ins4j.exchange.ClaimedIdentity;
import io.github.ins4j.exchange.ExchangeException;
import io.github.ins4j.exchange.ExchangeException.Reason;
import io.github.ins4j.exchange.ExchangeFormat;
import io.github.ins4j.exchange.FormatVersion;
import io.github.ins4j.exchange.IdentifierClaim;
import io.github.ins4j.exchange.Refusal;
import io.github.ins4j.internal.exchange.BirthTimes;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.Trait;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the patient of HL7 v2 PID fields, in the layout of {@link PidWriter} (IHE PAM France), into
 * a {@link ClaimedIdentity}: the local identity always, the INS when every rule holds, what was
 * refused and why. Only fields that cannot be read are refused whole ({@link ExchangeException}).
 *
 * <ul>
 *   <li>PID-3: the INS repetition is the one of type {@code INS}, or any repetition whose assigning
 *       authority OID (CX-4.2) is an INS OID; it is checked by the rules shared by the three readers
 *       ({@link ClaimedIdentity.Builder}: INS OID, 15-character matricule with a valid key, one INS)
 *       and its universal ID type (CX-4.3), if any, must be {@code ISO}; the namespace ID is not
 *       checked: the OID decides. A broken INS refuses the INS, not the message. Other repetitions
 *       (IPP, INS-C of type {@code INS-C}, NSS...) are ignored.</li>
 *   <li>The five traits: PID-5 repetition of type {@code L} (component 1 birth name, 2 first first
 *       name, optional but checked against the list (TRT-2), 3 the list of first names), PID-7,
 *       PID-8 and the {@code BDL} repetition of PID-11 (component 9). Values are unescaped, then
 *       read in strict form (TRT-1) or, failing that, as typed (lower case...) into the local traits
 *       only: the INS never goes without the five strict traits (DIS-4). A delimiter smuggled in
 *       through an escape sequence is an invalid trait.</li>
 *   <li>PID-7: the date part of the timestamp; reduced precision ({@code 1960}, {@code 196007})
 *       is read as an uncertain date. A full date is read as exact: HL7 v2 carries no uncertainty
 *       flag, so the conventional date of an uncertain one comes back as an exact date (TRT-3,
 *       spec decision).</li>
 * </ul>
 *
 * <pre>{@code
 * ClaimedIdentity patient = PidReader.read(PidFields.parse(
 *         "PID|||289046912312018^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS"
 *         + "||GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L||19890412|F|||^^^^^^BDL^^69123"));
 * patient.insIdentity().orElseThrow().identifier().oid();   // NIR_TEST
 * }</pre>
 */
public final class PidReader {

    /** Longest field read: 64 KiB. */
    public static final int MAX_FIELD_LENGTH = 1 << 16;

    private PidReader() {
    }

    /**
     * Reads the identity the PID fields claim: the INS (if PID-3 holds one and every rule holds)
     * and the traits.
     *
     * @param fields the PID fields, as they stand in the message (escaped)
     * @return the identity the fields claim
     * @throws ExchangeException when the fields cannot be read: {@code MALFORMED_FIELD} (an
     *     unterminated or unsupported escape sequence, subcomponents where the data type has none)
     *     or {@code TOO_LARGE}
     * @throws NullPointerException if {@code fields} is {@code null}
     */
    public static ClaimedIdentity read(PidFields fields) {
        checkLength(fields.pid3(), "PID-3");
        checkLength(fields.pid5(), "PID-5");
        checkLength(fields.pid7(), "PID-7");
        checkLength(fields.pid8(), "PID-8");
        checkLength(fields.pid11(), "PID-11");
        ClaimedIdentity.Builder claim = ClaimedIdentity.builder(FormatVersion.IHE_PAM_FR);
        identifiers(claim, fields.pid3());
        List<String> name = legalName(claim, fields.pid5());
        if (name != null) {
            claim.birthName("PID-5.1", name.get(0));
            claim.firstNames("PID-5.3", name.get(2), name.get(1));
        }
        claim.birthDate("PID-7", simple(fields.pid7(), "PID-7"), BirthTimes::parse);
        claim.sex("PID-8", simple(fields.pid8(), "PID-8"));
        birthPlace(claim, fields.pid11());
        return claim.build();
    }

    private static void identifiers(ClaimedIdentity.Builder claim, String pid3) {
        List<String> repetitions = split(pid3, '~');
        for (int i = 0; i < repetitions.size(); i++) {
            List<String> cx = split(repetitions.get(i), '^');
            List<String> authority = split(component(cx, 3), '&');
            String typeCode = simple(component(cx, 4), "PID-3.5");
            String oid = simple(component(authority, 1), "PID-3.4.2");
            boolean typed = typeCode.equals(PidWriter.INS_TYPE_CODE);
            if (!typed && !isInsOid(oid)) {
                continue;   // an IPP, an INS-C of type INS-C, the NSS (DIS-5)
            }
            String where = "PID-3 repetition " + (i + 1);
            String universalIdType = simple(component(authority, 2), "PID-3.4.3");
            if (!universalIdType.isEmpty() && !universalIdType.equals("ISO")) {
                claim.refuse(Refusal.Part.INS, Reason.WRONG_OID, "the universal ID type (PID-3.4.3) of the INS"
                        + " repetition is not ISO");
            }
            String matricule = simple(component(cx, 0), "PID-3.1");
            claim.identifier(typed ? IdentifierClaim.typedIns(where, oid, matricule, null)
                    : IdentifierClaim.of(where, oid, matricule));
        }
    }

    private static boolean isInsOid(String oid) {
        try {
            InsOid.parse(oid);
            return true;
        } catch (InvalidOidException e) {
            return false;
        }
    }

    /** The components 1, 2, 3 of the legal-name repetition, unescaped; null when none or two. */
    private static @Nullable List<String> legalName(ClaimedIdentity.Builder claim, String pid5) {
        List<String> legal = null;
        for (String repetition : split(pid5, '~')) {
            List<String> xpn = split(repetition, '^');
            if (simple(component(xpn, 6), "PID-5.7").equals(PidWriter.LEGAL_NAME_TYPE)) {
                if (legal != null) {
                    String message = "PID-5 holds two repetitions of name type L (legal name)";
                    claim.refuseTrait(Trait.BIRTH_NAME, Reason.DUPLICATE_TRAIT, message);
                    claim.refuseTrait(Trait.BIRTH_FIRST_NAMES, Reason.DUPLICATE_TRAIT, message);
                    return null;
                }
                legal = xpn;
            }
        }
        if (legal == null) {
            return null;   // both traits missing
        }
        List<String> family = split(component(legal, 0), '&');
        for (int i = 1; i < family.size(); i++) {
            if (!family.get(i).isEmpty()) {
                throw new ExchangeException(ExchangeFormat.HL7V2, Reason.MALFORMED_FIELD, "the birth name"
                        + " (PID-5.1) has a subcomponent after the surname; the birth name is PID-5.1.1 alone");
            }
        }
        return List.of(Hl7Escaping.unescape(family.get(0)), simple(component(legal, 1), "PID-5.2"),
                simple(component(legal, 2), "PID-5.3"));
    }

    private static void birthPlace(ClaimedIdentity.Builder claim, String pid11) {
        String code = null;
        for (String repetition : split(pid11, '~')) {
            List<String> xad = split(repetition, '^');
            if (simple(component(xad, 6), "PID-11.7").equals(PidWriter.BIRTH_ADDRESS_TYPE)) {
                if (code != null) {
                    claim.refuseTrait(Trait.BIRTH_PLACE_CODE, Reason.DUPLICATE_TRAIT,
                            "PID-11 holds two repetitions of address type BDL (birth place)");
                    return;
                }
                code = simple(component(xad, 8), "PID-11.9");
            }
        }
        claim.birthPlace("PID-11 (BDL repetition, component 9)", code);
    }

    /** A component of a type without subcomponents: refuses {@code &}, unescapes. */
    private static String simple(String raw, String where) {
        if (raw.contains("&")) {
            throw new ExchangeException(ExchangeFormat.HL7V2, Reason.MALFORMED_FIELD, where + " holds a subcomponent separator"
                    + " (&) where its data type has none; escape it as \\T\\");
        }
        return Hl7Escaping.unescape(raw);
    }

    private static String component(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : "";
    }

    private static List<String> split(String text, char separator) {
        return PidFields.split(text, separator);
    }

    private static void checkLength(String field, String name) {
        if (field.length() > MAX_FIELD_LENGTH) {
            throw new ExchangeException(ExchangeFormat.HL7V2, Reason.TOO_LARGE, name + " has " + field.length()
                    + " characters; at most " + MAX_FIELD_LENGTH + " are read");
        }
    }
}
