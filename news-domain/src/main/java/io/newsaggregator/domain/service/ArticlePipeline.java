package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.service.CanonicalKeys.Keyed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a portal's frontier as a bounded pipeline: entries are claimed a batch at a time, fetched
 * and extracted by a few workers, and stored in batches while the workers go on with the next
 * claimed batch. At most two batches are claimed and not yet stored, so memory stays flat however
 * long the frontier is. Each batch is stored in one unit of work that also marks its entries done
 * (or due for a retry); when the store refuses a batch, its articles are stored one by one so that
 * only the one at fault fails, with its own fetch event. An unavailable store ends the drain. After
 * each stored batch, the {@link SearchIndexing indexing step} indexes what waits for search.
 *
 * <p>One drain is one caller's: an ingest run's portal, or one task of a worker.
 */
final class ArticlePipeline {
    private static final Logger log = LoggerFactory.getLogger(ArticlePipeline.class);
    /** Batches claimed ahead of the store: one being stored while the workers fetch the next. */
    private static final int BATCHES_IN_FLIGHT = 2;

    /** What one drain did: entries claimed, and what became of their articles. */
    record Drained(int claimed, int inserted, int updated, int unchanged, int failed) {
        static final Drained NONE = new Drained(0, 0, 0, 0, 0);

        Drained plus(Drained other) {
            return new Drained(claimed + other.claimed, inserted + other.inserted, updated + other.updated,
                    unchanged + other.unchanged, failed + other.failed);
        }

        private Drained withClaimed(int more) {
            return new Drained(claimed + more, inserted, updated, unchanged, failed);
        }
    }

    private final UnitOfWork unitOfWork;
    private final PortalRegistry registry;
    private final ArticleHarvester articles;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;
    private final IngestSettings settings;
    private final FrontierPolicy policy;
    private final IngestListener listener;
    private final SearchIndexing indexing;

    ArticlePipeline(UnitOfWork unitOfWork, PortalRegistry registry, ArticleHarvester articles, UrlCanonicalizer canonicalizer,
                    Clock clock, IngestSettings settings, FrontierPolicy policy, IngestListener listener) {
        this.unitOfWork = unitOfWork;
        this.registry = registry;
        this.articles = articles;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
        this.settings = settings;
        this.policy = policy;
        this.listener = listener;
        this.indexing = new SearchIndexing(unitOfWork);
    }

