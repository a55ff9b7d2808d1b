package io.github.ins4j.testing.insi;

import io.github.ins4j.error.InsException;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The checks the fake INSi server makes on every request (07-insi.md, "Request"), with a DOM parser
 * of its own (DTDs refused), independent of the client's reader. Violations never quote a value.
 */
final class RequestCheck {

    static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    static final String CTXLPS = "urn:siram:lps:ctxlps";
    static final String CTXBAM = "urn:siram:bam:ctxbam";
    static final String WSA = "http://www.w3.org/2005/08/addressing";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String REC_SANS = "http://www.cnamts.fr/INSiRecSans";
    static final String SEARCH_ACTION = "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite";
    private static final Pattern INSI_ALPHABET = Pattern.compile("[A-Z '\\-]+");
    private static final List<String> BODY_ORDER =
            List.of("NomNaissance", "Prenom", "Sexe", "DateNaissance", "LieuNaissance");

    final List<String> violations = new ArrayList<>();
    @Nullable String idam;
    @Nullable String birthName;
    @Nullable String firstName;
    @Nullable String sex;
    @Nullable String birthDate;
    @Nullable String birthPlace;

    static RequestCheck check(String method, String contentType, byte[] body, @Nullable String certificateOu) {
        RequestCheck check = new RequestCheck();
        check.run(method, contentType, body, certificateOu);
        return check;
    }

