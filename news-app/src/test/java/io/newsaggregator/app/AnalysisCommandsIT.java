package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyse}, {@code search}, {@code stories}, {@code trends} and {@code report} over articles
 * ingested from a local site by two portals, on a real PostgreSQL; {@code analyse-text} without one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisCommandsIT {
    private static final int ARTICLES = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestNewsSite site;
    private static TestDatabase.Schema schema;
    private static Path catalog;

    @BeforeAll
    static void ingest() throws IOException {
        site = TestNewsSite.start(ARTICLES);
        schema = TestDatabase.shared().emptySchema("");
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, """
                portals:
                  - code: harbour
                    name: Harbour Herald
                    homepage: %1$s/
                    feeds: [{url: "%1$s/rss.xml", category: world}, {url: "%1$s/atom.xml"}]
                  - code: mirror
                    name: Harbour Mirror
                    homepage: %1$s/
                    sections: [{url: "%1$s/world/", category: world}]
                """.formatted(site.base()));
        AppRunner.Result result = run("ingest", "--catalog", catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32",
                "--min-interval", "PT0S");
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @AfterAll
    static void stop() {
        site.close();
        schema.drop();
    }

    private static AppRunner.Result run(String... args) {
        return AppRunner.run(AppRunner.concat(args, AppRunner.databaseArgs(schema)));
    }

    @Test
    @Order(1)
    void analyseTakesEveryArticleOnceAndASecondRunChangesNothing() throws IOException {
        AppRunner.Result first = run("analyse", "--format", "json");
        AppRunner.Result second = run("analyse", "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(JSON.readTree(first.out()).get("articles").asLong()).isEqualTo(2L * ARTICLES);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(JSON.readTree(second.out()).get("articles").asLong()).isZero();
    }

    @Test
    @Order(2)
    void searchFindsAStemmedFormWithAHighlightedSnippet() throws IOException {
        AppRunner.Result result = run("search", "councils", "--language", "en", "--portal", "harbour", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode hits = JSON.readTree(result.out());
        assertThat(hits.size()).isPositive();
        assertThat(hits.get(0).get("portal").asText()).isEqualTo("harbour");
        assertThat(hits.get(0).get("title").asText()).contains("council");
        assertThat(hits.get(0).get("snippet").asText()).contains("«");
    }

    @Test
    @Order(3)
    void theSameArticleOnTwoPortalsIsOneStory() throws IOException {
        AppRunner.Result result = run("stories", "--since", "2026-10-01", "--min-portals", "2", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode stories = JSON.readTree(result.out());
        assertThat(stories.size()).isPositive();
        JsonNode story = stories.get(0);
        assertThat(story.get("coverage").has("harbour")).isTrue();
        assertThat(story.get("coverage").has("mirror")).isTrue();
    }

    @Test
    @Order(4)
    void trendsRankTermsOfADay() throws IOException {
        AppRunner.Result result = run("trends", "--day", "2026-11-06", "--days", "3", "--by", "published", "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode trends = JSON.readTree(result.out());
        assertThat(trends.get("day").asText()).isEqualTo("2026-11-06");
        assertThat(trends.get("rising").isArray()).isTrue();
    }

    @Test
    @Order(5)
    void reportIsOneSelfContainedHtmlFileWithChartsAndNumbers() throws IOException {
        Path file = dir.resolve("out/report.html");

        AppRunner.Result result = run("report", "--out", file.toString(), "--to", "2026-11-21", "--days", "21", "--by", "published");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).endsWith(file.toAbsolutePath().toString());
        Document html = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(html.select("svg")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.text()).contains("Harbour Herald", "Harbour Mirror", String.valueOf(2 * ARTICLES));
        assertThat(html.select("script[src], link[href^=http], img[src^=http]")).isEmpty();
    }

    @Test
    @Order(5)
    void rightAfterIngestAndAnalyseTheDefaultViewsShowWhatWasJustIngested() throws IOException {
        Path file = dir.resolve("fresh/report.html");

        AppRunner.Result report = run("report", "--out", file.toString(), "--format", "json");
        AppRunner.Result stories = run("stories", "--format", "json");
        AppRunner.Result trends = run("trends", "--format", "json");
        AppRunner.Result published = run("trends", "--by", "published", "--day", "2026-12-31");

        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode written = JSON.readTree(report.out());
        assertThat(written.get("articles").asLong()).isEqualTo(2L * ARTICLES);
        assertThat(written.get("basis").asText()).isEqualTo("first seen");
        Document html = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(html.select("#top-stories .story")).isNotEmpty();
        assertThat(stories.exitCode()).as(stories.err()).isZero();
        assertThat(JSON.readTree(stories.out()).size()).isPositive();
        // the site's articles are dated 1..16 November 2026 and were first seen today, 21 November:
        // today's trends count them at once
        assertThat(trends.exitCode()).as(trends.err()).isZero();
        JsonNode today = JSON.readTree(trends.out());
        assertThat(today.get("day").asText()).isEqualTo("2026-11-21");
        assertThat(today.get("basis").asText()).isEqualTo("first seen");
        assertThat(today.get("rising").size()).isPositive();
        // by publication, a later day says which day has articles instead of "run ingest"
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).doesNotContain("run 'news-app ingest'")
                .contains("no analysed article was published on 2026-12-31", "try --day 2026-11-16");
    }

    @Test
    @Order(6)
    void analyseTextNeedsNoDatabaseAndGroupsRewritesOfOneEvent() throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, String.join("\n",
                "{\"id\":\"a\",\"portal\":\"one\",\"publishedAt\":\"2026-11-20T08:00:00Z\",\"title\":\"Volcano erupts on Iceland's Reykjanes peninsula, town of Grindavik evacuated\",\"text\":\"A volcano erupted on the Reykjanes peninsula in Iceland on Monday night. Lava flowed towards the fishing town of Grindavik, whose residents were evacuated. The Icelandic Meteorological Office said the eruption fissure was about three kilometres long.\"}",
                "{\"id\":\"b\",\"portal\":\"two\",\"publishedAt\":\"2026-11-20T09:30:00Z\",\"title\":\"Iceland volcano: lava flows towards evacuated Grindavik after Reykjanes eruption\",\"text\":\"Lava from a volcanic eruption on Iceland's Reykjanes peninsula flowed towards Grindavik on Tuesday. The town had been evacuated. The Meteorological Office said the fissure was three kilometres long.\"}",
                "{\"id\":\"c\",\"portal\":\"one\",\"publishedAt\":\"2026-11-20T10:00:00Z\",\"title\":\"Central bank keeps interest rates unchanged\",\"text\":\"The central bank left its main interest rate unchanged on Thursday, saying inflation was falling more slowly than expected. Economists had expected the decision.\"}",
                "{\"id\":\"d\",\"title\":\"Der Stadtrat beschließt den Ausbau des Hafens\",\"text\":\"Der Stadtrat hat am Dienstag beschlossen, den alten Hafen um zwei neue Anleger zu erweitern. Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.\"}"));

        AppRunner.Result result = AppRunner.run("analyse-text", "--input", docs.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : result.out().lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactly("a", "b", "c", "d");
        assertThat(rows.get(0).get("storyId")).isEqualTo(rows.get(1).get("storyId"));
        assertThat(rows.get(2).get("storyId")).isNotEqualTo(rows.get(0).get("storyId"));
        assertThat(rows.get(0).get("language").asText()).isEqualTo("en");
        assertThat(rows.get(3).get("language").asText()).isEqualTo("de");
        assertThat(rows.get(0).get("keyphrases").size()).isPositive();
        assertThat(rows.get(0).get("wordCount").asInt()).isGreaterThan(30);
        assertThat(rows.get(0).get("languageConfidence").asDouble()).isBetween(0.0, 1.0);
    }
}
