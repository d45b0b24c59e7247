package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL with real processes: commands share it while a long one holds it, and a
 * server left behind by kill -9 is joined and then stopped by the next command.
 */
class EmbeddedDatabaseIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final List<String> JVM = List.of("-Xmx256m");

    @TempDir
    Path dir;

    @Test
    void commandsShareTheServerWhileAWorkerHoldsItAndTheNextCommandStopsTheOrphanAfterKill9() throws Exception {
        Path data = dir.resolve("postgres");
        Path catalog = dir.resolve("catalog.yaml");
        String base = "http://127.0.0.1:" + closedPort();
        Files.writeString(catalog, """
                portals:
                  - code: gone
                    name: Gone
                    homepage: %1$s/
                    feeds: [{url: "%1$s/rss.xml"}]
                """.formatted(base));

        ChildApp.Result migrated = ChildApp.run(dir, LIMIT, JVM, "migrate", "--data-dir", data.toString());
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(postmaster(data)).as("the last user stopped the server").isEmpty();

        ChildApp run = ChildApp.start(dir, JVM, "worker", "--data-dir", data.toString(), "--catalog", catalog.toString(),
                "--allow-network", "127.0.0.1/32", "--no-analyse", "--timeout", "PT2S");
        run.awaitOutput("stop with Ctrl-C or SIGTERM", LIMIT);
        long serverPid = postmaster(data).orElseThrow();

        ChildApp.Result alongside = ChildApp.run(dir, LIMIT, JVM, "db-info", "--data-dir", data.toString());
        assertThat(alongside.exitCode()).as(alongside.err()).isZero();
        assertThat(alongside.out()).contains("Rows:");
        assertThat(postmaster(data)).as("the worker still holds the same server").contains(serverPid);

        run.kill();
        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive)).as("kill -9 leaves the server orphaned").contains(true);

        ChildApp.Result after = ChildApp.run(dir, LIMIT, JVM, "db-info", "--data-dir", data.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.err()).doesNotContain("\tat ");
        // the worker's polls go on between the two, so only the schema part must be the same
        assertThat(after.out()).contains("Rows:");
        assertThat(after.out().substring(0, after.out().indexOf("Rows:"))).isEqualTo(alongside.out().substring(0, alongside.out().indexOf("Rows:")));
        assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
        assertThat(postmaster(data)).isEmpty();
    }

    private static Optional<Long> postmaster(Path data) throws IOException {
        Path pid = data.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        long value = Long.parseLong(Files.readAllLines(pid).get(0).strip());
        return ProcessHandle.of(value).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
