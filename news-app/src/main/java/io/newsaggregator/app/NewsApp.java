package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.NewsException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code news-app}: the command-line runner over the news-aggregator library. */
@Command(name = "news-app",
        mixinStandardHelpOptions = true,
        versionProvider = NewsApp.Version.class,
        description = "Ingests news from portals into PostgreSQL and analyses it.",
        subcommands = {MigrateCommand.class, DbInfoCommand.class, IngestCommand.class, ExportCommand.class,
                ExtractCommand.class, AnalyseCommand.class, TrendsCommand.class, StoriesCommand.class, SearchCommand.class,
                ReportCommand.class, AnalyseTextCommand.class, RunCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class NewsApp implements Runnable {
    /** Exit codes that mean something to scripts; the table is in docs/operations.md. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DATABASE_UNAVAILABLE = 3;
    static final int NOTHING_FETCHED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    private NewsApp(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns the exit code, without exiting (for tests and embedding).
     * This is where the system clock enters the app: every "now", "today" and default window of
     * every command derives from it.
     */
    public static int run(String... args) {
        return commandLine(Clock.systemUTC()).execute(args);
    }

    /** The command line with every command reading time from {@code clock}. */
    static CommandLine commandLine(Clock clock) {
        CommandLine cli = new CommandLine(new NewsApp(java.util.Objects.requireNonNull(clock, "clock")));
        cli.setExecutionExceptionHandler(NewsApp::handle);
        cli.setParameterExceptionHandler(NewsApp::handleUsage);
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            refuseUnmatched(parsed);
            return runLast.execute(parsed);
        });
        return cli;
    }

    /** The clock every command reads "now" from. */
    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** picocli lets unknown words through when --help is also given ({@code portals --help}); we do not. */
    private static void refuseUnmatched(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
    }

    /** A command line picocli cannot parse: one line, a hint, exit code 2 (never the whole usage). */
    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String name = cli.getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String first = words.isEmpty() ? "" : words.get(0);
            boolean command = cli.getCommandSpec().subcommands().size() > 1 && !first.startsWith("-");
            err.println("news-app: " + (command ? "unknown command '" + first + "'"
                    : (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first + "'"));
            List<String> suggestions = unmatched.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", suggestions.stream().limit(3).toList()) + "? ";
            if (first.startsWith("-") && !cli.getCommandSpec().positionalParameters().isEmpty()) {
                hint += "A value starting with '-' goes after '--'. ";
            }
            err.println(hint + "See '" + name + " --help'.");
        } else {
            err.println("news-app: " + firstLine(e.getMessage()));
            boolean dashWord = args != null && java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("-") && !a.startsWith("--"));
            String hint = e instanceof CommandLine.MissingParameterException && dashWord
                    ? "A value starting with '-' goes after '--'. " : "";
            err.println(hint + "See '" + name + " --help'.");
        }
        return USAGE;
    }

    /** Errors reach people as one line naming the cause; the stack trace only with --verbose. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("news-app: " + firstLine(describe(e)));
        if (parsed.expandedArgs().stream().anyMatch(a -> a.equals("-v") || a.equals("--verbose") || a.startsWith("-vv"))) {
            LoggerFactory.getLogger(NewsApp.class).warn("Details of the failure", e);
        }
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof UsageException || e instanceof ConfigurationException) {
            return USAGE;
        }
        if (e instanceof DataStoreUnavailableException) {
            return DATABASE_UNAVAILABLE;
        }
        return FAILED;
    }

    static String describe(Throwable e) {
        if (e instanceof NewsException || e instanceof UsageException
                || e.getMessage() != null && !(e instanceof NullPointerException) && !(e instanceof IllegalArgumentException)
                && !(e instanceof IllegalStateException)) {
            return e.getMessage();
        }
        // a fault of the program: say so, with what the JDK knows
        return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (run again with -v for details)";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 400 ? line.substring(0, 397) + "..." : line;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewsApp.class.getPackage().getImplementationVersion();
            return new String[] {"news-app " + (version == null ? "development build" : version)};
        }
    }
}
