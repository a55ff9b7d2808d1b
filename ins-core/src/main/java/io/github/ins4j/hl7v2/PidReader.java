package io.github.ins4j.hl7v2;

import io.github.ins4j.error.InsException;
import io.github.ins4j.hl7v2.Hl7v2Exception.Reason;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.internal.hl7.BirthTimes;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Trait;
import io.github.ins4j.traits.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the INS and its traits back from HL7 v2 PID fields, in the layout of {@link PidWriter}.
 *
 * <ul>
 *   <li>PID-3: the INS repetition is the one of type {@code INS}, or any repetition whose assigning
 *       authority OID (CX-4.2) is an INS OID; its OID is read by {@link InsOid#parse} (the
 *       namespace ID is not checked: the OID decides) and its matricule must be 15 characters with
 *       a valid key. Other repetitions (IPP, INS-C of type {@code INS-C}, NSS...) are ignored. Two
 *       INS repetitions are refused.</li>
 *   <li>The five traits are read in every case, and are mandatory (DIS-4; the {@link Traits} type
 *       needs all five): PID-5 repetition of type {@code L} (component 1 birth name, 2 first first
 *       name, optional but checked against the list (TRT-2), 3 the list of first names), PID-7,
 *       PID-8 and the {@code BDL} repetition of PID-11 (component 9). Values are unescaped, then
 *       checked in strict form (TRT-1): a delimiter smuggled in through an escape sequence is an
 *       invalid trait.</li>
 *   <li>PID-7: the date part of the timestamp; reduced precision ({@code 1960}, {@code 196007})
 *       is read as an uncertain date. A full date is read as exact: HL7 v2 carries no uncertainty
 *       flag, so the conventional date of an uncertain one comes back as an exact date (TRT-3,
 *       spec decision).</li>
 * </ul>
 *
 * <pre>{@code
 * PidPatient patient = PidReader.read(PidFields.parse(
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
     * Reads the INS (if PID-3 holds one) and the five traits.
     *
     * @param fields the PID fields, as they stand in the message (escaped)
     * @return the INS identity and the traits, or the traits only
     * @throws Hl7v2Exception with the reason: {@code WRONG_OID}, {@code INVALID_INS},
     *     {@code TWO_INS_IDS}, {@code MISSING_TRAIT}, {@code DUPLICATE_TRAIT}, {@code INVALID_TRAIT},
     *     {@code INCONSISTENT_FIRST_NAME}, {@code MALFORMED_FIELD} or {@code TOO_LARGE}
     * @throws NullPointerException if {@code fields} is {@code null}
     */
    public static PidPatient read(PidFields fields) {
        checkLength(fields.pid3(), "PID-3");
        checkLength(fields.pid5(), "PID-5");
        checkLength(fields.pid7(), "PID-7");
        checkLength(fields.pid8(), "PID-8");
        checkLength(fields.pid11(), "PID-11");
        Optional<InsIdentifier> ins = readIns(fields.pid3());
        String insNote = ins.isPresent()
                ? "; PID-3 holds an INS, which never travels without its five traits (DIS-4)" : "";

        List<String> name = legalName(fields.pid5(), insNote);
        BirthName birthName = trait(Trait.BIRTH_NAME, "PID-5.1", name.get(0), insNote, BirthName::parse);
        BirthFirstNames firstNames = trait(Trait.BIRTH_FIRST_NAMES, "PID-5.3", name.get(2), insNote,
                BirthFirstNames::parse);
        if (!name.get(1).isEmpty() && !firstNames.isConsistentWith(name.get(1))) {
            throw new Hl7v2Exception(Reason.INCONSISTENT_FIRST_NAME, "the first first name (PID-5.2)"
                    + " is not the start of the list of birth first names (PID-5.3) (TRT-2)");
        }
        BirthDate birthDate = trait(Trait.BIRTH_DATE, "PID-7", simple(fields.pid7(), "PID-7"), insNote,
                BirthTimes::parse);
        Sex sex = trait(Trait.SEX, "PID-8", simple(fields.pid8(), "PID-8"), insNote, Sex::parse);
        BirthPlaceCode place = trait(Trait.BIRTH_PLACE_CODE, "PID-11 (BDL repetition, component 9)",
                birthPlace(fields.pid11()), insNote, BirthPlaceCode::parse);
        Traits traits = new Traits(birthName, firstNames, birthDate, sex, place);
        return new PidPatient(ins.map(identifier -> InsIdentity.of(identifier, traits)), traits);
    }

    private static Optional<InsIdentifier> readIns(String pid3) {
        InsIdentifier found = null;
        for (String repetition : split(pid3, '~')) {
            List<String> cx = split(repetition, '^');
            List<String> authority = split(component(cx, 3), '&');
            String typeCode = simple(component(cx, 4), "PID-3.5");
            String oidText = simple(component(authority, 1), "PID-3.4.2");
            if (!typeCode.equals(PidWriter.INS_TYPE_CODE) && !isInsOid(oidText)) {
                continue;
            }
            if (found != null) {
                throw new Hl7v2Exception(Reason.TWO_INS_IDS, "PID-3 holds more than one INS repetition;"
                        + " send the patient's one INS");
            }
            InsOid oid;
            try {
                oid = InsOid.parse(oidText);
            } catch (InvalidOidException e) {
                throw new Hl7v2Exception(Reason.WRONG_OID, "the assigning authority (PID-3.4.2) of the INS"
                        + " repetition is not an INS OID (" + e.reason() + ")", e);
            }
            String universalIdType = simple(component(authority, 2), "PID-3.4.3");
            if (!universalIdType.isEmpty() && !universalIdType.equals("ISO")) {
                throw new Hl7v2Exception(Reason.WRONG_OID, "the universal ID type (PID-3.4.3) of the INS"
                        + " repetition is not ISO");
            }
            String matricule = simple(component(cx, 0), "PID-3.1");
            if (matricule.length() != InsMatricule.LENGTH) {
                throw new Hl7v2Exception(Reason.INVALID_INS, "the INS (PID-3.1) has " + matricule.length()
                        + " characters; 15 are expected, without separators");
            }
            try {
                found = InsIdentifier.of(InsMatricule.parse(matricule), oid);
            } catch (InvalidMatriculeException e) {
                throw new Hl7v2Exception(Reason.INVALID_INS, "the INS (PID-3.1) is not a valid matricule ("
                        + e.reason() + ")", e);
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean isInsOid(String oid) {
        try {
            InsOid.parse(oid);
            return true;
        } catch (InvalidOidException e) {
            return false;
        }
    }

    /** The components 1, 2, 3 of the legal-name repetition, unescaped. */
    private static List<String> legalName(String pid5, String insNote) {
        List<String> legal = null;
        for (String repetition : split(pid5, '~')) {
            List<String> xpn = split(repetition, '^');
            if (simple(component(xpn, 6), "PID-5.7").equals(PidWriter.LEGAL_NAME_TYPE)) {
                if (legal != null) {
                    throw new Hl7v2Exception(Reason.DUPLICATE_TRAIT,
                            "PID-5 holds two repetitions of name type L (legal name)");
                }
                legal = xpn;
            }
        }
        if (legal == null) {
            throw new Hl7v2Exception(Reason.MISSING_TRAIT, "PID-5 has no repetition of name type L:"
                    + " the birth name and first names are missing" + insNote);
        }
        List<String> family = split(component(legal, 0), '&');
        for (int i = 1; i < family.size(); i++) {
            if (!family.get(i).isEmpty()) {
                throw new Hl7v2Exception(Reason.MALFORMED_FIELD, "the birth name (PID-5.1) has a"
                        + " subcomponent after the surname; the birth name is PID-5.1.1 alone");
            }
        }
        return List.of(Hl7Escaping.unescape(family.get(0)), simple(component(legal, 1), "PID-5.2"),
                simple(component(legal, 2), "PID-5.3"));
    }

    private static String birthPlace(String pid11) {
        String code = null;
        for (String repetition : split(pid11, '~')) {
            List<String> xad = split(repetition, '^');
            if (simple(component(xad, 6), "PID-11.7").equals(PidWriter.BIRTH_ADDRESS_TYPE)) {
                if (code != null) {
                    throw new Hl7v2Exception(Reason.DUPLICATE_TRAIT,
                            "PID-11 holds two repetitions of address type BDL (birth place)");
                }
                code = simple(component(xad, 8), "PID-11.9");
            }
        }
        return code == null ? "" : code;
    }

    private static <T> T trait(Trait trait, String where, String text, String insNote,
            Function<String, T> parser) {
        if (text.isEmpty()) {
            throw new Hl7v2Exception(Reason.MISSING_TRAIT, "the " + trait.label() + " (" + where
                    + ") is missing" + insNote);
        }
        try {
            return parser.apply(text);
        } catch (InsException | IllegalArgumentException e) {
            throw new Hl7v2Exception(Reason.INVALID_TRAIT, "the " + trait.label() + " (" + where
                    + ") is invalid: " + e.getMessage(), e);
        }
    }

    /** A component of a type without subcomponents: refuses {@code &}, unescapes. */
    private static String simple(String raw, String where) {
        if (raw.contains("&")) {
            throw new Hl7v2Exception(Reason.MALFORMED_FIELD, where + " holds a subcomponent separator"
                    + " (&) where its data type has none; escape it as \\T\\");
        }
        return Hl7Escaping.unescape(raw);
    }

    private static String component(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : "";
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static void checkLength(String field, String name) {
        if (field.length() > MAX_FIELD_LENGTH) {
            throw new Hl7v2Exception(Reason.TOO_LARGE, name + " has " + field.length()
                    + " characters; at most " + MAX_FIELD_LENGTH + " are read");
        }
    }
}
