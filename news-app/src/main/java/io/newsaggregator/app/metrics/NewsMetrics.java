package io.newsaggregator.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsaggregator.app.FleetWorker;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The service's meters, in one Prometheus registry: what ingest and analyse did (told by the
 * worker as its {@linkplain FleetWorker.Watcher watcher}, or by a one-shot run as its listener),
 * how long extraction and storing took, how late polls are, the JVM. HTTP and pool meters
 * register themselves on {@link #registry()}.
 */
public final class NewsMetrics implements FleetWorker.Watcher, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public NewsMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Times every extraction of an article page. */
    public ArticleExtractor timed(ArticleExtractor extractor) {
        Timer timer = Timer.builder("news.extraction").description("Extraction of one article page").register(registry);
        return (page, rules) -> timer.record(() -> extractor.extract(page, rules));
    }

    @Override
    public void fetched(String portalCode, FetchTarget target, FetchOutcome outcome) {
        Counter.builder("news.fetches").description("Fetches by portal, target and outcome")
                .tag("portal", portalCode).tag("target", target.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    @Override
    public void batchStored(String portalCode, int inserted, int updated, Duration took) {
        Timer.builder("news.store.batches").description("Storing one batch of articles (upserts, categories, fetch events)")
                .tag("portal", portalCode).register(registry).record(took);
        stored(portalCode, "new", inserted);
        stored(portalCode, "updated", updated);
    }

    private void stored(String portal, String change, int count) {
        Counter.builder("news.articles.stored").description("Articles stored by ingest, new or updated")
                .tag("portal", portal).tag("change", change).register(registry).increment(count);
    }

    @Override
    public void pollStarted(String portalCode, Duration late) {
        Timer.builder("news.poll.lag").description("How late a source's poll started against its schedule")
                .tag("portal", portalCode).register(registry).record(late);
    }

    /** A finished one-shot ingest run, by its final status: how long it took. */
    public void ingested(IngestReport report, Duration took) {
        Timer.builder("news.ingest.runs").description("Ingest runs by final status").tag("status", report.run().status().name().toLowerCase(Locale.ROOT))
                .register(registry).record(took);
    }

    @Override
    public void analysed(AnalyseReport report) {
        Timer.builder("news.analyse.runs").description("Analyse runs").register(registry).record(report.elapsed());
        Counter.builder("news.articles.analysed").description("Articles analysed").register(registry).increment(report.articles());
    }

    /**
     * How far behind its schedule the fleet's most overdue poll is, read from the database at
     * each scrape: it covers every worker on the database, and grows when none runs.
     */
    public void pollsOverdue(Supplier<Duration> overdue) {
        TimeGauge.builder("news.polls.overdue", () -> overdue.get().toMillis(), TimeUnit.MILLISECONDS)
                .description("How far behind its schedule the most overdue source poll of the fleet is").register(registry);
    }

    /** Jobs queued or running in the worker. */
    public void queueDepth(IntSupplier depth) {
        Gauge.builder("news.jobs.pending", depth::getAsInt)
                .description("Jobs queued or running in the worker").register(registry);
    }

    /**
     * The frontier's depth: its entries by status ({@code pending} links waiting for a fetch,
     * {@code leased} ones claimed by a fetch now, {@code failed} ones given up), counted in the
     * database at each scrape, so they include the work of every process sharing the frontier.
     */
    public void frontierDepth(ToLongFunction<FrontierStatus> count) {
        for (FrontierStatus status : List.of(FrontierStatus.PENDING, FrontierStatus.LEASED, FrontierStatus.FAILED)) {
            Gauge.builder("news.frontier.entries", () -> count.applyAsLong(status))
                    .description("Frontier entries (article links to fetch) by status")
                    .tag("status", status.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
