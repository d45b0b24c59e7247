package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the database: opens it, runs, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Mixin
    VerbosityOption verbosity;

    @Spec
    CommandSpec spec;

    @ParentCommand
    NewsApp app;

    @Override
    public final Integer call() {
        verbosity.apply();
        database.validate();
        validate();
        try (Database db = Database.open(database, poolSize())) {
            return run(db);
        }
    }

    /** Checks this command's own options before the database is opened (throw {@link UsageException}). */
    void validate() {
    }

    /** Most connections this command's pool opens. */
    int poolSize() {
        return Database.DEFAULT_POOL_SIZE;
    }

    /** Text or JSON output on stdout, as {@code json} says. */
    Output output(boolean json) {
        return new Output(spec.commandLine().getOut(), json);
    }

    /** The library over this command's database, with the shipped catalog. */
    NewsAggregator.Builder newsOn(Database db) {
        return NewsAggregator.builder().dataSource(db.dataSource()).schema(db.schema()).tablePrefix(db.tablePrefix())
                .clock(clock());
    }

    /** The clock of the app this command runs in. */
    Clock clock() {
        return app.clock();
    }

    /**
     * Brings the schema up to date ({@code migrate}), or checks that it is and says what to do when
     * it is not, rather than failing later on a missing table.
     */
    static void prepareSchema(Database db, boolean migrate) {
        NewsMigrations migrations = new NewsMigrations(db.dataSource(), db.schema(), db.tablePrefix());
        if (migrate) {
            migrations.migrate();
            return;
        }
        if (migrations.isUpToDate()) {
            return;
        }
        MigrationStatus status = migrations.info();
        if (!status.isUpToDate()) {
            throw new ConfigurationException("schema " + db.schema() + " on " + db.description() + " is at version "
                    + (status.currentVersion() == null ? "<empty>" : status.currentVersion()) + " and "
                    + status.pending().size() + " version(s) are pending: run 'news-app migrate' with the same database flags");
        }
    }

    abstract int run(Database db);
}
