package io.newsaggregator.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces language tags and locales ({@code en-US}, {@code pt_BR}, {@code DE}) to an ISO 639-1 code. */
final class LanguageTags {
    private static final Pattern PRIMARY = Pattern.compile("^\\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\\s*(?:[,;].*)?$");

    private LanguageTags() {
    }

    /** The two-letter code of the first tag in {@code value}, or null when it names no known language. */
    static String iso639_1(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PRIMARY.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        if (code.length() == 3) {
            // ISO 639-2 codes such as "eng" or "deu": map through the JDK's table
            for (String two : Locale.getISOLanguages()) {
                if (new Locale(two).getISO3Language().equals(code)) {
                    return two;
                }
            }
            return null;
        }
        return isKnown(code) ? code : null;
    }

    private static boolean isKnown(String two) {
        for (String known : Locale.getISOLanguages()) {
            if (known.equals(two)) {
                return true;
            }
        }
        return false;
    }
}
