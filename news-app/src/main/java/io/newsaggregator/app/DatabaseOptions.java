package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where the database is: a JDBC URL, or an embedded PostgreSQL kept in a data directory. */
final class DatabaseOptions {
    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:NEWS_DB_URL}",
            description = "PostgreSQL JDBC URL (env NEWS_DB_URL). Without it an embedded PostgreSQL is used.")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:NEWS_DB_USER}", description = "Database user (env NEWS_DB_USER).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:NEWS_DB_PASSWORD}", arity = "0..1", interactive = true,
            description = "Database password (env NEWS_DB_PASSWORD); without a value it is asked for.")
    String password;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWS_DATA_DIR}",
            description = "Data directory of the embedded PostgreSQL (env NEWS_DATA_DIR; default ~/.news-aggregator/postgres).")
    Path dataDir;

    @Option(names = "--schema", defaultValue = "${env:NEWS_DB_SCHEMA:-news}",
            description = "Schema holding the tables (env NEWS_DB_SCHEMA; default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--table-prefix", defaultValue = "${env:NEWS_TABLE_PREFIX:-}",
            description = "Prefix for every table name (env NEWS_TABLE_PREFIX; default none).")
    String tablePrefix;

    @Option(names = "--db-connect-timeout", paramLabel = "DURATION", defaultValue = "PT10S",
            description = "Longest wait to connect and log in to the database, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--db-statement-timeout", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Longest time one SQL statement may run, and the longest silence of the server during one, "
                    + "ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration statementTimeout;

    /** Refuses what cannot work before anything is started: out-of-range waits, a URL of another database. */
    void validate() {
        OptionRanges.duration("--db-connect-timeout", connectTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        OptionRanges.duration("--db-statement-timeout", statementTimeout, Duration.ofSeconds(1), Duration.ofHours(24));
        if (!embedded() && (!url.startsWith("jdbc:postgresql:") || org.postgresql.Driver.parseURL(url, new Properties()) == null)) {
            throw new ConfigurationException("--db-url " + url + " is not a PostgreSQL JDBC URL; give jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }

    Path effectiveDataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".news-aggregator", "postgres");
    }
}
