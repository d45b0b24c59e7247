package io.newsaggregator.domain.service;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.model.RuleMisses;
import io.newsaggregator.domain.port.in.IngestCommand;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestPortals;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.port.in.IngestReport.PortalResult;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.port.out.FeedReader;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.SitemapReader;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.query.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest use case: portals in parallel (a pool that lives only as long as the run), each
 * portal's failure recorded without stopping the others; the run itself is stored with its counts.
 * Only an unavailable data store ends the run early. Before it starts, runs whose process is gone
 * are closed as {@code ABORTED} and their frontier leases given back; its own process holds a
 * {@link RunLeases lease} for as long as it runs.
 */
public final class IngestService implements IngestPortals {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final UnitOfWork unitOfWork;
    private final PageFetcher fetcher;
    private final FeedReader feedReader;
    private final SitemapReader sitemapReader;
    private final LinkDiscoverer linkDiscoverer;
    private final ArticleExtractor extractor;
    private final UrlCanonicalizer canonicalizer;
    private final Clock clock;
    private final IngestSettings settings;
    private final RunLeases leases;
    private final FrontierPolicy policy;

    public IngestService(UnitOfWork unitOfWork, PageFetcher fetcher, FeedReader feedReader, SitemapReader sitemapReader,
                         LinkDiscoverer linkDiscoverer, ArticleExtractor extractor, UrlCanonicalizer canonicalizer,
                         Clock clock, IngestSettings settings, RunLeases leases, FrontierPolicy policy) {
        this.unitOfWork = unitOfWork;
        this.fetcher = fetcher;
        this.feedReader = feedReader;
        this.sitemapReader = sitemapReader;
        this.linkDiscoverer = linkDiscoverer;
        this.extractor = extractor;
        this.canonicalizer = canonicalizer;
        this.clock = clock;
        this.settings = settings;
        this.leases = leases;
        this.policy = policy;
    }

    @Override
    public IngestReport ingest(IngestCommand command, IngestListener listener) {
        try (RunLeases.Lease lease = leases.hold()) {
            new DeadRuns(unitOfWork, leases, clock, policy).close();
            return ingest(command, listener, lease);
        }
    }

    private IngestReport ingest(IngestCommand command, IngestListener listener, RunLeases.Lease lease) {
        IngestRun run = unitOfWork.execute(repos -> repos.ingestRuns().save(IngestRun.start(clock.instant(), lease.key())));
        PortalIngest portalIngest = PortalIngest.create(unitOfWork, fetcher, feedReader, sitemapReader, linkDiscoverer,
                extractor, canonicalizer, clock, settings, policy, listener);

        List<PortalResult> results = new ArrayList<>();
        DataStoreUnavailableException storeDown = null;
        int threads = Math.max(1, Math.min(settings.portalParallelism(), command.portals().size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PortalResult>> futures = new ArrayList<>();
            for (PortalSpec spec : command.portals()) {
                futures.add(pool.submit(() -> ingestPortal(portalIngest, spec, run, command.maxArticlesPerPortal(), listener)));
            }
            for (Future<PortalResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof DataStoreUnavailableException down) {
                        storeDown = down;
                    } else {
                        throw new IllegalStateException("portal ingest failed unexpectedly", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (storeDown != null) {
            markFailed(run, storeDown);
            throw storeDown;
        }
        // what the batches' indexing left (another process's batches, a failed step) is searchable fast from here on
        new SearchIndexing(unitOfWork).indexAll();
        IngestCounts total = results.stream().map(PortalResult::counts).reduce(IngestCounts.ZERO, IngestCounts::plus);
        long failedPortals = results.stream().filter(r -> r.failure() != null).count();
        String message = failedPortals == 0 ? null : failedPortals + " of " + results.size() + " portals failed";
        return unitOfWork.execute(repos -> {
            IngestRun finished = repos.ingestRuns().update(run.finish(clock.instant(), IngestRunStatus.COMPLETED, total, message));
            List<FetchEvent> failures = repos.fetchEvents().find(Query.of(FetchEvent.class)
                    .where(FetchEventField.RUN_ID.eq(finished.id()).and(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)))
                    .orderBy(FetchEventField.ID.asc()));
            Map<String, Long> ruleMisses = new LinkedHashMap<>();
            for (Portal portal : repos.portals().find(Query.of(Portal.class).orderBy(PortalField.CODE.asc()))) {
                long misses = repos.fetchEvents().count(RuleMisses.ofRun(finished.id(), portal.id()));
                if (misses > 0) {
                    ruleMisses.put(portal.code(), misses);
                }
            }
            return new IngestReport(finished, results, failures, ruleMisses);
        });
    }

    /** Best effort: the store was down a moment ago and may still be. */
    private void markFailed(IngestRun run, DataStoreUnavailableException cause) {
        try {
            unitOfWork.execute(repos -> repos.ingestRuns().update(
                    run.finish(clock.instant(), IngestRunStatus.FAILED, run.counts(), FetchRecorder.reason(cause))));
        } catch (DataAccessException e) {
            log.warn("Could not mark ingest run {} as failed: {}", run.id(), e.getMessage());
        }
    }

    private static PortalResult ingestPortal(PortalIngest portalIngest, PortalSpec spec, IngestRun run, int max,
                                             IngestListener listener) {
        String code = spec.portal().code();
        listener.portalStarted(code);
        try {
            IngestCounts counts = portalIngest.ingest(spec, run.id(), max);
            listener.portalFinished(code, counts, null);
            return new PortalResult(code, counts, null);
        } catch (DataStoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Portal {} could not be ingested", code, e);
            String reason = FetchRecorder.reason(e);
            listener.portalFinished(code, IngestCounts.ZERO, reason);
            return new PortalResult(code, IngestCounts.ZERO, reason);
        }
    }
}
