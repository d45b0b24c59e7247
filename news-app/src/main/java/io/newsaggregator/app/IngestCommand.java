package io.newsaggregator.app;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.port.in.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ingest}: discover, fetch, extract and store articles of the catalog's portals. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Fetch feeds, section pages and sitemaps of portals and store their articles.")
final class IngestCommand extends DatabaseCommand {
    private static final int FAILURES_SHOWN = 15;

    @Mixin
    IngestOptions ingest;

    @Mixin
    OutputOptions format;

    @Mixin
    PipesOption pipes;

    @Override
    void validate() {
        ingest.validate();
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        IngestReport report = pipes.run("news_articles", spec.commandLine().getOut(), spec.commandLine().getErr(), () -> {
            prepareSchema(db, !ingest.noMigrate);
            try (NewsAggregator news = ingest.configure(newsOn(db)).build()) {
                return ingestOnce(news, ingest, out, spec.commandLine().getErr());
            }
        }, IngestCommand::metadata);
        int code = exitCode(report);
        if (code == NewsApp.NOTHING_FETCHED) {
            spec.commandLine().getErr().println("news-app: nothing could be fetched: every source that was due failed"
                    + " (the reasons are in the summary)");
        }
        return code;
    }

    /**
     * {@link NewsApp#NOTHING_FETCHED} when something was tried and nothing at all could be fetched
     * (every due source, or every portal, failed; no article stored or seen unchanged), else OK.
     * Sources that were not due (quarantined, or not yet time) are not failures.
     */
    private static int exitCode(IngestReport report) {
        return report.everySourceFailed() ? NewsApp.NOTHING_FETCHED : NewsApp.OK;
    }

    /** A run's counts as Dagster asset metadata. */
    private static Map<String, ?> metadata(IngestReport report) {
        IngestCounts c = report.run().counts();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("ingest_run_id", report.run().id().value());
        metadata.put("status", report.run().status().name());
        metadata.put("portals", report.portals().size());
        metadata.put("sources_ok", c.sourcesOk());
        metadata.put("sources_not_modified", c.sourcesNotModified());
        metadata.put("sources_failed", c.sourcesFailed());
        metadata.put("sources_skipped", c.sourcesSkipped());
        metadata.put("articles_discovered", c.articlesDiscovered());
        metadata.put("articles_new", c.articlesNew());
        metadata.put("articles_updated", c.articlesUpdated());
        metadata.put("articles_unchanged", c.articlesUnchanged());
        metadata.put("articles_failed", c.articlesFailed());
        return metadata;
    }

    /** One ingest run with progress on stderr and its summary on stdout. */
    private static IngestReport ingestOnce(NewsAggregator news, IngestOptions options, Output out, PrintWriter err) {
        int portalCount = options.portals.isEmpty() ? news.catalog().size() : options.portals.size();
        ProgressListener progress = new ProgressListener(err, System.console() != null, portalCount);
        IngestReport report = news.ingest(options.portals, options.maxArticles, progress);
        progress.finish();
        print(out, report);
        return report;
    }

    private static void print(Output out, IngestReport report) {
        IngestRun run = report.run();
        List<FetchEvent> failures = report.failures();
        Map<String, Long> ruleMisses = report.ruleMisses();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put("portals", report.portals());
        json.put("ruleMisses", ruleMisses);
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
        if (!ruleMisses.isEmpty()) {
            out.line("");
            out.line("Rule health:");
            RuleHealth.print(out, ruleMisses);
        }
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
