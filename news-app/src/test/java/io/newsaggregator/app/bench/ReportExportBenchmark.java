package io.newsaggregator.app.bench;

import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.app.NewsApp;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Speed and statement count of {@code report} and {@code export} on a store of analysed articles
 * (embedded PostgreSQL, or the server in {@code NEWS_TEST_JDBC_URL}): 20 portals, N articles over
 * seven days, each with eight key phrases and two categories, and 100 stories of 20 articles.
 *
 * <p>It prints the whole report build and the whole export, then each lookup they make, read one
 * row at a time (the baseline, as the report and export did before) and batched (as they do now),
 * on the same data in the same run. Statements are counted on the JDBC connections.
 *
 * <pre>
 * mvn -B -q -pl news-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp news-app/target/test-classes:news-app/target/classes:$(cat news-app/target/bench.cp) \
 *     io.newsaggregator.app.bench.ReportExportBenchmark 5000 5
 * </pre>
 * Arguments: {@code [articles] [runs]}, default 5000 5.
 */
public final class ReportExportBenchmark {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 7);
    private static final int PORTALS = 20;
    private static final int STORIES = 100;
    private static final int STORY_SIZE = 20;
    private static final int CHUNK = 1_000;
    private static final int EXPORT_PAGE = 500;

    private record Store(List<ArticleId> articles, List<List<ArticleId>> topStoryMembers) {
    }

    private record Measured(double millis, long statements) {
        String ratioTo(Measured baseline) {
            return String.format("x%.1f faster, %,d -> %,d statements", baseline.millis / millis, baseline.statements,
                    statements);
        }
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema schema = db.freshSchema("");
        StatementCounter counter = new StatementCounter(db.dataSource());
        try (NewsAggregator news = NewsAggregator.builder().dataSource(counter.dataSource()).schema(schema.name()).build()) {
            UnitOfWork uow = news.unitOfWork();
            Store store = populate(uow, articles);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("article", "article_analysis", "article_keyphrase", "article_category",
                        "story", "story_member")) {
                    s.execute("analyze " + schema.name() + "." + table);
                }
            }
            System.out.printf("Report and export benchmark: %,d articles on %d portals, %d stories of %d, mean of %d runs%n",
                    articles, PORTALS, STORIES, STORY_SIZE, runs);

            Measured report = measure(runs, counter, () -> news.buildReport().build(BuildReport.Request.firstSeen(FROM, TO)).totals().articles());
            System.out.printf("  report %s..%s (whole build):   %8.1f ms  %,7d statements%n", FROM, TO, report.millis(),
                    report.statements());
            Measured export = measureExport(runs, db, schema);
            System.out.printf("  export --format jsonl (whole run):     %8.1f ms  (statements not counted: own pool)%n",
                    export.millis());

            Measured analysesPerRow = measure(runs, counter, () -> uow.readOnly(r -> analysesPerRow(r, store.articles())));
            Measured analysesBatched = measure(runs, counter, () -> uow.readOnly(r -> analysesBatched(r, store.articles())));
            System.out.printf("  report analyses: per article %8.1f ms, per %,d %8.1f ms  (%s)%n", analysesPerRow.millis(),
                    CHUNK, analysesBatched.millis(), analysesBatched.ratioTo(analysesPerRow));
            Measured membersPerRow = measure(runs, counter, () -> uow.readOnly(r -> membersPerRow(r, store.topStoryMembers())));
            Measured membersBatched = measure(runs, counter, () -> uow.readOnly(r -> membersBatched(r, store.topStoryMembers())));
            System.out.printf("  story members:   per article %8.1f ms, per %,d %8.1f ms  (%s)%n", membersPerRow.millis(),
                    CHUNK, membersBatched.millis(), membersBatched.ratioTo(membersPerRow));
            Measured categoriesPerRow = measure(runs, counter, () -> uow.readOnly(r -> categoriesPerRow(r, store.articles())));
            Measured categoriesBatched = measure(runs, counter, () -> uow.readOnly(r -> categoriesBatched(r, store.articles())));
            System.out.printf("  export categories: per article %6.1f ms, per page %8.1f ms  (%s)%n",
                    categoriesPerRow.millis(), categoriesBatched.millis(), categoriesBatched.ratioTo(categoriesPerRow));
        } finally {
            schema.drop();
        }
    }

    private static Store populate(UnitOfWork uow, int count) {
        Random random = new Random(42);
        Instant start = FROM.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        long window = 7L * 24 * 3600;
        List<PortalId> portals = uow.execute(r -> {
            List<PortalId> ids = new ArrayList<>();
            for (int p = 0; p < PORTALS; p++) {
                ids.add(r.portals().save(Portal.create("bench-" + p, "Bench " + p, "https://b" + p + ".example/", "en")).id());
            }
            return ids;
        });
        Map<PortalId, List<CategoryId>> categories = uow.execute(r -> {
            Map<PortalId, List<CategoryId>> byPortal = new HashMap<>();
            for (PortalId portal : portals) {
                for (int c = 0; c < 5; c++) {
                    byPortal.computeIfAbsent(portal, p -> new ArrayList<>())
                            .add(r.categories().findOrCreate(portal, "section-" + c, "Section " + c).id());
                }
            }
            return byPortal;
        });
        List<ArticleId> ids = new ArrayList<>();
        List<PortalId> portalOf = new ArrayList<>();
        for (int from = 0; from < count; from += CHUNK) {
            List<Article> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                PortalId portal = portals.get(i % PORTALS);
                Instant seen = start.plusSeconds(random.nextLong(window));
                String url = "https://bench.example/a/" + i;
                String title = "Title " + i;
                String body = "Body of article " + i;
                chunk.add(new Article(null, portal, url, url, title, List.of(), i % 10 == 0 ? null : seen, null,
                        "section-" + (i % 5), "en", "Lead", body, null, ContentHash.of(title, "Lead", body), null, seen, seen, 1));
                portalOf.add(portal);
            }
            uow.execute(r -> r.articles().upsertAll(chunk)).stream().map(UpsertResult::articleId).forEach(ids::add);
        }
        for (int from = 0; from < count; from += CHUNK) {
            List<ArticleAnalysis> analyses = new ArrayList<>();
            int end = Math.min(count, from + CHUNK);
            for (int i = from; i < end; i++) {
                List<ScoredPhrase> phrases = new ArrayList<>();
                for (int k = 0; k < 8; k++) {
                    int phrase = random.nextInt(2_000);
                    phrases.add(new ScoredPhrase("phrase " + phrase, "Phrase " + phrase, 1.0 + random.nextDouble(), 1));
                }
                analyses.add(new ArticleAnalysis(ids.get(i), 1, "en", 0.95, 200 + random.nextInt(800), 12, 2, phrases,
                        List.of(), null, TO.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "analyser-1"));
            }
            List<Integer> range = java.util.stream.IntStream.range(from, end).boxed().toList();
            uow.run(r -> {
                r.analyses().saveAll(analyses);
                for (int i : range) {
                    List<CategoryId> of = categories.get(portalOf.get(i));
                    r.articles().linkCategories(ids.get(i), List.of(of.get(i % 5), of.get((i + 1) % 5)));
                }
            });
        }
        List<List<ArticleId>> members = new ArrayList<>();
        uow.run(r -> {
            List<Story> stories = new ArrayList<>();
            for (int s = 0; s < STORIES; s++) {
                List<ArticleId> story = new ArrayList<>();
                Map<PortalId, Integer> coverage = new HashMap<>();
                for (int m = 0; m < STORY_SIZE && (s * STORY_SIZE + m) < ids.size(); m++) {
                    int i = s * STORY_SIZE + m;
                    story.add(ids.get(i));
                    coverage.merge(portalOf.get(i), 1, Integer::sum);
                }
                if (story.isEmpty()) {
                    break;
                }
                stories.add(new Story("story-" + s, "Story " + s, List.of("phrase"), portalOf.get(s * STORY_SIZE), start,
                        start.plusSeconds(window - 1), story.size(), coverage));
                members.add(story);
            }
            r.stories().saveAll(stories);
            for (int s = 0; s < stories.size(); s++) {
                String key = stories.get(s).storyKey();
                members.get(s).forEach(id -> r.stories().assign(id, key));
            }
        });
        // the report summarises the ten biggest stories; all are the same size here, so any ten do
        return new Store(ids, members.subList(0, Math.min(10, members.size())));
    }

    private static int analysesPerRow(Repositories r, List<ArticleId> ids) {
        int found = 0;
        for (ArticleId id : ids) {
            found += r.analyses().findByArticle(id).isPresent() ? 1 : 0;
        }
        return found;
    }

    private static int analysesBatched(Repositories r, List<ArticleId> ids) {
        int found = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found += r.analyses().findByArticles(ids.subList(from, Math.min(ids.size(), from + CHUNK))).size();
        }
        return found;
    }

    private static int membersPerRow(Repositories r, List<List<ArticleId>> stories) {
        int found = 0;
        for (List<ArticleId> members : stories) {
            for (ArticleId id : members) {
                found += r.articles().findById(id).isPresent() ? 1 : 0;
            }
        }
        return found;
    }

    private static final List<Field<Article, ?>> MEMBER_FIELDS = List.of(ArticleField.PORTAL_ID,
            ArticleField.PUBLISHED_AT, ArticleField.FIRST_SEEN_AT);

    private static int membersBatched(Repositories r, List<List<ArticleId>> stories) {
        int found = 0;
        for (List<ArticleId> members : stories) {
            for (int from = 0; from < members.size(); from += CHUNK) {
                List<ArticleId> chunk = members.subList(from, Math.min(members.size(), from + CHUNK));
                found += r.articles().project(Query.of(Article.class).where(ArticleField.ID.in(chunk)), MEMBER_FIELDS).size();
            }
        }
        return found;
    }

    private static int categoriesPerRow(Repositories r, List<ArticleId> ids) {
        int found = 0;
        for (ArticleId id : ids) {
            found += r.articles().categoriesOf(id).size();
        }
        return found;
    }

    private static int categoriesBatched(Repositories r, List<ArticleId> ids) {
        int found = 0;
        for (int from = 0; from < ids.size(); from += EXPORT_PAGE) {
            found += r.articles().categoriesOfAll(ids.subList(from, Math.min(ids.size(), from + EXPORT_PAGE))).values()
                    .stream().mapToInt(List::size).sum();
        }
        return found;
    }

    /** Mean time and statements of one run, after one warm-up run whose result must equal every other's. */
    private static Measured measure(int runs, StatementCounter counter, Supplier<Object> work) {
        Object expected = work.get();
        long statements = counter.count();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Object result = work.get();
            if (!result.equals(expected)) {
                throw new IllegalStateException("runs disagree: " + result + " vs " + expected);
            }
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        return new Measured(millis, (counter.count() - statements) / runs);
    }

    /** The export command as a user runs it, its output thrown away. */
    private static Measured measureExport(int runs, TestDatabase db, TestDatabase.Schema schema) {
        List<String> args = new ArrayList<>(List.of("export", "--format", "jsonl", "--db-url", db.jdbcUrl(),
                "--schema", schema.name()));
        if (db.user() != null) {
            args.addAll(List.of("--db-user", db.user()));
        }
        if (db.password() != null) {
            args.addAll(List.of("--db-password", db.password()));
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(discard);
            System.setErr(discard);
            return measure(runs, new StatementCounter(null), () -> {
                int code = NewsApp.run(args.toArray(String[]::new));
                if (code != 0) {
                    throw new IllegalStateException("export exited with " + code);
                }
                return code;
            });
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
