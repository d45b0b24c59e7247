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

/** A site redesigned under its portal rule: articles keep their text and the rule is reported. */
class RuleHealthIT {
    private static final int ARTICLES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aBodyRuleThatNoLongerMatchesFallsBackToTheGenericTextAndIsCountedPerPortal() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try (TestNewsSite site = TestNewsSite.start(ARTICLES)) {
            Path catalog = dir.resolve("catalog.yaml");
            Files.writeString(catalog, """
                    portals:
                      - code: redesigned
                        name: Redesigned Herald
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}]
                        rules: {body: "div.story-body-v1"}
                      - code: kept
                        name: Kept Herald
                        homepage: %1$s/
                        feeds: [{url: "%1$s/rss.xml"}]
                        rules: {body: article}
                    """.formatted(site.base()));

            AppRunner.Result ingest = AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema),
                    new String[] {"--catalog", catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32",
                            "--min-interval", "PT0S", "--format", "json"}));
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();
            JsonNode run = JSON.readTree(ingest.out());
            int stored = run.at("/run/counts/articlesNew").asInt();
            assertThat(stored).as("both portals store the feed's articles").isEqualTo(2 * run.at("/portals/0/counts/articlesNew").asInt());
            int perPortal = stored / 2;
            assertThat(perPortal).isPositive();
            assertThat(run.at("/ruleMisses/redesigned").asInt()).isEqualTo(perPortal);
            assertThat(run.at("/ruleMisses").has("kept")).as("a rule that holds is not reported").isFalse();
            assertThat(run.at("/failures")).as("a missed rule is not a failure").isEmpty();

            AppRunner.Result text = AppRunner.run(AppRunner.concat(new String[] {"db-info"}, AppRunner.databaseArgs(schema)));
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains("Rule health:").contains("redesigned: the portal's body rule fell short on "
                    + perPortal + " article page");
            JsonNode info = JSON.readTree(AppRunner.run(AppRunner.concat(new String[] {"db-info"},
                    AppRunner.databaseArgs(schema), new String[] {"--format", "json"})).out());
            assertThat(info.at("/ingest/ruleMisses/redesigned").asInt()).isEqualTo(perPortal);
        } finally {
            schema.drop();
        }
    }
}
