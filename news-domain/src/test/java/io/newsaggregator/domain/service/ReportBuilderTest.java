package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.BuildReport.Request;
import io.newsaggregator.domain.port.out.ArticleAnalysisRepository;
import io.newsaggregator.domain.port.out.ArticleRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 3);
    private static final Instant NOW = Instant.parse("2026-03-04T06:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final ReportBuilder builder = new ReportBuilder(store, (counts, day, baseline, limit) -> List.of(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private int urls;

    @Test
    void profilesSumWordsAndKeyPhrasesOfTheAnalysedArticlesOfEachPortalInThePeriod() {
        PortalId alpha = portal("alpha");
        PortalId beta = portal("beta");
        portal("gamma");
        ArticleId early = article(alpha, at("2026-02-20T10:00:00Z"), at("2026-02-20T10:00:00Z"), "world", "en");
        analyse(early, 900, new ScoredPhrase("old", "Old", 9.0, 1));
        ArticleId a1 = article(alpha, at("2026-03-01T10:00:00Z"), at("2026-03-01T10:05:00Z"), "world", "en");
        analyse(a1, 100, new ScoredPhrase("storm", "Storm", 2.0, 1), new ScoredPhrase("flood", "Flood", 1.0, 1));
        ArticleId a2 = article(alpha, null, at("2026-03-02T08:00:00Z"), "world", null);
        analyse(a2, 300, new ScoredPhrase("storm", "Storms", 1.5, 2), new ScoredPhrase("bridge", "Bridge", 3.0, 1));
        article(alpha, at("2026-03-03T09:00:00Z"), at("2026-03-03T09:00:00Z"), "sport", "en");
        ArticleId b1 = article(beta, at("2026-03-02T07:00:00Z"), at("2026-03-02T07:00:00Z"), null, "de");
        analyse(b1, 50, new ScoredPhrase("sturm", "Sturm", 1.0, 1));
        article(beta, at("2026-03-02T12:00:00Z"), at("2026-03-02T12:00:00Z"), null, "de");

        ReportData report = builder.build(Request.firstSeen(FROM, TO));

        assertThat(report.totals().articles()).isEqualTo(5);
        assertThat(report.portals()).extracting(PortalProfile::code).containsExactly("alpha", "beta");
        PortalProfile first = report.portals().get(0);
        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.avgWords()).isEqualTo(200.0);
        assertThat(first.languages()).containsExactlyInAnyOrderEntriesOf(Map.of("en", 2L, "und", 1L));
        assertThat(first.topKeyphrases()).containsExactly("Storm", "Bridge", "Flood");
        assertThat(first.sectionsCount()).isEqualTo(2);
        PortalProfile second = report.portals().get(1);
        assertThat(second.articles()).isEqualTo(2);
        assertThat(second.avgWords()).isEqualTo(50.0);
        assertThat(second.topKeyphrases()).containsExactly("Sturm");
        assertThat(second.sectionsCount()).isZero();
    }

    @Test
    void topStoriesShowWhenEachPortalFirstCoveredTheStoryAndHowOften() {
        PortalId alpha = portal("alpha");
        PortalId beta = portal("beta");
        ArticleId a1 = article(alpha, at("2026-03-01T10:00:00Z"), at("2026-03-01T10:05:00Z"), "world", "en");
        ArticleId a2 = article(alpha, null, at("2026-03-02T08:00:00Z"), "world", "en");
        ArticleId b1 = article(beta, at("2026-03-02T07:00:00Z"), at("2026-03-02T07:30:00Z"), null, "en");
        ArticleId lone = article(beta, at("2026-03-02T09:00:00Z"), at("2026-03-02T09:00:00Z"), null, "en");
        store.run(r -> {
            r.stories().saveAll(List.of(
                    new Story("s1", "Storm hits coast", List.of("storm", "coast"), alpha, at("2026-03-01T10:00:00Z"),
                            at("2026-03-02T08:00:00Z"), 3, Map.of(alpha, 2, beta, 1)),
                    new Story("s2", "Local fair", List.of("fair"), beta, at("2026-03-02T09:00:00Z"),
                            at("2026-03-02T09:00:00Z"), 1, Map.of(beta, 1))));
            r.stories().assign(a1, "s1");
            r.stories().assign(a2, "s1");
            r.stories().assign(b1, "s1");
            r.stories().assign(lone, "s2");
            r.termCounts().addWrittenForms(List.of(new WrittenForm("storm", "Storms", 2), new WrittenForm("storm", "storm", 1),
                    new WrittenForm("coast", "coast", 1)));
        });

        ReportData published = builder.build(new Request(FROM, TO, TimeBasis.PUBLISHED));
        ReportData firstSeen = builder.build(Request.firstSeen(FROM, TO));

        assertThat(published.totals().stories()).isEqualTo(2);
        assertThat(published.topStories()).as("the story's terms as their most frequent written forms")
                .containsExactly(new StorySummary("s1", "Storm hits coast", List.of("Storms", "coast"),
                "alpha", at("2026-03-01T10:00:00Z"), 3, List.of(
                        new StoryCoverage("alpha", 2, at("2026-03-01T10:00:00Z")),
                        new StoryCoverage("beta", 1, at("2026-03-02T07:00:00Z")))));
        assertThat(firstSeen.basis()).isEqualTo(TimeBasis.FIRST_SEEN);
        assertThat(firstSeen.topStories().get(0).coverage()).containsExactly(
                new StoryCoverage("alpha", 2, at("2026-03-01T10:05:00Z")),
                new StoryCoverage("beta", 1, at("2026-03-02T07:30:00Z")));
    }

    @Test
    void storiesCountOnlyTheirArticlesInsideThePeriodAndNeverOutnumberIt() {
        PortalId alpha = portal("alpha");
        PortalId beta = portal("beta");
        // an old story with many members before the period and two inside it
        List<ArticleId> old = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            old.add(article(i % 2 == 0 ? alpha : beta, at("2025-12-0" + (i + 1) + "T10:00:00Z"),
                    at("2025-12-0" + (i + 1) + "T10:00:00Z"), null, "en"));
        }
        ArticleId oldIn = article(alpha, at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:00Z"), null, "en");
        // a new story covered by both portals inside the period, and one after it
        ArticleId n1 = article(alpha, at("2026-03-01T08:00:00Z"), at("2026-03-01T08:00:00Z"), null, "en");
        ArticleId n2 = article(beta, at("2026-03-01T09:00:00Z"), at("2026-03-01T09:00:00Z"), null, "en");
        ArticleId n3 = article(beta, at("2026-03-03T09:00:00Z"), at("2026-03-03T09:00:00Z"), null, "en");
        ArticleId later1 = article(alpha, at("2026-03-05T09:00:00Z"), at("2026-03-05T09:00:00Z"), null, "en");
        ArticleId later2 = article(beta, at("2026-03-05T10:00:00Z"), at("2026-03-05T10:00:00Z"), null, "en");
        store.run(r -> {
            r.stories().saveAll(List.of(
                    new Story("old", "Old story", List.of("old"), alpha, at("2025-12-01T10:00:00Z"),
                            at("2026-03-02T10:00:00Z"), 7, Map.of(alpha, 4, beta, 3)),
                    new Story("new", "New story", List.of("new"), alpha, at("2026-03-01T08:00:00Z"),
                            at("2026-03-03T09:00:00Z"), 3, Map.of(alpha, 1, beta, 2)),
                    new Story("later", "Later story", List.of("later"), alpha, at("2026-03-05T09:00:00Z"),
                            at("2026-03-05T10:00:00Z"), 2, Map.of(alpha, 1, beta, 1))));
            old.forEach(id -> r.stories().assign(id, "old"));
            r.stories().assign(oldIn, "old");
            r.stories().assignAll(Map.of(n1, "new", n2, "new", n3, "new", later1, "later", later2, "later"));
        });

        ReportData report = builder.build(Request.firstSeen(FROM, TO));

        assertThat(report.totals().articles()).isEqualTo(4);
        assertThat(report.totals().stories()).isEqualTo(2).isLessThanOrEqualTo(report.totals().articles());
        assertThat(report.topStories()).extracting(StorySummary::storyId).containsExactly("new");
        StorySummary story = report.topStories().get(0);
        assertThat(story.articleCount()).isEqualTo(3)
                .isEqualTo(story.coverage().stream().mapToLong(StoryCoverage::articleCount).sum());
        assertThat(report.articlesPerDay().stream().mapToLong(PortalDayCount::count).sum()).isEqualTo(report.totals().articles());
        assertThat(report.portals().stream().mapToLong(PortalProfile::articles).sum()).isEqualTo(report.totals().articles());
    }

    @Test
    void firstSeenDatesArticlesByWhenTheyWereIngestedAndPublishedByTheirPublicationTime() {
        PortalId alpha = portal("alpha");
        // published long before, ingested inside the period
        article(alpha, at("2024-01-10T10:00:00Z"), at("2026-03-02T10:00:00Z"), null, "en");
        // published inside the period, ingested after it
        article(alpha, at("2026-03-03T10:00:00Z"), at("2026-03-04T01:00:00Z"), null, "en");

        ReportData firstSeen = builder.build(new Request(FROM, TO, TimeBasis.FIRST_SEEN));
        ReportData published = builder.build(new Request(FROM, TO, TimeBasis.PUBLISHED));

        assertThat(firstSeen.articlesPerDay()).containsExactly(new PortalDayCount("alpha", LocalDate.of(2026, 3, 2), 1));
        assertThat(published.articlesPerDay()).containsExactly(new PortalDayCount("alpha", LocalDate.of(2026, 3, 3), 1));
    }

    @Test
    void aPortalWithMoreArticlesThanOneLookupChunkIsProfiledCompletely() {
        PortalId big = portal("big");
        List<ArticleAnalysis> analyses = new ArrayList<>();
        long words = 0;
        long analysed = 0;
        Map<Integer, Double> phraseScores = new HashMap<>();
        for (int i = 0; i < 2_500; i++) {
            ArticleId id = article(big, at("2026-03-02T00:00:00Z").plusSeconds(i), at("2026-03-02T00:00:00Z").plusSeconds(i),
                    "s" + (i % 3), "en");
            if (i % 5 == 4) {
                continue;
            }
            int wordCount = i % 2 == 0 ? 10 : 30;
            double score = 1.0 + (i % 10) / 10.0;
            analyses.add(analysis(id, wordCount, new ScoredPhrase("p" + (i % 10), "P" + (i % 10), score, 1)));
            words += wordCount;
            analysed++;
            phraseScores.merge(i % 10, score, Double::sum);
        }
        store.run(r -> r.analyses().saveAll(analyses));
        List<String> expectedTop = phraseScores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(6).map(e -> "P" + e.getKey()).toList();

        PortalProfile profile = builder.build(Request.firstSeen(FROM, TO)).portals().get(0);

        assertThat(profile.articles()).isEqualTo(2_500);
        assertThat(profile.avgWords()).isCloseTo((double) words / analysed, within(1e-9));
        assertThat(profile.topKeyphrases()).containsExactlyElementsOf(expectedTop);
        assertThat(profile.sectionsCount()).isEqualTo(3);
    }

    @Test
    void analysesAndStoryMembersAreReadInChunksInsteadOfOneLookupPerArticle() {
        PortalId alpha = portal("alpha");
        PortalId beta = portal("beta");
        List<ArticleId> ids = new ArrayList<>();
        List<ArticleAnalysis> analyses = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            ArticleId id = article(i % 2 == 0 ? alpha : beta, at("2026-03-02T00:00:00Z").plusSeconds(i),
                    at("2026-03-02T00:00:00Z").plusSeconds(i), null, "en");
            ids.add(id);
            analyses.add(analysis(id, 10, new ScoredPhrase("k", "K", 1.0, 1)));
        }
        store.run(r -> {
            r.analyses().saveAll(analyses);
            r.stories().saveAll(List.of(new Story("s1", "Everything", List.of("k"), alpha, at("2026-03-02T00:00:00Z"),
                    at("2026-03-02T01:00:00Z"), ids.size(), Map.of(alpha, 1_050, beta, 1_050))));
            ids.forEach(id -> r.stories().assign(id, "s1"));
        });
        Repositories repos = spy(store);
        ArticleAnalysisRepository analysisLookups = spy(store.analyses());
        ArticleRepository articleLookups = spy(store.articles());
        StoryRepository storyLookups = spy(store.stories());
        doReturn(storyLookups).when(repos).stories();
        doReturn(analysisLookups).when(repos).analyses();
        doReturn(articleLookups).when(repos).articles();
        UnitOfWork counted = new UnitOfWork() {
            @Override
            public <R> R execute(Function<Repositories, R> work) {
                return work.apply(repos);
            }

            @Override
            public <R> R readOnly(Function<Repositories, R> work) {
                return work.apply(repos);
            }
        };

        ReportData report = new ReportBuilder(counted, (c, d, b, l) -> List.of(), Clock.fixed(NOW, ZoneOffset.UTC))
                .build(Request.firstSeen(FROM, TO));

        assertThat(report.portals()).extracting(PortalProfile::avgWords).containsExactly(10.0, 10.0);
        assertThat(report.topStories().get(0).coverage()).extracting(StoryCoverage::articleCount).containsExactly(1_050L, 1_050L);
        // 1,050 articles per portal: two chunks each; the period's articles in one read, their
        // 2,100 memberships in three chunks
        verify(analysisLookups, times(4)).findByArticles(anyCollection());
        verify(analysisLookups, never()).findByArticle(any());
        verify(articleLookups, never()).findById(any());
        verify(articleLookups, times(1)).project(any(), anyList());
        verify(storyLookups, times(3)).storyKeysOf(anyCollection());
    }

    private PortalId portal(String code) {
        return store.execute(r -> r.portals().save(Portal.create(code, code.toUpperCase(), "https://" + code + ".example/", "en")).id());
    }

    private ArticleId article(PortalId portal, Instant published, Instant firstSeen, String section, String language) {
        String url = "https://news.example/" + (++urls);
        Article article = new Article(null, portal, url, url, "Title " + urls, List.of(), published, null, section, language,
                "Lead", "Body", null, ContentHash.of("Title " + urls, "Lead", "Body"), null, firstSeen, firstSeen, 1);
        return store.execute(r -> r.articles().save(article).id());
    }

    private void analyse(ArticleId id, int words, ScoredPhrase... phrases) {
        store.run(r -> r.analyses().saveAll(List.of(analysis(id, words, phrases))));
    }

    private static ArticleAnalysis analysis(ArticleId id, int words, ScoredPhrase... phrases) {
        return new ArticleAnalysis(id, 1, "en", 0.9, words, 3, 1, List.of(phrases), List.of(), null, NOW, "analyser-1");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
