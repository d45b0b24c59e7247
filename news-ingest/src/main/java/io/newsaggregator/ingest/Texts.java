package io.newsaggregator.ingest;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Whitespace normalisation shared by the extraction steps. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    /** An entity left in decoded text: the publisher escaped twice ({@code &amp;#8216;}). */
    private static final Pattern ESCAPED_ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");

    private Texts() {
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims; null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String decoded = ESCAPED_ENTITY.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
        return SPACES.matcher(decoded).replaceAll(" ").trim();
    }

    /** The cleaned text, or null when it is blank. */
    static String orNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
