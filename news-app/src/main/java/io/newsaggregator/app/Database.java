package io.newsaggregator.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The database a command works on: the configured server, or the embedded one started for the
 * command's lifetime; one connection pool over it.
 */
final class Database implements AutoCloseable {
    static final int DEFAULT_POOL_SIZE = 8;
    private final EmbeddedDatabase embedded;
    private final HikariDataSource pool;
    private final String description;
    private final String schema;
    private final String tablePrefix;

    private Database(EmbeddedDatabase embedded, HikariDataSource pool, String description, String schema, String tablePrefix) {
        this.embedded = embedded;
        this.pool = pool;
        this.description = description;
        this.schema = schema;
        this.tablePrefix = tablePrefix;
    }

    static Database open(DatabaseOptions options) {
        return open(options, DEFAULT_POOL_SIZE);
    }

    /** @param poolSize most connections the pool opens */
    static Database open(DatabaseOptions options, int poolSize) {
        EmbeddedDatabase embedded = null;
        JdbcTarget target;
        String description;
        if (options.embedded()) {
            embedded = EmbeddedDatabase.start(options.effectiveDataDir());
            target = embedded.target();
            description = "embedded PostgreSQL, data in " + options.effectiveDataDir();
        } else {
            target = new JdbcTarget(options.url, options.user, options.password);
            description = options.url;
        }
        try {
            return new Database(embedded, pool(target, options.connectTimeout, options.statementTimeout, poolSize), description,
                    options.schema, options.tablePrefix);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * Every wait is bounded: connecting and logging in ({@code connectTimeout}, also the pool's wait
     * for a free connection and for its first one), each statement ({@code statement_timeout}), and
     * the server's silence on the socket (a little longer than a statement may take, so a server
     * that accepts TCP and never answers, or stops answering, is given up on).
     */
    private static HikariDataSource pool(JdbcTarget target, Duration connectTimeout, Duration statementTimeout, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setPoolName("news-app");
        config.setMaximumPoolSize(poolSize);
        long connectSeconds = Math.max(1, connectTimeout.toSeconds());
        config.setConnectionTimeout(connectTimeout.toMillis() + 1_000);
        config.setInitializationFailTimeout(connectTimeout.toMillis() + 1_000);
        config.setValidationTimeout(Math.min(5_000, connectTimeout.toMillis()));
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("socketTimeout", String.valueOf(statementTimeout.toSeconds() + 30));
        config.setConnectionInitSql("SET statement_timeout = " + statementTimeout.toMillis());
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "news-app");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DataStoreUnavailableException("cannot connect to " + address(target.url()) + ": " + rootMessage(e), e);
        }
    }

    /** host:port of a PostgreSQL URL (what a person needs to find the server), else the URL. */
    private static String address(String url) {
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        if (parsed == null || parsed.getProperty("PGHOST") == null) {
            return url;
        }
        return parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT", "5432") + "/" + parsed.getProperty("PGDBNAME", "");
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

    DataSource dataSource() {
        return pool;
    }

    String schema() {
        return schema;
    }

    String tablePrefix() {
        return tablePrefix;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
