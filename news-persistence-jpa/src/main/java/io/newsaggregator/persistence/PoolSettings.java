package io.newsaggregator.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link ConnectionPools} needs to build a pool.
 *
 * @param jdbcUrl          PostgreSQL JDBC URL
 * @param user             database user, or null
 * @param password         password, or null
 * @param name             pool name (also the {@code ApplicationName} the server shows)
 * @param maxSize          most connections held
 * @param connectTimeout   longest wait to connect and log in, and for a free connection
 * @param statementTimeout longest one statement may run; zero for no limit
 * @param idleTimeout      how long an idle connection is kept
 * @param maxLifetime      the longest a connection lives
 */
record PoolSettings(String jdbcUrl, String user, String password, String name, int maxSize,
                           Duration connectTimeout, Duration statementTimeout, Duration idleTimeout,
                           Duration maxLifetime) {
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DEFAULT_MAX_LIFETIME = Duration.ofMinutes(30);

    /** Settings keeping idle connections ten minutes and every connection at most thirty. */
    static PoolSettings of(String jdbcUrl, String user, String password, String name, int maxSize,
                                  Duration connectTimeout, Duration statementTimeout) {
        return new PoolSettings(jdbcUrl, user, password, name, maxSize, connectTimeout, statementTimeout,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_LIFETIME);
    }

    PoolSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(name, "name");
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be >= 1, was " + maxSize);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (statementTimeout == null || statementTimeout.isNegative()) {
            throw new IllegalArgumentException("statementTimeout must be zero or positive, was " + statementTimeout);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
    }
}
