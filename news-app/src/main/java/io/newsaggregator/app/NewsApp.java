package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.NewsException;
import java.io.PrintWriter;
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
    /** Exit codes that mean something to scripts. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DATABASE_UNAVAILABLE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests and embedding). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsApp());
        cli.setExecutionExceptionHandler(NewsApp::handle);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Errors reach people as one line naming the cause; the stack trace only with --verbose. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("news-app: " + describe(e));
        if (parsed.expandedArgs().stream().anyMatch(a -> a.equals("-v") || a.equals("--verbose") || a.startsWith("-vv"))) {
            LoggerFactory.getLogger(NewsApp.class).warn("Details of the failure", e);
        }
        if (e instanceof ConfigurationException || e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof DataStoreUnavailableException) {
            return DATABASE_UNAVAILABLE;
        }
        return FAILED;
    }

    static String describe(Throwable e) {
        if (e instanceof NewsException || e.getMessage() != null && !(e instanceof NullPointerException)) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NewsApp.class.getPackage().getImplementationVersion();
            return new String[] {"news-app " + (version == null ? "development build" : version)};
        }
    }
}
