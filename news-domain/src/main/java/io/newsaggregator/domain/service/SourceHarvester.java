package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.SitemapReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Fetches one source (conditionally), reads the article links it lists, and works out the source's
 * new state. Failures are recorded, never thrown.
 */
final class SourceHarvester {
    private final PageFetcher fetcher;
    private final FeedReader feedReader;
    private final SitemapReader sitemapReader;
    private final LinkDiscoverer linkDiscoverer;
    private final Clock clock;
    private final IngestSettings settings;

    SourceHarvester(PageFetcher fetcher, FeedReader feedReader, SitemapReader sitemapReader,
                    LinkDiscoverer linkDiscoverer, Clock clock, IngestSettings settings) {
        this.fetcher = fetcher;
        this.feedReader = feedReader;
        this.sitemapReader = sitemapReader;
        this.linkDiscoverer = linkDiscoverer;
        this.clock = clock;
        this.settings = settings;
    }

    SourceResult harvest(Feed source, FetchRecorder recorder) {
        return harvest(source, recorder, List.of());
    }

    /**
     * @param knownArticleUrls URLs known to be the portal's articles; a section page's links shaped
     *        like them are taken as articles too
     */
    SourceResult harvest(Feed source, FetchRecorder recorder, Collection<String> knownArticleUrls) {
        FetchTarget target = targetOf(source);
        Instant started = clock.instant();
        FetchedPage page;
        try {
            page = fetcher.fetch(new FetchRequest(source.url(), target, source.etag(), source.lastModified()),
                    recorder::robotsFetched);
        } catch (FetchException e) {
            return failed(source, recorder.failed(source.id(), target, source.url(), e, started), e);
        }
        Instant now = clock.instant();
        if (page.notModified()) {
            return new SourceResult(source.notModified(now), SourceResult.Status.NOT_MODIFIED,
                    List.of(recorder.fetched(source.id(), target, page, FetchOutcome.NOT_MODIFIED)), List.of(), page.freshFor(), null);
        }
        String hash = ContentHash.ofBytes(page.body());
        if (hash.equals(source.contentHash())) {
            return new SourceResult(source.succeeded(now, page.etag(), page.lastModified(), hash),
                    SourceResult.Status.NOT_MODIFIED,
                    List.of(recorder.fetched(source.id(), target, page, FetchOutcome.NOT_MODIFIED)), List.of(), page.freshFor(), null);
        }
        List<FetchEvent> events = new ArrayList<>();
        List<DiscoveredLink> links = new ArrayList<>();
        String note;
        try {
            note = read(source, page, recorder, events, links, knownArticleUrls);
        } catch (MalformedContentException e) {
            FetchEvent event = recorder.unusable(source.id(), target, page, FetchErrorClass.MALFORMED_CONTENT, FetchRecorder.reason(e));
            return failed(source, event, e);
        } catch (OutOfMemoryError e) {
            // what is held for this source is unreachable once we return: the run goes on with the others
            links.clear();
            events.clear();
            MalformedContentException tooBig = new MalformedContentException(source.url(), source.url()
                    + ": too large to read in the memory this process has (" + page.body().length + " bytes)", e);
            return failed(source, recorder.unusable(source.id(), target, page, FetchErrorClass.TOO_LARGE, FetchRecorder.reason(tooBig)), tooBig);
        }
        events.add(0, recorder.fetched(source.id(), target, page, FetchOutcome.OK, note));
        return new SourceResult(source.succeeded(now, page.etag(), page.lastModified(), hash), SourceResult.Status.OK,
                events, links, page.freshFor(), null);
    }

    /** Reads the links; returns a note for the source's fetch event when not everything listed was kept, else null. */
    private String read(Feed source, FetchedPage page, FetchRecorder recorder, List<FetchEvent> events,
                        List<DiscoveredLink> links, Collection<String> knownArticleUrls) {
        switch (source.kind()) {
            case FEED -> {
                ParsedFeed feed = feedReader.read(page);
                links.addAll(feed.links());
                return capNote(feed);
            }
            case SECTION -> {
                links.addAll(linkDiscoverer.articleLinks(page, source.linkSelector(), knownArticleUrls));
                return null;
            }
            case SITEMAP -> {
                ParsedFeed sitemap = sitemapReader.read(page);
                links.addAll(sitemap.links());
                List<String> nested = sitemap.nestedSitemaps();
                nested.stream().limit(settings.maxNestedSitemaps())
                        .forEach(url -> links.addAll(readNestedSitemap(source, url, recorder, events)));
                if (nested.size() > settings.maxNestedSitemaps()) {
                    events.add(recorder.skipped(source.id(), FetchTarget.SITEMAP, nested.get(settings.maxNestedSitemaps()),
                            "sitemap index lists " + nested.size() + " sitemaps; only the first " + settings.maxNestedSitemaps()
                                    + " are read"));
                }
                return capNote(sitemap);
            }
            default -> throw new IllegalStateException("unknown source kind " + source.kind());
        }
    }

    private static String capNote(ParsedFeed parsed) {
        return parsed.itemsDropped() == 0 ? null : "kept the first " + parsed.links().size() + " items; "
                + parsed.itemsDropped() + " more were listed and not read (per-source item cap)";
    }

    /** One level of a sitemap index; a failing child is recorded and the others are still read. */
    private List<DiscoveredLink> readNestedSitemap(Feed source, String url, FetchRecorder recorder, List<FetchEvent> events) {
        Instant started = clock.instant();
        try {
            FetchedPage page = fetcher.fetch(FetchRequest.of(url, FetchTarget.SITEMAP), recorder::robotsFetched);
            try {
                ParsedFeed nested = sitemapReader.read(page);
                events.add(recorder.fetched(source.id(), FetchTarget.SITEMAP, page, FetchOutcome.OK));
                if (!nested.nestedSitemaps().isEmpty()) {
                    // one level of index is followed; an index inside an index would let a site fan out without end
                    events.add(recorder.skipped(source.id(), FetchTarget.SITEMAP, url, "sitemap index nested in the sitemap index "
                            + source.url() + ": its " + nested.nestedSitemaps().size()
                            + " sitemaps are not read (only one level of sitemap index is followed)"));
                }
                return nested.links();
            } catch (MalformedContentException e) {
                events.add(recorder.unusable(source.id(), FetchTarget.SITEMAP, page, FetchErrorClass.MALFORMED_CONTENT, FetchRecorder.reason(e)));
            }
        } catch (FetchException e) {
            events.add(recorder.failed(source.id(), FetchTarget.SITEMAP, url, e, started));
        }
        return List.of();
    }

    private SourceResult failed(Feed source, FetchEvent event, RuntimeException error) {
        Feed after = source.failed(clock.instant(), FetchRecorder.reason(error), settings.quarantineAfter(),
                settings.quarantineBase(), settings.quarantineMax());
        Duration retryAfter = error instanceof FetchException fetch ? fetch.retryAfter().orElse(null) : null;
        return new SourceResult(after, SourceResult.Status.FAILED, List.of(event), List.of(), null, retryAfter);
    }

    static FetchTarget targetOf(Feed source) {
        return switch (source.kind()) {
            case FEED -> FetchTarget.FEED;
            case SECTION -> FetchTarget.SECTION;
            case SITEMAP -> FetchTarget.SITEMAP;
        };
    }
}
