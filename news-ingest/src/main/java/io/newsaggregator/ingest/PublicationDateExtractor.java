package io.newsaggregator.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article page was published (and last modified) from its HTML alone.
 *
 * <p>Evidence is weighed in order of reliability: JSON-LD and article metadata first, then
 * {@code <time>}/{@code itemprop} markup, then URL patterns found in the page (canonical link,
 * {@code og:url}), then bounded text patterns near the byline and headline; dates outside a
 * plausible window (before 1995, or more than one day after now) are rejected.
 *
 * <p>Times keep the offset the page states. A time written without a zone is returned with its
 * local time unchanged and the UTC offset; a date without a time becomes midnight. The modified
 * date is only returned as published when the page states no publication date; it still outranks
 * a date merely mentioned in the running text.
 *
 * <p>A JSON-LD publication date written as readers read it ({@code "Jun 24, 2025"}) rather than
 * in a machine format comes from a hand-made template and yields to the date the page shows by
 * its headline or byline.
 *
 * <p>Quoted and embedded posts, feeds, sliders and lists of other stories are not read; a
 * {@code <time>} whose visible date lies days before its attribute is read by its visible date.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class PublicationDateExtractor {

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    // how machines write a date (2024-05-12, or epoch seconds), as opposed to "May 12, 2024"
    private static final Pattern MACHINE_DATE = Pattern.compile("\\s*(?:\\d{4}-\\d{2}-\\d{2}|\\d{9,})");

    private final Clock clock;
    private final JsonLdDates jsonLd = new JsonLdDates();
    private final MetaDates meta = new MetaDates();
    private final MarkupDates markup = new MarkupDates();
    private final UrlDates urls = new UrlDates();

    /** @param clock the "now" against which future dates are rejected */
    public PublicationDateExtractor(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param document a parsed page; its base URI is not used
     * @return the dates found, {@link PublicationDates#NONE} when the page shows none
     */
    public PublicationDates extract(Document document) {
        Objects.requireNonNull(document, "document");
        Predicate<OffsetDateTime> plausible = plausibilityWindow();
        DateParser parser = new DateParser(isUsEnglish(document));
        PageRegions regions = new PageRegions(document);

        List<JsonLdDates.Found> ld = jsonLd.find(document);
        Optional<JsonLdDates.Found> ldArticle = ld.stream()
                .sorted(Comparator.comparingInt(JsonLdDates.Found::rank).reversed())
                .filter(found -> parser.parseStamp(found.published()).filter(stamp -> plausible.test(stamp.at()))
                        .isPresent())
                .findFirst();
        Optional<DateParser.Stamp> ldPublished = ldArticle.flatMap(found -> parser.parseStamp(found.published()));
        // JSON-LD dates written for readers come from a template filled with whatever CMS field was at hand
        boolean ldWrittenForReaders = ldArticle
                .map(found -> !MACHINE_DATE.matcher(found.published()).lookingAt()).orElse(false);
        Optional<OffsetDateTime> ldModified = ld.stream()
                .sorted(Comparator.comparingInt(JsonLdDates.Found::rank).reversed())
                .map(found -> parser.parseValue(found.modified()).filter(plausible))
                .flatMap(Optional::stream)
                .findFirst();

        MetaDates.Found metaFound = meta.find(document);
        Optional<DateParser.Stamp> metaPublished = metaFound.published().stream()
                .map(value -> parser.parseStamp(value).filter(stamp -> plausible.test(stamp.at())))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<OffsetDateTime> metaModified = firstPlausible(metaFound.modified(), parser, plausible);

        MarkupDates.Found markupFound = markup.find(document, parser, plausible, regions);

        // text and URL evidence is costlier; it is only read when the decision needs it
        TextDates text = new TextDates(document, parser, plausible, regions);
        Lazy<Optional<OffsetDateTime>> placedText = new Lazy<>(text::published);
        Lazy<Optional<OffsetDateTime>> proseText = new Lazy<>(text::inProse);
        Lazy<Optional<OffsetDateTime>> updateLine = new Lazy<>(text::modified);
        Lazy<Optional<OffsetDateTime>> urlDate = new Lazy<>(() -> urls.find(document).filter(plausible));
        Supplier<Optional<OffsetDateTime>> shownText = () -> placedText.get().or(proseText::get);
        // what a reader sees as the page's date: a stated publication, else only the update line
        Supplier<Optional<OffsetDateTime>> shownRevision = () -> placedText.get().or(updateLine::get)
                .or(proseText::get);

        Optional<OffsetDateTime> modified = ldModified.or(() -> metaModified).or(markupFound::modified)
                .or(updateLine::get);
        Optional<DateParser.Stamp> stated = ldPublished
                .or(() -> metaPublished.filter(stamp -> !contradictedByShownDate(stamp.at(), markupFound, placedText)));
        Optional<OffsetDateTime> published = stated
                .map(stamp -> preferLocalDay(stamp,
                        () -> markupFound.published().or(shownText).or(urlDate::get)))
                .map(at -> ldPublished.isPresent() ? preferShownRevision(at, modified, shownRevision) : at)
                .map(at -> ldWrittenForReaders ? placedText.get().orElse(at) : at)
                .or(() -> markupFound.strong() ? markupFound.published() : Optional.empty())
                .or(urlDate::get)
                .or(markupFound::published)
                .or(placedText::get)
                .or(() -> modified)
                .or(proseText::get);
        return new PublicationDates(published.orElse(null), modified.orElse(null));
    }

    /**
     * Metadata often states times in UTC, which can fall on the day before or after the day the
     * page shows its readers; a date the page shows within one day of it is the local day.
     */
    private static OffsetDateTime preferLocalDay(DateParser.Stamp stamp, Supplier<Optional<OffsetDateTime>> visible) {
        OffsetDateTime stated = stamp.at();
        if (!stated.getOffset().equals(ZoneOffset.UTC)) {
            return stated;
        }
        Optional<OffsetDateTime> seen = visible.get();
        if (seen.isEmpty()) {
            return stated;
        }
        OffsetDateTime shown = seen.get();
        long days = shown.toLocalDate().toEpochDay() - stated.toLocalDate().toEpochDay();
        if (Math.abs(days) > 1) {
            return stated;
        }
        if (!shown.getOffset().equals(ZoneOffset.UTC)) {
            // the page shows its own zone: a UTC instant seen in that zone; a time without zone stays
            return stamp.zoned() ? stated.withOffsetSameInstant(shown.getOffset()) : stated;
        }
        int hour = stated.getHour();
        boolean eastOfUtc = days == 1 && hour >= 14;
        boolean westOfUtc = days == -1 && hour < 12;
        return eastOfUtc || westOfUtc ? shown : stated;
    }

    /**
     * Meta tags ({@code date}, {@code dcterms.date}, even {@code og:article:published_time}) often
     * carry the day a CMS page was created or last saved rather than the day the article went out.
     * When the article's own markup and the text around its headline agree on a day more than one
     * day away from it, the meta tag is taken to describe something else. JSON-LD, which describes
     * the article object itself, is not overruled this way.
     */
    private static boolean contradictedByShownDate(OffsetDateTime meta, MarkupDates.Found markup,
            Supplier<Optional<OffsetDateTime>> placedText) {
        if (markup.published().isEmpty()) {
            return false;
        }
        LocalDate marked = markup.published().get().toLocalDate();
        if (Math.abs(marked.toEpochDay() - meta.toLocalDate().toEpochDay()) <= 1) {
            return false;
        }
        return placedText.get().map(shown -> shown.toLocalDate().equals(marked)).orElse(false);
    }

    /**
     * A page republished after an update often shows readers the date of that revision while its
     * metadata keeps the first one; the date the page shows, when it lies after the stated first
     * publication and no later than the stated modification, is the one the page goes by. A page
     * that shows its readers only an "updated" line goes by that line's date on the same terms.
     * Only a JSON-LD publication date yields so: a page whose dates are stated in meta tags alone
     * (the CMS's {@code article:published_time}/{@code modified_time} pair, no structured article)
     * goes by its first publication, whatever revision it shows.
     */
    private static OffsetDateTime preferShownRevision(OffsetDateTime stated, Optional<OffsetDateTime> modified,
            Supplier<Optional<OffsetDateTime>> shownDate) {
        if (modified.isEmpty() || !modified.get().toLocalDate().isAfter(stated.toLocalDate())) {
            return stated;
        }
        Optional<OffsetDateTime> shown = shownDate.get();
        if (shown.isEmpty()) {
            return stated;
        }
        LocalDate first = stated.toLocalDate();
        LocalDate last = modified.get().toLocalDate();
        LocalDate day = shown.get().toLocalDate();
        return day.isAfter(first) && !day.isAfter(last) ? shown.get() : stated;
    }

    private Predicate<OffsetDateTime> plausibilityWindow() {
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        return date -> !date.toLocalDate().isBefore(EARLIEST) && !date.toLocalDate().isAfter(latest);
    }

    private static Optional<OffsetDateTime> firstPlausible(List<String> values, DateParser parser,
            Predicate<OffsetDateTime> plausible) {
        return values.stream().map(v -> parser.parseValue(v).filter(plausible)).flatMap(Optional::stream).findFirst();
    }

    /** Computes a value once, on first use. */
    private static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> source;
        private T value;

        Lazy(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }

    /** American pages write 05/12/2024 for May 12; elsewhere it is 5 December. */
    private static boolean isUsEnglish(Document document) {
        Element html = document.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        Element locale = document.selectFirst("meta[property=og:locale]");
        return lang.equalsIgnoreCase("en-us") || (locale != null && locale.attr("content").equalsIgnoreCase("en_US"));
    }
}
