package io.newsaggregator.persistence;

import static io.newsaggregator.persistence.NativeStatements.instant;
import static io.newsaggregator.persistence.NativeStatements.setInstant;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Full-text search with PostgreSQL: {@code websearch_to_tsquery} against the article's stemmed
 * vector (and the language-neutral one when the query names no language), {@code ts_rank_cd} for
 * the order, {@code ts_headline} for snippets on the top hits only.
 */
final class JpaArticleSearch implements ArticleSearch {
    private static final String HEADLINE_OPTIONS = "StartSel=«, StopSel=», MaxFragments=2, MaxWords=30, MinWords=10";

    private final NativeStatements sql;

    JpaArticleSearch(NativeStatements sql) {
        this.sql = sql;
    }

    /** A search is interactive: past this the database cancels it (SQLSTATE 57014, a {@code QueryTimeoutException}). */
    static final int TIMEOUT_SECONDS = 20;

    @Override
    public List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return sql.run(action(query), c -> search(c, query, sql.names(), sql.slowLog()));
    }

    /** What a failed search was doing, for its message. */
    static String action(SearchQuery query) {
        return "searching articles for \"" + abbreviate(query.text()) + "\"";
    }

    /** The search on a connection of the caller's; shared by the ORM's unit of work and {@link JdbcReads}. */
    static List<SearchHit> search(Connection c, SearchQuery query, TableNames names, SlowStatementLog slowLog)
            throws SQLException {
        SearchStatement statement = SearchStatement.build(query, names, HEADLINE_OPTIONS);
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            ps.setQueryTimeout(TIMEOUT_SECONDS);
            int i = 1;
            for (Object value : statement.parameters()) {
                if (value == null) {
                    ps.setNull(i++, Types.VARCHAR);
                } else if (value instanceof Long[] ids) {
                    ps.setArray(i++, c.createArrayOf("bigint", ids));
                } else if (value instanceof Instant at) {
                    setInstant(ps, i++, at);
                } else {
                    ps.setObject(i++, value);
                }
            }
            try (ResultSet rs = slowLog.time(statement.sql(), ps::executeQuery)) {
                while (rs.next()) {
                    hits.add(new SearchHit(ArticleId.of(rs.getLong(1)), new PortalId(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), instant(rs, 5), rank(rs.getFloat(6)), rs.getString(7)));
                }
            }
        }
        return hits;
    }

    /**
     * The rank is a PostgreSQL {@code real}: read as one and kept at its own precision, so that text
     * and binary transfer (which the driver switches to after a statement's fifth run) give the same
     * number, 0.4 rather than 0.4000000059604645 on some runs.
     */
    private static double rank(float rank) {
        return Double.parseDouble(Float.toString(rank));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
