package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.fake.InMemoryRunLeases;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.*;
import io.newsaggregator.domain.port.in.IngestCommand;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.port.out.*;
import io.newsaggregator.domain.query.Query;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline against fakes: pages are served from a map; a "feed" is lines of URLs, an "article"
 * is a title line followed by text.
 */
class IngestServiceTest {
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRunLeases leases = new InMemoryRunLeases();
    private final Map<String, Object> web = new ConcurrentHashMap<>();
    private final AtomicInteger feedParses = new AtomicInteger();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final PageFetcher fetcher = request -> {
        Object answer = web.get(request.url());
        if (answer == null) {
            throw new FetchException(request.url(), FetchException.Reason.HTTP_STATUS, 404, "404 Not Found from " + request.url(), null);
        }
        if (answer instanceof RuntimeException e) {
            throw e;
        }
        if ("304".equals(answer) && request.etag() != null) {
            return new FetchedPage(request.url(), request.url(), 304, true, new byte[0], null, null, request.etag(), null, 1);
        }
        String body = "304".equals(answer) ? "https://news.test/a/1" : answer.toString();
        return new FetchedPage(request.url(), request.url(), 200, false, body.getBytes(StandardCharsets.UTF_8),
                "text/plain", "UTF-8", "\"v1\"", null, 3);
    };
    private final FeedReader feedReader = page -> {
        feedParses.incrementAndGet();
        String body = new String(page.body(), StandardCharsets.UTF_8);
        if (body.startsWith("<html")) {
            throw new MalformedContentException(page.finalUrl(), page.finalUrl() + " is an HTML page, not a feed");
        }
        return new ParsedFeed("feed", body.lines().map(DiscoveredLink::of).toList(), List.of());
    };
    private final SitemapReader sitemapReader = new SitemapReader() {
        @Override
        public ParsedFeed read(FetchedPage page) {
            return feedReader.read(page);
        }

        @Override
        public List<String> sitemapsInRobotsTxt(FetchedPage robotsTxt) {
            return new String(robotsTxt.body(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("Sitemap: ")).map(line -> line.substring(9).strip()).toList();
        }
    };
    private final Map<String, List<String>> knownWhenSectionRead = new HashMap<>();
    private final LinkDiscoverer discoverer = new LinkDiscoverer() {
        @Override
        public List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector, Collection<String> knownArticleUrls) {
            knownWhenSectionRead.put(page.finalUrl(), List.copyOf(knownArticleUrls));
            return feedReader.read(page).links();
        }

        @Override
        public List<String> feedLinks(FetchedPage page) {
            return new String(page.body(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("feed: ")).map(line -> line.substring(6).strip()).toList();
        }
    };
    private final ArticleExtractor extractor = (page, rules) -> {
        List<String> lines = new String(page.body(), StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) {
            throw new MalformedContentException(page.finalUrl(), "empty body");
        }
        String canonical = null;
        if (lines.get(0).startsWith("canonical: ")) {
            canonical = lines.get(0).substring("canonical: ".length());
            lines = lines.subList(1, lines.size());
        }
        return new ExtractedArticle(page.finalUrl(), canonical, lines.get(0), List.of("Ann Author"), null, null, "en",
                null, null, String.join("\n", lines.subList(1, lines.size())), null);
    };
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer() {
        @Override
        public Optional<String> canonicalize(String url) {
            return url.startsWith("http")
                    ? Optional.of(url.replaceAll("#.*$", "").replaceAll("[?&]utm_[^&]*", ""))
                    : Optional.empty();
        }

        @Override
        public boolean sameSite(String canonicalA, String canonicalB) {
            return java.net.URI.create(canonicalA).getHost().equals(java.net.URI.create(canonicalB).getHost());
        }
    };

    private IngestService service(IngestSettings settings) {
        return new IngestService(store, fetcher, feedReader, sitemapReader, discoverer, extractor, canonicalizer, clock, settings,
                leases, FrontierPolicy.DEFAULTS);
    }

    private static PortalSpec portal(String code, String... feedUrls) {
        List<SourceSpec> feeds = new ArrayList<>();
        for (String url : feedUrls) {
            feeds.add(new SourceSpec(FeedKind.FEED, url, "world", null));
        }
        return new PortalSpec(Portal.create(code, code.toUpperCase(), "https://" + code + ".test/", "en"), feeds, ExtractionRules.NONE);
    }

    @BeforeEach
    void site() {
        web.put("https://news.test/feed", "https://news.test/a/1\nhttps://news.test/a/2#comments\nhttps://news.test/a/1?utm_source=x");
        web.put("https://news.test/a/1", "First title\nFirst paragraph.\nSecond paragraph.");
        web.put("https://news.test/a/2", "Second title\nBody two.");
    }

    @Test
    void storesDiscoveredArticlesOnceWithRunCounts() {
        IngestReport report = service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        assertThat(store.articles().count(Query.of(Article.class))).isEqualTo(2);
        IngestCounts counts = report.run().counts();
        assertThat(counts.sourcesOk()).isEqualTo(1);
        assertThat(counts.articlesDiscovered()).isEqualTo(2);
        assertThat(counts.articlesNew()).isEqualTo(2);
        assertThat(report.run().status()).isEqualTo(IngestRunStatus.COMPLETED);
        assertThat(store.ingestRuns().getById(report.run().id()).counts()).isEqualTo(counts);
        Article first = store.articles().find(Query.of(Article.class).where(ArticleField.TITLE.eq("First title"))).get(0);
        assertThat(first.bodyText()).isEqualTo("First paragraph.\nSecond paragraph.");
        assertThat(first.section()).isEqualTo("world");
        assertThat(store.articles().categoriesOf(first.id())).hasSize(1);
        assertThat(store.fetchEvents().findByRun(report.run().id()))
                .filteredOn(e -> e.target() != FetchTarget.ROBOTS).hasSize(3)
                .allMatch(e -> e.outcome() == FetchOutcome.OK);
        assertThat(store.fetchEvents().findByRun(report.run().id()))
                .filteredOn(e -> e.target() == FetchTarget.ROBOTS).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("no robots.txt"));
    }

