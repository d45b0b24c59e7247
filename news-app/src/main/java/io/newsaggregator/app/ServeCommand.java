package io.newsaggregator.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.newsaggregator.app.http.ApiSettings;
import io.newsaggregator.app.http.HttpApi;
import io.newsaggregator.app.metrics.NewsMetrics;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.ingest.IngestAdapters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: one long-running process holding the database, a worker of the fleet (unless
 * {@code --no-worker}: then the API's jobs run in this process one at a time) and the HTTP server:
 * JSON API, dashboard, metrics, health. SIGTERM (or Ctrl-C) stops it in order: HTTP first, then
 * the worker, then the database.
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

    @Mixin
    WorkerOptions worker;

    @Option(names = "--no-worker", description = "Run no fleet worker in this process (actions still queue jobs, run here one at a time).")
    boolean noWorker;

    @Option(names = "--every", paramLabel = "DURATION", hidden = true, description = "Gone: sources are polled on their own adaptive schedules.")
    Duration every;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "65536",
            description = "Larger request bodies are refused with 413 (default ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "6000",
            description = "Requests per minute per client address; more get 429 (default ${DEFAULT-VALUE}).")
    int rateLimit;

    @Override
    void validate() {
        OptionRanges.count("--port", port, 0, 65535);
        if (every != null) {
            throw new UsageException("serve --every is gone: the worker polls every source on its own schedule between"
                    + " --poll-min and --poll-max (see docs/operations.md)");
        }
        worker.validate();
        OptionRanges.count("--rate-limit", rateLimit, 1, 1_000_000);
        if (maxRequestBytes < 1024 || maxRequestBytes > 64L * 1024 * 1024) {
            throw new UsageException("--max-request-bytes " + maxRequestBytes + " is out of range: give a number from 1024 to "
                    + 64L * 1024 * 1024);
        }
        ingest.validate();
    }

    @Override
    int poolSize() {
        return worker.poolSize();
    }

    @Override
    int run(Database db) {
        ApiSettings settings = new ApiSettings(bind, port, token(), maxRequestBytes, rateLimit);
        prepareSchema(db, !ingest.noMigrate);
        Clock clock = clock();
        try (StopSignal stop = new StopSignal();
             NewsMetrics metrics = new NewsMetrics();
             NewsAggregator news = ingest.configure(newsOn(db))
                     .articleExtractor(metrics.timed(IngestAdapters.articleExtractor(clock))).build();
             Worker jobs = noWorker ? new InProcessWorker(news, ingest.maxArticles, metrics)
                     : news.worker(worker.settings(ingest.portals), metrics)) {
            metrics.pollsOverdue(news::pollsOverdue);
            if (!noWorker) {
                metrics.queueDepth(jobs::pending);
                metrics.frontierDepth(news::frontierDepth);
            }
            if (db.dataSource() instanceof HikariDataSource pool) {
                pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics.registry()));
            }
            try (HttpApi api = HttpApi.start(news, jobs, settings, metrics.registry(), clock)) {
                jobs.start();
                output(false).line("Serving on http://%s:%d (worker %s); stop with Ctrl-C or SIGTERM.",
                        bind, api.port(), noWorker ? "off" : "on");
                stop.await();
                output(false).line("Stopping: HTTP first, then the worker, then the database.");
            }
        }
        return NewsApp.OK;
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
}
