package io.newsaggregator.app;

import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.Catalog;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to ingest and how politely: the flags {@code ingest} and {@code run} share. */
final class IngestOptions {
    @Option(names = "--portal", paramLabel = "CODE", split = ",", description = "Only these portals (repeatable; default all).")
    List<String> portals = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "Portal catalog (YAML, see docs/catalog.md; default: the shipped 20 portals).")
    Path catalog;

    @Option(names = "--max-articles-per-portal", paramLabel = "N", defaultValue = "50",
            description = "Article pages fetched per portal in this run (default ${DEFAULT-VALUE}).")
    int maxArticles;

    @Option(names = "--allow-network", paramLabel = "CIDR", split = ",",
            description = "Let fetching reach these non-public networks (e.g. 10.0.0.0/8 for an intranet); all other private, loopback and metadata addresses stay refused.")
    List<String> allowNetworks = new ArrayList<>();

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent header (robots.txt is matched on its first word).")
    String userAgent;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4", description = "Portals ingested at once (default ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--min-interval", paramLabel = "DURATION", defaultValue = "PT1S",
            description = "Least time between two requests to one host, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration minInterval;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "Time allowed for one request, from sending until the body is read (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--refetch-after", paramLabel = "DURATION", defaultValue = "PT6H",
            description = "Fetch a known article again when it was last seen longer ago than this (default ${DEFAULT-VALUE}).")
    Duration refetchAfter;

    @Option(names = "--no-migrate", description = "Do not apply pending schema migrations first.")
    boolean noMigrate;

    /** Every count and duration within its sane range, and the catalog readable, before the database is opened. */
    void validate() {
        OptionRanges.count("--max-articles-per-portal", maxArticles, 1, 100_000);
        OptionRanges.count("--parallelism", parallelism, 1, 64);
        OptionRanges.duration("--min-interval", minInterval, Duration.ZERO, Duration.ofMinutes(10));
        OptionRanges.duration("--timeout", timeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        OptionRanges.duration("--refetch-after", refetchAfter, Duration.ZERO, Duration.ofDays(365));
        loaded = catalog != null ? IngestAdapters.catalog(catalog) : IngestAdapters.defaultCatalog();
    }

    private Catalog loaded;

    /** The facade for these options: catalog, HTTP and ingest settings. */
    NewsAggregator.Builder configure(NewsAggregator.Builder builder) {
        if (loaded == null) {
            validate();
        }
        HttpFetchSettings http = HttpFetchSettings.defaults()
                .withAllowedNetworks(allowNetworks.toArray(String[]::new))
                .withPerHostMinInterval(minInterval)
                .withRequestTimeout(timeout);
        if (userAgent != null) {
            http = http.withUserAgent(userAgent);
        }
        return builder.http(http)
                .ingestSettings(IngestSettings.DEFAULTS.withPortalParallelism(parallelism).withRefetchKnownAfter(refetchAfter))
                .catalog(loaded);
    }
}
