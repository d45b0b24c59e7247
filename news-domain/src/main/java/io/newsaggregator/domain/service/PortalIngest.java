package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourceSpec;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.SitemapReader;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.service.CanonicalKeys.Keyed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Ingests one portal in one run: register it, harvest its due sources and commit the article links
 * they list as frontier entries together with the sources' new state, then claim entries from the
 * frontier (this run's and whatever earlier runs left) and fetch, extract and store them through
 * the {@link ArticlePipeline}.
 */
final class PortalIngest {
    private static final int LOOKUP_CHUNK = 500;
    /** Stored articles whose URLs teach section-page discovery the portal's article shapes. */
    private static final int KNOWN_STORED_ARTICLES = 500;

    private final UnitOfWork unitOfWork;
    private final PortalRegistry registry;
    private final SourceDiscovery discovery;
    private final SourceHarvester sources;
    private final ArticlePipeline pipeline;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;
    private final IngestSettings settings;
    private final FrontierPolicy policy;
    private final IngestListener listener;

    PortalIngest(UnitOfWork unitOfWork, PortalRegistry registry, SourceDiscovery discovery, SourceHarvester sources,
                 ArticlePipeline pipeline, UrlCanonicalizer canonicalizer, Clock clock, IngestSettings settings,
                 FrontierPolicy policy, IngestListener listener) {
        this.unitOfWork = unitOfWork;
        this.registry = registry;
        this.discovery = discovery;
        this.sources = sources;
        this.pipeline = pipeline;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
        this.settings = settings;
        this.policy = policy;
        this.listener = listener;
    }

    /** The ingest of portals with its parts wired: registry, discovery, source harvest and the article pipeline. */
    static PortalIngest create(UnitOfWork unitOfWork, PageFetcher fetcher, FeedReader feedReader, SitemapReader sitemapReader,
                               LinkDiscoverer linkDiscoverer, ArticleExtractor extractor, UrlCanonicalizer canonicalizer,
                               Clock clock, IngestSettings settings, FrontierPolicy policy, IngestListener listener) {
        PortalRegistry registry = new PortalRegistry();
        ArticlePipeline pipeline = new ArticlePipeline(unitOfWork, registry,
                new ArticleHarvester(fetcher, extractor, canonicalizer, clock), canonicalizer, clock, settings, policy, listener);
        return new PortalIngest(unitOfWork, registry, new SourceDiscovery(fetcher, linkDiscoverer, sitemapReader, clock),
                new SourceHarvester(fetcher, feedReader, sitemapReader, linkDiscoverer, clock, settings),
                pipeline, canonicalizer, clock, settings, policy, listener);
    }

    IngestCounts ingest(PortalSpec spec, IngestRunId runId, int maxArticles) {
        List<FetchEvent> discoveryEvents = new ArrayList<>();
        RegisteredPortal portal = register(spec, runId, discoveryEvents);
        FetchRecorder recorder = recorder(portal, runId);
        Counter counter = new Counter();
        PortalId portalId = portal.portal().id();

        Set<String> configured = portal.sources().stream().map(Feed::url).collect(Collectors.toSet());
        List<Feed> due = unitOfWork.execute(repos -> repos.feeds().claimDue(portalId, clock.instant()))
                .stream().filter(feed -> configured.contains(feed.url())).toList();
        counter.sourcesSkipped = configured.size() - due.size();
        harvestSources(portal, due, recorder, counter, discoveryEvents, maxArticles);
        long open = unitOfWork.readOnly(repos -> repos.frontier().count(Query.of(FrontierEntry.class).where(
                FrontierEntryField.PORTAL_ID.eq(portalId)
                        .and(FrontierEntryField.STATUS.in(List.of(FrontierStatus.PENDING, FrontierStatus.LEASED))))));
        listener.articlesPlanned(spec.portal().code(), (int) Math.min(open, maxArticles));

        counter.add(pipeline.drain(portal, runId, recorder, maxArticles));
        return counter.toCounts();
    }

    /**
     * Stores the portal and its configured sources, then the sources discovery finds on its home
     * page; the discovery's fetch events (robots.txt requests included) are added to {@code events}
     * for the caller to store.
     */
    RegisteredPortal register(PortalSpec spec, IngestRunId runId, List<FetchEvent> events) {
        RegisteredPortal registered = store(spec);
        FetchRecorder recorder = recorder(registered, runId);
        List<SourceSpec> found = discovery.discover(spec, recorder, events);
        // robots.txt requests made on the way are stored with the discovery's events
        events.addAll(recorder.takeRobotsEvents());
        return found.isEmpty() ? registered : store(spec.withMoreSources(found));
    }

    /** Registration finds or creates each row, so a process registering the same portal at the same time is no failure. */
    private RegisteredPortal store(PortalSpec spec) {
        return unitOfWork.execute(repos -> registry.register(repos, spec));
    }

    /**
     * What one poll of one source did: how it answered, its state after, the work it added, and
     * the freshness lifetime and {@code Retry-After} its answer gave (null when it gave none).
     */
    record Polled(SourceResult.Status status, Feed source, int enqueued, Duration freshFor, Duration retryAfter) {
    }

    /**
     * Polls one source of a registered portal, as {@link #ingest} polls all of them: fetched,
     * its links committed as frontier entries together with its new state.
     *
     * @return null when the source is quarantined (it was not fetched)
     */
    Polled poll(RegisteredPortal portal, Feed source, IngestRunId runId, int maxArticles) {
        if (!source.isDue(clock.instant())) {
            return null;
        }
        Counter counter = new Counter();
        FetchRecorder recorder = recorder(portal, runId);
        Harvest harvest = harvestSources(portal, List.of(source), recorder, counter, List.of(), maxArticles);
        SourceResult result = harvest.results().get(0);
        return new Polled(result.status(), result.source(), harvest.enqueued(), result.freshFor(), result.retryAfter());
    }

    /** Fetches and stores up to {@code limit} articles of the portal's frontier. */
    ArticlePipeline.Drained drain(RegisteredPortal portal, IngestRunId runId, int limit) {
        return pipeline.drain(portal, runId, recorder(portal, runId), limit);
    }

    private FetchRecorder recorder(RegisteredPortal portal, IngestRunId runId) {
        return new FetchRecorder(clock, runId, portal.portal().id(), portal.portal().code(), listener);
    }

    private record DiscoveredSource(Feed source, List<DiscoveredLink> links) {
    }

    /** What a harvest did: each source's result, in the order given, and how many frontier entries became pending. */
    private record Harvest(List<SourceResult> results, int enqueued) {
    }

    /**
     * Fetches the due sources and commits, in one unit of work, their new state (validators, hash,
     * failures), the fetch events and the article links due for a fetch as frontier entries: a run
     * that dies after this has lost nothing a source listed.
     */
    private Harvest harvestSources(RegisteredPortal portal, List<Feed> due, FetchRecorder recorder, Counter counter,
                                   List<FetchEvent> earlierEvents, int maxArticles) {
        List<SourceResult> results = harvestInOrder(portal, due, recorder);
        List<DiscoveredSource> discovered = new ArrayList<>();
        for (SourceResult result : results) {
            switch (result.status()) {
                case OK -> counter.sourcesOk++;
                case NOT_MODIFIED -> counter.sourcesNotModified++;
                case FAILED -> counter.sourcesFailed++;
            }
            discovered.add(new DiscoveredSource(result.source(), result.links()));
        }
        List<FrontierEntry> candidates = candidates(portal, discovered, maxArticles);
        counter.articlesDiscovered = candidates.size();
        List<FrontierEntry> work = new ArrayList<>(dueForFetch(portal, candidates));
        work.addAll(revisits(portal, candidates, maxArticles - work.size()));
        List<FetchEvent> robots = recorder.takeRobotsEvents();
        int enqueued = unitOfWork.execute(repos -> {
            for (SourceResult result : results) {
                repos.feeds().update(result.source());
            }
            List<FetchEvent> events = new ArrayList<>(earlierEvents);
            results.forEach(r -> events.addAll(r.events()));
            events.addAll(robots);
            repos.fetchEvents().saveAll(events);
            return work.isEmpty() ? 0 : repos.frontier().enqueue(work);
        });
        return new Harvest(results, enqueued);
    }

    /**
     * Harvests feeds and sitemaps first, then section pages knowing what those listed and the
     * portal's stored articles, so that section links shaped like the portal's articles are
     * recognised even without a date or slug. The sources of each step are fetched and read a few at
     * a time, as article pages are: reading a long feed would otherwise leave the fetch workers idle
     * while it runs. Results come in the order of {@code due}.
     */
    private List<SourceResult> harvestInOrder(RegisteredPortal portal, List<Feed> due, FetchRecorder recorder) {
        SourceResult[] results = new SourceResult[due.size()];
        // one source (a poll of the fleet) is harvested on the caller's thread
        ExecutorService workers = due.size() > 1
                ? Executors.newFixedThreadPool(Math.min(settings.articleParallelism(), due.size()))
                : null;
        try {
            harvestAll(workers, due, results, source -> source.kind() != FeedKind.SECTION,
                    source -> sources.harvest(source, recorder));
            if (due.stream().anyMatch(source -> source.kind() == FeedKind.SECTION)) {
                List<String> known = new ArrayList<>();
                for (SourceResult result : results) {
                    if (result != null) {
                        result.links().forEach(link -> known.add(link.url()));
                    }
                }
                known.addAll(unitOfWork.readOnly(repos -> repos.articles().latestCanonicalUrls(portal.portal().id(), KNOWN_STORED_ARTICLES)));
                harvestAll(workers, due, results, source -> source.kind() == FeedKind.SECTION,
                        source -> sources.harvest(source, recorder, known));
            }
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return List.of(results);
    }

    /**
     * Harvests the sources of {@code due} that {@code which} selects into their places in
     * {@code results}, on {@code workers} or, when null, on this thread.
     */
    private static void harvestAll(ExecutorService workers, List<Feed> due, SourceResult[] results, Predicate<Feed> which,
                                   Function<Feed, SourceResult> harvest) {
        Map<Integer, Future<SourceResult>> running = new LinkedHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            Feed source = due.get(i);
            if (which.test(source)) {
                if (workers == null) {
                    results[i] = harvest.apply(source);
                } else {
                    running.put(i, workers.submit(() -> harvest.apply(source)));
                }
            }
        }
        try {
            for (Map.Entry<Integer, Future<SourceResult>> source : running.entrySet()) {
                results[source.getKey()] = Futures.join(source.getValue(), "source harvest");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while harvesting sources", e);
        }
    }

    /** One entry per canonical URL, newest first, at most {@code max}; categories merged. */
    private List<FrontierEntry> candidates(RegisteredPortal portal, List<DiscoveredSource> discovered, int max) {
        record Found(DiscoveredLink link, Feed source, Set<String> categories) {
        }
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (DiscoveredSource found : discovered) {
            for (DiscoveredLink link : found.links()) {
                canonicalizer.canonicalize(link.url()).ifPresent(key -> {
                    Set<String> categories = new TreeSet<>();
                    link.categories().stream().map(PortalIngest::categoryCode)
                            .filter(code -> !code.isEmpty() && code.length() <= 100).forEach(categories::add);
                    if (found.source().categoryCode() != null) {
                        categories.add(found.source().categoryCode());
                    }
                    Found known = byKey.get(key);
                    if (known == null) {
                        byKey.put(key, new Found(link, found.source(), categories));
                    } else {
                        known.categories().addAll(categories);
                    }
                });
            }
        }
        Instant now = clock.instant();
        Comparator<FrontierEntry> newestFirst = Comparator.comparing(
                FrontierEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()));
        return byKey.entrySet().stream()
                .map(e -> StorableValues.storable(FrontierEntry.pending(portal.portal().id(), e.getValue().source().id(), e.getKey(),
                        e.getValue().link(), List.copyOf(e.getValue().categories()), now)))
                .sorted(newestFirst).limit(max).toList();
    }

    /** New links, and known ones not seen for a while (to catch updates). */
    private List<FrontierEntry> dueForFetch(RegisteredPortal portal, List<FrontierEntry> candidates) {
        Map<String, Article> known = new HashMap<>();
        for (int from = 0; from < candidates.size(); from += LOOKUP_CHUNK) {
            List<String> keys = candidates.subList(from, Math.min(candidates.size(), from + LOOKUP_CHUNK)).stream()
                    .map(FrontierEntry::canonicalUrl).toList();
            unitOfWork.readOnly(repos -> repos.articles().find(Query.of(Article.class)
                            .where(ArticleField.PORTAL_ID.eq(portal.portal().id()).and(ArticleField.CANONICAL_URL.in(keys)))))
                    .forEach(article -> known.put(article.canonicalUrl(), article));
        }
        Instant staleBefore = clock.instant().minus(settings.refetchKnownAfter());
        return candidates.stream().filter(candidate -> {
            Article article = known.get(candidate.canonicalUrl());
            return article == null || !article.lastSeenAt().isAfter(staleBefore);
        }).toList();
    }

    /**
     * Recent articles no source listed this time (sources unchanged, or the story dropped off the
     * feed) that are due for another look, so that corrections are caught while a story is fresh.
     */
    private List<FrontierEntry> revisits(RegisteredPortal portal, List<FrontierEntry> listed, int room) {
        if (room <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<String> listedKeys = listed.stream().map(FrontierEntry::canonicalUrl).collect(Collectors.toSet());
        Map<FeedId, Feed> sources = portal.sources().stream().collect(Collectors.toMap(Feed::id, feed -> feed));
        List<Article> due = unitOfWork.readOnly(repos -> repos.articles().find(Query.of(Article.class)
                .where(ArticleField.PORTAL_ID.eq(portal.portal().id())
                        .and(ArticleField.FIRST_SEEN_AT.ge(now.minus(settings.revisitWindow())))
                        .and(ArticleField.LAST_SEEN_AT.le(now.minus(settings.refetchKnownAfter()))))
                .orderBy(ArticleField.FIRST_SEEN_AT.desc())
                .limit(room + listedKeys.size())));
        List<FrontierEntry> revisits = new ArrayList<>();
        for (Article article : due) {
            Feed source = article.discoveredVia() == null ? null : sources.get(article.discoveredVia());
            if (source != null && !listedKeys.contains(article.canonicalUrl()) && revisits.size() < room) {
                List<String> categories = source.categoryCode() == null ? List.of() : List.of(source.categoryCode());
                revisits.add(StorableValues.storable(FrontierEntry.pending(portal.portal().id(), source.id(), article.canonicalUrl(),
                        DiscoveredLink.of(article.url()), categories, now)));
            }
        }
        return revisits;
    }

    /** A section name as the page gives it ("World News") as a category code ("world-news"). */
    static String categoryCode(String section) {
        return section.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_/]+", "-");
    }

    /** Counts of one portal; used by one thread only. */
    private static final class Counter {
        int sourcesOk;
        int sourcesFailed;
        int sourcesNotModified;
        int sourcesSkipped;
        int articlesDiscovered;
        int articlesNew;
        int articlesUpdated;
        int articlesUnchanged;
        int articlesFailed;

        void add(ArticlePipeline.Drained drained) {
            articlesNew += drained.inserted();
            articlesUpdated += drained.updated();
            articlesUnchanged += drained.unchanged();
            articlesFailed += drained.failed();
        }

        IngestCounts toCounts() {
            return new IngestCounts(sourcesOk, sourcesFailed, sourcesNotModified, sourcesSkipped, articlesDiscovered,
                    articlesNew, articlesUpdated, articlesUnchanged, articlesFailed);
        }
    }
}
