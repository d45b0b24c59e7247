package io.newsaggregator.app;

import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.persistence.JpaPersistence;
import java.time.Duration;
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

    private static HikariDataSource pool(JdbcTarget target, Duration connectTimeout, Duration statementTimeout, int poolSize) {
        return JpaPersistence.openPool("news-app", target.url(), target.user(), target.password(), poolSize, connectTimeout,
                statementTimeout);
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
