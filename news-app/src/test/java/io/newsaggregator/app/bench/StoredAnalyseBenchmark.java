package io.newsaggregator.app.bench;

import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.newsaggregator.analysis.SyntheticArticles;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.analysis.AnalysisAdapters;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Throughput of the stored {@code analyse}: N realistic articles (recombined from the shared
 * key-phrase corpus, 20 portals, 30 days) are stored with {@code upsertAll} in embedded PostgreSQL
 * (or the server in {@code NEWS_TEST_JDBC_URL}), then the real {@code NewsAggregator.analyse()} runs
 * from start to end. Prints articles/s per size, the time ratio between sizes, the peak heap, the
 * SQL statements per article (counted on the JDBC connections, by statement shape) and, as the
 * baseline measured in the same run on the same articles, the database-free path: the same
 * analyser and clusterer against in-memory document frequencies and daily term counts, with the
 * clusterer state exported once per 200 articles as the stored path does. The row counts of both
 * paths are compared at the end of each size, and a digest of every analysis table is printed so
 * that runs of two versions of the code can be compared for equal results.
 *
 * <p>Run from the worktree root (the corpus is read from {@code ../shared/corpus}; without it the
 * benchmark prints SKIPPED):
 * <pre>
 * mvn -B -q -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx6g -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.StoredAnalyseBenchmark 10000 30000
 * </pre>
 * Arguments: the sizes, default 10000 30000.
 */
public final class StoredAnalyseBenchmark {
    private static final long SEED = 42;
    private static final int CHUNK = 1_000;
    private static final int BATCH = 200;
    private static final int WARMUP = 2_000;
    private static final int SHAPES_SHOWN = 12;
    private static final int RISING = 20;
    private static final int RISING_DAYS = 10;
    private static final int BASELINE = 7;

    private StoredAnalyseBenchmark() {
    }

    private record Stored(double seconds, AnalyseReport report, long statements, Map<String, Long> byShape,
                          Map<String, Double> secondsByShape, long peakHeapMiB, long stories, long phraseKeys,
                          long termDayRows) {
        double rate() {
            return report.articles() / seconds;
        }
    }

    private record DatabaseFree(double seconds, double exportSeconds, long peakHeapMiB, long stories, long phraseKeys,
                                long termDayRows) {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> dir = SyntheticArticles.locate();
        if (dir.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus/keyphrase-dev/docs not found (run from the worktree root)");
            return;
        }
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 30_000};
        SyntheticArticles articles = SyntheticArticles.load(dir.get());
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        TestDatabase db = TestDatabase.shared();
        System.out.printf(Locale.ROOT, "Stored analyse benchmark: %d source texts, %d portals, %d days, batches of %d,"
                        + " max heap %,d MiB%n", articles.sourceCount(), SyntheticArticles.PORTALS, SyntheticArticles.SPAN.toDays(), BATCH,
                Runtime.getRuntime().maxMemory() >> 20);

        List<AnalysisInput> warmup = new ArrayList<>();
        long[] warmTimes = SyntheticArticles.times(WARMUP, SEED + 1);
        for (int i = 0; i < WARMUP; i++) {
            warmup.add(articles.article(i, SEED + 1, warmTimes[i]));
        }
        databaseFree(warmup, adapters);

