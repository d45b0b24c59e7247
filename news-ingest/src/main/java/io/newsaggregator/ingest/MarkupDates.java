package io.newsaggregator.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads dates from semantic markup: {@code itemprop="datePublished"}, {@code <time datetime>}
 * and {@code <abbr title>}, preferring elements whose class or id says "published", then those
 * inside the article or its header; navigation and lists of other stories are skipped.
 */
final class MarkupDates {

    private static final Pattern PUBLISHED_HINT = Pattern.compile(
            "publish|pubdate|pub-date|created|posted|erstellt|veroeffentlicht|veröffentlicht|publi|entry-date"
            + "|date-?line|byline|article-?date|post-?date|story-?date|datum|fecha|data");
    private static final Pattern MODIFIED_HINT = Pattern.compile(
            "modif|update|aktualisiert|geändert|actualiz|mise-?a-?jour|maj|edited|revised");

    /** Dates read from markup; strong means the markup itself says "published". */
    record Found(Optional<OffsetDateTime> published, boolean strong, Optional<OffsetDateTime> modified) {
    }

    Found find(Document document, DateParser parser, Predicate<OffsetDateTime> plausible, PageRegions regions) {
        // one walk over the page collects every element the readings below look at, in document order
        List<Element> marked = document.select("[itemprop], time, abbr[title]");
        List<Element> datePublished = only(marked, e -> itemprop(e, "datePublished") || itemprop(e, "dateCreated"));
        List<Element> times = only(marked, e -> "time".equals(e.normalName()));
        List<Element> datetimes = only(times, e -> e.hasAttr("datetime"));
        Optional<OffsetDateTime> itemprop = first(datePublished, parser, plausible, e -> !regions.isBoilerplate(e));
        if (itemprop.isEmpty() && datePublished.size() == 1) {
            // a lone datePublished is the article's own, whatever its container is called
            itemprop = first(datePublished, parser, plausible, e -> true);
        }
        Optional<OffsetDateTime> modified = first(only(marked, e -> itemprop(e, "dateModified")), parser, plausible,
                e -> !regions.isBoilerplate(e));
        if (itemprop.isPresent()) {
            return new Found(itemprop, true, modified);
        }
        Optional<OffsetDateTime> pubdate = first(only(times, e -> e.hasAttr("pubdate") || e.hasAttr("datetime")),
                parser, plausible, e -> !regions.isBoilerplate(e) && (e.hasAttr("pubdate")
                        || (PUBLISHED_HINT.matcher(PageRegions.hints(e)).find()
                        && !MODIFIED_HINT.matcher(PageRegions.hints(e)).find())));
        if (modified.isEmpty()) {
            modified = first(datetimes, parser, plausible,
                    e -> MODIFIED_HINT.matcher(PageRegions.hints(e)).find() && !regions.isBoilerplate(e));
        }
        if (pubdate.isPresent()) {
            return new Found(pubdate, true, modified);
        }
        Predicate<Element> plain = e -> !MODIFIED_HINT.matcher(PageRegions.hints(e)).find() && !regions.isBoilerplate(e);
        Optional<OffsetDateTime> inArticle = first(
                only(marked, e -> "time".equals(e.normalName()) || ("abbr".equals(e.normalName()) && e.hasAttr("title"))), parser, plausible,
                e -> plain.test(e) && PageRegions.isInArticle(e));
        if (inArticle.isPresent()) {
            return new Found(inArticle, false, modified);
        }
        return new Found(first(times, parser, plausible, plain), false, modified);
    }

    private static boolean itemprop(Element element, String name) {
        return element.attr("itemprop").equalsIgnoreCase(name);
    }

    private static List<Element> only(List<Element> elements, Predicate<Element> keep) {
        List<Element> kept = new ArrayList<>();
        for (Element element : elements) {
            if (keep.test(element)) {
                kept.add(element);
            }
        }
        return kept;
    }

    private static Optional<OffsetDateTime> first(List<Element> elements, DateParser parser,
            Predicate<OffsetDateTime> plausible, Predicate<Element> accept) {
        for (Element element : elements) {
            if (!accept.test(element)) {
                continue;
            }
            Optional<OffsetDateTime> date = valueOf(element, parser, plausible).filter(plausible);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The element's machine-readable date, unless its visible text states a full date more than one
     * day before it: then the attribute records a later event (often the last edit) and the text is
     * the date readers are shown. A difference of one day is a time-zone shift, and a text date that
     * only swaps day and month of the attribute is a misread numeric order; both keep the attribute.
     */
    private static Optional<OffsetDateTime> valueOf(Element element, DateParser parser,
            Predicate<OffsetDateTime> plausible) {
        String text = element.text();
        Optional<OffsetDateTime> shown = text.length() <= 200 ? parser.find(text).filter(plausible) : Optional.empty();
        for (String attribute : new String[] {"datetime", "content", "title"}) {
            if (element.hasAttr(attribute)) {
                Optional<OffsetDateTime> date = parser.parseValue(element.attr(attribute));
                if (date.isPresent()) {
                    return shown.isPresent() && shownEarlier(date.get().toLocalDate(), shown.get().toLocalDate())
                            ? shown : date;
                }
            }
        }
        return shown;
    }

    private static boolean shownEarlier(LocalDate attribute, LocalDate shown) {
        boolean swapped = shown.getYear() == attribute.getYear() && shown.getMonthValue() == attribute.getDayOfMonth()
                && shown.getDayOfMonth() == attribute.getMonthValue();
        return attribute.toEpochDay() - shown.toEpochDay() > 1 && !swapped;
    }
}
