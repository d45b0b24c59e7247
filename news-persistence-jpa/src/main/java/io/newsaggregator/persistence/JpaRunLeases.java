package io.newsaggregator.persistence;

import io.newsaggregator.domain.port.out.RunLeases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run leases as PostgreSQL session-level advisory locks ({@code pg_advisory_lock(namespace, key)})
 * on a connection held for the lease's life: the server drops the lock the moment the process dies
 * or its connection is lost, so {@link #isHeld} tells a live run from a dead one in any process.
 * The namespace is derived from schema and table prefix, so that schemas sharing a database do not
 * see each other's leases.
 */
final class JpaRunLeases implements RunLeases {
    private static final Logger log = LoggerFactory.getLogger(JpaRunLeases.class);

    private final DataSource dataSource;
    private final int namespace;

    JpaRunLeases(DataSource dataSource, TableNames names) {
        this.dataSource = dataSource;
        this.namespace = names.ingestRun().hashCode() & Integer.MAX_VALUE;
    }

    @Override
    public Lease hold() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            int key = lock(connection);
            return new HeldLease(connection, key);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            throw DataAccessTranslator.translate(failure, "taking an ingest run lease");
        }
    }

    @Override
    public boolean isHeld(int key) {
        String sql = "select exists (select 1 from pg_locks where locktype = 'advisory' and granted"
                + " and database = (select oid from pg_database where datname = current_database())"
                + " and classid = ?::integer::oid and objid = ?::integer::oid and objsubid = 2)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, namespace);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean held = rs.getBoolean(1);
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return held;
            }
        } catch (SQLException e) {
            throw DataAccessTranslator.translate(new IllegalStateException(e), "checking ingest run lease " + key);
        }
    }

    /** Takes a free key: a random one, tried until no other session holds it. */
    private int lock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            while (true) {
                int key = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
                ps.setInt(1, namespace);
                ps.setInt(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        if (!connection.getAutoCommit()) {
                            connection.commit();
                        }
                        return key;
                    }
                }
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing a lease connection failed: {}", e.getMessage());
            }
        }
    }

    private final class HeldLease implements Lease {
        private final Connection connection;
        private final int key;

        HeldLease(Connection connection, int key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public int key() {
            return key;
        }

        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, namespace);
                ps.setInt(2, key);
                ps.execute();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                // a connection still holding the lock must not go back to a pool: it would keep the run looking alive
                log.debug("Releasing run lease {} failed ({}); dropping its connection", key, e.getMessage());
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    log.debug("Aborting the lease connection failed: {}", ignored.getMessage());
                }
            }
            closeQuietly(connection);
        }
    }
}
