package io.newsaggregator.persistence;

import io.newsaggregator.domain.analysis.SearchHit;
import io.newsaggregator.domain.analysis.SearchQuery;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleSearch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Read-only questions answered with plain JDBC on the caller's data source, without the ORM: the
 * search and the portal codes that a search command shows are each one native statement, and
 * booting Hibernate to send them took longer than everything else such a command does. The SQL is
 * the one the unit of work's repositories send; each call takes a connection, reads in a read-only
 * transaction and gives it back.
 *
 * Reached through {@link JpaPersistence#search} and {@link JpaPersistence#portalCodes}.
 */
final class JdbcReads {
    private final DataSource dataSource;
    private final TableNames names;
    private final SlowStatementLog slowLog;

    private JdbcReads(DataSource dataSource, TableNames names, SlowStatementLog slowLog) {
        this.dataSource = dataSource;
        this.names = names;
        this.slowLog = slowLog;
    }

    /** Reads on the data source of {@code settings}, in its schema and table prefix. */
    static JdbcReads on(PersistenceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.dataSource() == null) {
            throw new IllegalArgumentException("JdbcReads reads on a caller's data source; give one in the settings");
        }
        return new JdbcReads(settings.dataSource(), new TableNames(settings.schema(), settings.tablePrefix()),
                new SlowStatementLog(settings.slowQueryThreshold()));
    }

    /** Full-text search, as {@code repos.search()} of a unit of work answers it. */
    public ArticleSearch search() {
        return this::search;
    }

    private List<SearchHit> search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return read(JpaArticleSearch.action(query), c -> JpaArticleSearch.search(c, query, names, slowLog));
    }

    /** The code of every stored portal by its id, in id order. */
    public Map<PortalId, String> portalCodes() {
        String sql = "select id, code from " + names.table("portal") + " order by id";
        return read("reading portal codes", c -> {
            Map<PortalId, String> codes = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = slowLog.time(sql, ps::executeQuery)) {
                while (rs.next()) {
                    codes.put(new PortalId(rs.getLong(1)), rs.getString(2));
                }
            }
            return codes;
        });
    }

    private <R> R read(String action, NativeStatements.Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DataAccessTranslator.translate(new JdbcFailure(e), action);
        }
    }

    /** Carries a JDBC failure to the translator, which reads the cause chain. */
    private static final class JdbcFailure extends RuntimeException {
        JdbcFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
