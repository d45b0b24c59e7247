package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.QueryAnalysis.RisingTermsRequest;
import io.newsaggregator.domain.port.in.QueryAnalysis.StoriesRequest;
import io.newsaggregator.domain.port.in.QueryAnalysis.TopStoriesRequest;
import io.newsaggregator.domain.port.out.ArticleSearch;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryRepository;
import io.newsaggregator.domain.port.out.TermCountRepository;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StorySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnalysisQueriesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final Repositories repos = mock(Repositories.class);
    private final List<String> transactions = new ArrayList<>();
    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <R> R execute(Function<Repositories, R> work) {
            transactions.add("write");
            return work.apply(repos);
        }

        @Override
        public <R> R readOnly(Function<Repositories, R> work) {
            transactions.add("read");
            return work.apply(repos);
        }
    };

    @Test
    void risingTermsScoreTheDayAgainstTheBaselineDaysBeforeItAndShowEachAsItsMostFrequentForm() {
        TermCountRepository termCounts = mock(TermCountRepository.class);
        List<TermDayCount> counts = List.of(new TermDayCount("storm", PortalId.of(1), DAY, 5, 4));
        when(repos.termCounts()).thenReturn(termCounts);
        when(termCounts.between(TimeBasis.FIRST_SEEN, DAY.minusDays(7), DAY, null)).thenReturn(counts);
        when(termCounts.mostFrequentForms(List.of("storm", "unwritten", "flood", "becam")))
                .thenReturn(Map.of("storm", "storms", "flood", "flooding", "becam", "became"));
        List<Object> scored = new ArrayList<>();
        TrendScoring scoring = (c, day, baseline, limit) -> {
            scored.addAll(List.of(c, day, baseline));
            return List.of(RisingTerm.acrossPortals("storm", 4, 0, 3.0), RisingTerm.acrossPortals("unwritten", 3, 0, 2.5),
                    RisingTerm.acrossPortals("flood", 3, 0, 2.0), RisingTerm.acrossPortals("becam", 2, 0, 1.0));
        };

        List<RisingTerm> rising = new AnalysisQueries(unitOfWork, scoring, q -> List.of()).risingTerms(RisingTermsRequest.acrossPortals(DAY, 7, 2));

        assertThat(rising).as("a term with no written form is left out; the limit counts the terms shown")
                .containsExactly(RisingTerm.acrossPortals("storms", 4, 0, 3.0), RisingTerm.acrossPortals("flooding", 3, 0, 2.0));
        assertThat(scored).containsExactly(counts, DAY, 7);
        assertThat(transactions).containsExactly("read");
    }

    @Test
    void storiesInAWindowAreThoseOfItsArticlesOnTheChosenTime() {
        InMemoryStore store = new InMemoryStore();
        PortalId alpha = store.execute(r -> r.portals().save(Portal.create("alpha", "Alpha", "https://alpha.example/", "en")).id());
        PortalId beta = store.execute(r -> r.portals().save(Portal.create("beta", "Beta", "https://beta.example/", "en")).id());
        Instant published = Instant.parse("2024-01-10T10:00:00Z");
        Instant ingested = Instant.parse("2026-03-02T10:00:00Z");
        ArticleId a = stored(store, alpha, published, ingested);
        ArticleId b = stored(store, beta, published.plusSeconds(600), ingested.plusSeconds(60));
        store.run(r -> {
            r.stories().saveAll(List.of(new Story("s1", "Bridge shut", List.of("bridge"), alpha, published,
                    published.plusSeconds(600), 2, Map.of(alpha, 1, beta, 1))));
            r.stories().assignAll(Map.of(a, "s1", b, "s1"));
        });
        AnalysisQueries queries = new AnalysisQueries(store, (c, d, b2, l) -> List.of(), store.search());
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-04T00:00:00Z");

        List<StorySummary> firstSeen = queries.storiesIn(new StoriesRequest(from, to, TimeBasis.FIRST_SEEN, 2, 10));
        List<StorySummary> byPublication = queries.storiesIn(new StoriesRequest(from, to, TimeBasis.PUBLISHED, 2, 10));

        assertThat(firstSeen).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Bridge shut");
            assertThat(s.firstSeenPortal()).isEqualTo("alpha");
            assertThat(s.firstSeenAt()).isEqualTo(ingested);
            assertThat(s.articleCount()).isEqualTo(2);
        });
        assertThat(byPublication).isEmpty();
        assertThat(queries.storiesIn(new StoriesRequest(Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-02-01T00:00:00Z"), TimeBasis.PUBLISHED, 2, 10))).singleElement().extracting(StorySummary::firstSeenAt).isEqualTo(published);
    }

    private static ArticleId stored(InMemoryStore store, PortalId portal, Instant published, Instant firstSeen) {
        String url = "https://news.example/" + portal.value() + "/" + published.getEpochSecond();
        Article article = new Article(null, portal, url, url, "Title", List.of(), published, null, null, "en",
                "Lead", "Body", null, ContentHash.of("Title", "Lead", "Body"), null, firstSeen, firstSeen, 1);
        return store.execute(r -> r.articles().save(article).id());
    }

    @Test
    void topStoriesPassThroughAReadOnlyUnitAndSearchThroughItsPort() {
        StoryRepository stories = mock(StoryRepository.class);
        ArticleSearch search = mock(ArticleSearch.class);
        Instant since = Instant.parse("2026-03-01T00:00:00Z");
        Story story = new Story("s1", "Tamar Bridge shut", List.of("bridg"), PortalId.of(1), since, since, 2,
                Map.of(PortalId.of(1), 1, PortalId.of(2), 1));
        SearchQuery query = new SearchQuery("tamar bridge", List.of(), null, "en", null, null, 10);
        SearchHit hit = new SearchHit(ArticleId.of(3), PortalId.of(2), "Tamar Bridge shut", "https://example.org/a",
                since, 0.8, "«Tamar» «Bridge» shut");
        when(repos.stories()).thenReturn(stories);
        when(stories.top(since, 2, 5)).thenReturn(List.of(story));
        TermCountRepository termCounts = mock(TermCountRepository.class);
        when(repos.termCounts()).thenReturn(termCounts);
        when(termCounts.mostFrequentForms(new java.util.LinkedHashSet<>(List.of("bridg")))).thenReturn(Map.of("bridg", "bridge"));
        when(search.search(query)).thenReturn(List.of(hit));
        AnalysisQueries queries = new AnalysisQueries(unitOfWork, (c, d, b, l) -> List.of(), search);

        assertThat(queries.topStories(new TopStoriesRequest(since, 2, 5))).as("its terms shown as words").containsExactly(new Story("s1",
                "Tamar Bridge shut", List.of("bridge"), PortalId.of(1), since, since, 2, Map.of(PortalId.of(1), 1, PortalId.of(2), 1)));
        assertThat(queries.search(query)).containsExactly(hit);
        assertThat(transactions).as("search needs no unit of work").containsExactly("read");
    }

    @Test
    void refusesABaselineOfNoDays() {
        assertThatThrownBy(() -> RisingTermsRequest.acrossPortals(DAY, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baselineDays");
    }
}
