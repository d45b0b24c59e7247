package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.newsaggregator.app.http.ApiSettings;
import io.newsaggregator.app.http.HttpApi;
import io.newsaggregator.app.metrics.NewsMetrics;
import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTTP API of {@code serve} over real HTTP against a real PostgreSQL: two portals ingested from
 * a local news site and analysed, then asked for through the API the way a client would.
 */
class ServeApiIT {
    static final String TOKEN = "s3cret-token-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TestNewsSite site;
    private static TestDatabase.Schema schema;
    private static HikariDataSource pool;
    private static NewsMetrics metrics;
    private static NewsAggregator news;
    private static InProcessWorker worker;
    private static HttpApi api;
    private static String base;

    @BeforeAll
    static void start() {
        site = TestNewsSite.start(8);
        schema = TestDatabase.shared().emptySchema("");
        metrics = new NewsMetrics();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestDatabase.shared().jdbcUrl());
        config.setUsername(TestDatabase.shared().user());
        config.setPassword(TestDatabase.shared().password());
        config.setMaximumPoolSize(4);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics.registry()));
        pool = new HikariDataSource(config);
        news = NewsAggregator.builder().dataSource(pool).schema(schema.name()).clock(CLOCK)
                .catalog(IngestAdapters.parseCatalog("serve.yaml", """
                        portals:
                          - code: harbour
                            name: Harbour Herald
                            homepage: %1$s/
                            language: en
                            feeds: [{url: "%1$s/rss.xml"}]
                          - code: coast
                            name: Coast Courier
                            homepage: %1$s/
                            language: en
                            feeds: [{url: "%1$s/atom.xml"}]
                        """.formatted(site.base())))
                .http(HttpFetchSettings.defaults().withAllowedNetworks(TestNewsSite.HOST + "/32").withPerHostMinInterval(Duration.ZERO))
                .ingestSettings(IngestSettings.DEFAULTS.withRefetchKnownAfter(Duration.ZERO))
                .articleExtractor(metrics.timed(IngestAdapters.articleExtractor(CLOCK)))
                .build();
        news.migrate();
        news.ingest(List.of(), 50, IngestListener.NONE);
        site.reviseArticle(1, "A late paragraph changed the story after it was first published.");
        news.ingest(List.of("harbour"), 50, IngestListener.NONE);
        news.analyse();
        worker = new InProcessWorker(news, 50, metrics);
        api = HttpApi.start(news, worker, new ApiSettings("127.0.0.1", 0, TOKEN, 64 * 1024, 10_000), metrics.registry(), CLOCK);
        base = "http://127.0.0.1:" + api.port();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (worker != null) {
            worker.close();
        }
        if (news != null) {
            news.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (metrics != null) {
            metrics.close();
        }
        site.close();
        schema.drop();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    static void assertError(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
    }

    @Test
    void listsArticlesNewestFirstInPagesThatAddUpToTheTotal() throws Exception {
        JsonNode first = json(get("/api/articles?limit=3"));
        long total = first.path("total").asLong();
        assertThat(total).isGreaterThan(6);
        assertThat(first.path("items")).hasSize(3);
        assertThat(first.path("limit").asInt()).isEqualTo(3);
        assertThat(first.path("nextOffset").asInt()).isEqualTo(3);
        JsonNode item = first.path("items").get(0);
        assertThat(item.path("id").isNumber()).isTrue();
        assertThat(item.path("portal").asText()).isIn("harbour", "coast");
        assertThat(item.path("title").asText()).startsWith("Story ");
        assertThat(item.has("bodyText")).as("lists leave the text out").isFalse();
        assertThat(Instant.parse(item.path("publishedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(first.path("items").get(1).path("publishedAt").asText()));

        int seen = 0;
        for (int offset = 0; offset < total; offset += 3) {
            seen += json(get("/api/articles?limit=3&offset=" + offset)).path("items").size();
        }
        assertThat(seen).isEqualTo(total);
        JsonNode last = json(get("/api/articles?limit=3&offset=" + (total - 1)));
        assertThat(last.path("nextOffset").isNull()).isTrue();
    }

    @Test
    void filtersArticlesByPortalAndTime() throws Exception {
        JsonNode harbour = json(get("/api/articles?portal=harbour&limit=200"));
        assertThat(harbour.path("items")).allSatisfy(a -> assertThat(a.path("portal").asText()).isEqualTo("harbour"));
        JsonNode both = json(get("/api/articles?portal=harbour,coast&limit=200"));
        assertThat(both.path("total").asLong()).isGreaterThan(harbour.path("total").asLong());
        JsonNode early = json(get("/api/articles?to=2026-11-05&limit=200"));
        assertThat(early.path("items")).isNotEmpty().allSatisfy(a ->
                assertThat(Instant.parse(a.path("publishedAt").asText())).isBefore(Instant.parse("2026-11-05T00:00:00Z")));
        assertError(get("/api/articles?portal=nowhere"), 400);
    }

    @Test
    void oneArticleComesWithItsTextAndRevisions() throws Exception {
        JsonNode list = json(get("/api/articles?portal=harbour&limit=200"));
        JsonNode revised = null;
        for (JsonNode a : list.path("items")) {
            if (a.path("revision").asInt() > 1) {
                revised = a;
            }
        }
        assertThat(revised).as("the revised article").isNotNull();
        JsonNode article = json(get("/api/articles/" + revised.path("id").asLong()));
        assertThat(article.at("/article/title").asText()).isEqualTo(revised.path("title").asText());
        assertThat(article.path("bodyText").asText()).contains("A late paragraph changed the story");
        assertThat(article.path("revisions")).hasSize(1);
        assertThat(article.at("/revisions/0/bodyText").asText()).doesNotContain("A late paragraph");
        assertError(get("/api/articles/999999999"), 404);
        assertError(get("/api/articles/abc"), 400);
    }

    @Test
    void searchRanksHitsWithMarkedSnippets() throws Exception {
        JsonNode found = json(get("/api/search?q=" + URLEncoder.encode("harbour council", StandardCharsets.UTF_8) + "&limit=5"));
        assertThat(found.path("hits")).isNotEmpty();
        JsonNode hit = found.path("hits").get(0);
        assertThat(hit.path("snippet").asText()).contains("«");
        assertThat(hit.path("rank").asDouble()).isPositive();
        assertThat(hit.path("url").asText()).startsWith(site.base());
        assertError(get("/api/search"), 400);
        assertError(get("/api/search?q=plan&limit=0"), 400);
    }

    @Test
    void storiesAndTrendsAnswerInTheirShapes() throws Exception {
        JsonNode stories = json(get("/api/stories?since=2026-11-01&minPortals=2"));
        assertThat(stories.path("stories")).isNotEmpty();
        JsonNode story = stories.path("stories").get(0);
        assertThat(story.path("coverage").size()).isEqualTo(2);
        assertThat(story.path("label").asText()).isNotBlank();
        JsonNode trends = json(get("/api/trends?day=2026-11-05&days=3"));
        assertThat(trends.path("day").asText()).isEqualTo("2026-11-05");
        assertThat(trends.path("terms").isArray()).isTrue();
        assertError(get("/api/trends?day=yesterday"), 400);
        assertError(get("/api/stories?since=soon"), 400);
    }

    @Test
    void portalsShowTheirSourcesHealthAndLastPoll() throws Exception {
        JsonNode portals = json(get("/api/portals"));
        assertThat(portals.path("portals")).extracting(p -> p.path("code").asText()).containsExactly("coast", "harbour");
        JsonNode harbour = json(get("/api/portals/harbour"));
        assertThat(harbour.at("/portal/articles").asLong()).isPositive();
        assertThat(harbour.at("/portal/lastPolledAt").asText()).isNotBlank();
        assertThat(harbour.path("sources")).isNotEmpty();
        assertThat(harbour.at("/sources/0/quarantined").isBoolean()).isTrue();
        assertError(get("/api/portals/nowhere"), 404);
    }

    @Test
    void runsAndTheirFailuresPageNewestFirst() throws Exception {
        JsonNode runs = json(get("/api/runs?limit=1"));
        assertThat(runs.path("total").asLong()).isGreaterThanOrEqualTo(2);
        long newest = runs.at("/items/0/id").asLong();
        JsonNode older = json(get("/api/runs?limit=1&offset=1"));
        assertThat(older.at("/items/0/id").asLong()).isLessThan(newest);
        assertThat(runs.at("/items/0/counts/articlesNew").isNumber()).isTrue();
        JsonNode failures = json(get("/api/runs/" + newest + "/failures"));
        assertThat(failures.path("items").isArray()).isTrue();
        assertError(get("/api/runs/999999/failures"), 404);
    }

    @Test
    void anUnchangedAnswerIsNotSentTwice() throws Exception {
        HttpResponse<String> first = get("/api/portals");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/api/portals", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = get("/api/portals", "If-None-Match", "\"something-else\"");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void actionsNeedTheTokenAndQueueWork() throws Exception {
        assertError(post("/api/portals/harbour/poll", ""), 401);
        assertError(post("/api/portals/harbour/poll", "", "Authorization", "Bearer wrong"), 401);
        assertError(post("/api/portals/nowhere/poll", "", "Authorization", "Bearer " + TOKEN), 404);
        long runsBefore = json(get("/api/runs")).path("total").asLong();

        HttpResponse<String> accepted = post("/api/portals/coast/poll", "", "Authorization", "Bearer " + TOKEN);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(json(accepted).path("accepted").asText()).isEqualTo("poll");
        assertThat(post("/api/actions/analyse", "", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(202);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (worker.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(worker.pending()).isZero();
        assertThat(json(get("/api/runs")).path("total").asLong()).isEqualTo(runsBefore + 1);
        Map<String, Double> scraped = scrape();
        assertThat(scraped).containsKey("news_fetches_total{outcome=\"not_modified\",portal=\"coast\",target=\"feed\"}");
        assertThat(scraped.get("news_jobs_pending")).isZero();
    }

    @Test
    void oversizedRequestsAndUnknownRoutesGetJsonErrors() throws Exception {
        assertError(post("/api/actions/analyse", "x".repeat(100 * 1024), "Authorization", "Bearer " + TOKEN), 413);
        assertError(get("/api/nothing-here"), 404);
        assertError(get("/api/articles?limit=100000"), 400);
        assertError(get("/api/articles?offset=-1"), 400);
    }

    @Test
    void healthSaysLiveAndReadyWithTheSchemaVersion() throws Exception {
        assertThat(json(get("/health/live")).path("status").asText()).isEqualTo("UP");
        JsonNode ready = json(get("/health/ready"));
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.path("schemaVersion").asText()).isEqualTo(schema.migrations().info().currentVersion());
        assertThat(ready.path("pendingMigrations").asInt()).isZero();
    }

    @Test
    void metricsAreScrapedInPrometheusFormat() throws Exception {
        get("/api/articles?limit=1");
        Map<String, Double> scraped = scrape();
        assertThat(scraped.keySet()).anyMatch(k -> k.startsWith("http_server_requests_seconds_count{")
                && k.contains("route=\"/api/articles\"") && k.contains("status=\"200\""));
        assertThat(scraped.keySet()).anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"));
        assertThat(scraped.keySet()).anyMatch(k -> k.startsWith("hikaricp_connections{"));
        assertThat(scraped.get("news_extraction_seconds_count")).isPositive();
    }

    @Test
    void theFrontierDepthByStatusIsScrapedFromTheDatabase() throws Exception {
        String pending = "news_frontier_entries{status=\"pending\"}";
        String leased = "news_frontier_entries{status=\"leased\"}";
        String failed = "news_frontier_entries{status=\"failed\"}";
        PortalId coast = news.unitOfWork().readOnly(r -> r.portals().findByCode("coast")).orElseThrow().id();
        List<String> urls = List.of("https://waiting.test/1", "https://waiting.test/2", "https://waiting.test/3");
        List<FrontierEntry> waiting = urls.stream().map(url -> FrontierEntry.pending(coast, null, url, DiscoveredLink.of(url),
                List.of(), CLOCK.instant())).toList();
        Map<String, Double> before = scrape();
        news.unitOfWork().run(r -> r.frontier().enqueue(waiting));
        try {
            Map<String, Double> after = scrape();

            assertThat(after.get(pending) - before.get(pending)).isEqualTo(3.0);
            assertThat(after.get(pending)).isEqualTo((double) news.frontierDepth(FrontierStatus.PENDING));
            assertThat(after.get(leased)).isEqualTo((double) news.frontierDepth(FrontierStatus.LEASED));
            assertThat(after.get(failed)).isEqualTo((double) news.frontierDepth(FrontierStatus.FAILED));
        } finally {
            news.unitOfWork().run(r -> r.frontier().delete(Query.of(FrontierEntry.class)
                    .where(FrontierEntryField.CANONICAL_URL.in(urls))));
        }
    }

    @Test
    void aServerOffLoopbackWithoutATokenDoesNotStart() {
        assertThatThrownBy(() -> HttpApi.start(news, worker, new ApiSettings("0.0.0.0", 0, null, 1024, 10), metrics.registry(), CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("needs a token");
    }

    @Test
    void aClientOverTheRateLimitGets429() throws Exception {
        try (HttpApi limited = HttpApi.start(news, worker, new ApiSettings("127.0.0.1", 0, null, 1024, 5), metrics.registry(), CLOCK)) {
            String limitedBase = "http://127.0.0.1:" + limited.port();
            int[] statuses = new int[7];
            for (int i = 0; i < statuses.length; i++) {
                statuses[i] = HTTP.send(HttpRequest.newBuilder(URI.create(limitedBase + "/health/live")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            }
            assertThat(statuses).startsWith(200, 200, 200, 200, 200).endsWith(429);
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(limitedBase + "/api/portals")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(refused, 429);
        }
    }

    @Test
    void dashboardPagesRenderWithChartsAndWithoutConsoleErrorsOrOverflowAtPhoneWidth() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            for (String path : List.of("/", "/search?q=harbour", "/report")) {
                browser.get(base + path);
                assertThat(browser.findElements(By.tagName("h1"))).as(path).isNotEmpty();
                assertThat(Browser.severeConsoleMessages(browser)).as("console of %s", path).isEmpty();
                // the report's own layout (news-analysis) is checked at phone width by the report's tests
                if (!path.equals("/report")) {
                    assertThat(Browser.horizontalOverflow(browser)).as("overflow at 400 px on %s", path).isZero();
                }
            }
            browser.get(base + "/");
            assertThat(browser.findElements(By.cssSelector("table.runs tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.findElements(By.cssSelector("ul.articles li"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("ul.stories li"))).isNotEmpty();
            browser.get(base + "/report");
            assertThat(browser.findElements(By.cssSelector("svg"))).as("the report's charts").isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void dashboardSearchFindsArticlesAndMarksTheWords() {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/");
            WebElement box = browser.findElement(By.name("q"));
            box.sendKeys("council");
            box.submit();
            assertThat(browser.getCurrentUrl()).contains("/search?q=council");
            List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li"));
            assertThat(hits).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("ol.hits mark"))).isNotEmpty();
            assertThat(Browser.severeConsoleMessages(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** Sample name with labels (as printed) to value, comments left out. */
    static Map<String, Double> scrape() throws Exception {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }
}
