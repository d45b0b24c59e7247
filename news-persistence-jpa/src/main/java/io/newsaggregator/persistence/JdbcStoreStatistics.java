package io.newsaggregator.persistence;

import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.port.in.DatabaseDescription.AbortedRun;
import io.newsaggregator.domain.port.in.DatabaseDescription.IngestState;
import io.newsaggregator.domain.port.out.StoreStatistics;
import io.newsaggregator.domain.model.FetchErrorClass;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link StoreStatistics} as aggregate queries on plain JDBC connections: counting rows needs no
 * session factory, so a description of the database starts no Hibernate.
 */
final class JdbcStoreStatistics implements StoreStatistics {
    private static final Map<String, String> TABLES = tables();

    private final DataSource dataSource;
    private final TableNames names;

    JdbcStoreStatistics(DataSource dataSource, TableNames names) {
        this.dataSource = dataSource;
        this.names = names;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("portals", "portal");
        tables.put("feeds", "feed");
        tables.put("categories", "category");
        tables.put("articles", "article");
        tables.put("revisions", "article_revision");
        tables.put("ingest runs", "ingest_run");
        tables.put("fetch events", "fetch_event");
        tables.put("frontier entries", "frontier");
        return tables;
    }

    @Override
    public Map<String, Long> rowCounts() {
        return read("counting rows", c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from " + names.table(table.getValue()));
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table.getKey(), rs.getLong(1));
                }
            }
            return counts;
        });
    }

    @Override
    public IngestState ingestState(int abortedShown) {
        return read("reading where ingest stands", c -> {
            Map<IngestRunStatus, Long> runs = byStatus(c, names.ingestRun(), IngestRunStatus.class);
            Map<FrontierStatus, Long> frontier = byStatus(c, names.frontier(), FrontierStatus.class);
            List<AbortedRun> aborted = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, started_at, finished_at, message from "
                    + names.ingestRun() + " where status = ? order by started_at desc limit ?")) {
                ps.setString(1, IngestRunStatus.ABORTED.name());
                ps.setInt(2, abortedShown);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(3);
                        aborted.add(new AbortedRun(IngestRunId.of(rs.getLong(1)), rs.getTimestamp(2).toInstant(),
                                finished == null ? null : finished.toInstant(), rs.getString(4)));
                    }
                }
            }
            Map<String, Long> ruleMisses = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select p.code, count(*) from " + names.table("fetch_event")
                    + " e join " + names.table("portal") + " p on p.id = e.portal_id where e.error_class = ?"
                    + " group by p.code order by p.code")) {
                ps.setString(1, FetchErrorClass.RULE_MISSED.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ruleMisses.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return new IngestState(runs, aborted, frontier, ruleMisses);
        });
    }

    private static <E extends Enum<E>> Map<E, Long> byStatus(Connection c, String table, Class<E> type) throws SQLException {
        Map<E, Long> counts = new LinkedHashMap<>();
        for (E status : type.getEnumConstants()) {
            counts.put(status, 0L);
        }
        try (PreparedStatement ps = c.prepareStatement("select status, count(*) from " + table + " group by status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(Enum.valueOf(type, rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    private <R> R read(String action, NativeStatements.Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            throw DataAccessTranslator.translate(new IllegalStateException(e), action);
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, action);
        }
    }
}