    @Test
    void sectionPagesAreReadKnowingWhatTheFeedsListedAndWhatIsStored() {
        web.put("https://news.test/world/", "https://news.test/a/2");
        web.put("https://news.test/other-feed", "https://news.test/a/3");
        web.put("https://news.test/a/3", "Third title\nBody three.");
        PortalSpec sectionFirst = new PortalSpec(Portal.create("news", "NEWS", "https://news.test/", "en"), List.of(
                new SourceSpec(FeedKind.SECTION, "https://news.test/world/", "world", null),
                new SourceSpec(FeedKind.FEED, "https://news.test/feed", "world", null)), ExtractionRules.NONE);
        IngestService service = service(IngestSettings.DEFAULTS.withRefetchKnownAfter(Duration.ZERO));

        service.ingest(new IngestCommand(List.of(sectionFirst), 100), IngestListener.NONE);

        assertThat(knownWhenSectionRead.get("https://news.test/world/")).as("the feed is read first, whatever the catalog order")
                .containsExactly("https://news.test/a/1", "https://news.test/a/2#comments", "https://news.test/a/1?utm_source=x");

        PortalSpec otherFeed = new PortalSpec(sectionFirst.portal(), List.of(
                new SourceSpec(FeedKind.SECTION, "https://news.test/world/", "world", null),
                new SourceSpec(FeedKind.FEED, "https://news.test/other-feed", "world", null)), ExtractionRules.NONE);
        web.put("https://news.test/world/", "https://news.test/a/2\n");
        service.ingest(new IngestCommand(List.of(otherFeed), 100), IngestListener.NONE);

        assertThat(knownWhenSectionRead.get("https://news.test/world/")).as("this run's feed, then the stored articles")
                .startsWith("https://news.test/a/3").contains("https://news.test/a/1", "https://news.test/a/2");
    }

