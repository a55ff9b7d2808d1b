package io.github.ins4j.hl7v2;

import io.github.ins4j.disclosure.DisclosedIdentity;
import io.github.ins4j.disclosure.Disclosure;
import io.github.ins4j.disclosure.DisclosureDecision;
import io.github.ins4j.internal.hl7.BirthTimes;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.MatriculeFormat;
import io.github.ins4j.traits.Traits;
import java.util.Objects;

/**
 * Writes the INS and its traits into HL7 v2 PID fields, always through the disclosure rules
 * ({@link Disclosure#decide}, DIS-6): the caller never decides whether the matricule goes.
 *
 * <ul>
 *   <li><b>DIS-1, DIS-4</b> a qualified identity on a care document: PID-3 holds the INS
 *       repetition and PID-5, PID-7, PID-8, PID-11 the five traits.</li>
 *   <li><b>DIS-2</b> a non-qualified identity: PID-3 is empty (no matricule, no INS OID); the
 *       traits are written.</li>
 *   <li><b>DIS-3</b> billing and insurers: PID-3 empty and the traits, whatever the status (the
 *       NSS, DIS-5, is the caller's to write); research: refused with
 *       {@link Hl7v2Exception.Reason#NOTHING_IDENTIFYING}.</li>
 * </ul>
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>PID-3: {@code <matricule>^^^<namespace>&<OID>&ISO^INS}. The namespace is
 *       {@code ASIP-SANTE-INS-NIR} for the NIR OIDs, production ({@code .4.8}), test
 *       ({@code .4.10}) and demonstration ({@code .4.11}) alike, as in the ANS CI-SIS samples,
 *       and {@code ASIP-SANTE-INS-NIA} for the NIA ({@code .4.9}); see {@link #namespaceId(InsOid)}.
 *       The OID, not the namespace, tells which authority it is.</li>
 *   <li>PID-5 (decision, after IHE PAM France): one repetition of name type {@code L} (legal name),
 *       {@code <birth name>^<first first name>^<whole list of birth first names>^^^^L}. The list
 *       in component 3 holds the first first name too, in INSi form ({@code SARAH-LOU MARIE}).</li>
 *   <li>PID-7: {@code YYYYMMDD}; for an uncertain date the conventional date the ANS guide
 *       prescribes (TRT-3; spec 05-interop decision).</li>
 *   <li>PID-8: {@code M} or {@code F}.</li>
 *   <li>PID-11: the birth-place repetition {@code ^^^^^^BDL^^<INSEE code>} (address type
 *       {@code BDL}, component 9 county/parish code), as in the ANS CI-SIS samples.</li>
 * </ul>
 *
 * <p>Every value is escaped ({@link Hl7Escaping}).
 *
 * <pre>{@code
 * PidFields fields = PidWriter.write(Disclosure.decide(record, DocumentPurpose.CARE_DOCUMENT));
 * fields.pid3();   // "289046912312018^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS" when qualified
 * fields.pid5();   // "GARCIA^SARAH-LOU^SARAH-LOU MARIE^^^^L"
 * PidWriter.write(Disclosure.decide(record, DocumentPurpose.BILLING)).pid3();   // "" (DIS-3)
 * }</pre>
 */
public final class PidWriter {

    /** The PID-3 identifier type code of the INS (CX-5). */
    public static final String INS_TYPE_CODE = "INS";

    /** The PID-5 name type code of the birth (legal) name (XPN-7). */
    public static final String LEGAL_NAME_TYPE = "L";

    /** The PID-11 address type of the birth place (XAD-7). */
    public static final String BIRTH_ADDRESS_TYPE = "BDL";

    private PidWriter() {
    }

    /**
     * Writes the PID fields that the decision allows: PID-3 with the INS only when the decision
     * carries it, the traits otherwise.
     *
     * @param decision the disclosure decision for the message ({@link Disclosure#decide})
     * @return the fields, escaped; PID-3 empty when the INS may not be written
     * @throws Hl7v2Exception with {@code NOTHING_IDENTIFYING} when the decision allows nothing
     *     identifying (research)
     * @throws NullPointerException if {@code decision} is {@code null}
     */
    public static PidFields write(DisclosureDecision decision) {
        DisclosedIdentity disclosed = Objects.requireNonNull(decision, "decision must not be null").identity();
        if (disclosed instanceof DisclosedIdentity.WithIns withIns) {
            return fields(pid3(withIns.identifier()), withIns.traits());
        }
        if (disclosed instanceof DisclosedIdentity.TraitsOnly traitsOnly) {
            return fields("", traitsOnly.traits());
        }
        throw new Hl7v2Exception(Hl7v2Exception.Reason.NOTHING_IDENTIFYING, "a " + decision.purpose().code()
                + " message may carry nothing identifying (" + decision.reason()
                + "): there is no PID to write");
    }

    /**
     * Returns the namespace ID written in PID-3.4.1 for an INS authority.
     *
     * @param oid the authority
     * @return {@code ASIP-SANTE-INS-NIA} for {@link InsOid#NIA}, {@code ASIP-SANTE-INS-NIR} for
     *     the production, test and demonstration NIR OIDs
     */
    public static String namespaceId(InsOid oid) {
        return oid.isNia() ? "ASIP-SANTE-INS-NIA" : "ASIP-SANTE-INS-NIR";
    }

    private static String pid3(InsIdentifier identifier) {
        return identifier.matricule().format(MatriculeFormat.COMPACT) + "^^^" + namespaceId(identifier.oid())
                + "&" + identifier.oid().oid() + "&ISO^" + INS_TYPE_CODE;
    }

    private static PidFields fields(String pid3, Traits traits) {
        String pid5 = Hl7Escaping.escape(traits.birthName().value()) + "^"
                + Hl7Escaping.escape(traits.firstNames().first()) + "^"
                + Hl7Escaping.escape(traits.firstNames().value()) + "^^^^" + LEGAL_NAME_TYPE;
        String pid11 = "^^^^^^" + BIRTH_ADDRESS_TYPE + "^^" + Hl7Escaping.escape(traits.birthPlace().value());
        return new PidFields(pid3, pid5, BirthTimes.format(traits.birthDate()), traits.sex().code(), pid11);
    }
}
