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
import java.io.StringReader;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Upserts synthetic articles through {@code ArticleRepository.upsertAll} in units of work, on
 * embedded PostgreSQL (or the server in {@code NEWS_TEST_JDBC_URL}), against baselines in the same
 * run on the same rows: {@code COPY} into a copy of the article table without its search columns
 * (the best case: the fastest way PostgreSQL loads rows, into the same columns, keys and other
 * indexes), {@code COPY} into the real table and plain JDBC batch inserts into the real table.
 * Since V17 the search column is filled by a separate indexing step, not by the insert; the
 * benchmark also times {@code upsertAll} followed by that step over the same rows. Prints rows/s
 * of each, the ratios and peak heap.
 *
 * <p>Bodies are about 3 KB of words drawn, Zipf-like, from 20,000 made-up ones, so that the
 * search columns index as many distinct words as real articles give them.
 *
 * <p>Arguments: {@code [rows] [batch] [rounds]}, default 20000 1000 2. See docs/persistence.md.
 */
public final class UpsertBenchmark {
    private static final String[] WORDS = vocabulary(20_000);
    private static final String COLUMNS = "id, portal_id, canonical_url, url, title, authors, published_at,"
            + " modified_at, section, language, lead, body_text, image_url, content_hash, discovered_via,"
            + " first_seen_at, last_seen_at, revision";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
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
            String plainTable = createTableWithoutSearchColumns(jdbc, schema.name());
            System.out.printf("Upsert benchmark: %,d articles, %,d per unit of work, %d rounds, PostgreSQL at %s%n",
                    rows, batch, rounds, db.jdbcUrl());

            // warm-up: JIT and caches for every path, not measured
            List<Article> warm = articles.subList(0, Math.min(articles.size(), 5 * batch));
            copy(jdbc, plainTable, warm, batch);
            truncate(jdbc, plainTable);
            copy(jdbc, table, warm, batch);
            truncate(jdbc, table);
            rawJdbc(jdbc, table, warm, batch);
            truncate(jdbc, table);
            repository(uow, warm, batch);
            truncate(jdbc, table);

            double bestPlainCopy = 0;
            double bestCopy = 0;
            double bestJdbc = 0;
            double bestRepo = 0;
            double bestUnchanged = 0;
            double bestIndexed = 0;
            long peakJdbc = 0;
            long peakRepo = 0;
            for (int round = 1; round <= rounds; round++) {
                double plainCopyRate = measure(() -> copy(jdbc, plainTable, articles, batch), rows);
                truncate(jdbc, plainTable);
                double copyRate = measure(() -> copy(jdbc, table, articles, batch), rows);
                truncate(jdbc, table);

                resetPeaks();
                double jdbcRate = measure(() -> rawJdbc(jdbc, table, articles, batch), rows);
                peakJdbc = Math.max(peakJdbc, peakHeap());
                truncate(jdbc, table);

                resetPeaks();
                double repoRate = measure(() -> repository(uow, articles, batch), rows);
                peakRepo = Math.max(peakRepo, peakHeap());
                double unchangedRate = measure(() -> repository(uow, articles, batch), rows);
                truncate(jdbc, table);
                double indexedRate = measure(() -> {
                    repository(uow, articles, batch);
                    index(uow, rows);
                }, rows);
                truncate(jdbc, table);

                System.out.printf("round %d: COPY without search columns %,8.0f rows/s | COPY %,8.0f rows/s | "
                        + "raw JDBC insert %,8.0f rows/s | upsertAll (new) %,8.0f rows/s | "
                        + "upsertAll (unchanged) %,8.0f rows/s | upsertAll then the indexing step %,8.0f rows/s%n",
                        round, plainCopyRate, copyRate, jdbcRate, repoRate, unchangedRate, indexedRate);
                bestPlainCopy = Math.max(bestPlainCopy, plainCopyRate);
                bestCopy = Math.max(bestCopy, copyRate);
                bestJdbc = Math.max(bestJdbc, jdbcRate);
                bestRepo = Math.max(bestRepo, repoRate);
                bestUnchanged = Math.max(bestUnchanged, unchangedRate);
                bestIndexed = Math.max(bestIndexed, indexedRate);
            }
            System.out.printf("best: COPY without search columns %,.0f rows/s, COPY %,.0f rows/s, raw JDBC %,.0f rows/s,"
                    + " upsertAll %,.0f rows/s (new), %,.0f rows/s (unchanged)%n",
                    bestPlainCopy, bestCopy, bestJdbc, bestRepo, bestUnchanged);
            System.out.printf("ratio upsertAll (new) / COPY without search columns: %.2f (target >= 0.50)%n",
                    bestRepo / bestPlainCopy);
            System.out.printf("ratio upsertAll then the indexing step / COPY without search columns: %.2f"
                    + " (storing and making searchable fast)%n", bestIndexed / bestPlainCopy);
            System.out.printf("ratio COPY / COPY without search columns: %.2f (the cost of the search columns)%n",
                    bestCopy / bestPlainCopy);
            System.out.printf("ratio upsertAll (new) / raw JDBC: %.2f%n", bestRepo / bestJdbc);
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

