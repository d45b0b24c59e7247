package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.DatabaseDescription;
import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;
import io.newsaggregator.domain.model.SourcePoll;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db-info}: applied and pending schema versions, how many rows each table holds, where ingest stands. */
@Command(name = "db-info", mixinStandardHelpOptions = true, description = "Show applied and pending schema versions and row counts.")
final class DbInfoCommand extends DatabaseCommand {
    @Mixin
    OutputOptions format;

    @Override
    int run(Database db) {
        Output out = output(format.json());
        DatabaseDescription description;
        List<SourcePoll> polls;
        try (NewsAggregator news = newsOn(db).build()) {
            description = news.describeDatabase().describe();
            // the poll schedules came with version 20; an older schema is described without them
            polls = description.schema().applied().stream().anyMatch(v -> "20".equals(v.version())) ? news.sourcePolls() : null;
        }
        SchemaState status = description.schema();
        Map<String, Long> counts = description.rowCounts();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", db.description());
        json.put("schema", status.schema());
        json.put("currentVersion", status.currentVersion());
        json.put("applied", status.applied());
        json.put("pending", status.pending());
        json.put("rowCounts", counts);
        json.put("ingest", description.ingest().map(DbInfoCommand::json).orElse(null));
        Instant now = clock().instant();
        json.put("polls", polls == null ? null : polls(polls, now));
        out.json(json);

        out.line("Database: %s", db.description());
        out.line("Schema:   %s, version %s%s", status.schema(),
                status.currentVersion() == null ? "<empty>" : status.currentVersion(),
                status.isUpToDate() ? " (up to date)" : " (" + status.pending().size() + " pending: run 'news-app migrate')");
        out.line("Applied:");
        status.applied().forEach(entry -> out.line("  " + entry));
        if (!status.pending().isEmpty()) {
            out.line("Pending:");
            status.pending().forEach(entry -> out.line("  " + entry));
        }
        if (!counts.isEmpty()) {
            out.line("Rows:");
            counts.forEach((table, count) -> out.line("  %-18s %,d", table, count));
        }
        description.ingest().ifPresent(ingest -> print(ingest, out));
        if (polls != null && !polls.isEmpty()) {
            Map<String, Object> summary = polls(polls, now);
            out.line("Polls (worker fleet; 'news-app sources' lists every source):");
            out.line("  %-18s %,d", "sources scheduled", polls.size());
            out.line("  %-18s %,d", "due now", (Long) summary.get("due"));
            out.line("  %-18s %s", "next poll", summary.get("nextPollAt"));
        }
        return NewsApp.OK;
    }

    /** How many sources are scheduled, how many are due, and the next poll time. */
    private static Map<String, Object> polls(List<SourcePoll> polls, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheduled", polls.size());
        json.put("due", polls.stream().filter(p -> !p.nextPollAt().isAfter(now)).count());
        json.put("nextPollAt", polls.stream().map(SourcePoll::nextPollAt).min(Instant::compareTo).map(Instant::toString).orElse(null));
        return json;
    }

    private static Map<String, Object> json(IngestState ingest) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", ingest.runs());
        json.put("latestAborted", ingest.latestAborted().stream().map(run -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", run.id().value());
            entry.put("startedAt", run.startedAt().toString());
            entry.put("closedAt", run.closedAt() == null ? null : run.closedAt().toString());
            entry.put("reason", run.reason());
            return entry;
        }).toList());
        json.put("frontier", ingest.frontier());
        json.put("ruleMisses", ingest.ruleMisses());
        return json;
    }

    private static void print(IngestState ingest, Output out) {
        out.line("Ingest runs:");
        ingest.runs().forEach((status, count) -> out.line("  %-18s %,d", status, count));
        ingest.latestAborted().forEach(run -> out.line("  aborted run %s (started %s): %s", run.id(), run.startedAt(), run.reason()));
        out.line("Frontier:");
        ingest.frontier().forEach((status, count) -> out.line("  %-18s %,d", status, count));
        if (!ingest.ruleMisses().isEmpty()) {
            out.line("Rule health:");
            RuleHealth.print(out, ingest.ruleMisses());
        }
    }
}
