package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import io.newsaggregator.domain.model.TimeBasis;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.TermDayCount;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.model.UpsertResult;
import io.newsaggregator.domain.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingStrategyIT extends JpaTestSupport {

    @Override
    protected String tablePrefix() {
        return "na_";
    }

    @Test
    void repositoriesWorkEndToEndInANonDefaultSchemaWithATablePrefix() throws Exception {
        assertThat(schema.name()).isNotEqualTo("public");

        List<UpsertResult> results = uow.execute(r -> {
            PortalId portal = r.portals().save(Fixtures.portal()).id();
            Feed feed = r.feeds().save(Feed.create(portal, FeedKind.FEED, "https://example.org/rss", "world", null));
            Category world = r.categories().findOrCreate(portal, "world", "World");
            List<UpsertResult> upserted = r.articles().upsertAll(List.of(Fixtures.article(portal, "Prefixed", Fixtures.T0)));
            r.articles().linkCategories(upserted.get(0).articleId(), List.of(world.id()));
            assertThat(r.feeds().claimDue(portal, Fixtures.T0)).containsExactly(feed);
            ArticleId articleId = upserted.get(0).articleId();
            r.analyses().saveAll(List.of(new ArticleAnalysis(articleId, 1, "en", 0.9, 3, 1, 1,
                    List.of(new ScoredPhrase("prefix", "Prefixed", 1.0, 1)), List.of(), "s1", Fixtures.T0, "analyser-1")));
            r.documentFrequencies().addDocument(List.of("prefix"), 1);
            r.termCounts().add(TimeBasis.PUBLISHED, List.of(new TermDayCount("prefix", portal, LocalDate.of(2026, 1, 10), 1, 1)));
            r.stories().saveAll(List.of(new Story("s1", "Prefixed", List.of("prefix"), portal, Fixtures.T0, Fixtures.T0, 1,
                    Map.of(portal, 1))));
            r.stories().assign(articleId, "s1");
            r.stories().saveClustererState(new byte[] {1, 2, 3});
            return upserted;
        });

        assertThat(results).extracting(UpsertResult::outcome).containsExactly(UpsertOutcome.INSERTED);
        assertThat(uow.<Long>readOnly(r -> r.articles().count(Query.of(Article.class)))).isEqualTo(1L);
        assertThat(uow.<List<io.newsaggregator.domain.model.CategoryId>>readOnly(r -> r.articles().categoriesOf(results.get(0).articleId()))).hasSize(1);
        ArticleId articleId = results.get(0).articleId();
        assertThat(uow.<Optional<ArticleAnalysis>>readOnly(r -> r.analyses().findByArticle(articleId))).isPresent();
        assertThat(uow.<Long>readOnly(r -> r.documentFrequencies().documentCount())).isEqualTo(1L);
        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members("s1"))).containsExactly(articleId);
        assertThat(uow.<List<SearchHit>>readOnly(r -> r.search().search(new SearchQuery("prefixed", List.of(), null, null,
                null, null, 5)))).extracting(SearchHit::articleId).containsExactly(articleId);
        assertThat(tablesIn(schema.name())).contains("na_article_analysis", "na_article_keyphrase",
                "na_document_frequency", "na_corpus_stats", "na_term_day_count", "na_story", "na_story_coverage",
                "na_story_member", "na_story_clusterer_state");
        assertThat(tablesIn(schema.name())).contains("na_portal", "na_feed", "na_category", "na_article",
                "na_article_category", "na_article_revision", "na_ingest_run", "na_fetch_event", "na_flyway_schema_history");
        assertThat(tablesIn("public")).doesNotContain("na_portal", "portal", "article");
    }

    private List<String> tablesIn(String schemaName) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = schema.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = '"
                     + schemaName + "'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