    @Test
    void secondRunStoresNoDuplicatesAndAChangedArticleGetsExactlyOneRevision() {
        IngestService service = service(IngestSettings.DEFAULTS.withRefetchKnownAfter(Duration.ZERO));
        IngestCommand command = new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100);
        service.ingest(command, IngestListener.NONE);
        web.put("https://news.test/feed", web.get("https://news.test/feed") + "\n"); // new body, same links
        web.put("https://news.test/a/2", "Second title\nBody two, corrected.");

        IngestReport again = service.ingest(command, IngestListener.NONE);

        assertThat(store.articles().count(Query.of(Article.class))).isEqualTo(2);
        assertThat(again.run().counts().articlesUpdated()).isEqualTo(1);
        assertThat(again.run().counts().articlesUnchanged()).isEqualTo(1);
        Article second = store.articles().find(Query.of(Article.class).where(ArticleField.TITLE.eq("Second title"))).get(0);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.revisions().findByArticle(second.id()))
                .singleElement().satisfies(r -> assertThat(r.bodyText()).isEqualTo("Body two."));
    }

    @Test
    void knownArticlesSeenRecentlyAreNotFetchedAgain() {
        IngestService service = service(IngestSettings.DEFAULTS);
        IngestCommand command = new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100);
        service.ingest(command, IngestListener.NONE);
        web.put("https://news.test/feed", web.get("https://news.test/feed") + "\n");

        IngestReport again = service.ingest(command, IngestListener.NONE);

        assertThat(again.run().counts().articlesDiscovered()).isEqualTo(2);
        assertThat(again.run().counts().articlesNew() + again.run().counts().articlesUpdated()
                + again.run().counts().articlesUnchanged()).isZero();
    }

    @Test
    void aFailingSourceIsRecordedWithItsReasonAndTheOthersGoOn() {
        web.put("https://news.test/broken", new FetchException("https://news.test/broken", FetchException.Reason.SERVER_ERROR, 503,
                "503 Service Unavailable from https://news.test/broken after 3 attempts", null));
        web.put("https://news.test/html", "<html><body>Moved</body></html>");

        IngestReport report = service(IngestSettings.DEFAULTS).ingest(new IngestCommand(
                List.of(portal("news", "https://news.test/broken", "https://news.test/html", "https://news.test/feed")), 100),
                IngestListener.NONE);

        assertThat(report.run().counts().sourcesFailed()).isEqualTo(2);
        assertThat(report.run().counts().articlesNew()).isEqualTo(2);
        List<FetchEvent> failures = store.fetchEvents().find(Query.of(FetchEvent.class)
                .where(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)).orderBy(FetchEventField.URL.asc()));
        assertThat(failures).extracting(FetchEvent::errorClass).containsExactly(FetchErrorClass.SERVER_ERROR, FetchErrorClass.MALFORMED_CONTENT);
        assertThat(failures).extracting(FetchEvent::reason).containsExactly(
                "503 Service Unavailable from https://news.test/broken after 3 attempts",
                "https://news.test/html is an HTML page, not a feed");
        assertThat(report.failures()).as("the report carries the run's failures, in the order they happened")
                .extracting(FetchEvent::url).containsExactlyInAnyOrder("https://news.test/broken", "https://news.test/html")
                .isSortedAccordingTo(java.util.Comparator.comparing((String url) -> failures.stream()
                        .filter(f -> f.url().equals(url)).findFirst().orElseThrow().id().value()));
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.runId()).isEqualTo(report.run().id()));
        Feed broken = store.feeds().find(Query.of(Feed.class).where(FeedField.URL.eq("https://news.test/broken"))).get(0);
        assertThat(broken.consecutiveFailures()).isEqualTo(1);
        assertThat(broken.lastError()).contains("503");
    }

    @Test
    void aSourceFailingRepeatedlyIsQuarantinedAndSkipped() {
        web.put("https://news.test/broken", new FetchException("https://news.test/broken", FetchException.Reason.TIMEOUT, "timed out"));
        IngestService service = service(IngestSettings.DEFAULTS);
        IngestCommand command = new IngestCommand(List.of(portal("news", "https://news.test/broken")), 100);
        for (int i = 0; i < 3; i++) {
            service.ingest(command, IngestListener.NONE);
        }

        IngestReport fourth = service.ingest(command, IngestListener.NONE);

        assertThat(fourth.run().counts().sourcesSkipped()).isEqualTo(1);
        assertThat(fourth.run().counts().sourcesFailed()).isZero();
        Feed broken = store.feeds().find(Query.of(Feed.class)).get(0);
        assertThat(broken.quarantinedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void aNotModifiedSourceCostsNoParsing() {
        web.put("https://news.test/feed", "304");
        IngestService service = service(IngestSettings.DEFAULTS);
        IngestCommand command = new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100);
        service.ingest(command, IngestListener.NONE);
        int parsesAfterFirstRun = feedParses.get();

        IngestReport again = service.ingest(command, IngestListener.NONE);

        assertThat(feedParses.get()).isEqualTo(parsesAfterFirstRun);
        assertThat(again.run().counts().sourcesNotModified()).isEqualTo(1);
    }

    @Test
    void anUnchangedBodyIsNotParsedAgain() {
        IngestService service = service(IngestSettings.DEFAULTS);
        IngestCommand command = new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100);
        service.ingest(command, IngestListener.NONE);

        IngestReport again = service.ingest(command, IngestListener.NONE);

        assertThat(feedParses.get()).isEqualTo(1);
        assertThat(again.run().counts().sourcesNotModified()).isEqualTo(1);
    }

    @Test
    void anArticleThatCannotBeFetchedIsCountedAndRecorded() {
        web.put("https://news.test/feed", "https://news.test/a/1\nhttps://news.test/missing");

        IngestReport report = service(IngestSettings.DEFAULTS).ingest(
                new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        assertThat(report.run().counts().articlesFailed()).isEqualTo(1);
        assertThat(report.run().counts().articlesNew()).isEqualTo(1);
        assertThat(store.fetchEvents().find(Query.of(FetchEvent.class).where(FetchEventField.ERROR_CLASS.eq(FetchErrorClass.HTTP_STATUS))))
                .singleElement().satisfies(e -> assertThat(e.httpStatus()).isEqualTo(404));
    }

    @Test
    void respectsTheMaximumArticlesPerPortal() {
        IngestReport report = service(IngestSettings.DEFAULTS).ingest(
                new IngestCommand(List.of(portal("news", "https://news.test/feed")), 1), IngestListener.NONE);

        assertThat(report.run().counts().articlesDiscovered()).isEqualTo(1);
        assertThat(store.articles().count(Query.of(Article.class))).isEqualTo(1);
    }

    @Test
    void discoversFeedsFromTheHomePageAndSitemapsFromRobotsTxt() {
        web.put("https://found.test/", "<html>\nfeed: https://found.test/rss\n</html>");
        web.put("https://found.test/robots.txt", "User-agent: *\nSitemap: https://found.test/sitemap.xml\nSitemap: https://found.test/news-sitemap.xml");
        web.put("https://found.test/rss", "https://found.test/a");
        web.put("https://found.test/news-sitemap.xml", "https://found.test/b");
        web.put("https://found.test/sitemap.xml", "https://found.test/c");
        web.put("https://found.test/a", "A\ntext a");
        web.put("https://found.test/b", "B\ntext b");
        web.put("https://found.test/c", "C\ntext c");
        PortalSpec bare = new PortalSpec(Portal.create("found", "Found", "https://found.test/", "en"), List.of(), ExtractionRules.NONE);

        IngestReport report = service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(bare), 100), IngestListener.NONE);

        assertThat(store.feeds().find(Query.of(Feed.class))).extracting(Feed::url)
                .containsExactlyInAnyOrder("https://found.test/rss", "https://found.test/news-sitemap.xml", "https://found.test/sitemap.xml");
        assertThat(report.run().counts().articlesNew()).isEqualTo(3);
    }

    @Test
    void theFeedsOfAPortalAreReadAtTheSameTimeAndTheirLinksAllEnqueued() {
        web.put("https://news.test/other-feed", "https://news.test/a/3");
        web.put("https://news.test/a/3", "Third title\nBody three.");
        CountDownLatch bothReading = new CountDownLatch(2);
        List<Boolean> metTheOther = new CopyOnWriteArrayList<>();
        FeedReader meetingReader = page -> {
            bothReading.countDown();
            try {
                metTheOther.add(bothReading.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return feedReader.read(page);
        };
        IngestService service = new IngestService(store, fetcher, meetingReader, sitemapReader, discoverer, extractor,
                canonicalizer, clock, IngestSettings.DEFAULTS, leases, FrontierPolicy.DEFAULTS);

        IngestReport report = service.ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed",
                "https://news.test/other-feed")), 100), IngestListener.NONE);

        assertThat(metTheOther).as("each feed was read while the other one was").containsExactly(true, true);
        assertThat(report.run().counts().sourcesOk()).isEqualTo(2);
        assertThat(report.run().counts().articlesNew()).isEqualTo(3);
    }

    @Test
    void portalsRunInParallelAndEachIsReported() {
        web.put("https://other.test/feed", "https://other.test/x");
        web.put("https://other.test/x", "Other\ntext");

        IngestReport report = service(IngestSettings.DEFAULTS).ingest(new IngestCommand(
                List.of(portal("news", "https://news.test/feed"), portal("other", "https://other.test/feed")), 100),
                IngestListener.NONE);

        assertThat(report.portals()).extracting(IngestReport.PortalResult::code).containsExactly("news", "other");
        assertThat(report.run().counts().articlesNew()).isEqualTo(3);
    }

    @Test
    void aBatchTheStoreRefusesIsStoredArticleByArticleAndOnlyTheArticleAtFaultFails() {
        web.put("https://news.test/feed", "https://news.test/a/1\nhttps://news.test/a/2\nhttps://news.test/a/3");
        web.put("https://news.test/a/3", "Poison\nA value the store cannot take.");
        store.refuseArticles(article -> "Poison".equals(article.title()));

        IngestReport report = service(IngestSettings.DEFAULTS).ingest(
                new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        assertThat(store.articles().find(Query.of(Article.class))).extracting(Article::title)
                .containsExactlyInAnyOrder("First title", "Second title");
        assertThat(report.run().counts().articlesNew()).isEqualTo(2);
        assertThat(report.run().counts().articlesFailed()).isEqualTo(1);
        FetchEvent rejected = store.fetchEvents().find(Query.of(FetchEvent.class)
                .where(FetchEventField.ERROR_CLASS.eq(FetchErrorClass.STORE_REJECTED))).get(0);
        assertThat(rejected.url()).isEqualTo("https://news.test/a/3");
        assertThat(rejected.reason()).contains("refuses https://news.test/a/3");
        assertThat(store.frontier().find(Query.of(FrontierEntry.class))).extracting(FrontierEntry::status)
                .containsOnly(FrontierStatus.DONE);
    }

    @Test
    void linksLeftPendingByAnEarlierRunAreFetchedAlthoughTheFeedIsUnchanged() {
        IngestService service = service(IngestSettings.DEFAULTS);
        service.ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);
        PortalId news = store.portals().findByCode("news").orElseThrow().id();
        // a run that committed its discovery and died before fetching: the entry is all that is left
        store.frontier().enqueue(List.of(FrontierEntry.pending(news, null, "https://news.test/a/9",
                DiscoveredLink.of("https://news.test/a/9"), List.of(), clock.instant())));
        web.put("https://news.test/a/9", "Ninth title\nBody nine.");

        IngestReport second = service.ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        assertThat(second.run().counts().sourcesNotModified()).isEqualTo(1);
        assertThat(second.run().counts().articlesNew()).isEqualTo(1);
        assertThat(store.articles().findByCanonicalUrl(news, "https://news.test/a/9")).isPresent();
    }

    @Test
    void aRunWhoseProcessIsGoneIsAbortedAndTheLinksItHeldAreFetched() {
        IngestService service = service(IngestSettings.DEFAULTS);
        service.ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);
        PortalId news = store.portals().findByCode("news").orElseThrow().id();
        RunLeases.Lease dead = leases.hold();
        IngestRun died = store.ingestRuns().save(IngestRun.start(clock.instant().minusSeconds(60), dead.key()));
        leases.forget(dead.key());
        IngestRun alive = store.ingestRuns().save(IngestRun.start(clock.instant().minusSeconds(30), leases.hold().key()));
        store.frontier().enqueue(List.of(FrontierEntry.pending(news, null, "https://news.test/a/9",
                DiscoveredLink.of("https://news.test/a/9"), List.of(), clock.instant())));
        store.frontier().claim(news, died.id(), clock.instant(), FrontierPolicy.DEFAULTS.lease(), 10, 3);
        web.put("https://news.test/a/9", "Ninth title\nBody nine.");

        IngestReport next = service.ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        IngestRun closed = store.ingestRuns().getById(died.id());
        assertThat(closed.status()).isEqualTo(IngestRunStatus.ABORTED);
        assertThat(closed.message()).contains("process is gone");
        assertThat(closed.finishedAt()).isEqualTo(clock.instant());
        assertThat(store.ingestRuns().getById(alive.id()).status()).as("a run whose lease is held is alive").isEqualTo(IngestRunStatus.RUNNING);
        assertThat(next.run().counts().articlesNew()).isEqualTo(1);
        assertThat(store.articles().findByCanonicalUrl(news, "https://news.test/a/9")).isPresent();
    }

    @Test
    void aDeadRunStartedOnAClockAheadOfOursNeverEndsBeforeItStarted() {
        RunLeases.Lease dead = leases.hold();
        Instant ahead = clock.instant().plus(Duration.ofDays(12));
        IngestRun died = store.ingestRuns().save(IngestRun.start(ahead, dead.key()));
        leases.forget(dead.key());

        service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        IngestRun closed = store.ingestRuns().getById(died.id());
        assertThat(closed.status()).isEqualTo(IngestRunStatus.ABORTED);
        assertThat(closed.finishedAt()).as("the database refuses a run that ends before it starts").isEqualTo(ahead);
    }

    @Test
    void aRunStoredWithoutALeaseIsAbortedOnlyAfterItWasSilentTooLong() {
        IngestRun recent = store.ingestRuns().save(IngestRun.start(clock.instant().minus(Duration.ofMinutes(10))));
        IngestRun silent = store.ingestRuns().save(IngestRun.start(clock.instant().minus(Duration.ofHours(3))));

        service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        assertThat(store.ingestRuns().getById(recent.id()).status()).isEqualTo(IngestRunStatus.RUNNING);
        assertThat(store.ingestRuns().getById(silent.id()).status()).isEqualTo(IngestRunStatus.ABORTED);
        assertThat(store.ingestRuns().getById(silent.id()).message()).contains("no sign of life since");
    }

    @Test
    void aPageDeclaringTheCanonicalOfAnotherStoredArticleKeepsItsOwnKey() {
        service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);
        web.put("https://news.test/feed", "https://news.test/spam");
        web.put("https://news.test/spam", "canonical: https://news.test/a/1\nBuy watches\nCheap.");

        service(IngestSettings.DEFAULTS).ingest(new IngestCommand(List.of(portal("news", "https://news.test/feed")), 100), IngestListener.NONE);

        PortalId news = store.portals().findByCode("news").orElseThrow().id();
        assertThat(store.articles().findByCanonicalUrl(news, "https://news.test/a/1").orElseThrow().title()).isEqualTo("First title");
        assertThat(store.articles().findByCanonicalUrl(news, "https://news.test/spam").orElseThrow().title()).isEqualTo("Buy watches");
        assertThat(store.fetchEvents().find(Query.of(FetchEvent.class).where(FetchEventField.ERROR_CLASS.eq(FetchErrorClass.CANONICAL_CONFLICT))))
                .singleElement().satisfies(e -> assertThat(e.url()).isEqualTo("https://news.test/spam"));
    }
}
