package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.pipes.DagsterPipes;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --dagster-pipes} and {@code analyse --dagster-pipes} as real child processes under a
 * fake orchestrator that does what Dagster's subprocess client does: a context file, a messages
 * file, both named in base64(zlib(JSON)) environment variables.
 */
class DagsterPipesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ingestAndAnalyseReportTheirCountsAsMaterialisations() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try (TestNewsSite site = TestNewsSite.start(3)) {
            Path catalog = Files.writeString(dir.resolve("catalog.yaml"), """
                    portals:
                      - code: local
                        name: Local News
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}]
                    """.formatted(site.base()));
            List<String> ingest = new ArrayList<>(List.of("ingest", "--dagster-pipes", "--catalog", catalog.toString(),
                    "--allow-network", TestNewsSite.HOST + "/32", "--min-interval", "PT0S"));
            ingest.addAll(List.of(AppRunner.databaseArgs(schema)));
            Run run = runUnderPipes("ingest", ingest, List.of("news/articles"));
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.messages()).extracting(m -> m.path("method").asText())
                    .containsExactly("opened", "report_asset_materialization", "closed");
            JsonNode metadata = run.messages().get(1).path("params").path("metadata");
            assertThat(run.messages().get(1).at("/params/asset_key").asText()).isEqualTo("news/articles");
            assertThat(metadata.at("/articles_new/raw_value").asInt()).isEqualTo(3);
            assertThat(metadata.at("/articles_new/type").asText()).isEqualTo("int");
            assertThat(metadata.at("/status/raw_value").asText()).isEqualTo("COMPLETED");

            List<String> analyse = new ArrayList<>(List.of("analyse", "--dagster-pipes"));
            analyse.addAll(List.of(AppRunner.databaseArgs(schema)));
            Run analysed = runUnderPipes("analyse", analyse, List.of());
            assertThat(analysed.exitCode()).as(analysed.output()).isZero();
            JsonNode report = analysed.messages().get(1);
            assertThat(report.at("/params/asset_key").asText()).as("no asset in the context: the command's own").isEqualTo("news_analysis");
            assertThat(report.at("/params/metadata/articles/raw_value").asInt()).isEqualTo(3);
        } finally {
            schema.drop();
        }
    }

    @Test
    void aFailedRunClosesTheSessionWithItsReasonAndExitCode() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try {
            List<String> ingest = new ArrayList<>(List.of("ingest", "--dagster-pipes", "--portal", "nowhere"));
            ingest.addAll(List.of(AppRunner.databaseArgs(schema)));
            Run run = runUnderPipes("failing", ingest, List.of("news/articles"));
            assertThat(run.exitCode()).isEqualTo(NewsApp.USAGE);
            assertThat(run.messages()).extracting(m -> m.path("method").asText()).containsExactly("opened", "closed");
            assertThat(run.messages().get(1).at("/params/exception/message").asText()).contains("no portal 'nowhere'");
        } finally {
            schema.drop();
        }
    }

    record Run(int exitCode, String output, List<JsonNode> messages) {
    }

    private Run runUnderPipes(String name, List<String> args, List<String> assetKeys) throws IOException, InterruptedException {
        Path context = Files.writeString(dir.resolve(name + "-context.json"), JSON.writeValueAsString(Map.of(
                "asset_keys", assetKeys, "run_id", "run-" + name, "job_name", "news", "retry_number", 0, "extras", Map.of())));
        Path messages = dir.resolve(name + "-messages.jsonl");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NewsApp.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(DagsterPipes.CONTEXT_ENV, DagsterPipes.encode(Map.of("path", context.toString())));
        builder.environment().put(DagsterPipes.MESSAGES_ENV, DagsterPipes.encode(Map.of("path", messages.toString())));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(messages)) {
            JsonNode message = JSON.readTree(line);
            assertThat(message.path("__dagster_pipes_version").asText()).isEqualTo("0.1");
            parsed.add(message);
        }
        return new Run(process.exitValue(), output, parsed);
    }
}
