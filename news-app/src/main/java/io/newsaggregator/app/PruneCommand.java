package io.newsaggregator.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prune}: deletes old fetch events, for one-shot users whose cron has no worker doing it. */
@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "Delete the fetch events from before a time, to keep the event log bounded (workers do it on their own).")
final class PruneCommand extends DatabaseCommand {
    @Option(names = "--fetch-events-before", paramLabel = "TIME", required = true,
            description = "Delete fetch events from before then: an ISO instant (2026-11-24T08:00:00Z), a day (2026-11-24, UTC),"
                    + " today, yesterday, or an age (30d, 4w, P30D).", converter = TimeArgument.Converter.class)
    TimeArgument before;

    @Mixin
    OutputOptions format;

    @Override
    int run(Database db) {
        prepareSchema(db, false);
        Output out = output(format.json());
        Instant cutoff = before.resolve(clock()).truncatedTo(ChronoUnit.SECONDS);
        long deleted;
        try (NewsAggregator news = newsOn(db).build()) {
            deleted = news.pruneFetchEvents().before(cutoff);
        }
        out.json(Map.of("deletedFetchEvents", deleted, "before", cutoff.toString()));
        out.line("Deleted %,d fetch events from before %s.", deleted, cutoff);
        return NewsApp.OK;
    }
}
