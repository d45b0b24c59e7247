package io.newsaggregator.app.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.newsaggregator.app.NewsApp;
import io.newsaggregator.app.site.FleetSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The worker fleet's throughput: portals on four loopback addresses ingested by 1, 2 and 4 worker
 * processes on one embedded PostgreSQL, with politeness relaxed ({@code --min-interval PT0S}) so
 * that CPU and database are what is measured. Per fleet size: articles/s from the first worker's
 * start line until every article is stored, database statements per article (every statement
 * the workers sent, counted by {@code pg_stat_statements} in an embedded PostgreSQL of this run's
 * own, with and without transaction control and {@code SET}), transactions per article (from
 * {@code pg_stat_database}), and each worker's peak RSS ({@code VmHWM}). Then, in the same run, the scheduler's own cost: {@value #NO_OP_TASKS} no-op
 * db-scheduler tasks against the same number of rows taken by a plain {@code FOR UPDATE SKIP LOCKED}
 * loop, {@value #THREADS} threads each (give {@code overhead} as the second argument for this part alone).
 *
 * <pre>
 * mvn -B -q -o -pl news-app -am test-compile dependency:build-classpath -DskipCds -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.FleetBenchmark 60
 * </pre>
 */
public final class FleetBenchmark {
    private static final List<String> HOSTS = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5");
    private static final int NO_OP_TASKS = 2000;
    private static final int THREADS = 4;

    /** Marks the benchmark's own statements, so that they are not counted as the workers'. */
    private static final String OWN = "/* bench */ ";
    /** Statements that only frame or configure others. */
    private static final String FRAMING = "^\\s*(begin|commit|rollback|start|set|show|reset|discard|savepoint|release)\\M";

    public static void main(String[] args) throws Exception {
        int perPortal = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("fleet-bench");
        try (EmbeddedPostgres server = TestDatabase.startEmbedded(Map.of("shared_preload_libraries", "pg_stat_statements",
                "pg_stat_statements.max", "10000", "pg_stat_statements.track", "top"))) {
            TestDatabase db = TestDatabase.on(server);
            execute(db.dataSource(), "create extension if not exists pg_stat_statements");
            run(db, dir, perPortal, args.length > 1 && args[1].equals("overhead"));
        }
    }

    private static void run(TestDatabase db, Path dir, int perPortal, boolean overheadOnly) throws Exception {
        System.out.printf("%d portals x %d articles, politeness relaxed%n", HOSTS.size(), perPortal);
        double single = 0;
        for (int workers : overheadOnly ? List.<Integer>of() : List.of(1, 2, 4)) {
            double rate = fleetRun(db, dir, workers, perPortal);
            if (workers == 1) {
                single = rate;
            } else {
                System.out.printf("  scaling %d workers / 1 worker: %.2f%n", workers, rate / single);
            }
        }
        schedulerOverhead(db);
    }

    private static double fleetRun(TestDatabase db, Path dir, int workers, int perPortal) throws Exception {
        TestDatabase.Schema schema = db.freshSchema("");
        try (FleetSite site = FleetSite.start(HOSTS, perPortal, List.of())) {
            Path catalog = dir.resolve("catalog-" + workers + ".yaml");
            Files.writeString(catalog, site.catalog());
            long xactBefore = transactions(db.dataSource());
            execute(db.dataSource(), OWN + "select pg_stat_statements_reset()");
            List<Process> children = new ArrayList<>();
            List<Path> outs = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                Path out = dir.resolve("w" + workers + "-" + i + ".out");
                outs.add(out);
                children.add(start(db, schema, catalog, "w" + i, out));
            }
            long start = awaitFirstStart(outs, children);
            int total = HOSTS.size() * perPortal;
            while (count(db.dataSource(), OWN + "select count(*) from " + schema.name() + ".article") < total) {
                if (children.stream().noneMatch(Process::isAlive)) {
                    throw new IllegalStateException("every worker ended; see " + dir);
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> rss = new ArrayList<>();
            for (Process child : children) {
                rss.add(peakRssKib(child.pid()));
            }
            for (Process child : children) {
                child.destroy();
            }
            for (Process child : children) {
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor();
                }
            }
            Thread.sleep(1500); // statistics of ended backends reach pg_stat_database
            long xacts = transactions(db.dataSource()) - xactBefore;
            long statements = count(db.dataSource(), OWN + "select coalesce(sum(calls), 0) from pg_stat_statements"
                    + " where dbid = (select oid from pg_database where datname = current_database()) and query not like '/* bench */%'");
            long framing = count(db.dataSource(), OWN + "select coalesce(sum(calls), 0) from pg_stat_statements"
                    + " where dbid = (select oid from pg_database where datname = current_database()) and query not like '/* bench */%'"
                    + " and query ~* '" + FRAMING + "'");
            double rate = total / seconds;
            System.out.printf("%d worker(s): %d articles in %.1f s = %.1f articles/s; %.1f database statements per article"
                    + " (%.1f without BEGIN/COMMIT/SET), %.1f transactions per article; peak RSS per worker %s MiB%n",
                    workers, total, seconds, rate, (double) statements / total, (double) (statements - framing) / total,
                    (double) xacts / total, rss.stream().map(k -> String.valueOf(k / 1024)).toList());
            return rate;
        } finally {
            schema.drop();
        }
    }

    private static Process start(TestDatabase db, TestDatabase.Schema schema, Path catalog, String name, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), NewsApp.class.getName(), "worker",
                "--db-url", db.jdbcUrl(), "--schema", schema.name(), "--no-migrate", "--no-analyse", "--name", name,
                "--catalog", catalog.toString(), "--allow-network", "127.0.0.0/8", "--min-interval", "PT0S",
                "--poll-initial", "PT1H", "--poll-max", "PT2H", "--polling-interval", "PT0.2S", "--idle-recheck", "PT0.5S",
                "--threads", "4", "--drain-batch", "25"));
        if (db.user() != null) {
            command.addAll(List.of("--db-user", db.user()));
        }
        if (db.password() != null) {
            command.addAll(List.of("--db-password", db.password()));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static long awaitFirstStart(List<Path> outs, List<Process> children) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            for (Path out : outs) {
                if (Files.readString(out, StandardCharsets.UTF_8).contains("started (run")) {
                    return System.nanoTime();
                }
            }
            if (children.stream().noneMatch(Process::isAlive)) {
                break;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no worker started; see " + outs);
    }

    private static long peakRssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long transactions(DataSource dataSource) {
        return count(dataSource, OWN + "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    /** db-scheduler's cost per task against a plain SKIP LOCKED loop over the same number of rows. */
    private static void schedulerOverhead(TestDatabase db) throws Exception {
        TestDatabase.Schema schema = db.freshSchema("");
        DataSource dataSource = db.dataSource();
        try {
            String queue = schema.name() + ".bench_queue";
            execute(dataSource, "create table " + queue + " (id bigserial primary key, payload text not null)");
            execute(dataSource, "insert into " + queue + " (payload) select 'x' from generate_series(1, " + NO_OP_TASKS + ")");
            long start = System.nanoTime();
            AtomicInteger taken = new AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
            List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                loops.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection();
                         PreparedStatement take = c.prepareStatement("delete from " + queue + " where id = (select id from " + queue
                                 + " order by id for update skip locked limit 1) returning id")) {
                        while (true) {
                            try (ResultSet rs = take.executeQuery()) {
                                if (!rs.next()) {
                                    return null;
                                }
                                taken.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> loop : loops) {
                loop.get();
            }
            pool.shutdown();
            double plainMicros = (System.nanoTime() - start) / 1e3 / taken.get();

            AtomicInteger done = new AtomicInteger();
            OneTimeTask<Void> noOp = Tasks.oneTime("bench-no-op").execute((instance, context) -> done.incrementAndGet());
            Scheduler scheduler = Scheduler.create(dataSource, noOp).tableName(schema.name() + ".scheduled_tasks").threads(THREADS)
                    .pollingInterval(Duration.ofMillis(100)).pollUsingLockAndFetch(0.5, 3.0).build();
            List<TaskInstance<?>> instances = new ArrayList<>();
            for (int i = 0; i < NO_OP_TASKS; i++) {
                instances.add(noOp.instance("t" + i));
            }
            scheduler.scheduleBatch(instances, java.time.Instant.EPOCH);
            start = System.nanoTime();
            scheduler.start();
            while (done.get() < NO_OP_TASKS) {
                Thread.sleep(5);
            }
            double schedulerMicros = (System.nanoTime() - start) / 1e3 / NO_OP_TASKS;
            scheduler.stop();
            System.out.printf("scheduler overhead: %.0f us per no-op db-scheduler task, %.0f us per row of a plain SKIP LOCKED"
                    + " loop (%d threads each, %d tasks): %.1fx%n", schedulerMicros, plainMicros, THREADS, NO_OP_TASKS, schedulerMicros / plainMicros);
        } finally {
            schema.drop();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
