package io.github.ins4j.testing.insi;

import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.traits.Traits;
import java.util.Objects;

/**
 * INSi answers written as the service writes them (07-insi.md, "Answer" and faults), for the fake
 * server and for canned transports in tests. The {@link Style} chooses the namespace prefixes, which
 * real answers vary in (INSI-8).
 *
 * <pre>{@code
 * String xml = InsiAnswers.found(TestIdentities.GARCIA_SARAH_LOU, InsiAnswers.Style.SOAP_NS2);
 * InsiTransport canned = request -> new InsiHttpResponse(200, "application/soap+xml",
 *         xml.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class InsiAnswers {

    /** SOAP 1.2 envelope namespace. */
    public static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    /** Namespace of {@code RESULTAT}. */
    public static final String RESULTAT = "http://www.cnamts.fr/INSiResultat";

    /** The prefixes of an answer. */
    public enum Style {
        /** {@code S:Envelope}, {@code RESULTAT} in a default namespace (the JAX-WS reference server). */
        S_DEFAULT("S", ""),
        /** {@code soap:Envelope}, {@code ns2:RESULTAT} and prefixed children. */
        SOAP_NS2("soap", "ns2"),
        /** {@code env:Envelope}, {@code ns2:RESULTAT}. */
        ENV_NS2("env", "ns2"),
        /** Every element in a default namespace, re-declared on {@code RESULTAT}. */
        DEFAULT_NAMESPACES("", "");

        private final String soap;
        private final String result;

        Style(String soap, String result) {
            this.soap = soap;
            this.result = result;
        }
    }

    private InsiAnswers() {
    }

    /**
     * A {@code 00} answer for an identity, with its history in {@code INSHISTO}.
     *
     * @param identity the identity
     * @param style    the prefixes
     * @return the answer XML
     */
    public static String found(InsIdentity identity, Style style) {
        Objects.requireNonNull(identity, "identity must not be null");
        String r = style.result.isEmpty() ? "" : style.result + ":";
        StringBuilder body = new StringBuilder(1024);
        body.append('<').append(r).append("INDIVIDU>");
        ins(body, r, "INSACTIF", identity.identifier(), "", "");
        for (EarlierIdentifier earlier : identity.history()) {
            ins(body, r, "INSHISTO", earlier.identifier(), earlier.validFrom().map(Object::toString).orElse(""),
                    earlier.validTo().map(Object::toString).orElse(""));
        }
        Traits t = identity.traits();
        body.append('<').append(r).append("TIQ>");
        leaf(body, r, "NomNaissance", t.birthName().value());
        leaf(body, r, "Prenom", t.firstNames().first());
        leaf(body, r, "ListePrenom", t.firstNames().value());
        leaf(body, r, "Sexe", t.sex().code());
        leaf(body, r, "DateNaissance", t.birthDate().value());
        if (!t.birthPlace().isUnknown()) {
            leaf(body, r, "LieuNaissance", t.birthPlace().value());
        }
        body.append("</").append(r).append("TIQ>");
        body.append("</").append(r).append("INDIVIDU>");
        return result(style, "00", "OK", body.toString());
    }

    /**
     * A {@code 00} answer in the {@link Style#S_DEFAULT} style.
     *
     * @param identity the identity
     * @return the answer XML
     */
    public static String found(InsIdentity identity) {
        return found(identity, Style.S_DEFAULT);
    }

    /**
     * A {@code 01} answer.
     *
     * @param style the prefixes
     * @return the answer XML
     */
    public static String notFound(Style style) {
        return result(style, "01", "Aucune identite trouvee", "");
    }

    /**
     * A {@code 02} answer.
     *
     * @param style the prefixes
     * @return the answer XML
     */
    public static String severalFound(Style style) {
        return result(style, "02", "Plusieurs identites trouvees", "");
    }

    /**
     * A SOAP 1.2 fault, sent by the service with HTTP 500.
     *
     * @param code      {@code Sender} or {@code Receiver}
     * @param subcode   e.g. {@code siram_40}
     * @param errorCode e.g. {@code desir_550}
     * @param severity  e.g. {@code erreur}, {@code fatal}
     * @param text      the reason text
     * @param style     the prefixes
     * @return the fault XML
     */
    public static String fault(String code, String subcode, String errorCode, String severity, String text,
            Style style) {
        String p = style.soap.isEmpty() ? "" : style.soap + ":";
        String xmlns = style.soap.isEmpty() ? " xmlns=\"" + SOAP + "\"" : " xmlns:" + style.soap + "=\"" + SOAP + "\"";
        String codePrefix = style.soap.isEmpty() ? "" : style.soap + ":";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + p + "Envelope" + xmlns + "><" + p + "Body><" + p
                + "Fault><" + p + "Code><" + p + "Value>" + codePrefix + escape(code) + "</" + p + "Value><" + p
                + "Subcode><" + p + "Value xmlns:siram=\"urn:siram\">siram:" + escape(subcode) + "</" + p + "Value></"
                + p + "Subcode></" + p + "Code><" + p + "Reason><" + p + "Text xml:lang=\"fr\">" + escape(text)
                + "</" + p + "Text></" + p + "Reason><" + p + "Detail><siram:Erreur xmlns:siram=\"urn:siram\""
                + " severite=\"" + escape(severity) + "\" code=\"" + escape(errorCode) + "\" messageID=\""
                + java.util.UUID.randomUUID() + "\">" + escape(text) + "</siram:Erreur></" + p + "Detail></" + p
                + "Fault></" + p + "Body></" + p + "Envelope>";
    }

    private static String result(Style style, String code, String label, String individu) {
        String p = style.soap.isEmpty() ? "" : style.soap + ":";
        String xmlns = style.soap.isEmpty() ? " xmlns=\"" + SOAP + "\"" : " xmlns:" + style.soap + "=\"" + SOAP + "\"";
        String r = style.result.isEmpty() ? "" : style.result + ":";
        String rns = style.result.isEmpty() ? " xmlns=\"" + RESULTAT + "\"" : " xmlns:" + style.result + "=\""
                + RESULTAT + "\"";
        StringBuilder sb = new StringBuilder(1024 + individu.length());
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        sb.append('<').append(p).append("Envelope").append(xmlns).append('>');
        sb.append('<').append(p).append("Header/>");
        sb.append('<').append(p).append("Body>");
        sb.append('<').append(r).append("RESULTAT").append(rns).append('>');
        sb.append('<').append(r).append("CR>");
        leaf(sb, r, "CodeCR", code);
        leaf(sb, r, "LibelleCR", label);
        sb.append("</").append(r).append("CR>");
        sb.append(individu);
        sb.append("</").append(r).append("RESULTAT>");
        sb.append("</").append(p).append("Body></").append(p).append("Envelope>");
        return sb.toString();
    }

    private static void ins(StringBuilder sb, String r, String element, InsIdentifier id, String from, String to) {
        String value = id.matricule().value();
        sb.append('<').append(r).append(element).append('>');
        sb.append('<').append(r).append("IdIndividu>");
        leaf(sb, r, "NumIdentifiant", value.substring(0, 13));
        leaf(sb, r, "Cle", value.substring(13));
        leaf(sb, r, "TypeMatricule", id.oid().isNia() ? "NIA" : "NIR");
        sb.append("</").append(r).append("IdIndividu>");
        leaf(sb, r, "OID", id.oid().oid());
        if (!from.isEmpty()) {
            leaf(sb, r, "DateDeb", from);
        }
        if (!to.isEmpty()) {
            leaf(sb, r, "DateFin", to);
        }
        sb.append("</").append(r).append(element).append('>');
    }

    private static void leaf(StringBuilder sb, String r, String name, String text) {
        sb.append('<').append(r).append(name).append('>').append(escape(text)).append("</").append(r).append(name)
                .append('>');
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
