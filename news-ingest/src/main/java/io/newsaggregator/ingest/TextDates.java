package io.newsaggregator.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a date written in the visible text, bounded to where articles state it. In order:
 * date/byline containers (by class or id) shortly after the headline, then anywhere outside
 * boilerplate; the text right after the headline; the text right before it (kickers, "Stand:"
 * lines); separately, as a last resort, the first date in the page's own text. Lines that say
 * "updated" are skipped for the published date and reported as the modified one.
 *
 * <p>One instance reads one page: the page's elements, and which of them are named like date
 * containers, are found once and shared by the published, modified and prose readings.
 */
final class TextDates {

    // matched against lower-cased class and id
    private static final Pattern DATE_CONTAINER_HINT = Pattern.compile(
            "date|time|byline|dateline|posted|publish|datum|fecha|data|zeit|meta|info|author|stamp|heure|submitted");
    private static final Pattern MODIFIED_WORDS = Pattern.compile(
            "updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zuletzt|geändert|modified"
            + "|letzte änderung|last change",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Class strings repeat across a site's pages and within one; the regex runs once per distinct string. */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, Boolean> CONTAINER_HINTS = new ConcurrentHashMap<>();
    private static final int MAX_CONTAINER_TEXT = 250;
    private static final int MAX_LABELLED_LINE = 120;
    private static final int MAX_LABEL_ONLY = 40;
    // "Last updated:", "Zuletzt geändert:": the label opens the line
    private static final int MAX_LABEL_OFFSET = 10;
    private static final int AFTER_HEADLINE_CONTAINERS = 2500;
    private static final int AFTER_HEADLINE_WINDOW = 600;
    private static final int BEFORE_HEADLINE_WINDOW = 300;

    private final Element body;
    private final DateParser parser;
    private final Predicate<OffsetDateTime> plausible;
    private final PageRegions regions;
    private List<Element> all;
    private List<Element> containers;

    TextDates(Document document, DateParser parser, Predicate<OffsetDateTime> plausible, PageRegions regions) {
        this.body = document.body();
        this.parser = parser;
        this.plausible = plausible;
        this.regions = regions;
    }

    /** Every element of the body, in document order. */
    private List<Element> all() {
        if (all == null) {
            all = body.getAllElements();
        }
        return all;
    }

    /** The elements whose class or id names them as a date, byline or meta container, in document order. */
    private List<Element> containers() {
        if (containers == null) {
            containers = new ArrayList<>();
            for (Element element : all()) {
                if (isContainer(element)) {
                    containers.add(element);
                }
            }
        }
        return containers;
    }

    /**
     * The date the text gives for publication where articles state it (date and byline containers,
     * around the headline), ignoring lines labelled as updates; dates in running prose are left to
     * {@link #inProse}.
     */
    Optional<OffsetDateTime> published() {
        if (body == null) {
            return Optional.empty();
        }
        List<Element> all = all();
        Element headline = regions.headline();
        int at = headline == null ? -1 : all.indexOf(headline);
        Optional<OffsetDateTime> after = at < 0 ? Optional.empty() : containersAfter(all, at);
        return after
                .or(() -> anyContainer(false))
                .or(() -> at < 0 ? Optional.empty()
                        : parser.find(published(window(all, at, true, regions), false)).filter(plausible))
                .or(() -> at < 0 ? Optional.empty()
                        : parser.find(published(window(all, at, false, regions), false)).filter(plausible));
    }

    /**
     * Last resort: the first date in the page's own text outside navigation and side lists. Such a
     * date is often one the prose talks about ("since 4 August 2014 the law..."), so it is weaker
     * evidence than a date the page labels.
     */
    Optional<OffsetDateTime> inProse() {
        return body == null ? Optional.empty() : anywhere(all());
    }

    /**
     * The date of a line labelled as the last update: in a date container ("Aktualisiert: 12.05.2024"),
     * else any short line that starts with such a label, its date either on the line or in the element
     * right after it ({@code <label>Letzte Änderung:</label><div>14.01.2022</div>}, {@code <dt>/<dd>}).
     */
    Optional<OffsetDateTime> modified() {
        if (body == null) {
            return Optional.empty();
        }
        return anyContainer(true).or(this::labelledUpdateLine);
    }

    private Optional<OffsetDateTime> labelledUpdateLine() {
        for (Element element : all()) {
            String own = element.ownText().strip();
            if (own.isEmpty() || own.length() > MAX_LABELLED_LINE) {
                continue;
            }
            Matcher label = MODIFIED_WORDS.matcher(own);
            if (!label.find() || label.start() > MAX_LABEL_OFFSET || regions.isBoilerplate(element)) {
                continue;
            }
            Optional<OffsetDateTime> date = parser.find(own.substring(label.start())).filter(plausible);
            Element value = element.nextElementSibling();
            if (date.isEmpty() && own.length() <= MAX_LABEL_ONLY && value != null
                    && value.text().length() <= MAX_CONTAINER_TEXT) {
                date = parser.find(value.text()).filter(plausible);
            }
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> containersAfter(List<Element> all, int at) {
        int seen = 0;
        for (int i = at + 1; i < all.size() && seen < AFTER_HEADLINE_CONTAINERS; i++) {
            Element element = all.get(i);
            seen += element.ownText().length();
            Optional<OffsetDateTime> date = isContainer(element)
                    ? fromContainer(element, false).filter(plausible) : Optional.empty();
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> anyContainer(boolean modified) {
        for (Element element : containers()) {
            Optional<OffsetDateTime> date = fromContainer(element, modified).filter(plausible);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> anywhere(List<Element> all) {
        for (Element element : all) {
            String own = element.ownText();
            if (own.length() < 6 || !containsDigitRun(own)) {
                continue;
            }
            Optional<OffsetDateTime> date = parser.find(published(own, true)).filter(plausible);
            if (date.isPresent() && !regions.isBoilerplate(element)) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static boolean containsDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is one of {@link #containers()}, found without scanning the list. */
    private static boolean isContainer(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        String hints = className + " " + id;
        Boolean cached = CONTAINER_HINTS.get(hints);
        if (cached == null) {
            cached = !hints.isBlank() && DATE_CONTAINER_HINT.matcher(hints.toLowerCase(Locale.ROOT)).find();
            if (CONTAINER_HINTS.size() >= CACHE_LIMIT) {
                CONTAINER_HINTS.clear();
            }
            CONTAINER_HINTS.put(hints, cached);
        }
        return cached;
    }

    private Optional<OffsetDateTime> fromContainer(Element element, boolean modified) {
        String text = boundedText(element, MAX_CONTAINER_TEXT);
        if (text.isEmpty() || text.length() > MAX_CONTAINER_TEXT || regions.isBoilerplate(element)) {
            return Optional.empty();
        }
        String part = modified ? modifiedPart(text) : published(text, true);
        return part.isEmpty() ? Optional.empty() : parser.find(part);
    }

    /** The element's text, or any text longer than {@code max} when it holds more (without reading it all). */
    private static String boundedText(Element element, int max) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text()).append(' ');
                }
                return text.length() > max * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return text.length() > max * 2 ? text.toString() : element.text();
    }

    /** Own text of the elements just after (or just before) the headline, in reading order. */
    private static String window(List<Element> all, int at, boolean after, PageRegions regions) {
        StringBuilder text = new StringBuilder();
        int limit = after ? AFTER_HEADLINE_WINDOW : BEFORE_HEADLINE_WINDOW;
        if (after) {
            text.append(all.get(at).text()).append(' ');
            for (int i = at + 1; i < all.size() && text.length() < limit; i++) {
                appendOwn(all.get(i), text, false, regions);
            }
        } else {
            for (int i = at - 1; i >= 0 && text.length() < limit; i--) {
                appendOwn(all.get(i), text, true, regions);
            }
        }
        return text.toString();
    }

    private static void appendOwn(Element element, StringBuilder text, boolean prepend, PageRegions regions) {
        String own = element.ownText();
        if (own.isBlank() || regions.isBoilerplate(element)) {
            return;
        }
        if (prepend) {
            text.insert(0, own + ' ');
        } else {
            text.append(own).append(' ');
        }
    }

    /** The text up to an "updated" label; for a container that starts with one, nothing. */
    private static String published(String text, boolean container) {
        Matcher matcher = MODIFIED_WORDS.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        if (container && matcher.start() < 3) {
            return "";
        }
        return text.substring(0, matcher.start());
    }

    private static String modifiedPart(String text) {
        Matcher matcher = MODIFIED_WORDS.matcher(text);
        return matcher.find() ? text.substring(matcher.start()) : "";
    }
}
