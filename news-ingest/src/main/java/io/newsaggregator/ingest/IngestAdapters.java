package io.newsaggregator.ingest;

import io.newsaggregator.domain.port.in.ExtractArticles;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.HostSlots;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.RobotsEntries;
import io.newsaggregator.domain.port.out.SitemapReader;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The one entry of the ingest module: the adapters behind the domain's ingest ports (fetcher,
 * feed and sitemap readers, link discoverer, URL canonicalizer, article extractor), the portal
 * catalog, and extraction of single pages. Everything behind it is package-private; its settings
 * are {@link HttpFetchSettings} and the catalog's values ({@link Catalog}, {@link PortalDefinition},
 * {@link SourceDefinition}).
 */
public final class IngestAdapters {
    private IngestAdapters() {
    }

    /** Fetches on the JDK client, politely per host within this process, sleeping for real. */
    public static PageFetcher pageFetcher(HttpFetchSettings settings, Clock clock) {
        return new JdkHttpPageFetcher(settings, clock);
    }

    /**
     * Like {@link #pageFetcher(HttpFetchSettings, Clock)}, for a worker of a fleet: requests to a
     * host are spaced through {@code sharedSlots}, and robots.txt is read from (and, by one worker
     * per expiry, fetched into) {@code sharedRobots}.
     */
    public static PageFetcher pageFetcher(HttpFetchSettings settings, Clock clock, HostSlots sharedSlots, RobotsEntries sharedRobots) {
        return new JdkHttpPageFetcher(settings, clock, sharedSlots, sharedRobots);
    }

    /** RSS, Atom and JSON Feed. */
    public static FeedReader feedReader() {
        return Feeds.reader();
    }

    /** XML sitemaps, sitemap indexes and Google News sitemaps. */
    public static SitemapReader sitemapReader() {
        return Discovery.sitemapReader();
    }

    /** Article links and feed links of section and home pages. */
    public static LinkDiscoverer linkDiscoverer() {
        return Discovery.linkDiscoverer();
    }

    public static UrlCanonicalizer canonicalizer() {
        return CanonicalUrls.canonicalizer();
    }

    /** Article extraction with jsoup; {@code clock} bounds plausible publication dates. */
    public static ArticleExtractor articleExtractor(Clock clock) {
        return new JsoupArticleExtractor(clock);
    }

    /**
     * Extraction of single pages by {@code extractor}; pages to fetch go through a fetcher with
     * {@code settings}, built on the first such page.
     */
    public static ExtractArticles extractArticles(ArticleExtractor extractor, HttpFetchSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        return new PageExtraction(extractor, () -> pageFetcher(settings, clock));
    }

    /** The shipped catalog of 20 portals. */
    public static Catalog defaultCatalog() {
        return CatalogLoader.loadDefault();
    }

    /** A catalog file (format: {@code docs/catalog.md}), checked as a whole. */
    public static Catalog catalog(Path file) {
        return CatalogLoader.load(file);
    }

    /** A catalog given as YAML text; {@code fileName} names it in error messages. */
    public static Catalog parseCatalog(String fileName, String yaml) {
        return CatalogLoader.parse(fileName, yaml);
    }
}
