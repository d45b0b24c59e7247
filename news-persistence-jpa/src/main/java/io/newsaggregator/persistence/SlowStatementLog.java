package io.newsaggregator.persistence;

import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the native statements of the adapter (bulk upsert, links, claims) and logs those slower
 * than the configured threshold; Hibernate's own {@code hibernate.log_slow_query} covers the
 * statements it generates.
 */
final class SlowStatementLog {
    private static final Logger log = LoggerFactory.getLogger(SlowStatementLog.class);

    /** A JDBC call that may fail. */
    interface SqlCall<T> {
        T call() throws SQLException;
    }

    private final long thresholdNanos;

    SlowStatementLog(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    <T> T time(String sql, SqlCall<T> call) throws SQLException {
        if (thresholdNanos <= 0) {
            return call.call();
        }
        long start = System.nanoTime();
        try {
            return call.call();
        } finally {
            record(sql, start);
        }
    }

    /** Logs the statement when it ran longer than the threshold since {@code startNanos}. */
    void record(String sql, long startNanos) {
        long elapsed = System.nanoTime() - startNanos;
        if (thresholdNanos > 0 && elapsed >= thresholdNanos) {
            log.info("Slow statement took {} ms (threshold {} ms): {}", elapsed / 1_000_000,
                    thresholdNanos / 1_000_000, sql);
        }
    }
}
