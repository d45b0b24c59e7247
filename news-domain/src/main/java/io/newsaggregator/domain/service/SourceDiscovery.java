package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchRequest;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourceSpec;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.SitemapReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds sources a catalog did not name: the feeds a portal's home page advertises (when the catalog
 * names no feed), and the sitemaps its robots.txt names (when the catalog names no sitemap), news
 * sitemaps first.
 */
final class SourceDiscovery {
    private static final int MAX_FEEDS = 3;
    private static final int MAX_SITEMAPS = 2;

    private final PageFetcher fetcher;
    private final LinkDiscoverer linkDiscoverer;
    private final SitemapReader sitemapReader;
    private final Clock clock;

    SourceDiscovery(PageFetcher fetcher, LinkDiscoverer linkDiscoverer, SitemapReader sitemapReader, Clock clock) {
        this.fetcher = fetcher;
        this.linkDiscoverer = linkDiscoverer;
        this.sitemapReader = sitemapReader;
        this.clock = clock;
    }

    /** Sources to add to the spec; what was fetched on the way is added to {@code events}. */
    List<SourceSpec> discover(PortalSpec spec, FetchRecorder recorder, List<FetchEvent> events) {
        List<SourceSpec> found = new ArrayList<>();
        String homepage = spec.portal().homepage();
        if (!spec.hasSources(FeedKind.FEED)) {
            fetch(homepage, FetchTarget.HOMEPAGE, recorder, events, linkDiscoverer::feedLinks).stream()
                    .limit(MAX_FEEDS)
                    .forEach(url -> found.add(new SourceSpec(FeedKind.FEED, url, null, null)));
        }
        if (!spec.hasSources(FeedKind.SITEMAP)) {
            robotsTxtOf(homepage).ifPresent(robots ->
                    sitemapsIn(robots, recorder).stream()
                            .sorted(Comparator.comparing((String url) -> !url.toLowerCase(Locale.ROOT).contains("news")))
                            .limit(MAX_SITEMAPS)
                            .forEach(url -> found.add(new SourceSpec(FeedKind.SITEMAP, url, null, null))));
        }
        return found;
    }

    /**
     * The sitemaps the robots.txt names, read from the copy the fetcher obeys: the request for it,
     * if one was made, is recorded as the fetcher's own robots.txt requests are.
     */
    private List<String> sitemapsIn(String robotsUrl, FetchRecorder recorder) {
        return fetcher.robotsTxt(robotsUrl, recorder::robotsFetched).map(sitemapReader::sitemapsInRobotsTxt).orElse(List.of());
    }

    private List<String> fetch(String url, FetchTarget target, FetchRecorder recorder, List<FetchEvent> events,
                               Function<FetchedPage, List<String>> read) {
        Instant started = clock.instant();
        FetchedPage page;
        try {
            page = fetcher.fetch(FetchRequest.of(url, target), recorder::robotsFetched);
        } catch (FetchException e) {
            events.add(recorder.failed(null, target, url, e, started));
            return List.of();
        }
        try {
            List<String> found = read.apply(page);
            events.add(recorder.fetched(null, target, page, FetchOutcome.OK));
            return found;
        } catch (MalformedContentException e) {
            events.add(recorder.unusable(null, target, page, FetchErrorClass.MALFORMED_CONTENT, FetchRecorder.reason(e)));
            return List.of();
        }
    }

    private static Optional<String> robotsTxtOf(String homepage) {
        try {
            URI uri = URI.create(homepage);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
