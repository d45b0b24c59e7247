package io.newsaggregator.persistence.bench;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * Measures the analysis store on synthetic English and German articles (embedded PostgreSQL, or the
 * server in {@code NEWS_TEST_JDBC_URL}), each against a baseline in the same run:
 * <ul>
 *   <li>search with a language and without (top 20 by rank, with snippets), against counting the
 *       matches of an unindexed {@code ILIKE} over title, lead and body (the naive approach, which
 *       has to read every row and cannot stem);</li>
 *   <li>{@code addDocument} with 40 keys per document, against one upsert statement per key sent
 *       as one JDBC batch per document (the fastest plain-JDBC form of the same writes);</li>
 *   <li>{@code pending(500)} and {@code countPending()} with half of the articles analysed.</li>
 * </ul>
 * Texts are drawn mostly from 30,000 made-up words, with the real words below mixed in rarely, so
 * that a query word occurs in a few percent of the articles.
 * Arguments: {@code [articles] [queries]}, default 50000 50.
 */
public final class AnalysisStoreBenchmark {
    private static final String[] EN = ("government election elections market storm football minister climate court "
            + "report police health school energy price city council players season research company budget border "
            + "water festival museum train airport hospital science summit protest vote voters tax bank").split(" ");
    private static final String[] DE = ("Regierung Wahl Wahlen Markt Sturm Fussball Minister Klima Gericht Bericht "
            + "Polizei Gesundheit Schule Energie Preis Stadt Rat Spieler Saison Forschung Firma Haushalt Grenze "
            + "Wasser Museum Zug Flughafen Krankenhaus Wissenschaft Gipfel Protest Steuer Bank").split(" ");
    private static final String[][] QUERIES = {{"elections", "en"}, {"voter", "en"}, {"storms court", "en"},
            {"Wahl", "de"}, {"Krankenhauses", "de"}, {"budget", null}, {"museum", null}, {"elections", null}};

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.freshSchema("");
        try (JpaPersistence persistence = JpaPersistence.start(schema.settings().withPoolSize(2))) {
            UnitOfWork uow = persistence.unitOfWork();
            List<PortalId> portals = uow.execute(r -> {
                List<PortalId> ids = new ArrayList<>();
                for (int p = 0; p < 20; p++) {
                    ids.add(r.portals().save(Portal.create("bench-" + p, "Bench " + p, "https://b" + p + ".example/",
                            p % 2 == 0 ? "en" : "de")).id());
                }
                return ids;
            });
            List<Long> ids = load(uow, portals, articles);
            analyseHalf(uow, ids);
            DataSource jdbc = db.dataSource();
            try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze " + schema.name() + ".article");
            }
            System.out.printf("Analysis store benchmark: %,d articles (half English, half German), %d timed runs each%n",
                    articles, queries);
            search(uow, jdbc, schema.name(), queries);
            frequencies(uow, jdbc, schema.name(), queries * 20);
            pending(uow, queries);
        } finally {
            schema.drop();
        }
    }

    private static List<Long> load(UnitOfWork uow, List<PortalId> portals, int count) {
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>(count);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int from = 0; from < count; from += 1000) {
            List<Article> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1000); i++) {
                boolean english = i % 2 == 0;
                String[] words = english ? EN : DE;
                String title = text(random, words, 8);
                String lead = text(random, words, 25);
                String body = text(random, words, 250);
                Instant seen = t0.plusSeconds(i * 60L);
                String url = "https://bench.example/a/" + i;
                chunk.add(new Article(null, portals.get(i % portals.size()), url, url, title, List.of(), seen, null,
                        "world", english ? "en" : "de", lead, body, null, ContentHash.of(title, lead, body), null, seen,
                        seen, 1));
            }
            uow.execute(r -> r.articles().upsertAll(chunk)).stream().map(UpsertResult::articleId)
                    .forEach(id -> ids.add(id.value()));
        }
        return ids;
    }

    private static void analyseHalf(UnitOfWork uow, List<Long> ids) {
        for (int from = 0; from < ids.size() / 2; from += 1000) {
            List<ArticleAnalysis> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(ids.size() / 2, from + 1000); i++) {
                chunk.add(new ArticleAnalysis(io.newsaggregator.domain.model.ArticleId.of(ids.get(i * 2)), 1, "en", 0.9,
                        250, 12, 2, List.of(new ScoredPhrase("k" + i, "K" + i, 1.0, 2)), List.of(), null, Instant.parse("2026-01-02T00:00:00Z"), "analyser-1"));
            }
            uow.run(r -> r.analyses().saveAll(chunk));
        }
    }

    private static void search(UnitOfWork uow, DataSource jdbc, String schema, int runs) throws Exception {
        for (String[] q : QUERIES) {
            SearchQuery query = new SearchQuery(q[0], List.of(), null, q[1], null, null, 20);
            int hits = uow.readOnly(r -> r.search().search(query)).size();
            double searchMs = millisPerRun(runs, () -> uow.readOnly(r -> r.search().search(query)).size());
            String like = "select count(*) from " + schema + ".article where (title ilike ? or lead ilike ? or body_text ilike ?)"
                    + (q[1] == null ? "" : " and language = ?");
            String pattern = "%" + q[0].split(" ")[0] + "%";
            double likeMs = millisPerRun(runs, () -> {
                try (Connection c = jdbc.getConnection(); PreparedStatement ps = c.prepareStatement(like)) {
                    ps.setString(1, pattern);
                    ps.setString(2, pattern);
                    ps.setString(3, pattern);
                    if (q[1] != null) {
                        ps.setString(4, q[1]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
            System.out.printf("  search %-16s lang=%-4s %2d hits  %7.2f ms/query   baseline ILIKE scan %7.2f ms/query  (x%.1f)%n",
                    "\"" + q[0] + "\"", q[1], hits, searchMs, likeMs, likeMs / searchMs);
        }
    }

    private static void frequencies(UnitOfWork uow, DataSource jdbc, String schema, int documents) throws Exception {
        Random random = new Random(7);
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                keys.add("key" + random.nextInt(20_000));
            }
            docs.add(keys);
        }
        long start = System.nanoTime();
        for (List<String> keys : docs) {
            uow.run(r -> r.documentFrequencies().addDocument(keys, 1));
        }
        double repoPerSecond = documents / ((System.nanoTime() - start) / 1e9);
        String perKey = "insert into " + schema + ".document_frequency as f (key, frequency) values (?, 1)"
                + " on conflict (key) do update set frequency = f.frequency + 1";
        start = System.nanoTime();
        try (Connection c = jdbc.getConnection()) {
            c.setAutoCommit(false);
            for (List<String> keys : docs) {
                try (PreparedStatement ps = c.prepareStatement(perKey)) {
                    for (String key : keys.stream().distinct().sorted().toList()) {
                        ps.setString(1, key);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
        }
        double baselinePerSecond = documents / ((System.nanoTime() - start) / 1e9);
        System.out.printf("  addDocument (40 keys, one unit of work each): %,.0f documents/s   baseline JDBC batch of one upsert per key %,.0f documents/s  (x%.1f)%n",
                repoPerSecond, baselinePerSecond, repoPerSecond / baselinePerSecond);
    }

    private static void pending(UnitOfWork uow, int runs) throws Exception {
        long waiting = uow.readOnly(r -> r.analyses().countPending());
        double pendingMs = millisPerRun(runs, () -> uow.readOnly(r -> r.analyses().pending(500)).size());
        double countMs = millisPerRun(runs, () -> (int) (long) uow.readOnly(r -> r.analyses().countPending()));
        System.out.printf("  pending(500) with %,d waiting: %.2f ms   countPending(): %.2f ms%n", waiting, pendingMs, countMs);
    }

    private static double millisPerRun(int runs, Callable<Integer> work) throws Exception {
        work.call();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.call();
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    private static final String[] VOCABULARY = vocabulary(30_000);

    private static String[] vocabulary(int size) {
        Random random = new Random(1);
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int length = 4 + random.nextInt(6);
            for (int j = 0; j < length; j++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static String text(Random random, String[] words, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = random.nextInt(200) == 0 ? words[random.nextInt(words.length)]
                    : VOCABULARY[random.nextInt(VOCABULARY.length)];
            sb.append(word).append(i % 12 == 11 ? ". " : " ");
        }
        return sb.toString().trim();
    }
}
