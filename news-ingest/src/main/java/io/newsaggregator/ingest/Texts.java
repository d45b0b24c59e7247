package io.newsaggregator.ingest;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Whitespace normalisation shared by the extraction steps. */
final class Texts {
    /** An entity left in decoded text: the publisher escaped twice ({@code &amp;#8216;}). */
    private static final Pattern ESCAPED_ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");

    private Texts() {
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims; null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.indexOf('&') >= 0 && ESCAPED_ENTITY.matcher(text).find()
                ? Parser.unescapeEntities(text, false) : text;
        return collapseSpaces(decoded).trim();
    }

    /** Each run of {@link #isSpace} characters as one space; hand-written since this runs on every text block. */
    private static String collapseSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** ASCII whitespace, the no-break space and the typographic spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** The cleaned text, or null when it is blank. */
    static String orNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
