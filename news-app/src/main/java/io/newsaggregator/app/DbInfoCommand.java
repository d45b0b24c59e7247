package io.newsaggregator.app;

import io.newsaggregator.migrations.MigrationEntry;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db-info}: applied and pending schema versions, and how many rows each table holds. */
@Command(name = "db-info", mixinStandardHelpOptions = true, description = "Show applied and pending schema versions and row counts.")
final class DbInfoCommand extends DatabaseCommand {
    @Mixin
    OutputOptions format;


    @Override
    int run(Database db) {
        Output out = output(format.json());
        MigrationStatus status = new NewsMigrations(db.dataSource(), db.schema(), db.tablePrefix()).info();
        Map<String, Long> counts = Map.of();
        IngestState ingest = null;
        if (!status.applied().isEmpty() && status.isUpToDate()) {
            try (JpaPersistence persistence = JpaPersistence.start(PersistenceSettings.forDataSource(db.dataSource())
                    .withSchema(db.schema()).withTablePrefix(db.tablePrefix()))) {
                counts = RowCounts.of(persistence.unitOfWork());
                ingest = IngestState.of(persistence.unitOfWork());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", db.description());
        json.put("schema", status.schema());
        json.put("currentVersion", status.currentVersion());
        json.put("applied", status.applied());
        json.put("pending", status.pending());
        json.put("rowCounts", counts);
        json.put("ingest", ingest == null ? null : ingest.json());
        out.json(json);

        out.line("Database: %s", db.description());
        out.line("Schema:   %s, version %s%s", status.schema(),
                status.currentVersion() == null ? "<empty>" : status.currentVersion(),
                status.isUpToDate() ? " (up to date)" : " (" + status.pending().size() + " pending: run 'news-app migrate')");
        out.line("Applied:");
        status.applied().forEach(entry -> out.line("  " + entry));
        if (!status.pending().isEmpty()) {
            out.line("Pending:");
            status.pending().forEach((MigrationEntry entry) -> out.line("  " + entry));
        }
        if (!counts.isEmpty()) {
            out.line("Rows:");
            counts.forEach((table, count) -> out.line("  %-18s %,d", table, count));
        }
        if (ingest != null) {
            ingest.print(out);
        }
        return NewsApp.OK;
    }
}
