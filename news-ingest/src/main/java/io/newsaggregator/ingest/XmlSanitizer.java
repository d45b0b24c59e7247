package io.newsaggregator.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes common, harmless defects of real feeds well-formed for a second parse: a raw {@code &} in a
 * link, HTML entities such as {@code &nbsp;} used without a DTD (turned into character references,
 * so no DTD is needed), unknown entities (kept as literal text) and control characters XML forbids.
 */
final class XmlSanitizer {
    private static final Pattern AMPERSAND = Pattern.compile("&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));|&");
    private static final Pattern INVALID_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private XmlSanitizer() {
    }

    static String sanitize(String xml) {
        String text = INVALID_CHARS.matcher(xml).replaceAll("");
        Matcher m = AMPERSAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(Matcher m) {
        String numeric = m.group(1);
        String named = m.group(2);
        if (numeric != null) {
            return isAllowedCodePoint(numeric) ? m.group() : "";
        }
        if (named == null) {
            return "&amp;";
        }
        if (XML_ENTITIES.contains(named)) {
            return m.group();
        }
        if (Entities.isNamedEntity(named)) {
            StringBuilder refs = new StringBuilder();
            Entities.getByName(named).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
            return refs.toString();
        }
        return "&amp;" + named + ";";
    }

    private static boolean isAllowedCodePoint(String ref) {
        int cp;
        try {
            cp = ref.startsWith("#x") || ref.startsWith("#X")
                    ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
