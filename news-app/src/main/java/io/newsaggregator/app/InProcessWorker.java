package io.newsaggregator.app;

import io.newsaggregator.app.metrics.NewsMetrics;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.ingest.PortalDefinition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker of {@code serve --no-worker}: no schedule of its own, only the jobs the API queues
 * (poll a portal, analyse now), run one at a time on one thread so that they never overlap.
 */
final class InProcessWorker implements Worker {
    private static final Logger log = LoggerFactory.getLogger(InProcessWorker.class);
    private final NewsAggregator news;
    private final int maxArticlesPerPortal;
    private final NewsMetrics metrics;
    private final ExecutorService executor;
    private final AtomicInteger pending = new AtomicInteger();

    InProcessWorker(NewsAggregator news, int maxArticlesPerPortal, NewsMetrics metrics) {
        this.news = news;
        this.maxArticlesPerPortal = maxArticlesPerPortal;
        this.metrics = metrics;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "news-worker");
            thread.setDaemon(true);
            return thread;
        });
        metrics.queueDepth(pending::get);
        metrics.frontierDepth(news::frontierDepth);
    }

    /** Nothing is scheduled: jobs are taken from construction on. */
    @Override
    public void start() {
    }

    @Override
    public void pollPortal(String portalCode) {
        news.catalog().portal(portalCode).map(PortalDefinition::code).orElseThrow(() ->
                new NotFoundException("portal in the catalog", portalCode));
        submit("poll " + portalCode, () -> ingest(List.of(portalCode)));
    }

    @Override
    public void analyseNow() {
        submit("analyse", this::analyse);
    }

    @Override
    public int pending() {
        return pending.get();
    }

    private void submit(String name, Runnable work) {
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                job(name, work);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** A failed job is logged and the worker goes on: the next job tries again. */
    private void job(String name, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Worker job '{}' failed: {}", name, NewsApp.describe(e));
            log.debug("Details of the failed job '{}'", name, e);
        }
    }

    private void ingest(List<String> codes) {
        long started = System.nanoTime();
        IngestReport report = news.ingest(codes, maxArticlesPerPortal, metrics);
        metrics.ingested(report, Duration.ofNanos(System.nanoTime() - started));
        log.info("Ingest run {} {}: {} new, {} updated articles", report.run().id(), report.run().status(),
                report.run().counts().articlesNew(), report.run().counts().articlesUpdated());
    }

    private void analyse() {
        AnalyseReport report = news.analyse();
        metrics.analysed(report);
        log.info("Analysed {} articles in {} ms", report.articles(), report.elapsed().toMillis());
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                log.warn("The running job did not finish within 20 s; interrupting it");
                executor.shutdownNow();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
