package io.newsaggregator.app.pipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.error.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Pipes protocol's encoding and messages, against values the reference (Python) encoder produced. */
class DagsterPipesTest {
    /** {@code dagster_pipes.encode_param({"data": {"asset_keys": ["news/articles"], "run_id": "r-1", "extras": {}}})}. */
    private static final String INLINE_CONTEXT =
            "eJyrVkpJLElUslKoVkosLk4tic9OrSwGcqOV8lLLi/UTi0oyk3NSi5VidRSUikrz4jNTgJJKRbqGSkCB1IqSokSQ6ura2loAmWwYOQ==";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void decodesWhatTheReferenceEncoderWrote() {
        JsonNode params = DagsterPipes.decode("X", INLINE_CONTEXT);
        assertThat(params.at("/data/asset_keys/0").asText()).isEqualTo("news/articles");
        assertThat(DagsterPipes.decode("X", DagsterPipes.encode(Map.of("path", "/tmp/m.jsonl"))).path("path").asText())
                .isEqualTo("/tmp/m.jsonl");
    }

    @Test
    void writesOpenedMaterialisationAndClosedToTheStreamTheParamsName() throws Exception {
        StringWriter out = new StringWriter();
        Map<String, String> env = Map.of(DagsterPipes.CONTEXT_ENV, INLINE_CONTEXT,
                DagsterPipes.MESSAGES_ENV, DagsterPipes.encode(Map.of("stdio", "stdout")));
        try (DagsterPipes pipes = DagsterPipes.open(env, new PrintWriter(out), new PrintWriter(new StringWriter()))) {
            pipes.reportMaterialization(pipes.assetKey("fallback"), Map.of("articles_new", 3, "status", "COMPLETED"));
        }
        List<JsonNode> messages = out.toString().lines().map(DagsterPipesTest::parse).toList();

        assertThat(messages).extracting(m -> m.path("method").asText())
                .containsExactly("opened", "report_asset_materialization", "closed");
        assertThat(messages).allSatisfy(m -> assertThat(m.path("__dagster_pipes_version").asText()).isEqualTo("0.1"));
        JsonNode materialised = messages.get(1).path("params");
        assertThat(materialised.path("asset_key").asText()).isEqualTo("news/articles");
        assertThat(materialised.at("/metadata/articles_new/raw_value").asInt()).isEqualTo(3);
        assertThat(materialised.at("/metadata/articles_new/type").asText()).isEqualTo("int");
        assertThat(materialised.at("/metadata/status/type").asText()).isEqualTo("text");
        assertThat(messages.get(2).path("params").has("exception")).isFalse();
    }

    @Test
    void refusesAnEnvironmentThatIsNotPipes() {
        assertThatThrownBy(() -> DagsterPipes.open(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DAGSTER_PIPES_CONTEXT");
        assertThatThrownBy(() -> DagsterPipes.decode("DAGSTER_PIPES_CONTEXT", "not base64!"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not base64 of zlib-compressed JSON");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
