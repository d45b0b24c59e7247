package io.newsaggregator.ingest;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Small text helpers shared by the feed parsers: clean titles, absolute http(s) links. */
final class FeedText {
    private FeedText() {
    }

    /** Plain text of a title that may hold markup or entities, repaired and trimmed; null when blank. */
    static String cleanTitle(String raw) {
        if (raw == null) {
            return null;
        }
        String text = MojibakeRepair.repairRuns(raw);
        if (text.indexOf('<') >= 0) {
            text = Jsoup.parse(text).text();
        } else if (text.indexOf('&') >= 0) {
            // attribute rules: a legacy entity without ';' before '=' or a letter stays literal (?a=1&copy=2)
            text = Parser.unescapeEntities(text, true);
        }
        text = MojibakeRepair.repairRuns(text).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** The link resolved against the document URL, when it is an absolute http(s) URL afterwards. */
    static Optional<String> absoluteHttpUrl(String base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = URI.create(base.strip()).resolve(UrlEscapes.escapeIllegal(link.strip()));
            String scheme = resolved.getScheme();
            if (scheme == null || resolved.getHost() == null
                    || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
                return Optional.empty();
            }
            return Optional.of(resolved.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
