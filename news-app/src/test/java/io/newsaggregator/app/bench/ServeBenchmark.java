package io.newsaggregator.app.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.app.http.ApiSettings;
import io.newsaggregator.app.http.HttpApi;
import io.newsaggregator.app.http.Jobs;
import io.newsaggregator.app.metrics.NewsMetrics;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.ArticleFilter;
import io.newsaggregator.domain.port.in.PageRequest;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Latency of the serve API under concurrent clients on loopback (embedded PostgreSQL, or the
 * server in {@code NEWS_TEST_JDBC_URL}): N synthetic articles on 20 portals, then C client threads
 * each sending R requests of one kind, for: {@code /health/live} (the HTTP floor, no database),
 * {@code /api/articles} pages at random offsets, {@code /api/search}; and, as the baseline without
 * HTTP, the same search and listing called on the facade in-process by the same number of threads.
 * Prints p50/p99 per kind and the process's resident memory idle and at its peak under load (the
 * process holds the server and the clients; PostgreSQL runs in its own).
 *
 * <pre>
 * mvn -B -q -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx1g -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.ServeBenchmark 50000 20 100
 * </pre>
 * Arguments: {@code [articles] [clients] [requests per client and kind]}, default 50000 20 100.
 */
public final class ServeBenchmark {
    /** The day after the seeded month of articles, so every view has the same data whatever the calendar says. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    private static final String[] WORDS = ("government election market storm football minister climate court report police "
            + "health school energy price city council players season research company budget border water festival museum "
            + "train airport hospital science summit protest vote voters tax bank").split(" ");
    private static final String[] QUERIES = {"election", "storm court", "budget", "museum", "\"city council\"", "hospital -tax"};
    private static final int PORTALS = 20;
    private static final int CHUNK = 1_000;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.freshSchema("");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(8); // as serve's own pool
        try (HikariDataSource pool = new HikariDataSource(config);
             NewsMetrics metrics = new NewsMetrics();
             NewsAggregator news = NewsAggregator.builder().dataSource(pool).schema(schema.name()).clock(NOW).build()) {
            long started = System.nanoTime();
            populate(news.unitOfWork(), db.dataSource(), schema.name(), articles);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze " + schema.name() + ".article");
            }
            System.out.printf("Serve benchmark: %,d articles on %d portals stored in %.0f s; %d clients x %d requests per kind%n",
                    articles, PORTALS, (System.nanoTime() - started) / 1e9, clients, requests);
            Jobs none = new Jobs() {
                @Override
                public void pollPortal(String portalCode) {
                    throw new UnsupportedOperationException("the benchmark queues no jobs");
                }

                @Override
                public void analyseNow() {
                    throw new UnsupportedOperationException("the benchmark queues no jobs");
                }

                @Override
                public int pending() {
                    return 0;
                }
            };
            try (HttpApi api = HttpApi.start(news, none, new ApiSettings("127.0.0.1", 0, null, 65_536, Integer.MAX_VALUE),
                    metrics.registry(), NOW)) {
                String base = "http://127.0.0.1:" + api.port();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                get(http, base + "/api/search?q=election"); // warm up Jetty and Hibernate's first query plans
                System.gc();
                Thread.sleep(500);
                System.out.printf("  RSS idle (server up, data loaded, after GC): %,d MiB%n", rssKib() / 1024);
                RssPeak peak = new RssPeak();
                peak.start();
                int total = articles;
                report("GET /health/live (HTTP floor)", run(clients, requests, i -> () -> get(http, base + "/health/live")));
                report("GET /api/articles (page of 20)", run(clients, requests, i -> () ->
                        get(http, base + "/api/articles?limit=20&offset=" + new Random(i).nextInt(Math.max(1, total - 20)))));
                report("GET /api/search (top 20)", run(clients, requests, i -> () ->
                        get(http, base + "/api/search?limit=20&q=" + URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8))));
                report("facade articles(), no HTTP (baseline)", run(clients, requests, i -> () ->
                        news.browse().articles(ArticleFilter.ALL, new PageRequest(new Random(i).nextInt(Math.max(1, total - 20)), 20))));
                report("facade search(), no HTTP (baseline)", run(clients, requests, i -> () ->
                        news.queryAnalysis().search(new SearchQuery(QUERIES[i % QUERIES.length], List.of(), null, null, null, null, 20))));
                peak.interrupt();
                peak.join();
                System.out.printf("  RSS peak under load: %,d MiB%n", peak.peakKib.get() / 1024);
            }
        } finally {
            schema.drop();
        }
    }

    private static Object get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    interface Call {
        Object call() throws Exception;
    }

    /** Each of {@code clients} threads makes {@code requests} calls back to back; returns every latency in microseconds. */
    private static long[] run(int clients, int requests, IntFunction<Call> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] micros = new long[requests];
                    for (int r = 0; r < requests; r++) {
                        Call call = calls.apply(client * requests + r);
                        long t0 = System.nanoTime();
                        call.call();
                        micros[r] = (System.nanoTime() - t0) / 1_000;
                    }
                    return micros;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                for (long v : f.get()) {
                    all.add(v);
                }
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-40s p50 %7.1f ms   p99 %7.1f ms   (%,d requests)%n", what,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1000.0,
                sorted.length);
    }

    /**
     * Stores the articles with {@code COPY} (CSV through the driver's {@code CopyManager}), the
     * fastest way into PostgreSQL: the write path is not what this benchmark measures, and
     * {@code upsertAll} of 50,000 articles took longer than the benchmark may run. The article
     * table's GIN indexes are dropped for the load and built again afterwards from their own
     * definitions (one bulk build instead of 50,000 incremental ones), after the search vectors are
     * filled in one statement with the indexing step's function; the article sequence is moved past
     * the ids used.
     */
    private static void populate(UnitOfWork uow, DataSource dataSource, String schema, int count) throws Exception {
        Random random = new Random(42);
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        List<PortalId> portals = uow.execute(r -> {
            List<PortalId> ids = new ArrayList<>();
            for (int p = 0; p < PORTALS; p++) {
                ids.add(r.portals().save(Portal.create("bench-" + p, "Bench " + p, "https://b" + p + ".example/", "en")).id());
            }
            return ids;
        });
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> ginIndexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes where schemaname = '" + schema
                    + "' and tablename = 'article' and indexdef like '%USING gin%'")) {
                while (rs.next()) {
                    ginIndexes.add(rs.getString(2));
                    s.addBatch("drop index " + schema + "." + rs.getString(1));
                }
            }
            s.executeBatch();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + schema + ".article (id, portal_id, canonical_url, url, title, first_seen_at, last_seen_at,"
                    + " published_at, section, language, lead, body_text, content_hash) from stdin with (format csv)";
            for (int from = 0; from < count; from += CHUNK) {
                StringBuilder csv = new StringBuilder(CHUNK * 2_600);
                for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                    Instant seen = start.plusSeconds(random.nextInt(30 * 24 * 3600));
                    String url = "https://bench.example/a/" + i;
                    String title = sentence(random, 8);
                    String lead = sentence(random, 20);
                    String body = sentence(random, 300);
                    csv.append(i + 1).append(',').append(portals.get(i % PORTALS).value()).append(',')
                            .append(url).append(',').append(url).append(',').append(title).append(',')
                            .append(seen).append(',').append(seen).append(',').append(seen).append(",news,en,").append(lead).append(',').append(body)
                            .append(',').append(ContentHash.of(title, lead, body)).append('\n');
                }
                copy.copyIn(sql, new StringReader(csv.toString()));
            }
            // what the indexing step does after an ingest, for all rows at once: without it every search
            // computed 50,000 vectors on the fly and ran into its 20 s limit
            s.execute("update " + schema + ".article set search_terms = " + schema
                    + ".search_terms(language, title, lead, body_text)");
            for (String index : ginIndexes) {
                s.execute(index);
            }
            s.execute("select setval('" + schema + ".article_seq', " + (count + 1) + ")");
            c.commit();
        }
    }

    /** Mostly made-up words, with a real one about every twentieth word. */
    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(random.nextInt(20) == 0 ? WORDS[random.nextInt(WORDS.length)] : "w" + Integer.toString(random.nextInt(30_000), 36))
                    .append(w % 15 == 14 ? ". " : " ");
        }
        return text.toString().strip();
    }

    static long rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** Samples the resident memory every 100 ms until interrupted. */
    static final class RssPeak extends Thread {
        final AtomicLong peakKib = new AtomicLong();

        RssPeak() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peakKib.accumulateAndGet(rssKib(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
