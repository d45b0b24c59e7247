package io.newsaggregator.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Runs native JDBC work on the session of a unit of work: pending ORM changes are flushed first, the
 * statement is timed by the slow-statement log, and data store failures come out as the domain's
 * exceptions naming what was being done.
 */
final class NativeStatements {
    /** JDBC work that may fail. */
    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    /** Sets the parameters of one row of a batch. */
    interface RowBinder<T> {
        void bind(Connection connection, PreparedStatement statement, T row) throws SQLException;
    }

    private final Session session;
    private final TableNames names;
    private final SlowStatementLog slowLog;

    NativeStatements(Session session, TableNames names, SlowStatementLog slowLog) {
        this.session = session;
        this.names = names;
        this.slowLog = slowLog;
    }

    TableNames names() {
        return names;
    }

    SlowStatementLog slowLog() {
        return slowLog;
    }

    <R> R run(String action, Work<R> work) {
        try {
            session.flush();
            return session.doReturningWork(work::run);
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, action);
        }
    }

    /** The number in the first column of the first row of a query without parameters, or 0 when it finds no row. */
    long singleLong(String action, String statement) {
        return run(action, c -> {
            try (PreparedStatement ps = c.prepareStatement(statement); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs {@code statement} once per row as JDBC batches of {@code batchSize}. */
    <T> void batch(Connection c, String statement, Iterable<T> rows, int batchSize, RowBinder<T> binder)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            int inBatch = 0;
            for (T row : rows) {
                binder.bind(c, ps, row);
                ps.addBatch();
                if (++inBatch == batchSize) {
                    slowLog.time(statement, ps::executeBatch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                slowLog.time(statement, ps::executeBatch);
            }
        }
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The elements of a SQL array column; an SQL null reads as empty. */
    static List<String> texts(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
