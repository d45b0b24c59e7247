package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.UpsertOutcome;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indexing step of search: what it indexes, and that it changes no search result. */
class SearchIndexingIT extends JpaTestSupport {
    private static final Instant SEEN = Instant.parse("2026-03-01T09:00:00Z");

    private PortalId portal;

    @BeforeEach
    void empty() {
        uow.run(r -> r.articles().delete(Query.of(Article.class)));
        portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
    }

    @Test
    void storedArticlesWaitForIndexingAndAreFoundTheSameBeforeAndAfter() {
        store("https://example.org/quokka-1", "Quokka census", "Rangers count quokkas.", "The island holds many quokkas.");
        store("https://example.org/quokka-2", "Island ferry", "A quokka waved.", "Tourists took the ferry.");
        List<SearchHit> before = search("quokkas");

        assertThat(uow.<Integer>execute(r -> r.articles().indexForSearch(1))).isEqualTo(1);
        assertThat(uow.<Integer>execute(r -> r.articles().indexForSearch(100))).isEqualTo(1);
        assertThat(uow.<Integer>execute(r -> r.articles().indexForSearch(100))).as("nothing waits").isZero();
        List<SearchHit> after = search("quokkas");

        assertThat(before).hasSize(2);
        // ts_rank_cd is a float4: the same rank reaches Java as 1.6 or as 1.600000023841858
        assertThat(after).extracting(SearchHit::articleId, SearchHit::snippet, hit -> (float) hit.rank())
                .containsExactlyElementsOf(before.stream().map(hit -> org.assertj.core.groups.Tuple.tuple(
                        hit.articleId(), hit.snippet(), (float) hit.rank())).toList());
        assertThat(notIndexed()).isZero();
    }

    @Test
    void changedContentWaitsForIndexingAgainAndIsFoundByItsNewWordsMeanwhile() {
        store("https://example.org/bridge", "Bridge closed", "Storm damage.", "The bridge is shut for repairs.");
        uow.execute(r -> r.articles().indexForSearch(100));

        UpsertOutcome outcome = store("https://example.org/bridge", "Bridge reopened", "Repairs done.",
                "Traffic flows across the viaduct again.");

        assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(notIndexed()).isEqualTo(1);
        assertThat(search("viaduct")).extracting(SearchHit::title).containsExactly("Bridge reopened");
        assertThat(search("shut")).isEmpty();
        assertThat(uow.<Integer>execute(r -> r.articles().indexForSearch(100))).isEqualTo(1);
        assertThat(search("viaduct")).extracting(SearchHit::title).containsExactly("Bridge reopened");
        assertThat(search("shut")).isEmpty();
    }

    private UpsertOutcome store(String url, String title, String lead, String body) {
        Article article = new Article(null, portal, url, url, title, List.of(), SEEN, null, "nature", "en", lead, body,
                null, ContentHash.of(title, lead, body), null, SEEN, SEEN, 1);
        return uow.execute(r -> r.articles().upsertAll(List.of(article)).get(0).outcome());
    }

    private List<SearchHit> search(String text) {
        return uow.readOnly(r -> r.search().search(new SearchQuery(text, List.of(), null, "en", null, null, 10)));
    }

    private long notIndexed() {
        try (Connection c = TestDatabase.shared().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + schema.name() + ".article where search_terms is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
