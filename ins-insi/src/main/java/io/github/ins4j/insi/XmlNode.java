package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiProtocolException.Reason;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small element tree read with StAX, namespace-aware, DTDs and external entities refused
 * (INSI-8). Text is kept for elements without child elements, stripped of surrounding XML white
 * space.
 */
final class XmlNode {

    private static final int MAX_DEPTH = 32;

    /**
     * One factory per thread, configured once: namespace-aware, DTDs and external entities refused.
     * The JDK's factory reuses its last reader once closed ("reuse-instance"), which halves the cost
     * of a read; a reader is never shared between threads.
     */
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            factory.setProperty("reuse-instance", true);
        } catch (IllegalArgumentException notSupported) {
            // another JDK's factory: a new reader per read
        }
        return factory;
    });

    final String namespace;
    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>(4);
    private @Nullable StringBuilder text;

    private XmlNode(String namespace, String name, Map<String, String> attributes) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = attributes;
    }

    static XmlNode parse(byte[] xml) {
        XMLStreamReader r = null;
        try {
            r = INPUT.get().createXMLStreamReader(new ByteArrayInputStream(xml));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                            XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.NOTATION_DECLARATION ->
                        throw new InsiProtocolException(Reason.DTD_REFUSED, "the answer holds a DTD or an entity"
                                + " reference; INSi answers have none, and ins4j never expands them (INSI-8)",
                                null, null);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new InsiProtocolException(Reason.MALFORMED_XML, "the answer nests more than "
                                    + MAX_DEPTH + " elements", null, null);
                        }
                        Map<String, String> attributes = r.getAttributeCount() == 0 ? Map.of() : new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        String ns = r.getNamespaceURI();
                        XmlNode node = new XmlNode(ns == null ? "" : ns, r.getLocalName(), attributes);
                        if (stack.isEmpty()) {
                            if (root != null) {
                                throw new InsiProtocolException(Reason.MALFORMED_XML, "two root elements",
                                        null, null);
                            }
                            root = node;
                        } else {
                            stack.peek().children.add(node);
                        }
                        stack.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        XmlNode top = stack.peek();
                        if (top != null) {
                            if (top.text == null) {
                                top.text = new StringBuilder(r.getTextLength());
                            }
                            top.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start / end: ignored
                    }
                }
            }
            if (root == null || !stack.isEmpty()) {
                throw new InsiProtocolException(Reason.MALFORMED_XML, "the answer is empty or truncated",
                        null, null);
            }
            return root;
        } catch (XMLStreamException e) {
            String detail = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            throw new InsiProtocolException(Reason.MALFORMED_XML, "the answer is not well-formed XML" + detail
                    + " (truncated, or not XML)", null, null);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to release for an in-memory stream
                }
            }
        }
    }

    /** The text, stripped of surrounding XML white space; empty when none. */
    String text() {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isXmlSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    boolean is(String ns, String local) {
        return name.equals(local) && namespace.equals(ns);
    }

    /** Children with this local name, in {@code ns} or in no namespace. */
    List<XmlNode> all(String ns, String local) {
        List<XmlNode> found = new ArrayList<>(2);
        for (XmlNode child : children) {
            if (child.name.equals(local) && (child.namespace.equals(ns) || child.namespace.isEmpty())) {
                found.add(child);
            }
        }
        return found;
    }

    @Nullable XmlNode optional(String ns, String local) {
        List<XmlNode> found = all(ns, local);
        if (found.size() > 1) {
            throw new InsiProtocolException(Reason.MISSING_ELEMENT, "the element " + local + " is repeated in "
                    + name, null, null);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    XmlNode required(String ns, String local) {
        XmlNode node = optional(ns, local);
        if (node == null) {
            throw new InsiProtocolException(Reason.MISSING_ELEMENT, "the element " + local + " is missing in "
                    + name, null, null);
        }
        return node;
    }

    String requiredText(String ns, String local) {
        return required(ns, local).text();
    }

    String optionalText(String ns, String local) {
        XmlNode node = optional(ns, local);
        return node == null ? "" : node.text();
    }
}
