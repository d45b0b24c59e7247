package io.newsaggregator.app;

import java.nio.file.Path;
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

    boolean embedded() {
        return url == null || url.isBlank();
    }

    Path effectiveDataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".news-aggregator", "postgres");
    }
}
