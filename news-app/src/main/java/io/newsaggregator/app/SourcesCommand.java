package io.newsaggregator.app;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.SourcePoll;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sources}: every stored source with its health, quarantine and poll schedule. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the stored sources: portal, kind, health, quarantine, last and next poll.")
final class SourcesCommand extends DatabaseCommand {
    @Option(names = "--portal", paramLabel = "CODE", description = "Only this portal's sources.")
    String portal;

    @Mixin
    OutputOptions format;

    @Override
    int run(Database db) {
        prepareSchema(db, false);
        Output out = output(format.json());
        List<NewsAggregator.SourceStatus> sources;
        try (NewsAggregator news = newsOn(db).build()) {
            sources = news.sources().stream().filter(s -> portal == null || s.portal().equals(portal)).toList();
        }
        Instant now = clock().instant();
        out.json(Map.of("sources", sources.stream().map(s -> json(s, now)).toList()));
        out.line("%-12s %-8s %-8s %-20s %-20s %-20s %-10s %s", "portal", "kind", "health", "quarantined until", "last poll",
                "next poll", "interval", "url");
        for (NewsAggregator.SourceStatus status : sources) {
            Feed source = status.source();
            SourcePoll poll = status.poll();
            out.line("%-12s %-8s %-8s %-20s %-20s %-20s %-10s %s", status.portal(), source.kind(), health(source),
                    source.isDue(now) ? "-" : second(source.quarantinedUntil()), second(source.lastFetchedAt()),
                    poll == null ? "not scheduled" : second(poll.nextPollAt()),
                    poll == null ? "-" : poll.interval().toString().substring(2).toLowerCase(java.util.Locale.ROOT), source.url());
        }
        if (sources.isEmpty()) {
            out.line(portal == null ? "No sources stored yet: run 'news-app ingest' or 'news-app worker'." : "No stored sources of portal " + portal + ".");
        }
        return NewsApp.OK;
    }

    private static String health(Feed source) {
        return source.consecutiveFailures() == 0 ? (source.lastFetchedAt() == null ? "new" : "ok") : "failing";
    }

    private static String second(Instant at) {
        return at == null ? "-" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static Map<String, Object> json(NewsAggregator.SourceStatus status, Instant now) {
        Feed source = status.source();
        SourcePoll poll = status.poll();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("portal", status.portal());
        json.put("id", source.id().value());
        json.put("kind", source.kind().name());
        json.put("url", source.url());
        json.put("health", health(source));
        json.put("consecutiveFailures", source.consecutiveFailures());
        json.put("lastError", source.lastError());
        json.put("quarantinedUntil", source.isDue(now) ? null : source.quarantinedUntil().toString());
        json.put("lastPollAt", source.lastFetchedAt() == null ? null : source.lastFetchedAt().toString());
        json.put("nextPollAt", poll == null ? null : poll.nextPollAt().toString());
        json.put("pollIntervalSeconds", poll == null ? null : poll.interval().toMillis() / 1000.0);
        json.put("lastOutcome", poll == null || poll.lastOutcome() == null ? null : poll.lastOutcome().name());
        json.put("lastNewArticles", poll == null ? null : poll.lastNewArticles());
        return json;
    }
}
