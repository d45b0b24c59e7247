package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lookups of many articles at once: analyses with key phrases, and category links. */
class BatchedLookupsIT extends JpaTestSupport {
    /** More than PostgreSQL's 65,535 bind parameters, had each id been bound on its own. */
    private static final int BEYOND_BIND_LIMIT = 70_000;

    private PortalId portal;

    @BeforeEach
    void emptyArticles() {
        portal = uow.execute(r -> {
            r.articles().delete(Query.of(Article.class));
            return r.portals().save(Fixtures.portal()).id();
        });
    }

    private List<ArticleId> insert(int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(Fixtures.article(portal, "Batch " + i, Fixtures.T0.plusSeconds(i)));
        }
        return uow.execute(r -> r.articles().upsertAll(articles)).stream().map(UpsertResult::articleId).toList();
    }

    private static ArticleAnalysis analysis(ArticleId id, int words, ScoredPhrase... phrases) {
        return new ArticleAnalysis(id, 1, "en", 0.9, words, 5, 1, List.of(phrases), List.of("Kyiv", "Lviv"),
                "story-" + id.value(), Fixtures.T0, "analyser-1");
    }

    private static List<ArticleId> unknownIds(int count) {
        return LongStream.range(0, count).mapToObj(i -> ArticleId.of(900_000_000L + i)).toList();
    }

    @Test
    void readsTheAnalysesOfManyArticlesWithTheirKeyPhrasesInRankOrder() {
        List<ArticleId> ids = insert(3);
        ArticleAnalysis first = analysis(ids.get(0), 120, new ScoredPhrase("storm", "Storm", 2.5, 3),
                new ScoredPhrase("coast", "coast", 1.5, 2), new ScoredPhrase("alert", "Alert", 0.5, 1));
        ArticleAnalysis second = analysis(ids.get(1), 80);
        ArticleAnalysis third = analysis(ids.get(2), 300, new ScoredPhrase("bridge", "Bridge", 4.0, 5));
        uow.run(r -> r.analyses().saveAll(List.of(first, second, third)));

        Map<ArticleId, ArticleAnalysis> found = uow.readOnly(r -> r.analyses().findByArticles(ids));

        assertThat(found).containsExactly(Map.entry(ids.get(0), first), Map.entry(ids.get(1), second),
                Map.entry(ids.get(2), third));
        for (ArticleId id : ids) {
            assertThat(found.get(id)).isEqualTo(uow.readOnly(r -> r.analyses().findByArticle(id)).orElseThrow());
        }
    }

    @Test
    void articlesWithoutAnalysisAndUnknownIdsAreAbsentAndRepeatedIdsCountOnce() {
        List<ArticleId> ids = insert(2);
        ArticleAnalysis analysed = analysis(ids.get(0), 50, new ScoredPhrase("vote", "Vote", 1.0, 1));
        uow.run(r -> r.analyses().saveAll(List.of(analysed)));
        ArticleId unknown = ArticleId.of(999_999_999L);

        Map<ArticleId, ArticleAnalysis> found = uow.readOnly(r -> r.analyses()
                .findByArticles(List.of(unknown, ids.get(1), ids.get(0), ids.get(0))));

        assertThat(found).containsExactly(Map.entry(ids.get(0), analysed));
    }

    @Test
    void noIdsReadNoAnalyses() {
        assertThat(uow.<Map<ArticleId, ArticleAnalysis>>readOnly(r -> r.analyses().findByArticles(List.of()))).isEmpty();
    }

    @Test
    void analysesOfMoreIdsThanBindParametersAllowAreReadInOneCall() {
        List<ArticleId> ids = insert(1_500);
        List<ArticleAnalysis> analyses = ids.stream().map(id -> analysis(id, (int) (id.value() % 500),
                new ScoredPhrase("k" + id.value(), "K", 1.0, 1))).toList();
        uow.run(r -> r.analyses().saveAll(analyses));
        List<ArticleId> asked = new ArrayList<>(unknownIds(BEYOND_BIND_LIMIT));
        asked.addAll(ids);

        Map<ArticleId, ArticleAnalysis> found = uow.readOnly(r -> r.analyses().findByArticles(asked));

        assertThat(found).hasSize(1_500);
        assertThat(found.values()).containsExactlyElementsOf(analyses);
    }

    @Test
    void aNullIdAmongTheAnalysisIdsIsRefusedByName() {
        assertThatThrownBy(() -> uow.readOnly(r -> r.analyses().findByArticles(Arrays.asList(ArticleId.of(1), null))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("articleId");
    }

    @Test
    void readsTheCategoriesOfManyArticlesOrderedById() {
        List<ArticleId> ids = insert(3);
        CategoryId world = uow.execute(r -> r.categories().findOrCreate(portal, "world", "World").id());
        CategoryId europe = uow.execute(r -> r.categories().findOrCreate(portal, "europe", "Europe").id());
        uow.run(r -> {
            r.articles().linkCategories(ids.get(0), List.of(europe, world));
            r.articles().linkCategories(ids.get(2), List.of(europe));
        });
        List<CategoryId> both = world.value() < europe.value() ? List.of(world, europe) : List.of(europe, world);

        Map<ArticleId, List<CategoryId>> found = uow.readOnly(r -> r.articles()
                .categoriesOfAll(List.of(ids.get(2), ids.get(1), ids.get(0), ids.get(2))));

        assertThat(found).containsExactly(Map.entry(ids.get(2), List.of(europe)), Map.entry(ids.get(0), both));
        assertThat(found.get(ids.get(0))).isEqualTo(uow.readOnly(r -> r.articles().categoriesOf(ids.get(0))));
    }

    @Test
    void categoriesOfUnknownArticlesAndOfNoArticlesAreEmpty() {
        assertThat(uow.<Map<ArticleId, List<CategoryId>>>readOnly(r -> r.articles().categoriesOfAll(List.of()))).isEmpty();
        assertThat(uow.<Map<ArticleId, List<CategoryId>>>readOnly(r -> r.articles()
                .categoriesOfAll(List.of(ArticleId.of(999_999_999L))))).isEmpty();
    }

    @Test
    void categoriesOfMoreIdsThanBindParametersAllowAreReadInOneCall() {
        List<ArticleId> ids = insert(1_200);
        CategoryId world = uow.execute(r -> r.categories().findOrCreate(portal, "world", "World").id());
        uow.run(r -> ids.forEach(id -> r.articles().linkCategories(id, List.of(world))));
        List<ArticleId> asked = new ArrayList<>(ids);
        asked.addAll(unknownIds(BEYOND_BIND_LIMIT));

        Map<ArticleId, List<CategoryId>> found = uow.readOnly(r -> r.articles().categoriesOfAll(asked));

        assertThat(found.keySet()).containsExactlyElementsOf(ids);
        assertThat(found.values()).allSatisfy(categories -> assertThat(categories).containsExactly(world));
    }

    @Test
    void aNullIdAmongTheCategoryIdsIsRefusedByName() {
        assertThatThrownBy(() -> uow.readOnly(r -> r.articles().categoriesOfAll(Arrays.asList(ArticleId.of(1), null))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("articleId");
    }
}
