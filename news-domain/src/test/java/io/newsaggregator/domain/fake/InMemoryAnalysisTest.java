package io.newsaggregator.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryAnalysisTest {
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final PortalId portal = store.portals().save(Portal.create("bbc", "BBC", "https://bbc.example/", "en")).id();

    private ArticleId article(String title, String body, Instant seen) {
        String url = "https://bbc.example/" + title.hashCode();
        return store.articles().upsertAll(List.of(new Article(null, portal, url, url, title, List.of(), seen, null,
                "world", "en", null, body, null, "h" + title.hashCode(), null, seen, seen, 1))).get(0).articleId();
    }

    private static ArticleAnalysis analysis(ArticleId id, int revision) {
        return new ArticleAnalysis(id, revision, "en", 1.0, 3, 1, 1, List.of(), List.of(), null, T0, "analyser-1");
    }

    @Test
    void pendingListsUnanalysedArticlesOldestFirstUntilTheyAreAnalysed() {
        ArticleId later = article("Later", "b", T0.plusSeconds(60));
        ArticleId earlier = article("Earlier", "b", T0);

        assertThat(store.analyses().pending(10)).extracting(AnalysisInput::articleId).containsExactly(earlier, later);

        store.analyses().saveAll(List.of(analysis(earlier, 1), analysis(later, 1)));

        assertThat(store.analyses().pending(10)).isEmpty();
        assertThat(store.analyses().countPending()).isZero();
        assertThat(store.termCounts().articlesPerDay(TimeBasis.PUBLISHED, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10)))
                .containsEntry(portal, Map.of(LocalDate.of(2026, 1, 10), 2L));
    }

    @Test
    void frequenciesAndTermCountsAddUpAndRefuseTakingBackWhatWasNeverCounted() {
        store.documentFrequencies().addDocument(List.of("elect", "vote"), 1);
        store.documentFrequencies().addDocument(List.of("elect"), 1);
        store.documentFrequencies().addDocument(List.of("vote"), -1);

        assertThat(store.documentFrequencies().documentCount()).isEqualTo(1);
        assertThat(store.documentFrequencies().frequencies(List.of("elect", "vote"))).isEqualTo(Map.of("elect", 2L));
        assertThatThrownBy(() -> store.documentFrequencies().addDocument(List.of("ghost"), -1))
                .isInstanceOf(DataIntegrityException.class);

        LocalDate day = LocalDate.of(2026, 1, 10);
        store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("elect", portal, day, 2, 1), new TermDayCount("elect", portal, day, 1, 1)));
        assertThat(store.termCounts().between(TimeBasis.PUBLISHED, day, day, null)).containsExactly(new TermDayCount("elect", portal, day, 3, 2));
        assertThatThrownBy(() -> store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("ghost", portal, day, -1, -1))))
                .isInstanceOf(DataIntegrityException.class);
        assertThat(store.termCounts().ofTerms(TimeBasis.PUBLISHED, List.of("ghost"), day, day)).isEmpty();
    }

    @Test
    void storiesMergeTheirMembersAndKeepTheClustererState() {
        ArticleId a = article("One", "b", T0);
        ArticleId b = article("Two", "b", T0);
        store.stories().saveAll(List.of(new Story("s1", "One", List.of(), portal, T0, T0, 1, Map.of(portal, 1)),
                new Story("s2", "Two", List.of(), portal, T0, T0, 1, Map.of(portal, 1))));
        store.stories().assign(a, "s1");
        store.stories().assign(b, "s2");

        store.stories().merge(List.of("s2"), "s1");

        assertThat(store.stories().members("s1")).containsExactly(a, b);
        assertThat(store.stories().findByKey("s2")).isEmpty();
        store.stories().saveClustererState(new byte[] {1, 2});
        assertThat(store.stories().loadClustererState()).hasValueSatisfying(s -> assertThat(s).containsExactly(1, 2));
    }

    @Test
    void searchMatchesWordsCaseInsensitivelyAndRanksTitleMatchesFirst() {
        ArticleId inBody = article("Markets", "Talk of the Election dominated.", T0);
        ArticleId inTitle = article("Election day", "Polls open.", T0);

        List<SearchHit> hits = store.search().search(new SearchQuery("election", List.of(), null, null, null, null, 10));

        assertThat(hits).extracting(SearchHit::articleId).containsExactly(inTitle, inBody);
        assertThat(store.search().search(new SearchQuery("election", List.of(), "sport", null, null, null, 10))).isEmpty();
    }

    @Test
    void pendingPrefersPublicationTimeAndFallsBackToFirstSeenTime() {
        String url = "https://bbc.example/undated";
        ArticleId undated = store.articles().upsertAll(List.of(new Article(null, portal, url, url, "Undated", List.of(),
                null, null, null, "en", null, "b", null, "h-undated", null, T0.plusSeconds(30), T0.plusSeconds(30), 1)))
                .get(0).articleId();
        ArticleId published = article("Published", "b", T0.plusSeconds(60));
        ArticleId first = article("First", "b", T0);

        assertThat(store.analyses().pending(10)).extracting(AnalysisInput::articleId)
                .containsExactly(first, undated, published);
        assertThat(store.analyses().pending(1)).extracting(AnalysisInput::articleId).containsExactly(first);
        assertThatThrownBy(() -> store.analyses().pending(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void aChangedContentHashMakesARevisionThatIsPendingAgain() {
        ArticleId id = article("Vote", "old text", T0);
        store.analyses().saveAll(List.of(analysis(id, 1)));
        String url = "https://bbc.example/" + "Vote".hashCode();
        store.articles().upsertAll(List.of(new Article(null, portal, url, url, "Vote", List.of(), T0, null, "world", "en",
                null, "new text", null, "changed", null, T0, T0.plusSeconds(5), 1)));

        assertThat(store.analyses().pending(10)).singleElement()
                .satisfies(input -> assertThat(input.revision()).isEqualTo(2))
                .satisfies(input -> assertThat(input.body()).isEqualTo("new text"));
        assertThat(store.revisions().findByArticle(id)).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo("old text"));
    }

    @Test
    void refusesTheAnalysisOfAnArticleThatIsNotStored() {
        assertThatThrownBy(() -> store.analyses().saveAll(List.of(analysis(ArticleId.of(404), 1))))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("404");
    }

    @Test
    void termCountsAreSummedPerDayBeforeTakingBackAndVanishAtZeroButNeverGoNegative() {
        LocalDate day = LocalDate.of(2026, 1, 10);
        store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", portal, day, 2, 1)));

        // a take-back and a new count of the same row in one call net out, as in one SQL upsert
        store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", portal, day, -2, -1), new TermDayCount("vote", portal, day, 3, 1)));
        assertThat(store.termCounts().between(TimeBasis.PUBLISHED, day, day, null)).containsExactly(new TermDayCount("vote", portal, day, 3, 1));

        assertThatThrownBy(() -> store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", portal, day, -4, -1))))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("below zero");
        assertThat(store.termCounts().between(TimeBasis.PUBLISHED, day, day, null)).containsExactly(new TermDayCount("vote", portal, day, 3, 1));

        store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", portal, day, -3, -1)));
        assertThat(store.termCounts().between(TimeBasis.PUBLISHED, day, day, null)).isEmpty();
        assertThatThrownBy(() -> store.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("vote", portal, day, -1, -1))))
                .isInstanceOf(DataIntegrityException.class).hasMessageContaining("never counted");
    }

    @Test
    void mergeAcceptsAbsorbedStoriesThatWereNeverSavedAndMembersComeOldestFirst() {
        ArticleId later = article("Later", "b", T0.plusSeconds(60));
        ArticleId earlier = article("Earlier", "b", T0);
        store.stories().saveAll(List.of(new Story("s1", "One", List.of(), portal, T0, T0, 1, Map.of(portal, 1))));
        store.stories().assign(later, "s1");
        store.stories().assign(earlier, "unsaved");

        store.stories().merge(List.of("unsaved", "never-seen", "s1"), "s1");

        assertThat(store.stories().members("s1")).containsExactly(earlier, later);
        assertThat(store.stories().members("unsaved")).isEmpty();
        assertThat(store.stories().findByKey("s1")).isPresent();
    }
}
