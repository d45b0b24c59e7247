package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portals} lists what ingest stored per portal: sources, their health, rule misses, articles, last poll. */
class PortalsCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listsEveryStoredPortalWithItsSourcesRuleMissesAndArticles() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try (TestNewsSite site = TestNewsSite.start(2)) {
            Path catalog = dir.resolve("catalog.yaml");
            Files.writeString(catalog, """
                    portals:
                      - code: healthy
                        name: Healthy Herald
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}]
                        rules: {body: article}
                      - code: broken
                        name: Broken Herald
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}, {url: "%1$s/missing.xml"}]
                        rules: {body: "div.story-body-v1"}
                    """.formatted(site.base()));
            AppRunner.Result migrate = AppRunner.run(AppRunner.concat(new String[] {"migrate"}, AppRunner.databaseArgs(schema)));
            assertThat(migrate.exitCode()).as(migrate.err()).isZero();
            AppRunner.Result empty = AppRunner.run(AppRunner.concat(new String[] {"portals"}, AppRunner.databaseArgs(schema)));
            assertThat(empty.exitCode()).as(empty.err()).isZero();
            assertThat(empty.out()).contains("No portals stored yet");

            AppRunner.Result ingest = AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema),
                    new String[] {"--catalog", catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32",
                            "--min-interval", "PT0S"}));
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();

            AppRunner.Result json = AppRunner.run(AppRunner.concat(new String[] {"portals"}, AppRunner.databaseArgs(schema),
                    new String[] {"--format", "json"}));
            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonNode portals = JSON.readTree(json.out());
            assertThat(portals).hasSize(2);
            JsonNode broken = portals.get(0);
            JsonNode healthy = portals.get(1);
            assertThat(broken.get("code").asText()).isEqualTo("broken");
            assertThat(broken.get("sources").asInt()).as("one feed more than the healthy portal")
                    .isEqualTo(healthy.get("sources").asInt() + 1);
            assertThat(broken.get("failingSources").asInt()).isEqualTo(1);
            assertThat(broken.get("ruleMisses").asInt()).isEqualTo(broken.get("articles").asInt()).isPositive();
            assertThat(healthy.get("code").asText()).isEqualTo("healthy");
            assertThat(healthy.get("sources").asInt()).isPositive();
            assertThat(healthy.get("failingSources").asInt()).isZero();
            assertThat(healthy.get("ruleMisses").asInt()).isZero();
            assertThat(healthy.get("articles").asInt()).isPositive();
            assertThat(healthy.get("lastPolledAt").isNull()).isFalse();

            AppRunner.Result text = AppRunner.run(AppRunner.concat(new String[] {"portals"}, AppRunner.databaseArgs(schema)));
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains("PORTAL").contains("QUARANTINED").containsPattern("(?m)^broken\\s+" + broken.get("sources").asInt() + "\\s+1\\s")
                    .containsPattern("(?m)^healthy\\s+" + healthy.get("sources").asInt() + "\\s+0\\s");
        } finally {
            schema.drop();
        }
    }
}
