package io.newsaggregator.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that works on the database: opens it, runs, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Logging.configure(output.verbose.length);
        Output out = new Output(spec.commandLine().getOut(), output.json());
        try (Database db = Database.open(database)) {
            return run(db, out);
        }
    }

    abstract int run(Database db, Output out);
}
