package io.newsaggregator.app;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
final class AppRunner {
    record Result(int exitCode, String out, String err) {
    }

    /**
     * The "now" of every command run here: the day after the last article of the test sites, so
     * default windows ("today", "the last 14 days") hold the fixtures whatever the calendar says.
     */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    private AppRunner() {
    }

    /** The flags that point a command at a schema of the test database. */
    static String[] databaseArgs(TestDatabase.Schema schema) {
        TestDatabase db = schema.database();
        List<String> args = new ArrayList<>(List.of("--db-url", db.jdbcUrl(), "--schema", schema.name()));
        if (db.user() != null) {
            args.addAll(List.of("--db-user", db.user()));
        }
        if (db.password() != null) {
            args.addAll(List.of("--db-password", db.password()));
        }
        return args.toArray(String[]::new);
    }

    /** A new schema of the test database, brought up to date by {@code news-app migrate}. */
    static TestDatabase.Schema migratedSchema() {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        Result migrated = run(concat(new String[] {"migrate"}, databaseArgs(schema)));
        if (migrated.exitCode() != 0) {
            schema.drop();
            throw new AssertionError("migrate exited " + migrated.exitCode() + ": " + migrated.err());
        }
        return schema;
    }

    static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsApp.commandLine(CLOCK, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
