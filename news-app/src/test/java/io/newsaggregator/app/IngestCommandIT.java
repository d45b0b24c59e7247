package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code news-app ingest} end to end: a local news site with good and hostile sources, a real
 * PostgreSQL, the real fetcher, readers and extractor. The tests build on each other in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandIT {
    private static final int ARTICLES = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestNewsSite site;
    private static TestDatabase.Schema schema;
    private static JpaPersistence persistence;
    private static Path catalog;

    @BeforeAll
    static void start() throws IOException {
        site = TestNewsSite.start(ARTICLES);
        schema = TestDatabase.shared().emptySchema("");
        catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, catalogYaml());
    }

    @AfterAll
    static void stop() {
        if (persistence != null) {
            persistence.close();
        }
        site.close();
        schema.drop();
    }

    private static String catalogYaml() {
        String b = site.base();
        List<String> hostile = List.of("/bad/xxe.xml", "/bad/billion-laughs.xml", "/bad/malformed.xml", "/bad/html-as-feed.xml",
                "/bad/empty.xml", "/bad/always-500.xml", "/bad/503-then-ok.xml", "/bad/429-then-ok.xml", "/bad/slow.xml",
                "/bad/huge.xml", "/bad/gzip-bomb.xml", "/bad/loop", "/bad/to-metadata", "/bad/to-loopback", "/bad/articles.xml");
        return """
                portals:
                  - code: harbour
                    name: Harbour Herald
                    homepage: %1$s/
                    language: en
                    feeds:
                      - {url: "%1$s/rss.xml", category: world}
                      - {url: "%1$s/atom.xml"}
                      - {url: "%1$s/rdf.xml"}
                    sections:
                      - {url: "%1$s/world/", category: world}
                  - code: found
                    name: Found by autodiscovery
                    homepage: %1$s/
                  - code: hostile
                    name: Hostile Web
                    homepage: %1$s/
                    sitemaps: ["%1$s/bad/sitemap.xml"]
                    feeds:
                %2$s
                """.formatted(b, hostile.stream().map(p -> "      - {url: \"" + b + p + "\"}").collect(Collectors.joining("\n")));
    }

    private static AppRunner.Result ingest() {
        return AppRunner.run(AppRunner.concat(new String[] {"ingest"}, AppRunner.databaseArgs(schema), new String[] {"--catalog", catalog.toString(), "--allow-network", TestNewsSite.HOST + "/32",
                "--min-interval", "PT0S", "--timeout", "PT2S", "--refetch-after", "PT0S", "--format", "json"}));
    }

    private static UnitOfWork store() {
        if (persistence == null) {
            persistence = JpaPersistence.start(schema.settings());
        }
        return persistence.unitOfWork();
    }

    private static List<Article> articlesOf(String portalCode) {
        return store().readOnly(repos -> {
            Portal portal = repos.portals().findByCode(portalCode).orElseThrow();
            return repos.articles().find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portal.id())));
        });
    }

    private static FetchEvent lastEventFor(String path) {
        List<FetchEvent> events = store().readOnly(repos -> repos.fetchEvents().find(Query.of(FetchEvent.class)
                .where(FetchEventField.URL.eq(site.url(path))).orderBy(FetchEventField.ID.desc()).limit(1)));
        assertThat(events).as("a fetch event for %s", path).isNotEmpty();
        return events.get(0);
    }

    @Test
    @Order(1)
    void firstRunStoresEveryGoodArticleAndRecordsEveryBadSourceWithAReason() throws IOException {
        AppRunner.Result result = ingest();

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.at("/run/status").asText()).isEqualTo("COMPLETED");
        assertThat(articlesOf("harbour")).hasSize(ARTICLES);
        assertThat(articlesOf("hostile")).extracting(Article::url).containsExactlyInAnyOrder(
                site.url(TestNewsSite.articlePath(1)), site.url(TestNewsSite.articlePath(2)), site.url("/bad/latin1-article.html"));

        Map<String, String> expected = Map.ofEntries(
                Map.entry("/bad/xxe.xml", "MALFORMED_CONTENT"),
                Map.entry("/bad/billion-laughs.xml", "MALFORMED_CONTENT"),
                Map.entry("/bad/malformed.xml", "MALFORMED_CONTENT"),
                Map.entry("/bad/html-as-feed.xml", "MALFORMED_CONTENT"),
                Map.entry("/bad/empty.xml", "MALFORMED_CONTENT"),
                Map.entry("/bad/always-500.xml", "SERVER_ERROR"),
                Map.entry("/bad/slow.xml", "TIMEOUT"),
                Map.entry("/bad/huge.xml", "TOO_LARGE"),
                Map.entry("/bad/gzip-bomb.xml", "TOO_LARGE"),
                Map.entry("/bad/loop", "TOO_MANY_REDIRECTS"),
                Map.entry("/bad/to-metadata", "BLOCKED_BY_ADDRESS_POLICY"),
                Map.entry("/bad/to-loopback", "BLOCKED_BY_ADDRESS_POLICY"),
                Map.entry("/private/secret.html", "BLOCKED_BY_ROBOTS"),
                Map.entry("/bad/empty-article.html", "MALFORMED_CONTENT"),
                Map.entry("/bad/sitemap.xml", "MALFORMED_CONTENT"));
        List<String> problems = new ArrayList<>();
        expected.forEach((path, errorClass) -> {
            FetchEvent event = lastEventFor(path);
            if (event.outcome() != FetchOutcome.FAILED || event.errorClass() == null || !errorClass.equals(event.errorClass().name())) {
                problems.add(path + ": " + event.outcome() + " " + event.errorClass() + " " + event.reason());
            } else if (event.reason() == null || event.reason().isBlank() || event.reason().contains("\n\tat ")
                    || event.reason().contains("Exception")) {
                problems.add(path + ": unreadable reason '" + event.reason() + "'");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(lastEventFor("/bad/503-then-ok.xml").outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(lastEventFor("/bad/429-then-ok.xml").outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(site.hits("/private/secret.html")).as("robots.txt disallows it: never requested").isZero();
        assertThat(report.at("/failures").size()).isGreaterThanOrEqualTo(expected.size());
    }

    @Test
    @Order(2)
    void aPortalWithoutConfiguredSourcesIsIngestedThroughAutodiscovery() {
        List<String> sources = store().readOnly(repos -> repos.feeds().findByPortal(
                repos.portals().findByCode("found").orElseThrow().id())).stream().map(f -> f.url()).toList();

        assertThat(sources).containsExactlyInAnyOrder(site.url("/rss.xml"), site.url("/atom.xml"), site.url("/news-sitemap.xml"));
        assertThat(articlesOf("found")).hasSize(ARTICLES);
    }

    @Test
    @Order(2)
    void extractsMetadataAndCleanTextFromEachKindOfPage() {
        Map<String, Article> byUrl = articlesOf("harbour").stream().collect(Collectors.toMap(Article::url, a -> a));
        Article jsonLd = byUrl.get(site.url(TestNewsSite.articlePath(3)));
        Article openGraph = byUrl.get(site.url(TestNewsSite.articlePath(4)));
        Article plain = byUrl.get(site.url(TestNewsSite.articlePath(5)));

        assertThat(jsonLd.authors()).containsExactly("Maria Jensen");
        assertThat(jsonLd.publishedAt()).hasToString("2026-11-04T07:30:00Z");
        assertThat(openGraph.authors()).containsExactly("Tom Berg");
        assertThat(openGraph.title()).isEqualTo("Story 4: the school meals decides on the new plan");
        assertThat(plain.title()).isEqualTo("Story 5: the harbour council decides on the new plan");
        for (Article article : List.of(jsonLd, openGraph, plain)) {
            assertThat(article.bodyText()).contains("voted on the proposal numbered")
                    .doesNotContain("Share on social", "Great article", "Another story entirely", "Copyright");
            assertThat(article.canonicalUrl()).doesNotContain("utm_", "#");
            assertThat(article.language()).isEqualTo("en");
        }
        Article latin1 = articlesOf("hostile").stream().filter(a -> a.url().endsWith("latin1-article.html")).findFirst().orElseThrow();
        assertThat(latin1.title()).isEqualTo("Le café du port rouvre");
        assertThat(latin1.bodyText()).contains("Après des mois de travaux", "Hélène Dupré");
    }

    @Test
    @Order(3)
    void nothingWasReadFromLocalFilesThroughTheXxeFeed() {
        List<Article> all = new ArrayList<>(articlesOf("harbour"));
        all.addAll(articlesOf("hostile"));
        assertThat(all).noneMatch(a -> (a.title() + a.bodyText()).contains("root:"));
        assertThat(site.hits("/stolen")).isZero();
    }

    @Test
    @Order(4)
    void secondRunStoresNoDuplicatesAndUsesConditionalRequests() throws IOException {
        int before = articlesOf("harbour").size() + articlesOf("hostile").size();

        AppRunner.Result result = ingest();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(articlesOf("harbour").size() + articlesOf("hostile").size()).isEqualTo(before);
        JsonNode counts = JSON.readTree(result.out()).at("/run/counts");
        assertThat(counts.get("articlesNew").asInt()).isZero();
        assertThat(counts.get("articlesUpdated").asInt()).isZero();
        assertThat(lastEventFor("/rss.xml").outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(lastEventFor("/rss.xml").httpStatus()).isEqualTo(304);
    }

    @Test
    @Order(5)
    void aChangedArticleProducesExactlyOneRevision() throws IOException {
        site.reviseArticle(6, "Update: the council has now published the full budget for the plan.");

        AppRunner.Result result = ingest();

        assertThat(result.exitCode()).as(result.err()).isZero();
        // the article is stored under two portals of the catalog (harbour and found): each copy changes once
        assertThat(JSON.readTree(result.out()).at("/run/counts/articlesUpdated").asInt()).isEqualTo(2);
        Article revised = articlesOf("harbour").stream()
                .filter(a -> a.url().equals(site.url(TestNewsSite.articlePath(6)))).findFirst().orElseThrow();
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.bodyText()).contains("published the full budget");
        List<ArticleRevision> revisions = store().readOnly(repos -> repos.revisions().findByArticle(revised.id()));
        assertThat(revisions).singleElement().satisfies(old -> assertThat(old.bodyText()).doesNotContain("full budget"));
    }

    @Test
    @Order(6)
    void exportWritesEveryStoredArticleAsJsonLinesOneJsonArrayAndCsv() throws IOException {
        String[] common = AppRunner.databaseArgs(schema);
        AppRunner.Result array = AppRunner.run(AppRunner.concat(new String[] {"export", "--format", "json", "--portal", "harbour"}, common));
        AppRunner.Result none = AppRunner.run(AppRunner.concat(new String[] {"export", "--format", "json", "--since",
                "2999-01-01"}, common));

        AppRunner.Result jsonl = AppRunner.run(AppRunner.concat(new String[] {"export", "--portal", "harbour"}, common));
        AppRunner.Result csv = AppRunner.run(AppRunner.concat(new String[] {"export", "--format", "csv"}, common));

        assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(ARTICLES);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("portal").asText()).isEqualTo("harbour");
        for (String field : ExportCommand.COLUMNS) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode revised = lines.stream().map(IngestCommandIT::json)
                .filter(a -> a.get("url").asText().equals(site.url(TestNewsSite.articlePath(6)))).findFirst().orElseThrow();
        assertThat(revised.get("revisions").asInt()).isEqualTo(2);
        assertThat(revised.get("categories").get(0).asText()).isEqualTo("world");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("portal,source,url,canonicalUrl,title");
        assertThat(array.exitCode()).as(array.err()).isZero();
        JsonNode all = JSON.readTree(array.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(ARTICLES);
        assertThat(all.get(0)).isEqualTo(first);
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(JSON.readTree(none.out()).isArray()).isTrue();
        assertThat(JSON.readTree(none.out())).isEmpty();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }


}
