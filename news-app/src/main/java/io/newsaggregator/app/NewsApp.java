package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.NewsException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code news-app}: the command-line runner over the news-aggregator library. */
@Command(name = "news-app",
        mixinStandardHelpOptions = true,
        versionProvider = NewsApp.Version.class,
        description = "Ingests news from portals into PostgreSQL and analyses it.")
public final class NewsApp implements Runnable {
    /** Exit codes that mean something to scripts; the table is in docs/operations.md. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int DATABASE_UNAVAILABLE = 3;
    static final int NOTHING_FETCHED = 4;

    /**
     * The commands by name, in the order the usage lists them. Each is made only when a command line
     * needs it: picocli reads every option of every command it is given, and loading all of them (and
     * what their classes pull in) was most of the start-up of a short command.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

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
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // answered before any command line is built: picocli's own classes take longer to load than this whole answer
            System.out.println(Version.text());
            return OK;
        }
        return commandLine(Clock.systemUTC(), args).execute(args);
    }

    /** The command line with every command, each reading time from {@code clock}. */
    static CommandLine commandLine(Clock clock) {
        return commandLine(clock, COMMANDS.keySet());
    }

    /**
     * The command line for {@code args}: when they start with a command's name, with that command only
     * (all that can parse them); otherwise ({@code --help}, {@code help}, a mistyped name) with every
     * command, so that the usage lists them and a mistake gets its suggestions.
     */
    static CommandLine commandLine(Clock clock, String... args) {
        String first = args.length == 0 ? "" : args[0];
        return commandLine(clock, COMMANDS.containsKey(first) && !first.equals("help") ? List.of(first) : COMMANDS.keySet());
    }

    private static CommandLine commandLine(Clock clock, Collection<String> names) {
        CommandLine cli = new CommandLine(new NewsApp(java.util.Objects.requireNonNull(clock, "clock")));
        for (String name : names) {
            cli.addSubcommand(name, COMMANDS.get(name).get());
        }
        cli.setExecutionExceptionHandler(NewsApp::handle);
        cli.setParameterExceptionHandler(NewsApp::handleUsage);
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            refuseUnmatched(parsed);
            return runLast.execute(parsed);
        });
        return cli;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("migrate", MigrateCommand::new);
        commands.put("db-info", DbInfoCommand::new);
        commands.put("ingest", IngestCommand::new);
        commands.put("portals", PortalsCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("extract", ExtractCommand::new);
        commands.put("analyse", AnalyseCommand::new);
        commands.put("trends", TrendsCommand::new);
        commands.put("stories", StoriesCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("analyse-text", AnalyseTextCommand::new);
        commands.put("run", RunCommand::new);
        commands.put("sources", SourcesCommand::new);
        commands.put("prune", PruneCommand::new);
        commands.put("worker", WorkerCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** The clock every command reads "now" from. */
    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * picocli lets unknown words through when --help is also given ({@code portals --help}); we do
     * not, except to a command that takes any words on purpose (the retired {@code run}).
     */
    private static void refuseUnmatched(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty() && level.commandSpec().unmatchedArgsBindings().isEmpty()) {
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
            return new String[] {text()};
        }

        static String text() {
            String version = NewsApp.class.getPackage().getImplementationVersion();
            return "news-app " + (version == null ? "development build" : version);
        }
    }
}
