package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchStatementTest {
    private static final TableNames NAMES = new TableNames("news", "na_");
    private static final String HOSTILE = "x'); drop table na_article; --";

    @Test
    void bindsTextLanguageAndFiltersInsteadOfSplicingThem() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-02-01T00:00:00Z");
        SearchQuery query = new SearchQuery(HOSTILE, List.of(PortalId.of(3), PortalId.of(5)), "world'--", "en'--",
                from, to, 25);

        SearchStatement statement = SearchStatement.build(query, NAMES, "StartSel=«, StopSel=»");

        assertThat(statement.sql()).doesNotContain(HOSTILE).doesNotContain("world'--").doesNotContain("en'--");
        assertThat(statement.sql().chars().filter(ch -> ch == '?').count()).isEqualTo(statement.parameters().size());
        assertThat(statement.parameters()).hasSize(7);
        assertThat(statement.parameters().subList(0, 2)).containsExactly(HOSTILE, "en'--");
        assertThat((Long[]) statement.parameters().get(2)).containsExactly(3L, 5L);
        assertThat(statement.parameters().subList(3, 7)).containsExactly("world'--", from, to, 25);
    }

    @Test
    void aQueryWithALanguageUsesTheSearchColumnInThatLanguageOnly() {
        SearchStatement statement = SearchStatement.build(new SearchQuery("wahl", List.of(), null, "de", null, null, 10),
                NAMES, "");

        assertThat(statement.sql()).contains("news.na_ts_config(p.language)").contains("a.search_terms @@")
                .doesNotContain("'simple'::regconfig");
        assertThat(statement.parameters()).containsExactly("wahl", "de", 10);
    }

    @Test
    void aQueryWithoutALanguageFindsCandidatesInEveryConfigurationAndChecksEachRowInItsOwnLanguage() {
        SearchStatement statement = SearchStatement.build(new SearchQuery("elections", List.of(), null, null, null, null,
                10), NAMES, "");

        assertThat(statement.sql()).contains("coalesce(a.search_terms, news.na_search_terms(a.language, a.title, a.lead, a.body_text))"
                + " @@ websearch_to_tsquery(news.na_ts_config(a.language), p.text)");
        SearchStatement.SEARCH_CONFIGS.forEach(config ->
                assertThat(statement.sql()).contains("websearch_to_tsquery('" + config + "'::regconfig, p.text)"));
        assertThat(Arrays.asList(statement.parameters().toArray())).containsExactly("elections", null, 10);
    }

    @Test
    void headlinesAreComputedOutsideTheLimitedSubquery() {
        String sql = SearchStatement.build(new SearchQuery("a", List.of(), null, "en", null, null, 10), NAMES, "")
                .sql();

        assertThat(sql.indexOf("ts_headline")).isLessThan(sql.indexOf("from (select"));
        assertThat(sql.indexOf("limit ?")).isLessThan(sql.indexOf(") top"));
    }
}
