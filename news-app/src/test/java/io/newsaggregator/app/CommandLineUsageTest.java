package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors end before any database is opened: exit 2, one line and a hint, never the whole usage. */
class CommandLineUsageTest {
    private static void assertUsageError(AppRunner.Result result, String firstLine) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(NewsApp.USAGE);
        assertThat(result.err().lines().toList()).hasSizeLessThanOrEqualTo(2);
        assertThat(result.err().lines().findFirst().orElse("")).isEqualTo(firstLine);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Usage:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMistypedOptionPrintsOneLineAndAHint() {
        AppRunner.Result result = AppRunner.run("ingest", "--max-articles-per-portl", "5");

        assertUsageError(result, "news-app: unknown option '--max-articles-per-portl'");
        assertThat(result.err()).contains("Did you mean --max-articles-per-portal").contains("See 'news-app ingest --help'.");
    }

    @Test
    void workerBoundsMustBeInOrderAndServeEveryIsGoneWithAReason() {
        assertUsageError(AppRunner.run("worker", "--poll-min", "PT10M", "--poll-max", "PT5M"),
                "news-app: --poll-max PT5M is out of range: give an ISO-8601 duration from PT10M to PT720H");
        assertUsageError(AppRunner.run("worker", "--threads", "0"),
                "news-app: --threads 0 is out of range: give a number from 1 to 64");
        assertUsageError(AppRunner.run("serve", "--every", "PT30M"),
                "news-app: serve --every is gone: the worker polls every source on its own schedule between --poll-min and"
                        + " --poll-max (see docs/operations.md)");
    }

    @Test
    void anUnknownCommandIsRefusedEvenWithHelp() {
        assertUsageError(AppRunner.run("portal", "--help"), "news-app: unknown command 'portal'");
        assertUsageError(AppRunner.run("portal"), "news-app: unknown command 'portal'");
    }

    @Test
    void theRetiredRunLoopSaysWhatToRunInsteadWhateverItIsGiven() {
        String instead = "news-app: " + RunCommand.RETIRED;
        assertUsageError(AppRunner.run("run"), instead);
        assertUsageError(AppRunner.run("run", "--every", "PT15M", "--report", "out.html", "--max-articles-per-portal", "100"), instead);
        assertUsageError(AppRunner.run("run", "--cycles", "0"), instead);
        assertThat(instead).contains("news-app worker", "news-app ingest");
        AppRunner.Result help = AppRunner.run("run", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Retired: use 'worker'");
    }

    @Test
    void countsAndDurationsOutOfRangeNameTheOptionAndTheRange() {
        assertUsageError(AppRunner.run("ingest", "--min-interval", "P1000000000D"),
                "news-app: --min-interval PT24000000000H is out of range: give an ISO-8601 duration from PT0S to PT10M");
        assertUsageError(AppRunner.run("ingest", "--refetch-after", "-PT1H"),
                "news-app: --refetch-after PT-1H is out of range: give an ISO-8601 duration from PT0S to PT8760H");
        assertUsageError(AppRunner.run("ingest", "--max-articles-per-portal", "0"),
                "news-app: --max-articles-per-portal 0 is out of range: give a number from 1 to 100000");
        assertUsageError(AppRunner.run("search", "x", "--limit", "100000"),
                "news-app: --limit 100000 is out of range: give a number from 1 to 1000");
        assertUsageError(AppRunner.run("ingest", "--db-connect-timeout", "PT0S"),
                "news-app: --db-connect-timeout PT0S is out of range: give an ISO-8601 duration from PT1S to PT10M");
        AppRunner.Result notADuration = AppRunner.run("ingest", "--timeout", "soon");
        assertThat(notADuration.exitCode()).isEqualTo(NewsApp.USAGE);
        assertThat(notADuration.err()).startsWith("news-app: Invalid value for option '--timeout': cannot convert 'soon'");
    }

    @Test
    void versionPrintsTheNameAndVersion() {
        AppRunner.Result result = AppRunner.run("--version");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("news-app ");
    }

    @Test
    void optionsThatExcludeEachOtherAreRefused() {
        assertUsageError(AppRunner.run("migrate", "--repair", "--validate-only"),
                "news-app: --repair and --validate-only cannot be used together: repair first, then validate");
    }

    @Test
    void aUrlOfAnotherDatabaseOrGarbageIsAConfigurationError() {
        assertUsageError(AppRunner.run("db-info", "--db-url", "jdbc:mysql://localhost/news"),
                "news-app: --db-url jdbc:mysql://localhost/news is not a PostgreSQL JDBC URL; give jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertUsageError(AppRunner.run("db-info", "--db-url", "no such thing"),
                "news-app: --db-url no such thing is not a PostgreSQL JDBC URL; give jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void aSearchTooLongOrOfTooManyWordsIsRefused() {
        assertUsageError(AppRunner.run("search", "word ".repeat(40)),
                "news-app: search text must have at most 32 words, had 40");
        assertUsageError(AppRunner.run("search", "w".repeat(10_000)),
                "news-app: search text must be at most 500 characters, was 10000");
    }

    @Test
    void wordsStartingWithADashGoAfterTheEndOfOptions() {
        AppRunner.Result result = AppRunner.run("search", "- -");

        assertUsageError(result, "news-app: Missing required parameter: 'QUERY'");
        assertThat(result.err()).contains("A value starting with '-' goes after '--'.");
    }

    @Test
    void aCatalogThatIsADeviceIsRefusedWithOneLine() {
        assertUsageError(AppRunner.run("ingest", "--catalog", "/dev/zero"),
                "news-app: catalog file /dev/zero is not a regular file");
    }

    @Test
    void internalFaultsAreNotUsageErrors() {
        assertThat(NewsApp.exitCode(new IllegalArgumentException("a bug"))).isEqualTo(NewsApp.FAILED);
        assertThat(NewsApp.exitCode(new UsageException("bad flag"))).isEqualTo(NewsApp.USAGE);
        assertThat(NewsApp.describe(new IllegalArgumentException("a bug"))).startsWith("internal error: IllegalArgumentException: a bug");
    }

    @Test
    void aCommandLineNamingACommandHoldsThatCommandOnlyAndEveryOtherHoldsThemAll() {
        Set<String> all = NewsApp.commandLine(AppRunner.CLOCK).getSubcommands().keySet();

        assertThat(NewsApp.commandLine(AppRunner.CLOCK, "search", "x").getSubcommands()).containsOnlyKeys("search");
        assertThat(all).contains("migrate", "extract", "search", "serve", "help").hasSizeGreaterThan(10);
        assertThat(NewsApp.commandLine(AppRunner.CLOCK, "--help").getSubcommands().keySet()).isEqualTo(all);
        assertThat(NewsApp.commandLine(AppRunner.CLOCK, "help", "search").getSubcommands().keySet()).isEqualTo(all);
        assertThat(NewsApp.commandLine(AppRunner.CLOCK, "serch").getSubcommands().keySet()).isEqualTo(all);
    }

    @Test
    void everyCommandIsRegisteredUnderTheNameItDeclares() {
        NewsApp.commandLine(AppRunner.CLOCK).getSubcommands().forEach((name, cli) ->
                assertThat(cli.getCommand().getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
    }

    @Test
    void theVersionAnsweredWithoutTheCommandLineIsTheOnePicocliPrints() {
        AppRunner.Result result = AppRunner.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo(NewsApp.Version.text()).startsWith("news-app ");
    }
}