    /**
     * Claims up to {@code maxArticles} entries of the portal for {@code runId} (fewer when the
     * frontier runs dry), fetches, extracts and stores them; after every stored batch, articles are
     * indexed for search and the run's heartbeat is renewed.
     */
    Drained drain(RegisteredPortal portal, IngestRunId runId, FetchRecorder recorder, int maxArticles) {
        PortalId portalId = portal.portal().id();
        Map<FeedId, Feed> sourcesById = portal.sources().stream().collect(Collectors.toMap(Feed::id, feed -> feed));
        int batchSize = settings.batchSize();
        // pages of one portal are fetched a few at a time; the fetcher's per-host limits still apply
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.articleParallelism()));
        CompletionService<ArticleResult> fetched = new ExecutorCompletionService<>(workers);
        Drained drained = Drained.NONE;
        try {
            int taken = 0;
            int inFlight = 0;
            boolean frontierDry = false;
            List<ArticleResult> ready = new ArrayList<>(batchSize);
            while (true) {
                int room = BATCHES_IN_FLIGHT * batchSize - inFlight - ready.size();
                if (!frontierDry && taken < maxArticles && room >= batchSize) {
                    int limit = Math.min(batchSize, maxArticles - taken);
                    List<FrontierEntry> claimed = unitOfWork.execute(repos -> repos.frontier().claim(
                            portalId, runId, clock.instant(), policy.lease(), limit, policy.maxAttempts()));
                    frontierDry = claimed.isEmpty();
                    taken += claimed.size();
                    inFlight += claimed.size();
                    drained = drained.withClaimed(claimed.size());
                    for (FrontierEntry entry : claimed) {
                        ArticleCandidate candidate = new ArticleCandidate(entry,
                                entry.sourceId() == null ? null : sourcesById.get(entry.sourceId()));
                        fetched.submit(() -> harvest(candidate, portal, recorder));
                    }
                    continue;
                }
                if (inFlight == 0 && ready.isEmpty()) {
                    return drained;
                }
                if (inFlight > 0 && ready.size() < batchSize) {
                    ready.add(result(fetched.take()));
                    inFlight--;
                    for (Future<ArticleResult> done; ready.size() < batchSize && (done = fetched.poll()) != null; inFlight--) {
                        ready.add(result(done));
                    }
                }
                if (ready.size() >= batchSize || inFlight == 0) {
                    drained = drained.plus(store(portal, ready, recorder));
                    ready = new ArrayList<>(batchSize);
                    indexing.index(1);
                    unitOfWork.run(repos -> repos.ingestRuns().heartbeat(runId, clock.instant()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching articles", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private ArticleResult harvest(ArticleCandidate candidate, RegisteredPortal portal, FetchRecorder recorder) {
        ArticleResult result = articles.harvest(candidate, portal, recorder);
        listener.articleDone(portal.portal().code(), candidate.link().url(), result.article().isEmpty());
        return result;
    }

    private static ArticleResult result(Future<ArticleResult> done) throws InterruptedException {
        return Futures.join(done, "article harvest");
    }

    /**
     * Stores one batch in one unit of work, marking its entries done. When the store refuses the
     * batch (a value it cannot take), the batch is stored article by article so that only the
     * article at fault fails, with its own fetch event; an unavailable store ends the drain.
     */
    private Drained store(RegisteredPortal portal, List<ArticleResult> results, FetchRecorder recorder) {
        long started = System.nanoTime();
        Drained stored = storeBatch(portal, results, recorder);
        listener.batchStored(portal.portal().code(), stored.inserted(), stored.updated(), Duration.ofNanos(System.nanoTime() - started));
        return stored;
    }

    private Drained storeBatch(RegisteredPortal portal, List<ArticleResult> results, FetchRecorder recorder) {
        List<FetchEvent> robots = recorder.takeRobotsEvents();
        try {
            return unitOfWork.execute(repos -> {
                repos.fetchEvents().saveAll(robots);
                return storeAll(repos, portal, results, recorder);
            });
        } catch (DataStoreUnavailableException e) {
            throw e;
        } catch (DataAccessException e) {
            log.warn("Storing {} articles of {} failed ({}); storing them one by one", results.size(),
                    portal.portal().code(), FetchRecorder.reason(e));
            unitOfWork.run(repos -> repos.fetchEvents().saveAll(robots));
            Drained drained = Drained.NONE;
            for (ArticleResult result : results) {
                try {
                    drained = drained.plus(unitOfWork.execute(repos -> storeAll(repos, portal, List.of(result), recorder)));
                } catch (DataStoreUnavailableException down) {
                    throw down;
                } catch (DataAccessException refused) {
                    drained = drained.plus(unitOfWork.execute(repos -> rejected(repos, result, refused, recorder)));
                }
            }
            return drained;
        }
    }

    private Drained storeAll(Repositories repos, RegisteredPortal portal, List<ArticleResult> results, FetchRecorder recorder) {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int failed = 0;
        Instant now = clock.instant();
        List<FetchEvent> events = new ArrayList<>();
        List<FrontierEntryId> done = new ArrayList<>();
        List<ArticleResult> fetched = new ArrayList<>();
        for (ArticleResult result : results) {
            events.add(result.event());
            FrontierEntry entry = result.candidate().entry();
            if (result.article().isPresent()) {
                fetched.add(result);
                done.add(entry.id());
            } else {
                failed++;
                if (result.retry()) {
                    Instant retryAt = now.plus(policy.retryAfter().multipliedBy(Math.max(1, entry.attempts())));
                    repos.frontier().retryLater(entry.id(), result.event().reason(), retryAt, policy.maxAttempts(), now);
                } else {
                    done.add(entry.id());
                }
            }
        }
        List<Keyed> keyed = new CanonicalKeys(repos, portal.portal().id(), canonicalizer, recorder).assign(fetched, events);
        List<Article> toStore = keyed.stream().map(Keyed::article).toList();
        List<UpsertResult> upserted = toStore.isEmpty() ? List.of() : repos.articles().upsertAll(toStore);
        Map<ArticleId, List<CategoryId>> categories = new LinkedHashMap<>();
        Map<String, CategoryId> categoryIds = new LinkedHashMap<>(portal.categories());
        for (int i = 0; i < keyed.size(); i++) {
            UpsertResult outcome = upserted.get(i);
            List<CategoryId> ids = categoriesOf(keyed.get(i).article(), keyed.get(i).result(),
                    code -> categoryIds.computeIfAbsent(code, c -> registry.category(repos, portal, c)));
            if (!ids.isEmpty()) {
                categories.put(outcome.articleId(), ids);
            }
            switch (outcome.outcome()) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        if (!categories.isEmpty()) {
            repos.articles().linkCategories(categories);
        }
        repos.fetchEvents().saveAll(events);
        if (!done.isEmpty()) {
            repos.frontier().complete(done, now);
        }
        return new Drained(0, inserted, updated, unchanged, failed);
    }

    /** The store refused the article even alone: its failure event is the record, and its entry is done. */
    private Drained rejected(Repositories repos, ArticleResult result, DataAccessException refused, FetchRecorder recorder) {
        log.warn("Article {} could not be stored: {}", result.candidate().canonicalUrl(), FetchRecorder.reason(refused));
        repos.fetchEvents().save(recorder.rejected(result.event(), refused));
        repos.frontier().complete(List.of(result.candidate().entry().id()), clock.instant());
        return new Drained(0, 0, 0, 0, 1);
    }

    /** The categories the sources gave the article and the section its page names, as ids in code order. */
    private static List<CategoryId> categoriesOf(Article article, ArticleResult result, Function<String, CategoryId> idOf) {
        Set<String> codes = new HashSet<>(result.categories());
        Optional.ofNullable(article.section()).map(PortalIngest::categoryCode)
                .filter(code -> !code.isEmpty() && code.length() <= 100).ifPresent(codes::add);
        return codes.stream().sorted().map(idOf).toList();
    }
}
