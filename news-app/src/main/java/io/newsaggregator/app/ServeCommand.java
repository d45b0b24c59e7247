package io.newsaggregator.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.newsaggregator.app.http.ApiSettings;
import io.newsaggregator.app.http.HttpApi;
import io.newsaggregator.app.metrics.NewsMetrics;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.ingest.extract.JsoupArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: one long-running process holding the database, the worker (the cycle of
 * {@code run --every} unless {@code --no-worker}) and the HTTP server: JSON API, dashboard,
 * metrics, health. SIGTERM (or Ctrl-C) stops it in order: HTTP first, then the worker, then the
 * database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the service: JSON API, dashboard, /metrics and /health over the database, with the ingest worker.")
final class ServeCommand extends DatabaseCommand {
    @Mixin
    IngestOptions ingest;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); off loopback every request needs the token.")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token that actions need (default: env NEWS_API_TOKEN; without either, actions are off).")
    Path tokenFile;

    @Option(names = "--no-worker", description = "Do not run scheduled ingest cycles (actions still queue jobs).")
    boolean noWorker;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Time between the starts of two worker cycles, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--no-analyse", description = "Worker cycles only ingest.")
    boolean noAnalyse;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "65536",
            description = "Larger request bodies are refused with 413 (default ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "6000",
            description = "Requests per minute per client address; more get 429 (default ${DEFAULT-VALUE}).")
    int rateLimit;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    int run(Database db) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("--every must be positive");
        }
        ApiSettings settings = new ApiSettings(bind, port, token(), maxRequestBytes, rateLimit);
        prepareSchema(db, !ingest.noMigrate);
        Clock clock = clock();
        Thread hook = new Thread(this::stopAndWait, "news-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (NewsMetrics metrics = new NewsMetrics();
             NewsAggregator news = ingest.configure(newsOn(db))
                     .articleExtractor(metrics.timed(new JsoupArticleExtractor(clock))).build();
             Worker worker = new InProcessWorker(news, ingest.portals, ingest.maxArticles, noWorker ? null : every,
                     !noAnalyse, metrics)) {
            if (db.dataSource() instanceof HikariDataSource pool) {
                pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics.registry()));
            }
            try (HttpApi api = HttpApi.start(news, worker, settings, metrics.registry(), clock)) {
                worker.start();
                output(false).line("Serving on http://%s:%d (worker %s); stop with Ctrl-C or SIGTERM.",
                        bind, api.port(), noWorker ? "off" : "every " + every);
                awaitStop();
            }
        } finally {
            stopped.countDown();
            removeHook(hook);
        }
        return NewsApp.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and waits for us
        }
    }

    private String token() {
        String token;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile).strip();
            } catch (IOException e) {
                throw new ConfigurationException("cannot read --token-file " + tokenFile + ": " + e.getMessage());
            }
            if (token.isEmpty()) {
                throw new ConfigurationException("--token-file " + tokenFile + " is empty");
            }
            return token;
        }
        token = System.getenv("NEWS_API_TOKEN");
        return token == null || token.isBlank() ? null : token.strip();
    }

    private void awaitStop() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On SIGTERM: let the main thread close everything in order, and keep the JVM up until it has. */
    private void stopAndWait() {
        stopRequested.countDown();
        try {
            stopped.await(45, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
