package io.newsaggregator.ingest;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a date from the page's own URL as the page states it (canonical link, {@code og:url}),
 * e.g. {@code /2024/05/12/} or {@code /20240512/}. The address the page was fetched from is not
 * used, so the result depends on the HTML alone.
 */
final class UrlDates {

    private static final Pattern SLASHED = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|[-_.]|$)");
    private static final Pattern DASHED = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?:[/_.-]|$)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "[/_~-](\\d{2})[-_.](\\d{2})[-_.]((?:19|20)\\d{2})(?:[/_.-]|$)");
    private static final Pattern COMPACT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");

    Optional<OffsetDateTime> find(Document document) {
        for (Element link : document.select("link[rel=canonical][href], meta[property=og:url][content], "
                + "meta[name=twitter:url][content], link[rel=amphtml][href]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("content");
            Optional<OffsetDateTime> date = parse(url);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    static Optional<OffsetDateTime> parse(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        for (Pattern pattern : new Pattern[] {SLASHED, DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            if (m.find()) {
                Optional<OffsetDateTime> date = new DateParser().parseValue(
                        m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(path);
        if (dayFirst.find()) {
            return new DateParser().parseValue(dayFirst.group(3) + "-" + dayFirst.group(2) + "-" + dayFirst.group(1));
        }
        return Optional.empty();
    }
}