    /** The indexing step over everything just stored, in its own units of work. */
    private static void index(UnitOfWork uow, int rows) {
        int indexed = 0;
        for (int done; (done = uow.execute(r -> r.articles().indexForSearch(200))) > 0; ) {
            indexed += done;
        }
        check(indexed == rows, "every stored article indexed");
    }

    /**
     * A copy of the article table with the same columns, defaults, checks, keys, foreign keys and
     * indexes, but without the {@code tsvector} columns (and so without their GIN indexes).
     */
    private static String createTableWithoutSearchColumns(DataSource dataSource, String schema) throws SQLException {
        String plain = schema + ".article_without_search";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table " + plain + " (like " + schema + ".article including defaults including constraints"
                    + " including indexes)");
            List<String> searchColumns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns"
                    + " where table_schema = ? and table_name = 'article_without_search' and data_type = 'tsvector'")) {
                ps.setString(1, schema);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        searchColumns.add(rs.getString(1));
                    }
                }
            }
            check(!searchColumns.isEmpty(), "the article table has search columns");
            for (String column : searchColumns) {
                s.execute("alter table " + plain + " drop column " + column);
            }
            s.execute("alter table " + plain + " add foreign key (portal_id) references " + schema + ".portal (id)"
                    + " on delete cascade, add foreign key (discovered_via) references " + schema + ".feed (id)"
                    + " on delete set null");
        }
        return plain;
    }

    /** The same rows through {@code COPY ... FROM STDIN} (CSV), one COPY and one transaction per batch. */
    private static void copy(DataSource dataSource, String table, List<Article> articles, int batch) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "copy " + table + " (" + COLUMNS + ") from stdin with (format csv)";
            long id = 1;
            for (int from = 0; from < articles.size(); from += batch) {
                StringBuilder csv = new StringBuilder(batch * 4096);
                for (Article a : articles.subList(from, Math.min(articles.size(), from + batch))) {
                    csv.append(id++).append(',').append(a.portalId().value()).append(',');
                    field(csv, a.canonicalUrl());
                    field(csv, a.url());
                    field(csv, a.title());
                    field(csv, a.authors().stream().map(name -> '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                            .collect(Collectors.joining(",", "{", "}")));
                    field(csv, a.publishedAt().toString());
                    csv.append(',');
                    field(csv, a.section());
                    field(csv, a.language());
                    field(csv, a.lead());
                    field(csv, a.bodyText());
                    field(csv, a.imageUrl());
                    field(csv, a.contentHash());
                    csv.append(',');
                    field(csv, a.firstSeenAt().toString());
                    field(csv, a.lastSeenAt().toString());
                    csv.append("1\n");
                }
                copy.copyIn(sql, new StringReader(csv.toString()));
                c.commit();
            }
        }
    }

    /** One CSV field and its separator; null is the empty unquoted field. */
    private static void field(StringBuilder csv, String value) {
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        csv.append(',');
    }

    /** A baseline: the same rows as single-row inserts in JDBC batches, one transaction per batch. */
    private static void rawJdbc(DataSource dataSource, String table, List<Article> articles, int batch) throws SQLException {
        String sql = "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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

    private static void truncate(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate " + table + " cascade");
            s.execute("vacuum analyze " + table);
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
            String body = words(random, 420);
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
            // log-uniform ranks: a few words are very common, most are rare, as in running text
            int rank = (int) Math.pow(WORDS.length, random.nextDouble()) - 1;
            text.append(WORDS[rank]);
        }
        return text.toString();
    }

    private static String[] vocabulary(int size) {
        String[] syllables = "ba ke lo mi nu ra se ti vo ze an el in or us da fe gi ho ju".split(" ");
        Random random = new Random(7);
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = word.toString();
        }
        return words;
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
