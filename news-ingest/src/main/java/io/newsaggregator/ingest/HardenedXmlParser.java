package io.newsaggregator.ingest;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * A JDOM parser that cannot be made to read anything but the text it is given: DOCTYPE
 * declarations are forbidden, external entities and DTD loading are off, and an entity resolver
 * refuses every request as a last line of defence. Text only (never bytes), so the encoding has
 * already been decided.
 */
final class HardenedXmlParser {
    static final int MAX_ELEMENT_DEPTH = 512;

    Document parse(String xml) throws JDOMException, IOException {
        return parse(xml, null);
    }

    /** Parses with {@code cap} (or none, when null) dropping feed items beyond its limit while parsing. */
    Document parse(String xml, ItemCap cap) throws JDOMException, IOException {
        // JDOM checks ancestors on every insertion and ROME walks trees recursively: a hostile
        // nesting depth would cost quadratic time or overflow the stack, so it is refused first
        if (nestingExceeds(xml, MAX_ELEMENT_DEPTH)) {
            throw new JDOMException("elements are nested deeper than " + MAX_ELEMENT_DEPTH + " levels");
        }
        SAXBuilder builder = builder();
        if (cap != null) {
            builder.setXMLFilter(cap);
        }
        return builder.build(new StringReader(xml));
    }

    /** A linear scan of start and end tags; comments, CDATA, declarations and PIs are skipped. */
    static boolean nestingExceeds(String xml, int max) {
        int depth = 0;
        int i = xml.indexOf('<');
        while (i >= 0 && i + 1 < xml.length()) {
            char next = xml.charAt(i + 1);
            int end;
            if (xml.startsWith("<!--", i)) {
                end = xml.indexOf("-->", i + 4);
            } else if (xml.startsWith("<![CDATA[", i)) {
                end = xml.indexOf("]]>", i + 9);
            } else if (next == '?' || next == '!') {
                end = xml.indexOf('>', i + 2);
            } else {
                end = tagEnd(xml, i + 1);
                if (end < 0) {
                    return false;
                }
                if (next == '/') {
                    depth--;
                } else if (xml.charAt(end - 1) != '/' && ++depth > max) {
                    return true;
                }
            }
            if (end < 0) {
                return false;
            }
            i = xml.indexOf('<', end + 1);
        }
        return false;
    }

    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static SAXBuilder builder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        b.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        b.setExpandEntities(false);
        b.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        return b;
    }
}