        Stored first = null;
        DatabaseFree firstFree = null;
        for (int size : sizes) {
            TestDatabase.Schema schema = db.freshSchema("");
            StatementCounter counter = new StatementCounter(db.dataSource());
            try (NewsAggregator news = NewsAggregator.builder().dataSource(counter.dataSource()).schema(schema.name())
                    .build()) {
                List<AnalysisInput> inputs = populate(news, articles, size);
                analyzeTables(db, schema);

                DatabaseFree free = databaseFree(inputs, adapters);
                System.out.printf(Locale.ROOT, "baseline, database-free, %,7d articles: %7.1f s = %,6.1f articles/s"
                                + " (state export %.1f s), peak heap %,5d MiB%n", size, free.seconds(),
                        size / free.seconds(), free.exportSeconds(), free.peakHeapMiB());

                Stored stored = stored(news, counter, db, schema);
                System.out.printf(Locale.ROOT, "stored analyse,          %,7d articles: %7.1f s = %,6.1f articles/s"
                                + " (analyser %.1f s, clustering and saves %.1f s), peak heap %,5d MiB%n",
                        stored.report().articles(), stored.seconds(), stored.rate(),
                        stored.report().analysing().toNanos() / 1e9, stored.report().clustering().toNanos() / 1e9,
                        stored.peakHeapMiB());
                System.out.printf(Locale.ROOT, "  stored / database-free time: %.2f; %,d statements = %.2f per article%n",
                        stored.seconds() / free.seconds(), stored.statements(),
                        stored.statements() / (double) stored.report().articles());
                printShapes(stored);
                System.out.printf(Locale.ROOT, "  rows stored / in memory: stories %,d / %,d, phrase keys %,d / %,d,"
                                + " term-day rows %,d / %,d%n", stored.stories(), free.stories(), stored.phraseKeys(),
                        free.phraseKeys(), stored.termDayRows(), free.termDayRows());
                printRising(news, adapters, inputs);
                System.out.println("  stored rows and digests (equal digests: equal results):");
                AnalysisTablesDigest.of(db.dataSource(), schema.name())
                        .forEach((table, digest) -> System.out.printf(Locale.ROOT, "    %-22s %s%n", table, digest));
                if (first == null) {
                    first = stored;
                    firstFree = free;
                } else {
                    System.out.printf(Locale.ROOT, "  time ratio %,d / %,d articles: stored %.2f, database-free %.2f"
                                    + " (data ratio %.1f)%n", size, first.report().articles(),
                            stored.seconds() / first.seconds(), free.seconds() / firstFree.seconds(),
                            size / (double) first.report().articles());
                }
            } finally {
                schema.drop();
            }
        }
    }

    private static List<AnalysisInput> populate(NewsAggregator news, SyntheticArticles articles, int size) {
        List<PortalId> portals = news.unitOfWork().execute(r -> {
            List<PortalId> ids = new ArrayList<>();
            for (int p = 0; p < SyntheticArticles.PORTALS; p++) {
                ids.add(r.portals().save(Portal.create("bench-" + p, "Bench " + p, "https://p" + p + ".example/", "en"))
                        .id());
            }
            return ids;
        });
        long[] times = SyntheticArticles.times(size, SEED);
        List<AnalysisInput> inputs = new ArrayList<>(size);
        for (int from = 0; from < size; from += CHUNK) {
            List<Article> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + CHUNK); i++) {
                chunk.add(toStore(articles.article(i, SEED, times[i]), portals));
            }
            List<UpsertResult> stored = news.unitOfWork().execute(r -> r.articles().upsertAll(chunk));
            for (int i = 0; i < chunk.size(); i++) {
                inputs.add(input(stored.get(i).articleId(), chunk.get(i)));
            }
        }
        return inputs;
    }

    /** What the store hands the analyser for a stored article. */
    /** The synthetic article as ingest would store it, on the stored portal its portal number stands for. */
    private static Article toStore(AnalysisInput a, List<PortalId> portals) {
        PortalId portal = portals.get((int) a.portalId().value() - 1);
        String url = "https://p" + portal.value() + ".example/news/" + a.articleId().value();
        return new Article(null, portal, url, url, a.title(), List.of(), a.seenAt(), null, "news", a.languageHint(), null,
                a.body(), null, ContentHash.of(a.title(), null, a.body()), null, a.seenAt(), a.seenAt(), 1);
    }

    private static AnalysisInput input(ArticleId id, Article a) {
        return new AnalysisInput(id, a.portalId(), a.revision(), a.title(), a.lead(), a.bodyText(), a.language(),
                a.publishedAt() != null ? a.publishedAt() : a.firstSeenAt(), a.firstSeenAt());
    }

    private static Stored stored(NewsAggregator news, StatementCounter counter, TestDatabase db,
                                 TestDatabase.Schema schema) throws SQLException {
        System.gc();
        resetPeaks();
        counter.reset();
        long start = System.nanoTime();
        AnalyseReport report = news.analyse();
        double seconds = (System.nanoTime() - start) / 1e9;
        long statements = counter.count();
        Map<String, Long> byShape = counter.byShape();
        Map<String, Double> secondsByShape = counter.secondsByShape();
        long peak = peakHeapMiB();
        return new Stored(seconds, report, statements, byShape, secondsByShape, peak, countRows(db, schema, "story"),
                countRows(db, schema, "document_frequency"), countRows(db, schema, "term_day_count"));
    }

    private static DatabaseFree databaseFree(List<AnalysisInput> inputs, AnalysisAdapters adapters) {
        System.gc();
        resetPeaks();
        ArticleAnalyzer analyzer = adapters.articleAnalyzer();
        StoryClusterer clusterer = adapters.storyClusterers().restore(Optional.empty());
        MemoryCorpus corpus = new MemoryCorpus();
        Map<PortalDay, Map<String, int[]>> termCounts = new HashMap<>();
        Set<String> stories = new HashSet<>();
        long exporting = 0;
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < inputs.size(); i++) {
            AnalysisInput input = inputs.get(i);
            AnalysedText text = analyzer.analyse(input, corpus);
            corpus.add(text.phraseKeys());
            LocalDate day = LocalDate.ofInstant(input.seenAt(), ZoneOffset.UTC);
            Map<String, int[]> bucket = termCounts.computeIfAbsent(new PortalDay(input.portalId(), day),
                    k -> new HashMap<>());
            text.termCounts().forEach((term, count) -> {
                int[] counts = bucket.computeIfAbsent(term, k -> new int[2]);
                counts[0] += count;
                counts[1]++;
            });
            StoryAssignment assignment = clusterer.add(new StoryInput(input.articleId(), input.portalId(),
                    input.seenAt(), input.title(), text.titleTerms(), text.bodyTerms(), text.salientTerms()));
            stories.add(assignment.story().storyKey());
            stories.removeAll(assignment.absorbedStoryKeys());
            if ((i + 1) % BATCH == 0 || i + 1 == inputs.size()) {
                long t0 = System.nanoTime();
                sink += clusterer.exportState().length;
                exporting += System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink < 0) {
            System.out.println(sink);
        }
        long termDayRows = termCounts.values().stream().mapToLong(Map::size).sum();
        return new DatabaseFree(seconds, exporting / 1e9, peakHeapMiB(), stories.size(), corpus.keyCount(), termDayRows);
    }

    /**
     * The top rising terms of the last days of the data, across portals, against the default 7-day
     * baseline: the stored keys the trend scorer ranks, and the words {@code trends} shows for them;
     * two versions of the code are compared on these lines.
     */
    private static void printRising(NewsAggregator news, AnalysisAdapters adapters, List<AnalysisInput> inputs) {
        LocalDate last = inputs.stream().map(a -> LocalDate.ofInstant(a.seenAt(), ZoneOffset.UTC))
                .max(LocalDate::compareTo).orElseThrow();
        System.out.printf(Locale.ROOT, "  top %d rising terms of the last %d days (keys | shown):%n", RISING, RISING_DAYS);
        for (LocalDate day = last.minusDays(RISING_DAYS - 1); !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate on = day;
            List<String> keys = news.unitOfWork().readOnly(r -> adapters.trendScoring().rising(
                    r.termCounts().between(TimeBasis.PUBLISHED, on.minusDays(BASELINE), on, null), on, BASELINE, RISING)).stream()
                    .map(RisingTerm::term).toList();
            List<String> shown = news.queryAnalysis().risingTerms(QueryAnalysis.RisingTermsRequest.acrossPortals(on, BASELINE, RISING)).stream().map(RisingTerm::term).toList();
            System.out.printf(Locale.ROOT, "    rising %s keys: %s%n    rising %s shown: %s%n", on,
                    String.join(", ", keys), on, String.join(", ", shown));
        }
    }

    /** The statements that took longest to execute, with how often they ran. */
    private static void printShapes(Stored stored) {
        double articles = stored.report().articles();
        double executing = stored.secondsByShape().values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "  executing statements: %.1f s; by statement (seconds, per article):%n", executing);
        stored.secondsByShape().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SHAPES_SHOWN)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %7.1f s %8.3f per article  %s%n", e.getValue(),
                        stored.byShape().getOrDefault(e.getKey(), 0L) / articles, e.getKey()));
    }

    private static void analyzeTables(TestDatabase db, TestDatabase.Schema schema) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze " + schema.name() + ".article");
        }
    }

    private static long countRows(TestDatabase db, TestDatabase.Schema schema, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + schema.name() + "." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private record PortalDay(PortalId portal, LocalDate day) {
    }

    /** Document frequencies as the store keeps them, in memory. */
    private static final class MemoryCorpus implements DocumentFrequencies {
        private final Map<String, Long> frequencies = new HashMap<>();
        private long documents;

        void add(Collection<String> keys) {
            documents++;
            for (String key : new HashSet<>(keys)) {
                frequencies.merge(key, 1L, Long::sum);
            }
        }

        long keyCount() {
            return frequencies.size();
        }

        @Override
        public long documentCount() {
            return documents;
        }

        @Override
        public Map<String, Long> frequencies(Collection<String> keys) {
            Map<String, Long> result = new HashMap<>(keys.size() * 2);
            for (String key : keys) {
                Long frequency = frequencies.get(key);
                if (frequency != null) {
                    result.put(key, frequency);
                }
            }
            return result;
        }
    }
}
