package io.newsaggregator.persistence.bench;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Upserts synthetic articles through {@code ArticleRepository.upsertAll} in units of work, and the
 * same rows with plain JDBC batch inserts into the same table, on embedded PostgreSQL (or the server
 * in {@code NEWS_TEST_JDBC_URL}). Prints rows/s of each, their ratio and peak heap.
 *
 * <p>Arguments: {@code [rows] [batch] [rounds]}, default 100000 1000 2. See docs/persistence.md.
 */
public final class UpsertBenchmark {
    private static final String[] WORDS = ("government election market storm football minister climate court "
            + "report police health school energy price city council players season research company budget "
            + "border water festival museum train airport hospital science summit protest vote tax bank")
            .split(" ");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;

        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.freshSchema("");
        try (JpaPersistence persistence = JpaPersistence.start(schema.settings().withPoolSize(2))) {
            UnitOfWork uow = persistence.unitOfWork();
            List<PortalId> portals = uow.execute(r -> {
                List<PortalId> ids = new ArrayList<>();
                for (int p = 0; p < 20; p++) {
                    ids.add(r.portals().save(Portal.create("bench-" + p, "Bench " + p, "https://bench" + p + ".example/", "en")).id());
                }
                return ids;
            });
            List<Article> articles = synthesize(portals, rows);
            DataSource jdbc = db.dataSource();
            String table = schema.name() + ".article";
            System.out.printf("Upsert benchmark: %,d articles, %,d per unit of work, %d rounds, PostgreSQL at %s%n",
                    rows, batch, rounds, db.jdbcUrl());

            // warm-up: JIT and caches for both paths, not measured
            List<Article> warm = articles.subList(0, Math.min(articles.size(), 5 * batch));
            rawJdbc(jdbc, table, warm, batch);
            truncate(jdbc, schema.name());
            repository(uow, warm, batch);
            truncate(jdbc, schema.name());

            double bestJdbc = 0;
            double bestRepo = 0;
            double bestUnchanged = 0;
            long peakJdbc = 0;
            long peakRepo = 0;
            for (int round = 1; round <= rounds; round++) {
                resetPeaks();
                double jdbcRate = measure(() -> rawJdbc(jdbc, table, articles, batch), rows);
                peakJdbc = Math.max(peakJdbc, peakHeap());
                truncate(jdbc, schema.name());

                resetPeaks();
                double repoRate = measure(() -> repository(uow, articles, batch), rows);
                peakRepo = Math.max(peakRepo, peakHeap());
                double unchangedRate = measure(() -> repository(uow, articles, batch), rows);
                truncate(jdbc, schema.name());

                System.out.printf("round %d: raw JDBC insert %,10.0f rows/s | upsertAll (new) %,10.0f rows/s | "
                        + "upsertAll (unchanged) %,10.0f rows/s%n", round, jdbcRate, repoRate, unchangedRate);
                bestJdbc = Math.max(bestJdbc, jdbcRate);
                bestRepo = Math.max(bestRepo, repoRate);
                bestUnchanged = Math.max(bestUnchanged, unchangedRate);
            }
            System.out.printf("best: raw JDBC %,.0f rows/s, upsertAll %,.0f rows/s (new), %,.0f rows/s (unchanged)%n",
                    bestJdbc, bestRepo, bestUnchanged);
            System.out.printf("ratio upsertAll/raw JDBC: %.2f (target >= 0.50)%n", bestRepo / bestJdbc);
            System.out.printf("peak heap: raw JDBC phase %,d MiB, upsertAll phase %,d MiB (Xmx %,d MiB)%n",
                    peakJdbc >> 20, peakRepo >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            schema.drop();
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double measure(Run run, int rows) throws Exception {
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return rows / seconds;
    }

    private static void repository(UnitOfWork uow, List<Article> articles, int batch) {
        for (int from = 0; from < articles.size(); from += batch) {
            List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + batch));
            List<UpsertResult> results = uow.execute(r -> r.articles().upsertAll(chunk));
            check(results.size() == chunk.size(), "one result per article");
            check(results.get(0).outcome() != UpsertOutcome.UPDATED, "content did not change");
        }
    }

    /** The baseline: the same rows as single-row inserts in JDBC batches, one transaction per batch. */
    private static void rawJdbc(DataSource dataSource, String table, List<Article> articles, int batch) throws SQLException {
        String sql = "insert into " + table + " (id, portal_id, canonical_url, url, title, authors, published_at,"
                + " modified_at, section, language, lead, body_text, image_url, content_hash, discovered_via,"
                + " first_seen_at, last_seen_at, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            long id = 1;
            for (int from = 0; from < articles.size(); from += batch) {
                int to = Math.min(articles.size(), from + batch);
                int inBatch = 0;
                for (Article a : articles.subList(from, to)) {
                    ps.setLong(1, id++);
                    ps.setLong(2, a.portalId().value());
                    ps.setString(3, a.canonicalUrl());
                    ps.setString(4, a.url());
                    ps.setString(5, a.title());
                    ps.setArray(6, c.createArrayOf("text", a.authors().toArray()));
                    ps.setObject(7, OffsetDateTime.ofInstant(a.publishedAt(), ZoneOffset.UTC));
                    ps.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(9, a.section());
                    ps.setString(10, a.language());
                    ps.setString(11, a.lead());
                    ps.setString(12, a.bodyText());
                    ps.setString(13, a.imageUrl());
                    ps.setString(14, a.contentHash());
                    ps.setNull(15, Types.BIGINT);
                    ps.setObject(16, OffsetDateTime.ofInstant(a.firstSeenAt(), ZoneOffset.UTC));
                    ps.setObject(17, OffsetDateTime.ofInstant(a.lastSeenAt(), ZoneOffset.UTC));
                    ps.setInt(18, 1);
                    ps.addBatch();
                    if (++inBatch == 50) {
                        ps.executeBatch();
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    ps.executeBatch();
                }
                c.commit();
            }
        }
    }

    private static void truncate(DataSource dataSource, String schema) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate " + schema + ".article cascade");
            s.execute("vacuum analyze " + schema + ".article");
        }
    }

    private static List<Article> synthesize(List<PortalId> portals, int rows) {
        Random random = new Random(42);
        Instant seen = Instant.parse("2026-01-10T08:00:00Z");
        List<Article> articles = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            PortalId portal = portals.get(i % portals.size());
            String title = words(random, 8);
            String lead = words(random, 30);
            String body = words(random, 180);
            String url = "https://bench" + portal.value() + ".example/news/" + i;
            articles.add(new Article(null, portal, url, url + "?utm_source=rss", title, List.of("Staff Reporter"),
                    seen.minusSeconds(i), null, "world", "en", lead, body, null, ContentHash.of(title, lead, body),
                    null, seen, seen, 1));
        }
        return articles;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }

    private UpsertBenchmark() {
    }

}
