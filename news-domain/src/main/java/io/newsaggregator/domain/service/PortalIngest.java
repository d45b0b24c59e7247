package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.SourceSpec;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.query.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Ingests one portal in one run: register it, harvest its due sources, then fetch, extract and
 * store its articles in batches, each batch in its own unit of work.
 */
final class PortalIngest {
    private static final int LOOKUP_CHUNK = 500;

    private final UnitOfWork unitOfWork;
    private final PortalRegistry registry;
    private final SourceDiscovery discovery;
    private final SourceHarvester sources;
    private final ArticleHarvester articles;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;
    private final IngestSettings settings;
    private final IngestListener listener;

    PortalIngest(UnitOfWork unitOfWork, PortalRegistry registry, SourceDiscovery discovery, SourceHarvester sources,
                 ArticleHarvester articles,
                 UrlCanonicalizer canonicalizer, Clock clock, IngestSettings settings, IngestListener listener) {
        this.unitOfWork = unitOfWork;
        this.registry = registry;
        this.discovery = discovery;
        this.sources = sources;
        this.articles = articles;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
        this.settings = settings;
        this.listener = listener;
    }

    IngestCounts ingest(PortalSpec spec, IngestRunId runId, int maxArticles) {
        RegisteredPortal registered = unitOfWork.execute(repos -> registry.register(repos, spec));
        FetchRecorder recorder = new FetchRecorder(clock, runId, registered.portal().id());
        List<FetchEvent> discoveryEvents = new ArrayList<>();
        List<SourceSpec> found = discovery.discover(spec, recorder, discoveryEvents);
        RegisteredPortal portal = found.isEmpty() ? registered
                : unitOfWork.execute(repos -> registry.register(repos, spec.withMoreSources(found)));
        Counter counter = new Counter();

        List<DiscoveredSource> discovered = harvestSources(portal, recorder, counter, discoveryEvents);
        List<ArticleCandidate> candidates = candidates(discovered, maxArticles);
        counter.articlesDiscovered = candidates.size();
        List<ArticleCandidate> toFetch = new ArrayList<>(dueForFetch(portal, candidates));
        toFetch.addAll(revisits(portal, candidates, maxArticles - toFetch.size()));
        listener.articlesPlanned(spec.portal().code(), toFetch.size());

        // pages of one portal are fetched a few at a time; the fetcher's per-host limits still apply
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.articleParallelism(), toFetch.size())));
        try {
            for (int from = 0; from < toFetch.size(); from += settings.batchSize()) {
                List<ArticleCandidate> batch = toFetch.subList(from, Math.min(toFetch.size(), from + settings.batchSize()));
                List<Future<ArticleResult>> pending = new ArrayList<>();
                for (ArticleCandidate candidate : batch) {
                    pending.add(workers.submit(() -> {
                        ArticleResult result = articles.harvest(candidate, portal, recorder);
                        listener.articleDone(spec.portal().code(), candidate.link().url(), result.article().isEmpty());
                        return result;
                    }));
                }
                store(portal, collect(pending), counter);
            }
        } finally {
            workers.shutdownNow();
        }
        return counter.toCounts();
    }

    private static List<ArticleResult> collect(List<Future<ArticleResult>> pending) {
        List<ArticleResult> results = new ArrayList<>(pending.size());
        try {
            for (Future<ArticleResult> future : pending) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("article harvest failed", e.getCause());
        }
        return results;
    }

    private record DiscoveredSource(Feed source, List<DiscoveredLink> links) {
    }

    private List<DiscoveredSource> harvestSources(RegisteredPortal portal, FetchRecorder recorder, Counter counter,
                                                  List<FetchEvent> earlierEvents) {
        Set<String> configured = portal.sources().stream().map(Feed::url).collect(Collectors.toSet());
        List<Feed> due = unitOfWork.execute(repos -> repos.feeds().claimDue(portal.portal().id(), clock.instant()))
                .stream().filter(feed -> configured.contains(feed.url())).toList();
        counter.sourcesSkipped = configured.size() - due.size();

        List<SourceResult> results = due.stream().map(source -> sources.harvest(source, recorder)).toList();
        unitOfWork.run(repos -> {
            for (SourceResult result : results) {
                repos.feeds().update(result.source());
            }
            List<FetchEvent> events = new ArrayList<>(earlierEvents);
            results.forEach(r -> events.addAll(r.events()));
            repos.fetchEvents().saveAll(events);
        });
        List<DiscoveredSource> discovered = new ArrayList<>();
        for (SourceResult result : results) {
            switch (result.status()) {
                case OK -> counter.sourcesOk++;
                case NOT_MODIFIED -> counter.sourcesNotModified++;
                case FAILED -> counter.sourcesFailed++;
            }
            discovered.add(new DiscoveredSource(result.source(), result.links()));
        }
        return discovered;
    }

    /** One candidate per canonical URL, newest first, at most {@code max}; categories merged. */
    private List<ArticleCandidate> candidates(List<DiscoveredSource> discovered, int max) {
        Map<String, ArticleCandidate> byKey = new LinkedHashMap<>();
        for (DiscoveredSource found : discovered) {
            for (DiscoveredLink link : found.links()) {
                canonicalizer.canonicalize(link.url()).ifPresent(key -> {
                    Set<String> categories = new HashSet<>();
                    link.categories().stream().map(PortalIngest::categoryCode)
                            .filter(code -> !code.isEmpty() && code.length() <= 100).forEach(categories::add);
                    if (found.source().categoryCode() != null) {
                        categories.add(found.source().categoryCode());
                    }
                    ArticleCandidate known = byKey.get(key);
                    if (known == null) {
                        byKey.put(key, new ArticleCandidate(key, link, found.source(), categories));
                    } else {
                        categories.addAll(known.categories());
                        byKey.put(key, new ArticleCandidate(key, known.link(), known.source(), categories));
                    }
                });
            }
        }
        Comparator<ArticleCandidate> newestFirst = Comparator.comparing(
                (ArticleCandidate c) -> c.link().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()));
        return byKey.values().stream().sorted(newestFirst).limit(max).toList();
    }

    /** New links, and known ones not seen for a while (to catch updates). */
    private List<ArticleCandidate> dueForFetch(RegisteredPortal portal, List<ArticleCandidate> candidates) {
        Map<String, Article> known = new HashMap<>();
        for (int from = 0; from < candidates.size(); from += LOOKUP_CHUNK) {
            List<String> keys = candidates.subList(from, Math.min(candidates.size(), from + LOOKUP_CHUNK)).stream()
                    .map(ArticleCandidate::canonicalUrl).toList();
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
    private List<ArticleCandidate> revisits(RegisteredPortal portal, List<ArticleCandidate> listed, int room) {
        if (room <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        Set<String> listedKeys = listed.stream().map(ArticleCandidate::canonicalUrl).collect(Collectors.toSet());
        Map<FeedId, Feed> sources = portal.sources().stream().collect(Collectors.toMap(Feed::id, feed -> feed));
        List<Article> due = unitOfWork.readOnly(repos -> repos.articles().find(Query.of(Article.class)
                .where(ArticleField.PORTAL_ID.eq(portal.portal().id())
                        .and(ArticleField.FIRST_SEEN_AT.ge(now.minus(settings.revisitWindow())))
                        .and(ArticleField.LAST_SEEN_AT.le(now.minus(settings.refetchKnownAfter()))))
                .orderBy(ArticleField.FIRST_SEEN_AT.desc())
                .limit(room + listedKeys.size())));
        List<ArticleCandidate> revisits = new ArrayList<>();
        for (Article article : due) {
            Feed source = article.discoveredVia() == null ? null : sources.get(article.discoveredVia());
            if (source != null && !listedKeys.contains(article.canonicalUrl()) && revisits.size() < room) {
                Set<String> categories = source.categoryCode() == null ? Set.of() : Set.of(source.categoryCode());
                revisits.add(new ArticleCandidate(article.canonicalUrl(), DiscoveredLink.of(article.url()), source, categories));
            }
        }
        return revisits;
    }

    private void store(RegisteredPortal portal, List<ArticleResult> results, Counter counter) {
        Map<String, ArticleResult> byKey = new LinkedHashMap<>();
        List<FetchEvent> events = new ArrayList<>();
        for (ArticleResult result : results) {
            events.add(result.event());
            result.article().ifPresentOrElse(
                    article -> byKey.merge(article.canonicalUrl(), result, (first, again) -> first),
                    () -> counter.articlesFailed++);
        }
        List<Article> toStore = byKey.values().stream().map(r -> r.article().orElseThrow()).toList();
        unitOfWork.run(repos -> {
            List<UpsertResult> upserted = toStore.isEmpty() ? List.of() : repos.articles().upsertAll(toStore);
            int i = 0;
            for (ArticleResult result : byKey.values()) {
                UpsertResult outcome = upserted.get(i++);
                linkCategories(repos, portal, outcome.articleId(), result);
                switch (outcome.outcome()) {
                    case INSERTED -> counter.articlesNew++;
                    case UPDATED -> counter.articlesUpdated++;
                    case UNCHANGED -> counter.articlesUnchanged++;
                }
            }
            repos.fetchEvents().saveAll(events);
        });
    }

    private void linkCategories(Repositories repos, RegisteredPortal portal, ArticleId id, ArticleResult result) {
        Set<String> codes = new HashSet<>(result.categories());
        result.article().map(Article::section).map(PortalIngest::categoryCode)
                .filter(code -> !code.isEmpty() && code.length() <= 100).ifPresent(codes::add);
        if (codes.isEmpty()) {
            return;
        }
        List<CategoryId> ids = codes.stream().sorted().map(code -> registry.category(repos, portal, code)).toList();
        repos.articles().linkCategories(id, ids);
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

        IngestCounts toCounts() {
            return new IngestCounts(sourcesOk, sourcesFailed, sourcesNotModified, sourcesSkipped, articlesDiscovered,
                    articlesNew, articlesUpdated, articlesUnchanged, articlesFailed);
        }
    }
}
