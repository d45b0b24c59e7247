package io.newsaggregator.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * How {@link JpaPersistence} reaches the database and where our tables live.
 *
 * <p>Either a JDBC URL with credentials (a HikariCP pool is built and owned by
 * {@link JpaPersistence}) or an existing {@link DataSource} owned by the caller. Start from
 * {@link #forUrl} or {@link #forDataSource} and adjust with the {@code with...} methods:
 *
 * <pre>{@code
 * PersistenceSettings settings = PersistenceSettings.forUrl("jdbc:postgresql://db/news", "news", secret)
 *         .withSchema("news").withTablePrefix("na_").withPoolSize(8)
 *         .withSlowQueryThreshold(Duration.ofMillis(200));
 * }</pre>
 *
 * @param jdbcUrl            PostgreSQL JDBC URL, or null when {@code dataSource} is given
 * @param user               database user for {@code jdbcUrl}, or null
 * @param password           password for {@code jdbcUrl}, or null
 * @param dataSource         a caller-owned data source, or null when {@code jdbcUrl} is given
 * @param schema             the schema holding our tables
 * @param tablePrefix        prefix of every table and sequence name, may be empty
 * @param poolSize           maximum connections of the pool we build
 * @param connectionTimeout  how long a caller waits for a pooled connection
 * @param idleTimeout        how long an idle pooled connection is kept
 * @param maxLifetime        the longest a pooled connection lives
 * @param slowQueryThreshold statements slower than this are logged; zero turns the log off
 * @param batchSize          JDBC batch size for inserts and updates
 */
public record PersistenceSettings(
        String jdbcUrl,
        String user,
        String password,
        DataSource dataSource,
        String schema,
        String tablePrefix,
        int poolSize,
        Duration connectionTimeout,
        Duration idleTimeout,
        Duration maxLifetime,
        Duration slowQueryThreshold,
        int batchSize) {

    public static final String DEFAULT_SCHEMA = "public";
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,30}");

    public PersistenceSettings {
        if ((jdbcUrl == null) == (dataSource == null)) {
            throw new IllegalArgumentException("give either jdbcUrl or dataSource, not both and not neither");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must be a PostgreSQL JDBC URL (jdbc:postgresql:...), was '"
                    + jdbcUrl + "'");
        }
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must match " + SCHEMA.pattern() + ", was '" + schema + "'");
        }
        Objects.requireNonNull(tablePrefix, "tablePrefix");
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException(
                    "tablePrefix must match " + PREFIX.pattern() + ", was '" + tablePrefix + "'");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be >= 1, was " + poolSize);
        }
        requirePositive("connectionTimeout", connectionTimeout);
        requirePositive("idleTimeout", idleTimeout);
        requirePositive("maxLifetime", maxLifetime);
        Objects.requireNonNull(slowQueryThreshold, "slowQueryThreshold");
        if (slowQueryThreshold.isNegative()) {
            throw new IllegalArgumentException("slowQueryThreshold must not be negative");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
    }

    /** Settings for a pool we build from a JDBC URL; schema {@code public}, no prefix. */
    public static PersistenceSettings forUrl(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new PersistenceSettings(jdbcUrl, user, password, null, DEFAULT_SCHEMA, "", 10,
                Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMillis(500), 50);
    }

    /**
     * Settings over a data source the caller owns and closes. For fast batch inserts its PostgreSQL
     * driver should have {@code reWriteBatchedInserts=true}.
     */
    public static PersistenceSettings forDataSource(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new PersistenceSettings(null, null, null, dataSource, DEFAULT_SCHEMA, "", 10,
                Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMillis(500), 50);
    }

    public PersistenceSettings withSchema(String newSchema) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, newSchema, tablePrefix, poolSize,
                connectionTimeout, idleTimeout, maxLifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withTablePrefix(String newPrefix) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, newPrefix, poolSize,
                connectionTimeout, idleTimeout, maxLifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withPoolSize(int newPoolSize) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, newPoolSize,
                connectionTimeout, idleTimeout, maxLifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withConnectionTimeout(Duration timeout) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, poolSize,
                timeout, idleTimeout, maxLifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withIdleTimeout(Duration timeout) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, poolSize,
                connectionTimeout, timeout, maxLifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withMaxLifetime(Duration lifetime) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, poolSize,
                connectionTimeout, idleTimeout, lifetime, slowQueryThreshold, batchSize);
    }

    public PersistenceSettings withSlowQueryThreshold(Duration threshold) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, poolSize,
                connectionTimeout, idleTimeout, maxLifetime, threshold, batchSize);
    }

    public PersistenceSettings withBatchSize(int newBatchSize) {
        return new PersistenceSettings(jdbcUrl, user, password, dataSource, schema, tablePrefix, poolSize,
                connectionTimeout, idleTimeout, maxLifetime, slowQueryThreshold, newBatchSize);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "PersistenceSettings[" + (jdbcUrl != null ? "jdbcUrl=" + jdbcUrl + ", user=" + user : "dataSource")
                + ", schema=" + schema + ", tablePrefix='" + tablePrefix + "', poolSize=" + poolSize
                + ", connectionTimeout=" + connectionTimeout + ", slowQueryThreshold=" + slowQueryThreshold
                + ", batchSize=" + batchSize + "]";
    }
}
