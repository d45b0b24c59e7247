package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.PortalSources;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code portals}: every stored portal with its sources' health, quarantine, rule health and last poll. */
@Command(name = "portals", mixinStandardHelpOptions = true,
        description = "List stored portals: sources, failing and quarantined sources, rule misses, articles, last poll.")
final class PortalsCommand extends DatabaseCommand {
    @Mixin
    OutputOptions format;

    /** One portal as {@code --format json} prints it. */
    record PortalLine(String code, String name, int sources, long failingSources, long quarantinedSources,
                      long ruleMisses, long articles, Instant lastPolledAt) {
        static PortalLine of(PortalSources p, Instant now) {
            return new PortalLine(p.portal().code(), p.portal().name(), p.sources().size(), p.failing(),
                    p.quarantined(now), p.ruleMisses(), p.articles(), p.lastPolledAt());
        }
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        prepareSchema(db, false);
        Instant now = clock().instant();
        List<PortalLine> portals;
        try (NewsAggregator news = newsOn(db).build()) {
            portals = news.browse().portals().stream().map(p -> PortalLine.of(p, now)).toList();
        }
        out.json(portals);
        if (portals.isEmpty()) {
            out.line("No portals stored yet: run 'news-app ingest' first.");
            return NewsApp.OK;
        }
        out.line("%-16s %7s %7s %11s %11s %9s  %s", "PORTAL", "SOURCES", "FAILING", "QUARANTINED", "RULE MISSES",
                "ARTICLES", "LAST POLL");
        for (PortalLine p : portals) {
            out.line("%-16s %7d %7d %11d %11d %9d  %s", p.code(), p.sources(), p.failingSources(),
                    p.quarantinedSources(), p.ruleMisses(), p.articles(),
                    p.lastPolledAt() == null ? "never" : p.lastPolledAt().toString());
        }
        return NewsApp.OK;
    }
}
