package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.ParsedFeed;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.SitemapReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a source's fetch events say when not everything it lists is read. */
class SourceHarvesterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final FetchRecorder recorder = new FetchRecorder(clock, new IngestRunId(1), new PortalId(1), "test", IngestListener.NONE);

    /** Bodies are lines: "index URL" names a nested sitemap, anything else is an article link. */
    private final Map<String, String> web = Map.of(
            "https://s.test/index.xml", "index https://s.test/a.xml\nindex https://s.test/b.xml\nindex https://s.test/c.xml",
            "https://s.test/a.xml", "https://s.test/1",
            "https://s.test/b.xml", "index https://s.test/deeper.xml\nhttps://s.test/2");
    private final PageFetcher fetcher = request -> {
        String body = web.get(request.url());
        if (body == null) {
            throw new FetchException(request.url(), FetchException.Reason.HTTP_STATUS, 404, "404 from " + request.url(), null);
        }
        return new FetchedPage(request.url(), request.url(), 200, false, body.getBytes(StandardCharsets.UTF_8), "text/xml",
                "UTF-8", null, null, 1);
    };
    private final SitemapReader sitemaps = new SitemapReader() {
        @Override
        public ParsedFeed read(FetchedPage page) {
            List<String> lines = new String(page.body(), StandardCharsets.UTF_8).lines().toList();
            return new ParsedFeed(null, lines.stream().filter(l -> !l.startsWith("index ")).map(DiscoveredLink::of).toList(),
                    lines.stream().filter(l -> l.startsWith("index ")).map(l -> l.substring(6)).toList());
        }

        @Override
        public List<String> sitemapsInRobotsTxt(FetchedPage robotsTxt) {
            return List.of();
        }
    };
    private final FeedReader cappedFeeds = page -> new ParsedFeed("f", List.of(DiscoveredLink.of("https://s.test/1")), List.of(), 41);
    private final LinkDiscoverer noLinks = new LinkDiscoverer() {
        @Override
        public List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector, Collection<String> knownArticleUrls) {
            return List.of();
        }

        @Override
        public List<String> feedLinks(FetchedPage page) {
            return List.of();
        }
    };

    private SourceHarvester harvester(FeedReader feeds, IngestSettings settings) {
        return new SourceHarvester(fetcher, feeds, sitemaps, noLinks, clock, settings);
    }

    @Test
    void aSitemapIndexInsideAnIndexAndChildrenBeyondTheLimitLeaveSkippedEvents() {
        IngestSettings d = IngestSettings.DEFAULTS;
        IngestSettings twoChildren = new IngestSettings(d.portalParallelism(), d.articleParallelism(), d.batchSize(),
                d.refetchKnownAfter(), d.revisitWindow(), d.quarantineAfter(), d.quarantineBase(), d.quarantineMax(), 2);
        Feed index = Feed.create(new PortalId(1), FeedKind.SITEMAP, "https://s.test/index.xml", null, null);

        SourceResult result = harvester(cappedFeeds, twoChildren).harvest(index, recorder);

        assertThat(result.status()).isEqualTo(SourceResult.Status.OK);
        assertThat(result.links()).extracting(DiscoveredLink::url).containsExactly("https://s.test/1", "https://s.test/2");
        List<FetchEvent> skipped = result.events().stream().filter(e -> e.outcome() == FetchOutcome.SKIPPED).toList();
        assertThat(skipped).extracting(FetchEvent::url).containsExactlyInAnyOrder("https://s.test/b.xml", "https://s.test/c.xml");
        assertThat(skipped).extracting(FetchEvent::reason).containsExactlyInAnyOrder(
                "sitemap index nested in the sitemap index https://s.test/index.xml: its 1 sitemaps are not read"
                        + " (only one level of sitemap index is followed)",
                "sitemap index lists 3 sitemaps; only the first 2 are read");
    }

    @Test
    void aFeedBeyondTheItemCapSaysSoInItsFetchEvent() {
        Feed feed = Feed.create(new PortalId(1), FeedKind.FEED, "https://s.test/a.xml", null, null);

        SourceResult result = harvester(cappedFeeds, IngestSettings.DEFAULTS).harvest(feed, recorder);

        assertThat(result.events()).hasSize(1);
        assertThat(result.events().get(0).outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.events().get(0).reason())
                .isEqualTo("kept the first 1 items; 41 more were listed and not read (per-source item cap)");
    }

    @Test
    void aSourceThatDoesNotFitInMemoryFailsAloneWithAReason() {
        FeedReader exhausting = page -> {
            throw new OutOfMemoryError("Java heap space");
        };
        Feed feed = Feed.create(new PortalId(1), FeedKind.FEED, "https://s.test/a.xml", null, null);

        SourceResult result = harvester(exhausting, IngestSettings.DEFAULTS).harvest(feed, recorder);

        assertThat(result.status()).isEqualTo(SourceResult.Status.FAILED);
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.errorClass()).isEqualTo(FetchErrorClass.TOO_LARGE);
            assertThat(e.reason()).isEqualTo("https://s.test/a.xml: too large to read in the memory this process has (16 bytes)");
        });
    }
}
