package io.newsaggregator.app;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.catalog.CatalogLoader;
import io.newsaggregator.ingest.http.HttpFetchSettings;
import io.newsaggregator.migrations.NewsMigrations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest}: discover, fetch, extract and store articles of the catalog's portals. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Fetch feeds, section pages and sitemaps of portals and store their articles.")
final class IngestCommand extends DatabaseCommand {
    private static final int FAILURES_SHOWN = 15;

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

    @Mixin
    OutputOptions format;

    @Override
    int run(Database db) {
        Output out = output(format.json());
        if (maxArticles < 1) {
            throw new IllegalArgumentException("--max-articles-per-portal must be at least 1");
        }
        if (!noMigrate) {
            new NewsMigrations(db.dataSource(), db.schema(), db.tablePrefix()).migrate();
        }
        HttpFetchSettings http = HttpFetchSettings.defaults()
                .withAllowedNetworks(allowNetworks.toArray(String[]::new))
                .withPerHostMinInterval(minInterval)
                .withRequestTimeout(timeout);
        if (userAgent != null) {
            http = http.withUserAgent(userAgent);
        }
        NewsAggregator.Builder builder = newsOn(db).http(http)
                .ingestSettings(IngestSettings.DEFAULTS.withPortalParallelism(parallelism).withRefetchKnownAfter(refetchAfter));
        builder.catalog(catalog != null ? CatalogLoader.load(catalog) : CatalogLoader.loadDefault());
        try (NewsAggregator news = builder.build()) {
            int portalCount = portals.isEmpty() ? news.catalog().size() : portals.size();
            ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), System.console() != null, portalCount);
            IngestReport report = news.ingest(portals, maxArticles, progress);
            progress.finish();
            List<FetchEvent> failures = news.unitOfWork().readOnly(repos -> repos.fetchEvents().find(
                    Query.of(FetchEvent.class)
                            .where(FetchEventField.RUN_ID.eq(report.run().id()).and(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)))
                            .orderBy(FetchEventField.ID.asc())));
            print(out, report, failures);
        }
        return NewsApp.OK;
    }

    private static void print(Output out, IngestReport report, List<FetchEvent> failures) {
        IngestRun run = report.run();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put("portals", report.portals());
        json.put("failures", failures.stream().map(IngestCommand::failure).toList());
        out.json(json);

        Duration took = Duration.between(run.startedAt(), run.finishedAt());
        out.line("Ingest run %s %s in %.1f s", run.id(), run.status().name().toLowerCase(), took.toMillis() / 1000.0);
        out.line("%-14s %7s %7s %7s %7s | %6s %6s %7s %9s %6s", "portal", "src ok", "not mod", "failed", "skipped",
                "found", "new", "updated", "unchanged", "failed");
        for (IngestReport.PortalResult portal : report.portals()) {
            row(out, portal.code(), portal.counts());
            if (portal.failure() != null) {
                out.line("  %s could not be ingested: %s", portal.code(), portal.failure());
            }
        }
        row(out, "total", run.counts());
        if (!failures.isEmpty()) {
            out.line("");
            out.line("%d fetches failed%s:", failures.size(), failures.size() > FAILURES_SHOWN ? " (first " + FAILURES_SHOWN + " shown)" : "");
            failures.stream().limit(FAILURES_SHOWN).forEach(e ->
                    out.line("  %-8s %-26s %s%n           %s", e.target(), e.errorClass(), e.url(), e.reason()));
            out.line("All fetch events are stored; 'news-app db-info' shows the totals.");
        }
    }

    private static void row(Output out, String name, IngestCounts c) {
        out.line("%-14s %7d %7d %7d %7d | %6d %6d %7d %9d %6d", name, c.sourcesOk(), c.sourcesNotModified(),
                c.sourcesFailed(), c.sourcesSkipped(), c.articlesDiscovered(), c.articlesNew(), c.articlesUpdated(),
                c.articlesUnchanged(), c.articlesFailed());
    }

    private static Map<String, Object> failure(FetchEvent e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("target", e.target());
        map.put("url", e.url());
        map.put("status", e.httpStatus());
        map.put("errorClass", e.errorClass());
        map.put("reason", e.reason());
        return map;
    }
}
