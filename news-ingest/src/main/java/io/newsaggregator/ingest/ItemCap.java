package io.newsaggregator.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A SAX filter that lets the first {@code max} feed items ({@code <item>} of RSS and RDF,
 * {@code <entry>} of Atom) through to the tree being built and drops the rest while parsing, counting
 * them: a feed listing 200,000 items then costs the memory of {@code max} items, not of all of them.
 * One instance per parse.
 */
final class ItemCap extends XMLFilterImpl {
    /** Items kept per feed; far beyond what a portal's feed lists (tens to hundreds). */
    static final int MAX_ITEMS = 5_000;
    // rss/channel/item, rdf:RDF/item and feed/entry: items are never deeper than this
    private static final int ITEM_DEPTH = 3;

    private final int max;
    private int depth;
    private int items;
    private int skipping;

    ItemCap(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        this.max = max;
    }

    /** Items seen beyond the cap, and not kept. */
    int dropped() {
        return Math.max(0, items - max);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (skipping > 0) {
            skipping++;
            return;
        }
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if (depth <= ITEM_DEPTH && ("item".equals(name) || "entry".equals(name)) && ++items > max) {
            skipping = 1;
            return;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (skipping > 0) {
            skipping--;
            return;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipping == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (skipping == 0) {
            super.processingInstruction(target, data);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (skipping == 0) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (skipping == 0) {
            super.endPrefixMapping(prefix);
        }
    }
}
