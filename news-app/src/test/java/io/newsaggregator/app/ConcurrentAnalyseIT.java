package io.newsaggregator.app;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.analysis.AnalysisAdapters;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.service.AnalyseService;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two analyse runs on one database at the same time (two scheduled jobs, two hosts) end with the
 * same stored analysis as one run: every article analysed once, corpus counts not doubled, no
 * story membership lost to a run working from a stale copy of the clusterer.
 */
class ConcurrentAnalyseIT {
    private static final Instant T0 = Instant.parse("2026-10-05T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-06T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> PLACES = List.of("Lisbon", "Oslo", "Nairobi", "Lima", "Osaka", "Dublin", "Krakow",
            "Quebec", "Perth", "Seville", "Tallinn", "Hanoi", "Accra", "Bergen", "Porto", "Cusco");
    private static final List<String> SITES = List.of("bridge", "airport", "hospital", "stadium", "museum", "railway station",
            "harbour", "school", "library", "factory", "dam", "tunnel", "market", "cathedral", "zoo", "university");
    private static final List<String> CAUSES = List.of("storm", "fire", "strike", "flood", "earthquake", "protest",
            "power cut", "cyberattack", "landslide", "heatwave", "gas leak", "bomb threat", "blizzard", "sinkhole",
            "chemical spill", "riot");
    private static final int PORTALS = 3;
    private static final int BATCH = 4;

    @Test
    void twoRunsAtOnceStoreWhatOneRunStores() throws Exception {
        TestDatabase db = TestDatabase.shared();
        TestDatabase.Schema concurrent = db.freshSchema("");
        TestDatabase.Schema sequential = db.freshSchema("");
        try (JpaPersistence shared = JpaPersistence.start(concurrent.settings());
             JpaPersistence alone = JpaPersistence.start(sequential.settings())) {
            int articles = store(shared.unitOfWork());
            store(alone.unitOfWork());
            AnalysisAdapters adapters = AnalysisAdapters.defaults();

            ExecutorService jobs = Executors.newFixedThreadPool(2);
            List<AnalyseReport> reports = new ArrayList<>();
            try {
                Callable<AnalyseReport> job = () -> analyse(shared.unitOfWork(), adapters);
                List<Future<AnalyseReport>> running = List.of(jobs.submit(job), jobs.submit(job));
                for (Future<AnalyseReport> run : running) {
                    reports.add(run.get(5, MINUTES));
                }
            } finally {
                jobs.shutdownNow();
            }
            AnalyseReport reference = analyse(alone.unitOfWork(), adapters);

            assertThat(reference.articles()).isEqualTo(articles);
            assertThat(reports.stream().mapToLong(AnalyseReport::articles).sum()).as("each article analysed once")
                    .isEqualTo(articles);
            assertThat(scalar(concurrent, "select count(*) from %s.article_analysis")).isEqualTo(articles);
            assertThat(scalar(concurrent, "select document_count from %s.corpus_stats")).isEqualTo(articles);
            assertThat(rows(concurrent, "select key, frequency from %s.document_frequency"))
                    .isEqualTo(rows(sequential, "select key, frequency from %s.document_frequency")).isNotEmpty();
            String termCounts = "select t.term, p.code, t.day, t.count, t.doc_count from %1$s.term_day_count t"
                    + " join %1$s.portal p on p.id = t.portal_id";
            assertThat(rows(concurrent, termCounts)).isEqualTo(rows(sequential, termCounts)).isNotEmpty();
            assertThat(storiesByUrl(concurrent)).isEqualTo(storiesByUrl(sequential)).hasSizeGreaterThan(1);
            assertThat(scalar(concurrent, "select sum(article_count) from %s.story")).isEqualTo(articles);
        } finally {
            concurrent.drop();
            sequential.drop();
        }
    }

    private static AnalyseReport analyse(UnitOfWork unitOfWork, AnalysisAdapters adapters) {
        return new AnalyseService(unitOfWork, adapters.articleAnalyzer(), adapters.storyClusterers(), CLOCK, BATCH)
                .analyse();
    }

    /** One event per place, reported by every portal in its own words; returns the number of articles. */
    private static int store(UnitOfWork unitOfWork) {
        return unitOfWork.execute(repos -> {
            List<Article> articles = new ArrayList<>();
            for (int p = 0; p < PORTALS; p++) {
                PortalId portal = repos.portals().save(Portal.create("portal" + p, "Portal " + p,
                        "https://portal" + p + ".example/", "en")).id();
                for (int e = 0; e < PLACES.size(); e++) {
                    articles.add(article(portal, p, e));
                }
            }
            repos.articles().upsertAll(articles);
            return articles.size();
        });
    }

    private static Article article(PortalId portal, int p, int event) {
        String place = PLACES.get(event);
        String site = SITES.get(event);
        String cause = CAUSES.get(event);
        String title = switch (p) {
            case 0 -> place + " " + site + " closed after " + cause;
            case 1 -> cause.substring(0, 1).toUpperCase() + cause.substring(1) + " shuts " + site + " in " + place;
            default -> place + " " + site + " stays shut as " + cause + " damage is assessed";
        };
        String body = "Officials in " + place + " said the " + site + " would stay closed for several days after the "
                + cause + ". Residents of " + place + " were told to avoid the " + site + " while engineers examine what the "
                + cause + " left behind. The mayor of " + place + " promised to reopen the " + site + " quickly.";
        Instant published = T0.plusSeconds(3600L * event + 300L * p);
        String url = "https://portal" + p + ".example/news/" + place.toLowerCase() + "-" + event;
        return new Article(null, portal, url, url, title, List.of(), published, null, null, "en", null, body, null,
                Integer.toHexString((title + body).hashCode()), null, published, published, 1);
    }

    /** Each story as the set of its members' URLs, so two databases with different ids compare. */
    private static Set<Set<String>> storiesByUrl(TestDatabase.Schema schema) throws SQLException {
        List<List<String>> members = rows(schema, "select m.story_key, a.canonical_url from %1$s.story_member m"
                + " join %1$s.article a on a.id = m.article_id");
        return members.stream().collect(Collectors.groupingBy(r -> r.get(0), TreeMap::new,
                        Collectors.mapping(r -> r.get(1), Collectors.toCollection(TreeSet::new))))
                .values().stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    private static long scalar(TestDatabase.Schema schema, String query) throws SQLException {
        return Long.parseLong(rows(schema, query).get(0).get(0));
    }

    private static List<List<String>> rows(TestDatabase.Schema schema, String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = schema.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query.formatted(schema.name()))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing((List<String> r) -> String.join("\u0000", r)));
        return rows;
    }
}
