package io.newsaggregator.app;

import io.newsaggregator.domain.port.in.DatabaseDescription;
import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;
import java.util.LinkedHashMap;
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
        try (NewsAggregator news = newsOn(db).build()) {
            description = news.describeDatabase().describe();
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
        return NewsApp.OK;
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