    private void run(String method, String contentType, byte[] body, @Nullable String certificateOu) {
        if (!method.equals("POST")) {
            violations.add("method " + method + " instead of POST");
        }
        String type = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        if (!type.startsWith("application/soap+xml") || !type.contains("charset=utf-8")) {
            violations.add("Content-Type is not application/soap+xml; charset=utf-8");
        }
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            violations.add("the body is not well-formed XML without DTD (" + e.getClass().getSimpleName() + ")");
            return;
        }
        Element envelope = document.getDocumentElement();
        if (!is(envelope, SOAP, "Envelope")) {
            violations.add("the root is not a SOAP 1.2 Envelope");
            return;
        }
        List<Element> parts = children(envelope);
        if (parts.size() != 2 || !is(parts.get(0), SOAP, "Header") || !is(parts.get(1), SOAP, "Body")) {
            violations.add("the Envelope does not hold exactly Header then Body");
            return;
        }
        header(parts.get(0), certificateOu);
        body(parts.get(1));
    }

    private void header(Element header, @Nullable String certificateOu) {
        int lps = 0;
        int bam = 0;
        int messageId = 0;
        int action = 0;
        for (Element e : children(header)) {
            if (is(e, CTXLPS, "ContexteLPS")) {
                lps++;
                contexteLps(e, certificateOu);
            } else if (is(e, CTXBAM, "ContexteBAM")) {
                bam++;
                contexteBam(e, certificateOu);
            } else if (is(e, WSA, "MessageID")) {
                messageId++;
                String text = e.getTextContent();
                if (!text.startsWith("uuid:") || !isUuid(text.substring(5))) {
                    violations.add("wsa:MessageID is not uuid:<UUID>");
                }
            } else if (is(e, WSA, "Action")) {
                action++;
                if (!SEARCH_ACTION.equals(e.getTextContent())) {
                    violations.add("wsa:Action is not the search by traits");
                }
            } else if (is(e, WSSE, "Security")) {
                if (!children(e).isEmpty()) {
                    violations.add("wsse:Security is not empty in software-certificate mode");
                }
            } else {
                violations.add("unexpected header " + e.getLocalName());
            }
        }
        if (lps != 1 || bam != 1 || messageId != 1 || action != 1) {
            violations.add("the Header does not hold exactly one ContexteLPS, ContexteBAM, wsa:MessageID and"
                    + " wsa:Action");
        }
    }

    private void contexteLps(Element lps, @Nullable String certificateOu) {
        if (!"CTXLPS".equals(lps.getAttribute("Nature")) || !"01_00".equals(lps.getAttribute("Version"))) {
            violations.add("ContexteLPS needs Nature=\"CTXLPS\" Version=\"01_00\"");
        }
        List<Element> c = children(lps);
        if (!names(c, CTXLPS).equals(List.of("Id", "Temps", "Emetteur", "LPS"))) {
            violations.add("ContexteLPS children are not Id, Temps, Emetteur, LPS");
            return;
        }
        common(c, "ContexteLPS", certificateOu);
        List<Element> software = children(c.get(3));
        if (!names(software, CTXLPS).equals(List.of("IDAM", "Version", "Instance", "Nom"))) {
            violations.add("LPS children are not IDAM, Version, Instance, Nom");
            return;
        }
        if (!"4".equals(software.get(0).getAttribute("R")) || software.get(0).getTextContent().isBlank()) {
            violations.add("IDAM needs R=\"4\" and the authorisation number");
        }
        idam = software.get(0).getTextContent();
        if (software.get(1).getTextContent().isBlank()) {
            violations.add("LPS/Version is blank");
        }
        if (!isUuid(software.get(2).getTextContent())) {
            violations.add("LPS/Instance is not a UUID");
        }
        if (!software.get(3).getTextContent().startsWith("urn:lps:")) {
            violations.add("LPS/Nom does not start with urn:lps:");
        }
    }

    private void contexteBam(Element bam, @Nullable String certificateOu) {
        if (!"01_02".equals(bam.getAttribute("Version"))) {
            violations.add("ContexteBAM needs Version=\"01_02\"");
        }
        List<Element> c = children(bam);
        if (!names(c, CTXBAM).equals(List.of("Id", "Temps", "Emetteur", "COUVERTURE"))) {
            violations.add("ContexteBAM children are not Id, Temps, Emetteur, COUVERTURE");
            return;
        }
        common(c, "ContexteBAM", certificateOu);
        if (!children(c.get(3)).isEmpty()) {
            violations.add("COUVERTURE is not empty in a search by traits");
        }
    }

    private void common(List<Element> c, String where, @Nullable String certificateOu) {
        if (!isUuid(c.get(0).getTextContent())) {
            violations.add(where + "/Id is not a UUID");
        }
        try {
            Instant.parse(c.get(1).getTextContent());
        } catch (DateTimeParseException e) {
            violations.add(where + "/Temps is not an ISO date-time");
        }
        String emitter = c.get(2).getTextContent();
        if (emitter.isBlank() || (certificateOu != null && !certificateOu.equals(emitter))) {
            violations.add(where + "/Emetteur is not the OU of the client certificate");
        }
    }

    private void body(Element body) {
        List<Element> c = children(body);
        if (c.size() != 1 || !is(c.get(0), REC_SANS, "RECSANSVITALE")) {
            violations.add("the Body does not hold exactly one RECSANSVITALE");
            return;
        }
        List<Element> fields = children(c.get(0));
        List<String> names = names(fields, REC_SANS);
        List<String> expected = BODY_ORDER.subList(0, Math.min(Math.max(names.size(), 4), 5));
        if (!names.equals(expected)) {
            violations.add("RECSANSVITALE children are not NomNaissance, Prenom, Sexe, DateNaissance"
                    + " [, LieuNaissance] in this order, in its namespace");
            return;
        }
        birthName = text(fields.get(0), "NomNaissance", true);
        firstName = text(fields.get(1), "Prenom", true);
        sex = fields.get(2).getTextContent();
        if (!sex.equals("M") && !sex.equals("F")) {
            violations.add("Sexe is not M or F");
        }
        birthDate = fields.get(3).getTextContent();
        try {
            BirthName.parse(birthName);
            BirthFirstNames.parse(firstName);
            BirthDate.parse(birthDate);
            if (fields.size() == 5) {
                birthPlace = fields.get(4).getTextContent();
                BirthPlaceCode.parse(birthPlace);
            }
        } catch (InsException e) {
            violations.add("a trait is not in the strict INSi form (" + e.reason().messageKey() + ", index "
                    + e.errorIndex() + ")");
        }
    }

    private String text(Element e, String name, boolean alphabet) {
        String text = e.getTextContent();
        if (alphabet && !INSI_ALPHABET.matcher(text).matches()) {
            violations.add(name + " holds a character outside the INSi alphabet (A-Z, space, ' and -)");
        }
        return text;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean is(Element e, String ns, String local) {
        return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static List<String> names(List<Element> elements, String ns) {
        List<String> names = new ArrayList<>();
        for (Element e : elements) {
            names.add(ns.equals(e.getNamespaceURI()) ? e.getLocalName() : "{" + e.getNamespaceURI() + "}"
                    + e.getLocalName());
        }
        return names;
    }
}
