package io.newsaggregator.ingest.extract;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by the extraction steps. */
final class Texts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private Texts() {
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims; null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** The cleaned text, or null when it is blank. */
    static String orNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
