package io.newsaggregator.app;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on the classpath, keeping its data in a directory
 * so that the next run finds what this one stored.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new ConfigurationException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            log.warn("{} has a postmaster.pid: another news-app may be using it, or the last one did not stop cleanly", dataDir);
        }
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", postgres.getPort(), dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | IllegalStateException e) {
            throw new DataStoreUnavailableException("embedded PostgreSQL did not start with data directory " + dataDir
                    + ": " + e.getMessage(), e);
        }
    }

    JdbcTarget target() {
        return new JdbcTarget(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
