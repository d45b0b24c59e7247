package io.newsaggregator.ingest.extract.date;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a date written in the visible text, bounded to where articles state it: elements whose
 * class or id says date/byline/meta, then the text just after the headline.
 */
final class TextDates {

    private static final Pattern DATE_CONTAINER_HINT = Pattern.compile(
            "date|time|byline|dateline|posted|publish|datum|fecha|data|zeit|meta|info|author|stamp|heure",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIED_WORDS = Pattern.compile(
            "updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zuletzt|geändert|modified",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CONTAINER_TEXT = 250;
    private static final int HEADLINE_WINDOW = 600;

    Optional<OffsetDateTime> find(Document document, DateParser parser, Predicate<OffsetDateTime> plausible,
            PageRegions regions) {
        for (Element element : document.body() == null ? new org.jsoup.select.Elements()
                : document.body().getAllElements()) {
            String hints = element.className() + " " + element.id();
            if (hints.isBlank() || !DATE_CONTAINER_HINT.matcher(hints).find()) {
                continue;
            }
            String text = element.text();
            if (text.isEmpty() || text.length() > MAX_CONTAINER_TEXT || regions.isBoilerplate(element)) {
                continue;
            }
            Optional<OffsetDateTime> date = firstUnmodified(text, parser).filter(plausible);
            if (date.isPresent()) {
                return date;
            }
        }
        return afterHeadline(document, parser, regions).filter(plausible);
    }

    private static Optional<OffsetDateTime> afterHeadline(Document document, DateParser parser, PageRegions regions) {
        Element headline = document.selectFirst("h1");
        if (headline == null) {
            return Optional.empty();
        }
        StringBuilder window = new StringBuilder();
        for (Element e = headline; e != null && window.length() < HEADLINE_WINDOW; e = next(e)) {
            if (!regions.isBoilerplate(e)) {
                window.append(e.text()).append(' ');
            }
        }
        String text = window.length() > HEADLINE_WINDOW ? window.substring(0, HEADLINE_WINDOW) : window.toString();
        return firstUnmodified(text, parser);
    }

    /** Next element in document order that is not inside {@code e}. */
    private static Element next(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            Element sibling = x.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Optional<OffsetDateTime> firstUnmodified(String text, DateParser parser) {
        var matcher = MODIFIED_WORDS.matcher(text);
        if (matcher.find() && matcher.start() < 3) {
            return Optional.empty();
        }
        String head = matcher.find(0) ? text.substring(0, matcher.start()) : text;
        Optional<OffsetDateTime> date = parser.find(head);
        return date.isPresent() ? date : parser.find(text);
    }
}
