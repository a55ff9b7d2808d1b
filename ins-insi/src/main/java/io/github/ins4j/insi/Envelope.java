package io.github.ins4j.insi;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the SOAP 1.2 request envelopes (07-insi.md, "Request") with {@link XMLStreamWriter}:
 * {@code ContexteLPS}, {@code ContexteBAM}, WS-Addressing, optional {@code wsse:Security} holding
 * the caller's assertions as given, and the body.
 */
final class Envelope {

    static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    static final String CTXLPS = "urn:siram:lps:ctxlps";
    static final String CTXBAM = "urn:siram:bam:ctxbam";
    static final String WSA = "http://www.w3.org/2005/08/addressing";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String REC_SANS = "http://www.cnamts.fr/INSiRecSans";
    static final String REC_VIT = "http://www.cnamts.fr/INSiRecVit";
    static final String RESULTAT = "http://www.cnamts.fr/INSiResultat";
    static final String SIRAM = "urn:siram";

    /** One factory per thread: a factory is not guaranteed thread-safe. */
    private static final ThreadLocal<XMLOutputFactory> OUTPUT =
            ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

    private Envelope() {
    }

    /** What goes in the headers of one call. */
    record Context(UUID messageId, UUID lpsId, UUID bamId, Instant time, String emitter,
            SoftwareIdentity software) {
    }

    static byte[] write(InsiOperation operation, Context context, List<String> securityTokens,
            @Nullable InsiSearch search) {
        // Written to characters, then encoded once: the JDK writer is faster on a Writer than on a
        // stream, which sets up an encoder per envelope.
        StringWriter out = new StringWriter(2048);
        try {
            XMLStreamWriter w = OUTPUT.get().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("soap", "Envelope", SOAP);
            w.writeNamespace("soap", SOAP);
            w.writeStartElement("soap", "Header", SOAP);
            String time = DateTimeFormatter.ISO_INSTANT.format(context.time().truncatedTo(ChronoUnit.MILLIS));
            SoftwareIdentity software = context.software();

            w.writeStartElement("ctxlps", "ContexteLPS", CTXLPS);
            w.writeNamespace("ctxlps", CTXLPS);
            w.writeAttribute("Nature", "CTXLPS");
            w.writeAttribute("Version", "01_00");
            leaf(w, "ctxlps", CTXLPS, "Id", context.lpsId().toString());
            leaf(w, "ctxlps", CTXLPS, "Temps", time);
            leaf(w, "ctxlps", CTXLPS, "Emetteur", context.emitter());
            w.writeStartElement("ctxlps", "LPS", CTXLPS);
            w.writeStartElement("ctxlps", "IDAM", CTXLPS);
            w.writeAttribute("R", "4");
            w.writeCharacters(software.authorisationNumber());
            w.writeEndElement();
            leaf(w, "ctxlps", CTXLPS, "Version", software.version());
            leaf(w, "ctxlps", CTXLPS, "Instance", software.installation().toString());
            leaf(w, "ctxlps", CTXLPS, "Nom", software.lpsName());
            w.writeEndElement();
            w.writeEndElement();

            w.writeStartElement("ctxbam", "ContexteBAM", CTXBAM);
            w.writeNamespace("ctxbam", CTXBAM);
            w.writeAttribute("Version", "01_02");
            leaf(w, "ctxbam", CTXBAM, "Id", context.bamId().toString());
            leaf(w, "ctxbam", CTXBAM, "Temps", time);
            leaf(w, "ctxbam", CTXBAM, "Emetteur", context.emitter());
            w.writeEmptyElement("ctxbam", "COUVERTURE", CTXBAM);
            w.writeEndElement();

            w.writeStartElement("wsa", "MessageID", WSA);
            w.writeNamespace("wsa", WSA);
            w.writeCharacters("uuid:" + context.messageId());
            w.writeEndElement();
            w.writeStartElement("wsa", "Action", WSA);
            w.writeNamespace("wsa", WSA);
            w.writeCharacters(operation.action());
            w.writeEndElement();

            if (!securityTokens.isEmpty()) {
                w.writeStartElement("wsse", "Security", WSSE);
                w.writeNamespace("wsse", WSSE);
                w.writeCharacters("");
                w.flush();
                for (String token : securityTokens) {
                    out.write(withoutDeclaration(token));
                }
                w.writeEndElement();
            }
            w.writeEndElement(); // Header

            w.writeStartElement("soap", "Body", SOAP);
            if (operation == InsiOperation.SEARCH_BY_TRAITS && search != null) {
                w.writeStartElement("rec", "RECSANSVITALE", REC_SANS);
                w.writeNamespace("rec", REC_SANS);
                leaf(w, "rec", REC_SANS, "NomNaissance", search.birthName().value());
                leaf(w, "rec", REC_SANS, "Prenom", search.firstNames().value());
                leaf(w, "rec", REC_SANS, "Sexe", search.sex().code());
                leaf(w, "rec", REC_SANS, "DateNaissance", search.birthDate().value());
                if (search.birthPlace().isPresent()) {
                    leaf(w, "rec", REC_SANS, "LieuNaissance", search.birthPlace().get().value());
                }
                w.writeEndElement();
            } else {
                w.writeStartElement("vit", "RECVITALE", REC_VIT);
                w.writeNamespace("vit", REC_VIT);
                w.writeEndElement();
            }
            w.writeEndElement(); // Body
            w.writeEndElement(); // Envelope
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK XML writer failed on an in-memory writer", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String withoutDeclaration(String xml) {
        String s = xml.strip();
        if (s.startsWith("<?xml")) {
            int end = s.indexOf("?>");
            return end < 0 ? s : s.substring(end + 2).strip();
        }
        return s;
    }

    private static void leaf(XMLStreamWriter w, String prefix, String ns, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
