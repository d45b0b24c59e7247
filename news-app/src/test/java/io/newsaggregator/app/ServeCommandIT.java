package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code news-app serve} as a real process: it starts, answers, and stops in order on SIGTERM. */
class ServeCommandIT {
    private static final Pattern SERVING = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path dir;

    @Test
    void servesUntilSigtermThenStopsCleanly() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        Path token = Files.writeString(dir.resolve("token"), "process-token\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NewsApp.class.getName(), "serve", "--port", "0", "--no-worker",
                "--token-file", token.toString()));
        command.addAll(List.of(AppRunner.databaseArgs(schema)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuffer printed = new StringBuffer();
        CompletableFuture<String> serving = new CompletableFuture<>();
        // destroy() closes the process's streams, so its output is drained on a thread of its own
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    printed.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        serving.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // closed by destroy(): what was printed until then is kept
            }
            serving.complete(null);
        });
        drain.start();
        try {
            String base = serving.get(120, TimeUnit.SECONDS);
            assertThat(base).as(printed.toString()).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> analyse = http.send(HttpRequest.newBuilder(URI.create(base + "/api/actions/analyse"))
                    .header("Authorization", "Bearer process-token").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(analyse.statusCode()).as(analyse.body()).isEqualTo(202);

            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            drain.join(5000);
            assertThat(printed.toString()).doesNotContain("Exception", "\tat ");
            assertThat(process.exitValue()).as("SIGTERM is a stop asked for: exit 0\n" + printed).isZero();
        } finally {
            process.destroyForcibly();
            schema.drop();
        }
    }
}
