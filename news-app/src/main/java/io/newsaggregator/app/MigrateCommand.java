package io.newsaggregator.app;

import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.migrations.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate}: brings the schema to the newest version (or only validates, or repairs). */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending schema migrations (creates the schema on first use).")
final class MigrateCommand extends DatabaseCommand {
    @Mixin
    OutputOptions format;

    @Option(names = "--validate-only", description = "Only check the applied migrations against the shipped ones.")
    boolean validateOnly;

    @Option(names = "--repair", description = "Repair the schema history (remove failed entries, realign checksums).")
    boolean repair;

    @Override
    void validate() {
        if (repair && validateOnly) {
            throw new UsageException("--repair and --validate-only cannot be used together: repair first, then validate");
        }
    }

    @Override
    int run(Database db) {
        Output out = output(format.json());
        NewsMigrations migrations = new NewsMigrations(db.dataSource(), db.schema(), db.tablePrefix());
        if (repair) {
            var outcome = migrations.repair();
            out.json(outcome);
            out.line(outcome.actions().isEmpty() ? "Nothing to repair." : String.join("\n", outcome.actions()));
            return NewsApp.OK;
        }
        if (validateOnly) {
            ValidationOutcome outcome = migrations.validate();
            out.json(outcome);
            out.line(outcome.valid() ? "Schema %s is valid." : "Schema %s does not match the shipped migrations:", db.schema());
            outcome.problems().forEach(problem -> out.line("  " + problem));
            return outcome.valid() ? NewsApp.OK : NewsApp.FAILED;
        }
        MigrateOutcome outcome = migrations.migrate();
        out.json(outcome);
        if (outcome.migrationsExecuted() == 0) {
            out.line("Schema %s on %s is up to date at version %s.", db.schema(), db.description(), outcome.toVersion());
        } else {
            out.line("Migrated schema %s on %s from version %s to %s (%d applied: %s).", db.schema(), db.description(),
                    outcome.fromVersion() == null ? "<empty>" : outcome.fromVersion(), outcome.toVersion(),
                    outcome.migrationsExecuted(), String.join(", ", outcome.appliedVersions()));
        }
        outcome.warnings().forEach(warning -> out.line("warning: " + warning));
        return NewsApp.OK;
    }
}
