package io.newsaggregator.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the database: opens it, runs, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Mixin
    VerbosityOption verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        verbosity.apply();
        try (Database db = Database.open(database)) {
            return run(db);
        }
    }

    /** Text or JSON output on stdout, as {@code json} says. */
    Output output(boolean json) {
        return new Output(spec.commandLine().getOut(), json);
    }

    /** The library over this command's database, with the shipped catalog. */
    NewsAggregator.Builder newsOn(Database db) {
        return NewsAggregator.builder().dataSource(db.dataSource()).schema(db.schema()).tablePrefix(db.tablePrefix());
    }

    abstract int run(Database db);
}
