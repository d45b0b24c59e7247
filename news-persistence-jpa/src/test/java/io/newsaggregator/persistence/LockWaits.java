package io.newsaggregator.persistence;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What tests that force a race between two transactions wait for. */
final class LockWaits {
    private LockWaits() {
    }

    /** Polls the server until an insert into the schema's {@code table} waits on a lock; false after 30 s. */
    static boolean awaitInsertWaitingOnALock(TestDatabase.Schema schema, String table) throws Exception {
        String sql = "select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and query ilike ?";
        try (Connection c = schema.database().dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "insert into " + schema.name() + "." + table + " %");
            for (int attempt = 0; attempt < 3_000; attempt++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(10);
            }
        }
        return false;
    }

    /** Waits up to 30 s for the latch, inside a unit of work that cannot throw checked exceptions. */
    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
