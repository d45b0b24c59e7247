package io.newsaggregator.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The plain reader the benchmark compares against: the first ISO day found in JSON-LD
 * {@code datePublished}, the common publication meta tags or the first {@code <time datetime>},
 * with no ordering by reliability, no text, no URL and no plausibility window.
 */
final class MetadataOnlyBaseline {

    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final String META = "meta[property=article:published_time], meta[property=og:published_time],"
            + " meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=dcterms.created]";

    LocalDate publishedDay(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHED.matcher(script.data());
            if (m.find()) {
                return day(m.group(1));
            }
        }
        for (Element meta : document.select(META)) {
            LocalDate day = day(meta.attr("content"));
            if (day != null) {
                return day;
            }
        }
        Element time = document.selectFirst("time[datetime]");
        return time == null ? null : day(time.attr("datetime"));
    }

    private static LocalDate day(String value) {
        if (value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
