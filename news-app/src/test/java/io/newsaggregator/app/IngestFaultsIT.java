package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import io.newsaggregator.persistence.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process faults during {@code news-app ingest}, with real processes: the ingest runs as a child JVM
 * over a local site whose pages answer slowly, and is interrupted with SIGINT, killed with
 * {@code kill -9}, or loses its database, during discovery, in the middle of the article fetches and
 * at the end. A second ingest must then store every listed article exactly once and leave no run
 * {@code RUNNING}, although the feeds answer "not modified" to it.
 */
class IngestFaultsIT {
    private static final int ARTICLES = 20;

    @TempDir
    Path dir;

    private TestNewsSite site;
    private Path catalog;

    @BeforeEach
    void startSite() throws IOException {
        site = TestNewsSite.start(ARTICLES);
        site.delay("/news/", Duration.ofMillis(150));
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                portals:
                  - code: harbour
                    name: Harbour Herald
                    homepage: %1$s/
                    language: en
                    feeds:
                      - {url: "%1$s/rss.xml", category: world}
                      - {url: "%1$s/atom.xml"}
                    sections:
                      - {url: "%1$s/world/", category: world}
                """.formatted(site.base()));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void sigintDuringDiscoveryLosesNothing() throws Exception {
        site.delay("/world/", Duration.ofSeconds(3));
        interruptAndRerun(() -> site.hits("/world/") > 0, Fault.SIGINT);
    }

    @Test
    void sigintInTheMiddleOfTheArticleFetchesLosesNothing() throws Exception {
        interruptAndRerun(() -> site.articleHits() >= 6, Fault.SIGINT);
    }

    @Test
    void killDuringDiscoveryLosesNothing() throws Exception {
        site.delay("/world/", Duration.ofSeconds(3));
        interruptAndRerun(() -> site.hits("/world/") > 0, Fault.KILL);
    }

    @Test
    void killInTheMiddleOfTheArticleFetchesLosesNothing() throws Exception {
        interruptAndRerun(() -> site.articleHits() >= 6, Fault.KILL);
    }

    @Test
    void killAtTheEndLosesNothing() throws Exception {
        interruptAndRerun(() -> site.articleHits() >= ARTICLES, Fault.KILL);
    }

    @Test
    void theDatabaseStoppingInTheMiddleLosesNothing() throws Exception {
        Path data = dir.resolve("pgdata");
        int port = freePort();
        EmbeddedPostgres server = embedded(data, port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        String[] db = {"--db-url", url, "--db-user", "postgres", "--schema", "faults"};
        try {
            Path childLog = dir.resolve("lost-database.log");
            Process child = startIngest(db, childLog);
            waitFor(() -> site.articleHits() >= 6 || !child.isAlive(), Duration.ofSeconds(90));
            assertThat(child.isAlive()).as("the ingest was still running when the database stopped").isTrue();
            server.close();
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the ingest ended once its database was gone").isTrue();
            assertThat(child.exitValue()).as("exit code after losing the database").isEqualTo(NewsApp.DATABASE_UNAVAILABLE);
            assertThat(Files.readString(childLog)).as("no stack trace without -v").doesNotContain("\tat ", "Exception in thread");
            server = embedded(data, port);

            Rerun rerun = rerunToTheEnd(db);

            assertThat(rerun.exitCode()).as(rerun.output()).isZero();
            assertEveryArticleStoredOnceAndNoRunLeftRunning(server.getPostgresDatabase(), "faults");
        } finally {
            server.close();
        }
    }

    private enum Fault { SIGINT, KILL }

    private void interruptAndRerun(BooleanSupplier when, Fault fault) throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try {
            String[] db = AppRunner.databaseArgs(schema);
            Process child = startIngest(db);
            waitFor(() -> when.getAsBoolean() || !child.isAlive(), Duration.ofSeconds(90));
            assertThat(child.isAlive()).as("the ingest was still running at the fault point").isTrue();
            if (fault == Fault.KILL) {
                child.destroyForcibly();
            } else {
                new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start().waitFor();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended after the signal").isTrue();

            Rerun rerun = rerunToTheEnd(db);

            assertThat(rerun.exitCode()).as(rerun.output()).isZero();
            assertEveryArticleStoredOnceAndNoRunLeftRunning(schema.database().dataSource(), schema.name());
            assertDbInfoShowsTheAbortedRun(db);
        } finally {
            schema.drop();
        }
    }

    private void assertEveryArticleStoredOnceAndNoRunLeftRunning(DataSource dataSource, String schemaName) {
        try (JpaPersistence persistence = JpaPersistence.start(PersistenceSettings.forDataSource(dataSource).withSchema(schemaName))) {
            var uow = persistence.unitOfWork();
            List<Article> stored = uow.readOnly(repos -> {
                Portal portal = repos.portals().findByCode("harbour").orElseThrow();
                return repos.articles().find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal.id())));
            });
            Set<String> expected = IntStream.rangeClosed(1, ARTICLES).mapToObj(n -> site.url(TestNewsSite.articlePath(n)))
                    .collect(Collectors.toSet());
            assertThat(stored).extracting(Article::url).containsExactlyInAnyOrderElementsOf(expected);
            List<IngestRun> runs = uow.readOnly(repos -> repos.ingestRuns().find(Query.of(IngestRun.class)
                    .orderBy(IngestRunField.STARTED_AT.asc())));
            assertThat(runs).extracting(IngestRun::status).doesNotContain(IngestRunStatus.RUNNING);
            assertThat(runs.get(0).status()).as("the interrupted run").isIn(IngestRunStatus.ABORTED, IngestRunStatus.FAILED);
            assertThat(runs.get(runs.size() - 1).status()).isEqualTo(IngestRunStatus.COMPLETED);
        }
    }

    private static void assertDbInfoShowsTheAbortedRun(String[] db) throws IOException {
        AppRunner.Result info = AppRunner.run(AppRunner.concat(new String[] {"db-info"}, db, new String[] {"--format", "json"}));
        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode ingest = new ObjectMapper().readTree(info.out()).path("ingest");
        assertThat(ingest.at("/runs/RUNNING").asLong()).isZero();
        assertThat(ingest.at("/runs/ABORTED").asLong()).isEqualTo(1);
        assertThat(ingest.at("/latestAborted/0/reason").asText()).contains("process is gone");
        assertThat(ingest.at("/frontier/PENDING").asLong() + ingest.at("/frontier/LEASED").asLong()).isZero();
    }

    private String[] ingestArgs(String[] db) {
        return AppRunner.concat(new String[] {"ingest"}, db, new String[] {"--catalog", catalog.toString(),
                "--allow-network", TestNewsSite.HOST + "/32", "--min-interval", "PT0S", "--timeout", "PT10S"});
    }

    private record Rerun(int exitCode, String output) {
    }

    /**
     * The rerun is a process of its own like the interrupted one, so both read the same system clock:
     * what the first left in the frontier is due for the second whatever the calendar says.
     */
    private Rerun rerunToTheEnd(String[] db) throws IOException, InterruptedException {
        Path log = dir.resolve("rerun-" + System.nanoTime() + ".log");
        Process rerun = startIngest(db, log);
        if (!rerun.waitFor(180, TimeUnit.SECONDS)) {
            rerun.destroyForcibly().waitFor();
            throw new AssertionError("the rerun did not end within 180 s: " + Files.readString(log));
        }
        return new Rerun(rerun.exitValue(), Files.readString(log));
    }

    private Process startIngest(String[] db) throws IOException {
        return startIngest(db, dir.resolve("child-" + System.nanoTime() + ".log"));
    }

    private Process startIngest(String[] db, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "io.newsaggregator.app.NewsApp"));
        command.addAll(List.of(ingestArgs(db)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static EmbeddedPostgres embedded(Path data, int port) throws IOException {
        File directory = data.toFile();
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "off").setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
