package io.github.ins4j.insi;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.insi.InsiProtocolException.Reason;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.matricule.InvalidMatriculeException;
import io.github.ins4j.matricule.InvalidOidException;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.InvalidTraitException;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an INSi answer (a SOAP 1.2 envelope holding {@code RESULTAT} or a {@code Fault}) into an
 * {@link InsiOutcome}, e.g. an answer stored earlier with its {@link InsiExchange}.
 *
 * <ul>
 *   <li><b>INSI-3</b>: every matricule goes through {@link InsMatricule#of} (key checked) and its
 *       OID through {@link InsOid#parse} (NIR, NIA, test or demo); a wrong key or an unknown OID is
 *       an {@link InsiProtocolException}, never a found identity. A missing {@code Cle} is computed
 *       from {@code NumIdentifiant} (MAT-1), the schema making it optional [decision].</li>
 *   <li><b>INSI-4</b>: {@code 00} needs exactly one {@code INDIVIDU} with one {@code INSACTIF};
 *       {@code 01} and {@code 02} have none; any other {@code CodeCR} is refused.</li>
 *   <li><b>INSI-8</b>: namespace-aware: any prefix ({@code S:}, {@code soap:}, {@code env:},
 *       {@code ns2:}, default namespace); the children of {@code RESULTAT} are taken in its namespace
 *       or in none [decision], in any order; {@code INSHISTO} absent, once or repeated (a copy of the
 *       active matricule is dropped); {@code DateFin} before {@code DateDeb} accepted, the identifier
 *       kept without its two dates, which the core refuses reversed (they stay in the answer the
 *       exchange keeps) [decision];
 *       {@code TIQ/Prenom} ignored when {@code ListePrenom} is present, used when it is not
 *       [decision]; an absent {@code LieuNaissance} read as {@code 99999} [decision]; unknown
 *       severity words kept. DTDs and entities are refused ({@code DTD_REFUSED}), never expanded.</li>
 * </ul>
 *
 * <pre>{@code
 * InsiOutcome outcome = InsiAnswerReader.read(storedAnswerBytes);
 * }</pre>
 */
public final class InsiAnswerReader {

    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private InsiAnswerReader() {
    }

    /**
     * Reads an answer; trait dates are checked against today in Europe/Paris.
     *
     * @param answer the answer bytes, as received
     * @return the outcome
     * @throws InsiProtocolException if it is not a valid INSi answer, with the reason
     */
    public static InsiOutcome read(byte[] answer) {
        return read(answer, Clock.system(BirthDate.FRANCE));
    }

    /**
     * Reads an answer, with "today" (for the birth date, TRT-3) taken from the clock.
     *
     * @param answer the answer bytes, as received
     * @param clock  the clock
     * @return the outcome
     * @throws InsiProtocolException if it is not a valid INSi answer, with the reason
     */
    public static InsiOutcome read(byte[] answer, Clock clock) {
        Objects.requireNonNull(answer, "answer must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        XmlNode root = XmlNode.parse(answer);
        if (!root.is(Envelope.SOAP, "Envelope")) {
            throw new InsiProtocolException(Reason.NOT_SOAP, root.is(SOAP11, "Envelope")
                    ? "the answer is a SOAP 1.1 envelope; INSi answers in SOAP 1.2"
                    : "the root element is " + root.name + ", not a SOAP 1.2 Envelope", null, null);
        }
        XmlNode body = null;
        for (XmlNode child : root.children) {
            if (child.is(Envelope.SOAP, "Body")) {
                body = child;
            }
        }
        if (body == null || body.children.size() != 1) {
            throw new InsiProtocolException(Reason.NOT_SOAP, body == null ? "the envelope has no Body"
                    : "the Body holds " + body.children.size() + " elements; one is expected", null, null);
        }
        XmlNode content = body.children.get(0);
        if (content.is(Envelope.SOAP, "Fault")) {
            return fault(content);
        }
        if (content.name.equals("RESULTAT")
                && (content.namespace.equals(Envelope.RESULTAT) || content.namespace.isEmpty())) {
            return result(content, clock);
        }
        throw new InsiProtocolException(Reason.UNEXPECTED_BODY, "the Body holds " + content.name
                + "; RESULTAT or Fault is expected", null, null);
    }

    private static InsiOutcome result(XmlNode resultat, Clock clock) {
        String ns = resultat.namespace;
        XmlNode cr = resultat.required(ns, "CR");
        String code = cr.requiredText(ns, "CodeCR");
        List<XmlNode> individus = resultat.all(ns, "INDIVIDU");
        switch (code) {
            case "00" -> {
                if (individus.size() != 1) {
                    throw new InsiProtocolException(Reason.RESULT_CONTENT_MISMATCH, "CodeCR 00 comes with "
                            + individus.size() + " INDIVIDU; exactly one is expected (INSI-4)", null, null);
                }
                return new InsiOutcome.Found(individu(individus.get(0), ns, clock));
            }
            case "01", "02" -> {
                if (!individus.isEmpty()) {
                    throw new InsiProtocolException(Reason.RESULT_CONTENT_MISMATCH, "CodeCR " + code
                            + " comes with an INDIVIDU; none is expected (INSI-4)", null, null);
                }
                return code.equals("01") ? new InsiOutcome.NotFound() : new InsiOutcome.SeveralFound();
            }
            default -> throw new InsiProtocolException(Reason.UNKNOWN_RESULT_CODE, "CodeCR "
                    + (code.matches("[A-Za-z0-9_]{1,10}") ? code : "(" + code.length() + " characters)")
                    + " is not 00, 01 nor 02 (INSI-4)", null, null);
        }
    }

    private static InsIdentity individu(XmlNode individu, String ns, Clock clock) {
        List<XmlNode> actifs = individu.all(ns, "INSACTIF");
        if (actifs.size() != 1) {
            throw new InsiProtocolException(Reason.RESULT_CONTENT_MISMATCH, "INDIVIDU holds " + actifs.size()
                    + " INSACTIF; exactly one is expected (INSI-4)", null, null);
        }
        InsIdentifier active = identifier(actifs.get(0), ns);
        List<EarlierIdentifier> history = new ArrayList<>();
        for (XmlNode histo : individu.all(ns, "INSHISTO")) {
            InsIdentifier earlier = identifier(histo, ns);
            boolean known = earlier.equals(active)
                    || history.stream().anyMatch(h -> h.identifier().equals(earlier));
            if (!known) {
                Optional<LocalDate> from = date(histo, ns, "DateDeb");
                Optional<LocalDate> to = date(histo, ns, "DateFin");
                boolean reversed = from.isPresent() && to.isPresent() && to.get().isBefore(from.get());
                // DateFin before DateDeb happens (INSI-8); the core refuses such a validity, so the
                // dates are left out here and stay in the answer kept by the exchange [decision].
                history.add(reversed ? EarlierIdentifier.of(earlier) : new EarlierIdentifier(earlier, from, to));
            }
        }
        return new InsIdentity(active, traits(individu.required(ns, "TIQ"), ns, clock), history);
    }

    private static InsIdentifier identifier(XmlNode ins, String ns) {
        XmlNode id = ins.required(ns, "IdIndividu");
        String num = id.requiredText(ns, "NumIdentifiant");
        String cle = id.optionalText(ns, "Cle");
        InsMatricule matricule;
        try {
            matricule = InsMatricule.of(num, cle.isEmpty() ? computedKey(num) : cle);
        } catch (InvalidMatriculeException e) {
            throw new InsiProtocolException(Reason.INVALID_MATRICULE, "a returned matricule is refused ("
                    + e.reason().messageKey() + "); it is never used as a found identity (INSI-3)", e, null);
        }
        try {
            return InsIdentifier.of(matricule, InsOid.parse(ins.requiredText(ns, "OID")));
        } catch (InvalidOidException e) {
            throw new InsiProtocolException(Reason.INVALID_OID, "a returned OID is not an INS authority ("
                    + e.reason().messageKey() + ") (INSI-3)", e, null);
        }
    }

    /** MAT-1 on 13 characters, 2A read as 19 and 2B as 18; "00" when they are not a body. */
    static String computedKey(String num) {
        if (num.length() != 13) {
            return "00";
        }
        String digits = num;
        char c7 = num.charAt(6);
        if (num.charAt(5) == '2' && (c7 == 'A' || c7 == 'a' || c7 == 'B' || c7 == 'b')) {
            digits = num.substring(0, 5) + (c7 == 'A' || c7 == 'a' ? "19" : "18") + num.substring(7);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return "00";
            }
        }
        long key = 97 - Long.parseLong(digits) % 97;
        return key < 10 ? "0" + key : Long.toString(key);
    }

    private static Optional<LocalDate> date(XmlNode node, String ns, String name) {
        String text = node.optionalText(ns, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            String iso = text.length() == 8 ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-"
                    + text.substring(6) : text;
            return Optional.of(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException e) {
            throw new InsiProtocolException(Reason.INVALID_TRAIT, "the " + name + " of a matricule is not a"
                    + " date (YYYY-MM-DD)", e, null);
        }
    }

    private static Traits traits(XmlNode tiq, String ns, Clock clock) {
        try {
            XmlNode list = tiq.optional(ns, "ListePrenom");
            String firstNames = list != null ? list.text() : tiq.requiredText(ns, "Prenom");
            String place = tiq.optionalText(ns, "LieuNaissance");
            return new Traits(BirthName.parse(tiq.requiredText(ns, "NomNaissance")),
                    BirthFirstNames.parse(firstNames), BirthDate.parse(tiq.requiredText(ns, "DateNaissance"), clock),
                    Sex.parse(tiq.requiredText(ns, "Sexe")),
                    BirthPlaceCode.parse(place.isEmpty() ? BirthPlaceCode.UNKNOWN_CODE : place));
        } catch (InvalidTraitException e) {
            throw new InsiProtocolException(Reason.INVALID_TRAIT, "a returned trait (" + e.trait() + ") is not in"
                    + " strict form (" + e.reason().messageKey() + ", index " + e.errorIndex() + ") (TRT-1)",
                    e, null);
        }
    }

    private static InsiOutcome.Fault fault(XmlNode fault) {
        String soap = Envelope.SOAP;
        XmlNode code = fault.optional(soap, "Code");
        String value = code == null ? "" : withoutPrefix(code.optionalText(soap, "Value"));
        XmlNode sub = code == null ? null : code.optional(soap, "Subcode");
        String subcode = sub == null ? "" : withoutPrefix(sub.optionalText(soap, "Value"));
        XmlNode reason = fault.optional(soap, "Reason");
        List<XmlNode> texts = reason == null ? List.of() : reason.all(soap, "Text");
        String text = texts.isEmpty() ? "" : texts.get(0).text();
        XmlNode detail = fault.optional(soap, "Detail");
        XmlNode erreur = null;
        if (detail != null) {
            for (XmlNode child : detail.children) {
                if (child.name.equals("Erreur")) {
                    erreur = child;
                    break;
                }
            }
        }
        String errorCode = erreur == null ? "" : erreur.attributes.getOrDefault("code", "");
        String severity = erreur == null ? "" : erreur.attributes.getOrDefault("severite", "");
        String messageId = erreur == null ? "" : erreur.attributes.getOrDefault("messageID", "");
        return new InsiOutcome.Fault(value, subcode, errorCode, InsiOutcome.Severity.parse(severity), severity,
                text, messageId);
    }

    private static String withoutPrefix(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }
}
