package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code table of docs/operations.md, end to end: each row by a real failure, one line on stderr. */
class ExitCodesIT {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static TestDatabase.Schema schema;

    @BeforeAll
    static void start() {
        schema = AppRunner.migratedSchema();
    }

    @AfterAll
    static void stop() {
        schema.drop();
    }

    private static void assertOneLine(AppRunner.Result result, int exitCode, String... fragments) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        List<String> lines = result.err().lines().filter(line -> line.startsWith("news-app:")).toList();
        assertThat(lines).as(result.err()).hasSize(1);
        assertThat(lines.get(0)).contains(fragments);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void everySourceFailingExitsWithItsOwnCode() throws IOException {
        int closed = closedPort();
        String base = "http://127.0.0.1:" + closed;
        Path catalog = dir.resolve("unreachable.yaml");
        Files.writeString(catalog, """
                portals:
                  - code: gone
                    name: Gone
                    homepage: %1$s/
                    feeds: [{url: "%1$s/rss.xml"}]
                """.formatted(base));

        AppRunner.Result result = AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema),
                new String[] {"--catalog", catalog.toString(), "--allow-network", "127.0.0.1/32", "--min-interval", "PT0S",
                        "--timeout", "PT2S", "--no-migrate"}));

        assertOneLine(result, NewsApp.NOTHING_FETCHED, "nothing could be fetched");
        assertThat(result.out()).contains("cannot connect to 127.0.0.1:" + closed);
    }

    @Test
    void aDatabasePortThatAcceptsButNeverAnswersExitsThreeInBoundedTime() throws Exception {
        try (SilentServer server = new SilentServer(null)) {
            AppRunner.Result result = assertTimeoutPreemptively(BOUND, () -> AppRunner.run("db-info",
                    "--db-url", "jdbc:postgresql://127.0.0.1:" + server.port() + "/news", "--db-connect-timeout", "PT1S"));

            assertOneLine(result, NewsApp.DATABASE_UNAVAILABLE, "cannot connect to 127.0.0.1:" + server.port() + "/news");
            assertThat(server.accepted()).isPositive();
        }
    }

    @Test
    void aDatabasePortThatSpeaksHttpExitsThree() throws Exception {
        byte[] http = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (SilentServer server = new SilentServer(http)) {
            AppRunner.Result result = assertTimeoutPreemptively(BOUND, () -> AppRunner.run("ingest",
                    "--db-url", "jdbc:postgresql://127.0.0.1:" + server.port() + "/news", "--db-connect-timeout", "PT1S"));

            assertOneLine(result, NewsApp.DATABASE_UNAVAILABLE, "cannot connect to 127.0.0.1:" + server.port());
        }
    }

    @Test
    void aQueryStartingWithADashIsSearchedAfterTheEndOfOptions() {
        AppRunner.Result result = AppRunner.run(AppRunner.concat(new String[] {"search"}, AppRunner.databaseArgs(schema),
                new String[] {"--", "- -"}));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("No article matches \"- -\".");
    }

    /** Accepts connections and answers nothing, or only {@code reply}, and keeps them open. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> clients = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentServer(byte[] reply) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        clients.add(client);
                        if (reply != null) {
                            InputStream in = client.getInputStream();
                            in.read(new byte[1024]);
                            OutputStream out = client.getOutputStream();
                            out.write(reply);
                            out.flush();
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return clients.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket client : clients) {
                client.close();
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
