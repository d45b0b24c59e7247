package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.FleetSite;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with its fleet worker, as a real process over a local site: what the worker did
 * shows on {@code /metrics} (fetches by portal, target and outcome; articles stored; store, poll
 * lag and analyse timings) and agrees with what the database holds.
 */
class ServeWorkerMetricsIT {
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Pattern SERVING = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Duration READY = Duration.ofSeconds(240);
    private static final int ARTICLES = 6;

    @TempDir
    Path dir;

    private TestDatabase.Schema schema;
    private FleetSite site;
    private ChildApp serve;

    @BeforeEach
    void start() {
        schema = TestDatabase.shared().emptySchema("");
        site = FleetSite.start(List.of("127.0.0.5"), ARTICLES, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        if (serve != null) {
            serve.kill();
        }
        site.close();
        schema.drop();
    }

    @Test
    void theWorkersFetchesStoresPollsAndAnalysesAreScraped() throws Exception {
        Path catalog = Files.writeString(dir.resolve("catalog.yaml"), site.catalog());
        serve = ChildApp.start(dir, JVM, AppRunner.concat(new String[] {"serve", "--port", "0", "--name", "serve-1",
                "--catalog", catalog.toString(), "--allow-network", "127.0.0.0/8", "--min-interval", "PT0.05S",
                "--timeout", "PT10S", "--polling-interval", "PT0.3S", "--heartbeat", "PT1S", "--idle-recheck", "PT0.5S",
                "--poll-min", "PT1S", "--poll-initial", "PT1S", "--poll-max", "PT2S", "--analyse-delay", "PT0.5S",
                "--drain-batch", "4", "--threads", "3"}, AppRunner.databaseArgs(schema)));
        serve.awaitOutput("Serving on", READY);
        Matcher serving = SERVING.matcher(serve.out());
        assertThat(serving.find()).as(serve.out()).isTrue();
        String base = serving.group(1);
        String portal = site.portals().get(0).code();
        String fetchedArticles = "news_fetches_total{outcome=\"ok\",portal=\"" + portal + "\",target=\"article\"}";
        String stored = "news_articles_stored_total{change=\"new\",portal=\"" + portal + "\"}";

        Map<String, Double> scraped = Map.of();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            scraped = scrape(base);
            if (scraped.getOrDefault(stored, 0.0) >= ARTICLES && scraped.getOrDefault("news_articles_analysed_total", 0.0) >= ARTICLES) {
                break;
            }
            Thread.sleep(300);
        }

        assertThat(scraped.get(stored)).as(serve.out() + serve.err()).isEqualTo(ARTICLES);
        assertThat(scraped.get(stored)).isEqualTo((double) count("select count(*) from %s.article"));
        assertThat(scraped.get(fetchedArticles)).isEqualTo((double) count(
                "select count(*) from %s.fetch_event where target = 'ARTICLE' and outcome = 'OK'"));
        assertThat(scraped.get("news_fetches_total{outcome=\"ok\",portal=\"" + portal + "\",target=\"feed\"}")).isPositive();
        assertThat(scraped.get("news_store_batches_seconds_count{portal=\"" + portal + "\"}")).isPositive();
        assertThat(scraped.get("news_poll_lag_seconds_count{portal=\"" + portal + "\"}")).isPositive();
        assertThat(scraped.get("news_articles_analysed_total")).isEqualTo(ARTICLES);
        assertThat(scraped.get("news_analyse_runs_seconds_count")).isPositive();
        assertThat(scraped.get("news_extraction_seconds_count")).isGreaterThanOrEqualTo(ARTICLES);
        assertThat(scraped).containsKey("news_polls_overdue_seconds").containsKey("news_jobs_pending")
                .containsKey("news_frontier_entries{status=\"pending\"}");
        assertThat(scraped.get("news_polls_overdue_seconds")).isGreaterThanOrEqualTo(0.0);

        ChildApp.Result stopped = serve.terminate(Duration.ofSeconds(60));
        assertThat(stopped.exitCode()).as("SIGTERM is a stop asked for: exit 0\n" + stopped.err()).isZero();
        assertThat(stopped.out()).contains("Stopping: HTTP first, then the worker, then the database.");
        assertThat(stopped.out() + stopped.err()).doesNotContain("\tat ");
    }

    private static Map<String, Double> scrape(String base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    private long count(String sql) {
        try (Connection c = schema.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(sql.formatted(schema.name()));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
