package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.error.QueryTimeoutException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Search over articles as stored, before the indexing step ran, each search sent both ways (through a
 * unit of work and through {@link JdbcReads}) and answered the same; {@link IndexedArticleSearchIT} runs
 * the same after the indexing step.
 */
class ArticleSearchIT extends JpaTestSupport {
    private static final Instant DAY1 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-02-02T10:00:00Z");

    private PortalId bbc;
    private PortalId dw;
    private ArticleId englishBody;
    private ArticleId englishTitle;
    private ArticleId german;
    private ArticleId undetermined;
    private JdbcReads reads;

    @BeforeAll
    void articles() {
        reads = JdbcReads.on(PersistenceSettings.forDataSource(schema.database().dataSource()).withSchema(schema.name()));
        uow.run(r -> r.articles().delete(Query.of(Article.class)));
        bbc = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        dw = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        englishBody = store(bbc, "Markets close higher", "Traders were calm.",
                "Shares rose on Monday while analysts waited for the election result in several states, "
                        + "and bond yields barely moved during the afternoon session.", "en", "business", DAY1);
        englishTitle = store(bbc, "Election results delayed", "Counting goes on in three districts.",
                "Officials said the count would finish by Friday.", "en", "politics", DAY2);
        german = store(dw, "Bundestag", "Die Wahlen finden im Herbst statt.",
                "Die Parteien bereiten sich auf den Wahlkampf vor.", "de", "politik", DAY1);
        undetermined = store(dw, "Zzyzx report", "Plain words only.", "Nothing about votes here: zzyzx.", null,
                "misc", DAY2);
        if (indexed()) {
            assertThat(uow.<Integer>execute(r -> r.articles().indexForSearch(100))).isEqualTo(4);
        }
    }

    /** Whether the articles are indexed for search before the tests run. */
    boolean indexed() {
        return false;
    }

    private ArticleId store(PortalId portal, String title, String lead, String body, String language, String section,
                            Instant seen) {
        String url = "https://example.org/" + Fixtures.unique("search");
        Article article = new Article(null, portal, url, url, title, List.of(), seen, null, section, language, lead, body,
                null, ContentHash.of(title, lead, body), null, seen, seen, 1);
        return uow.execute(r -> r.articles().upsertAll(List.of(article)).get(0).articleId());
    }

    private List<SearchHit> search(String text, List<PortalId> portals, String section, String language, Instant from,
                                   Instant to) {
        return bothWays(new SearchQuery(text, portals, section, language, from, to, 20));
    }

    private List<SearchHit> bothWays(SearchQuery query) {
        List<SearchHit> hits = uow.readOnly(r -> r.search().search(query));
        assertThat(reads.search().search(query)).as("plain JDBC").isEqualTo(hits);
        return hits;
    }

    private List<SearchHit> search(String text, String language) {
        return search(text, List.of(), null, language, null, null);
    }

    @Test
    void findsAStemmedFormInEnglishAndRanksTheTitleMatchFirst() {
        List<SearchHit> hits = search("elections", "en");

        assertThat(hits).extracting(SearchHit::articleId).containsExactly(englishTitle, englishBody);
        assertThat(hits.get(0).rank()).isGreaterThan(hits.get(1).rank());
        assertThat(hits.get(0).title()).isEqualTo("Election results delayed");
        assertThat(hits.get(0).portalId()).isEqualTo(bbc);
        assertThat(hits.get(0).publishedAt()).isEqualTo(DAY2);
        assertThat(hits.get(0).url()).startsWith("https://example.org/");
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        List<SearchHit> hits = search("elections", "en");

        assertThat(hits.get(1).snippet()).contains("«election»");
        assertThat(hits.get(1).snippet()).doesNotContain("<b>");
    }

    @Test
    void findsAGermanInflectionWithTheGermanConfiguration() {
        assertThat(search("Wahl", "de")).extracting(SearchHit::articleId).containsExactly(german);
        assertThat(search("Wahl", "en")).as("the language filters").isEmpty();
    }

    @Test
    void withoutALanguageEachArticleIsStemmedInItsOwnLanguageAndPlainWordsStillMatch() {
        assertThat(search("elections", null)).extracting(SearchHit::articleId)
                .containsExactlyInAnyOrder(englishTitle, englishBody);
        assertThat(search("Wahl", null)).extracting(SearchHit::articleId).containsExactly(german);
        assertThat(search("zzyzx", null)).extracting(SearchHit::articleId).containsExactly(undetermined);
    }

    @Test
    void filtersByPortalSectionAndDate() {
        assertThat(search("elections", List.of(dw), null, null, null, null)).isEmpty();
        assertThat(search("elections", List.of(bbc, dw), null, null, null, null)).hasSize(2);
        assertThat(search("elections", List.of(), "politics", null, null, null)).extracting(SearchHit::articleId)
                .containsExactly(englishTitle);
        assertThat(search("elections", List.of(), null, null, DAY2, null)).extracting(SearchHit::articleId)
                .containsExactly(englishTitle);
        assertThat(search("elections", List.of(), null, null, null, DAY2)).extracting(SearchHit::articleId)
                .containsExactly(englishBody);
    }

    @Test
    void websearchSyntaxExcludesWords() {
        assertThat(search("election -delayed", "en")).extracting(SearchHit::articleId).containsExactly(englishBody);
        assertThat(search("\"results delayed\"", "en")).extracting(SearchHit::articleId).containsExactly(englishTitle);
    }

    @Test
    void sqlLookingInputIsJustText() {
        assertThat(search("'); drop table article; --", null)).isEmpty();
        assertThat(search("'); drop table article; --", "en")).isEmpty();
        assertThat(search("elections", "en')")).isEmpty();

        assertThat(uow.<Long>readOnly(r -> r.articles().count(Query.of(Article.class)))).isEqualTo(4L);
    }

    @Test
    void theLimitCutsTheRankedList() {
        SearchQuery query = new SearchQuery("elections", List.of(), null, "en", null, null, 1);
        assertThat(bothWays(query)).extracting(SearchHit::articleId).containsExactly(englishTitle);
    }

    @Test
    void portalCodesAreThoseStored() {
        assertThat(reads.portalCodes()).containsOnlyKeys(bbc, dw)
                .containsEntry(bbc, uow.readOnly(r -> r.portals().findById(bbc)).orElseThrow().code());
    }

    @Test
    void aSearchStoppedByTheDatabaseIsAQueryTimeout() throws Exception {
        PGSimpleDataSource impatient = (PGSimpleDataSource) schema.database().dataSource();
        impatient.setOptions("-c statement_timeout=300");
        JdbcReads impatientReads = JdbcReads.on(PersistenceSettings.forDataSource(impatient).withSchema(schema.name()));
        try (Connection locker = schema.database().dataSource().getConnection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table " + schema.name() + ".article in access exclusive mode");

            assertThatThrownBy(() -> impatientReads.search().search(new SearchQuery("elections", List.of(), null, "en", null, null, 5)))
                    .isInstanceOf(QueryTimeoutException.class)
                    .hasMessageStartingWith("Searching articles for \"elections\" failed");
            locker.rollback();
        }
    }
}
