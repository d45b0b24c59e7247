package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.FleetSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker processes of a fleet against one real PostgreSQL, ingesting portals served on several
 * loopback addresses. What the fleet did is checked where it shows: in the database (every article
 * once, no frontier entry left behind) and in the server's request log (no page fetched twice, the
 * per-host interval held across processes).
 */
class FleetWorkerIT {
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final List<String> HOSTS = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4");
    /** Start-up of a JVM on a loaded two-core machine can take long; readiness is waited for generously. */
    private static final Duration READY = Duration.ofSeconds(240);
    private static final Duration DONE = Duration.ofSeconds(180);
    /** Feeds are polled again within seconds, so that the articles published once every worker is up are found soon. */
    private static final String[] QUICK_POLLS = {"--poll-min", "PT1S", "--poll-initial", "PT1S", "--poll-max", "PT2S"};
    private static final Pattern STARTED = Pattern.compile("Worker (\\S+) started \\(run (\\d+)\\)");

    @TempDir
    Path dir;

    private TestDatabase.Schema schema;
    private FleetSite site;
    private final List<ChildApp> workers = new ArrayList<>();

    @BeforeEach
    void migrate() {
        schema = AppRunner.migratedSchema();
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildApp worker : workers) {
            worker.kill();
        }
        if (site != null) {
            site.close();
        }
        schema.drop();
    }

    @Test
    void threeWorkersStoreEveryArticleOnceFetchNoPageTwiceNorRobotsTxtAndKeepEachHostsInterval() throws Exception {
        site = FleetSite.start(HOSTS, 8, List.of());
        site.holdArticles();
        Duration interval = Duration.ofMillis(400);
        Path catalog = catalog();
        for (int i = 1; i <= 3; i++) {
            startWorker(catalog, "w" + i, interval, QUICK_POLLS);
        }
        awaitReady(3);
        site.publish();
        int total = 3 * 8;
        waitFor(() -> count("select count(*) from %s.article") >= total && openFrontier() == 0, DONE, "all articles stored");

        assertThat(count("select count(*) from %s.article")).isEqualTo(total);
        assertThat(count("select count(distinct canonical_url) from %s.article")).isEqualTo(total);
        assertThat(count("select count(*) from %s.frontier where status <> 'DONE'")).isZero();
        for (FleetSite.Portal portal : site.portals()) {
            Map<String, Long> hits = site.hitsByPath(portal.host());
            for (String path : portal.articlePaths()) {
                assertThat(hits.get(path)).as("requests for %s on %s", path, portal.host()).isEqualTo(1L);
            }
            // the fleet shares one robots.txt per host, fetched once per expiry (a day here)
            assertThat(hits.get("/robots.txt")).as("robots.txt requests to %s by the whole fleet", portal.host()).isEqualTo(1L);
            // arrivals jitter a little against the starts the workers reserved; a fleet without shared slots gives gaps near 0
            assertThat(site.shortestGap(portal.host())).as("shortest gap between two requests to %s:%s", portal.host(), site.timeline(portal.host()))
                    .isGreaterThanOrEqualTo(interval.minusMillis(150));
        }
        assertThat(count("select count(distinct run_id) from %s.fetch_event where target = 'ARTICLE'")).as("workers that fetched articles").isGreaterThan(1);
        assertThat(count("select count(*) from %s.fetch_event where target = 'ROBOTS'")).as("a fetch event per robots.txt request")
                .isEqualTo(HOSTS.size());
        assertThat(count("select count(*) from %s.robots_entry where kind = 'RULES' and claimed_by is null")).as("shared robots.txt entries")
                .isEqualTo(HOSTS.size());

        for (ChildApp worker : workers) {
            ChildApp.Result stopped = worker.terminate(Duration.ofSeconds(60));
            assertThat(stopped.exitCode()).as("exit code after SIGTERM; stderr:\n%s", stopped.err()).isZero();
        }
        assertThat(count("select count(*) from %s.ingest_run where status <> 'COMPLETED'")).as("runs not completed").isZero();
    }

    @Test
    void theWorkOfAWorkerKilledMidRunIsFinishedByTheOthersWithNothingLostOrDuplicated() throws Exception {
        site = FleetSite.start(HOSTS, 10, List.of());
        site.portals().forEach(portal -> portal.delayArticles(Duration.ofMillis(400)));
        site.holdArticles();
        Path catalog = catalog();
        for (int i = 1; i <= 3; i++) {
            startWorker(catalog, "w" + i, Duration.ofMillis(50), QUICK_POLLS);
        }
        Map<Long, ChildApp> byRun = awaitReady(3);
        site.publish();
        int total = 3 * 10;
        long[] victim = new long[1];
        waitFor(() -> {
            victim[0] = holderOfLeases(byRun.keySet());
            return victim[0] > 0 && count("select count(*) from %s.article") >= 3;
        }, DONE, "a worker holding frontier leases while articles are being stored");
        byRun.get(victim[0]).kill();

        waitFor(() -> count("select count(*) from %s.article") >= total && openFrontier() == 0, DONE, "all articles stored");
        assertThat(count("select count(*) from %s.article")).isEqualTo(total);
        assertThat(count("select count(distinct canonical_url) from %s.article")).isEqualTo(total);
        assertThat(count("select count(*) from %s.frontier where status <> 'DONE'")).isZero();
        waitFor(() -> count("select count(*) from %s.ingest_run where status = 'ABORTED' and id = " + victim[0]) == 1, DONE,
                "the killed worker's run closed as ABORTED");
        for (FleetSite.Portal portal : site.portals()) {
            Map<String, Long> hits = site.hitsByPath(portal.host());
            for (String path : portal.articlePaths()) {
                assertThat(hits.get(path)).as("requests for %s", path).isNotNull();
            }
        }
    }

    @Test
    void aSourceThatGainsArticlesIsPolledMoreOftenThanOneThatStopsChanging() throws Exception {
        site = FleetSite.start(HOSTS.subList(0, 2), 12, List.of(1));
        Path catalog = catalog();
        startWorker(catalog, "w1", Duration.ofMillis(50), "--poll-min", "PT1S", "--poll-initial", "PT2S", "--poll-max", "PT20S");
        awaitReady(1);
        String quiet = site.portals().get(0).host();
        String busy = site.portals().get(1).host();
        waitFor(() -> feedHits(busy) >= 8, DONE, "eight polls of the growing feed");

        assertThat(feedHits(busy)).as("polls of the growing feed against the unchanging one")
                .isGreaterThan(feedHits(quiet) + 2);
        long quietInterval = interval(site.portals().get(0));
        long busyInterval = interval(site.portals().get(1));
        assertThat(busyInterval).as("interval of the growing feed (ms)").isEqualTo(1000);
        assertThat(quietInterval).as("interval of the unchanging feed (ms)").isGreaterThan(busyInterval * 2);
    }

    private long feedHits(String host) {
        return site.hitsByPath(host).getOrDefault("/rss.xml", 0L);
    }

    private long interval(FleetSite.Portal portal) {
        return count("select p.interval_millis from %1$s.source_poll p join %1$s.feed f on f.id = p.source_id"
                + " where f.url = '" + portal.base() + "/rss.xml'");
    }

    private Path catalog() throws IOException {
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, site.catalog());
        return catalog;
    }

    private void startWorker(Path catalog, String name, Duration interval, String... more) throws IOException {
        String[] args = AppRunner.concat(new String[] {"worker", "-v", "--name", name, "--no-migrate", "--no-analyse",
                        "--catalog", catalog.toString(), "--allow-network", "127.0.0.0/8", "--min-interval", interval.toString(),
                        "--timeout", "PT10S", "--polling-interval", "PT0.3S", "--heartbeat", "PT1S", "--sweep-every", "PT1S",
                        "--idle-recheck", "PT0.5S", "--drain-batch", "4", "--threads", "3"},
                AppRunner.databaseArgs(schema), more);
        workers.add(ChildApp.start(dir, JVM, args));
    }

    /**
     * Waits until every worker said it started and holds a running ingest run in the database.
     *
     * @return the workers by the id of their run
     */
    private Map<Long, ChildApp> awaitReady(int expected) throws Exception {
        Map<Long, ChildApp> byRun = new HashMap<>();
        for (ChildApp worker : workers) {
            worker.awaitOutput("); stop with", READY);
            Matcher started = STARTED.matcher(worker.out());
            assertThat(started.find()).as(worker.out()).isTrue();
            byRun.put(Long.parseLong(started.group(2)), worker);
        }
        waitFor(() -> count("select count(*) from %s.ingest_run where status = 'RUNNING'") >= expected, READY, "running workers");
        return byRun;
    }

    /** A worker's run that holds frontier leases now, or 0. */
    private long holderOfLeases(java.util.Set<Long> runs) {
        long holder = count("select coalesce(max(leased_by), 0) from %s.frontier where status = 'LEASED'");
        return runs.contains(holder) ? holder : 0;
    }

    private long openFrontier() {
        return count("select count(*) from %s.frontier where status in ('PENDING', 'LEASED')");
    }

    private long count(String sql) {
        try (Connection c = schema.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql.formatted(schema.name()));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void waitFor(BooleanSupplier condition, Duration limit, String what) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder("\narticles: " + count("select count(*) from %s.article")
                        + ", frontier open: " + openFrontier() + ", leased: " + count("select count(*) from %s.frontier where status = 'LEASED'")
                        + ", runs running: " + count("select count(*) from %s.ingest_run where status = 'RUNNING'"));
                for (ChildApp worker : workers) {
                    logs.append("\n--- stdout:\n").append(worker.out()).append("\n--- stderr:\n").append(worker.err());
                }
                throw new AssertionError("not within " + limit + ": " + what + logs);
            }
            Thread.sleep(250);
        }
    }
}
