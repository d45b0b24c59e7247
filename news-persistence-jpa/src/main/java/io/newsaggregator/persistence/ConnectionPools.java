package io.newsaggregator.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import java.util.Objects;
import java.util.Properties;

/** The one place a HikariCP pool over PostgreSQL is built: behind {@link JpaPersistence#start} and {@link JpaPersistence#openPool}. */
final class ConnectionPools {
    private ConnectionPools() {
    }

    /**
     * Every wait is bounded: connecting and logging in ({@code connectTimeout}, also the pool's wait
     * for a free connection and for its first one), each statement ({@code statement_timeout}), and
     * the server's silence on the socket (a little longer than a statement may take, so a server
     * that accepts TCP and never answers, or stops answering, is given up on). The driver rewrites
     * batches of single-row inserts into multi-row inserts.
     *
     * @throws DataStoreUnavailableException naming host, port and database when no connection can be made
     */
    static HikariDataSource open(PoolSettings settings) {
        Objects.requireNonNull(settings, "settings");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName(settings.name());
        config.setMaximumPoolSize(settings.maxSize());
        config.setMinimumIdle(Math.min(2, settings.maxSize()));
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        long connectMillis = settings.connectTimeout().toMillis();
        long connectSeconds = Math.max(1, settings.connectTimeout().toSeconds());
        config.setConnectionTimeout(connectMillis + 1_000);
        config.setInitializationFailTimeout(connectMillis + 1_000);
        config.setValidationTimeout(Math.max(250, Math.min(5_000, connectMillis)));
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        if (!settings.statementTimeout().isZero()) {
            config.addDataSourceProperty("socketTimeout", String.valueOf(settings.statementTimeout().toSeconds() + 30));
            config.setConnectionInitSql("SET statement_timeout = " + settings.statementTimeout().toMillis());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", settings.name());
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DataStoreUnavailableException(
                    "cannot connect to " + address(settings.jdbcUrl()) + ": " + rootMessage(e), e);
        }
    }

    /** host:port/database of a PostgreSQL URL (what a person needs to find the server), else the URL. */
    private static String address(String url) {
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        if (parsed == null || parsed.getProperty("PGHOST") == null) {
            return url;
        }
        return parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT", "5432") + "/"
                + parsed.getProperty("PGDBNAME", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        String line = message.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
