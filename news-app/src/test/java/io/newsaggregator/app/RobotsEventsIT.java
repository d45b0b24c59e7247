package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every robots.txt request leaves a fetch event, also the ones the fetcher makes on its own to
 * decide on a page (a portal whose catalog names only sitemaps never asks for robots.txt itself).
 */
class RobotsEventsIT {
    private TestNewsSite site;
    private TestDatabase.Schema schema;

    @BeforeEach
    void start() {
        site = TestNewsSite.start(4);
        schema = TestDatabase.shared().emptySchema("");
    }

    @AfterEach
    void stop() {
        site.close();
        schema.drop();
    }

    @Test
    void aSitemapOnlyPortalLeavesOneRobotsEventPerHostWithItsOutcome() {
        IngestReport report = ingest();

        assertThat(report.run().status()).isEqualTo(IngestRunStatus.COMPLETED);
        assertThat(report.run().counts().articlesNew()).isPositive();
        List<FetchEvent> robots = robotsEvents();
        assertThat(robots).hasSize(1);
        assertThat(robots.get(0).url()).isEqualTo(site.url("/robots.txt"));
        assertThat(robots.get(0).outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(robots.get(0).httpStatus()).isEqualTo(200);
        assertThat(robots.get(0).bytes()).isPositive();
        assertThat(robots.get(0).runId()).isEqualTo(report.run().id());
        assertThat(site.hits("/robots.txt")).as("one request, one event").isEqualTo(1);
    }

    @Test
    void aRobotsTxtThatFailsLeavesAFailedEventWithAReadableReasonAndTheRunGoesOn() {
        site.route("/robots.txt", ex -> {
            byte[] body = "<html><body>Internal error</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(500, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });

        IngestReport report = ingest();

        assertThat(report.run().status()).isEqualTo(IngestRunStatus.COMPLETED);
        List<FetchEvent> robots = robotsEvents();
        assertThat(robots).hasSize(1);
        FetchEvent event = robots.get(0);
        assertThat(event.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(event.httpStatus()).isEqualTo(500);
        assertThat(event.errorClass()).isEqualTo(FetchErrorClass.SERVER_ERROR);
        assertThat(event.reason()).contains("500 Internal Server Error from " + site.url("/robots.txt"))
                .contains("not fetched until robots.txt can be read").doesNotContain("\n").doesNotContain("<html>");
        assertThat(events(FetchTarget.SITEMAP)).as("the sitemap waits for robots.txt, as a retryable failure")
                .extracting(FetchEvent::outcome).containsOnly(FetchOutcome.FAILED);
    }

    @Test
    void aRobotsTxtThatTimesOutLeavesAFailedEventAndTheRunGoesOn() {
        site.delay("/robots.txt", Duration.ofSeconds(5));

        IngestReport report = ingest(HttpFetchSettings.defaults().withRequestTimeout(Duration.ofSeconds(1)));

        assertThat(report.run().status()).isEqualTo(IngestRunStatus.COMPLETED);
        List<FetchEvent> robots = robotsEvents();
        assertThat(robots).hasSize(1);
        assertThat(robots.get(0).outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(robots.get(0).errorClass()).isEqualTo(FetchErrorClass.TIMEOUT);
        assertThat(robots.get(0).httpStatus()).isNull();
        assertThat(robots.get(0).reason()).contains("no response from " + site.url("/robots.txt")).doesNotContain("\n");
    }

    private IngestReport ingest() {
        return ingest(HttpFetchSettings.defaults());
    }

    private IngestReport ingest(HttpFetchSettings http) {
        String catalog = """
                portals:
                  - code: maps
                    name: Sitemap Gazette
                    homepage: %1$s/nofeeds/
                    language: en
                    sitemaps: ["%1$s/news-sitemap.xml"]
                """.formatted(site.base());
        site.page("/nofeeds/", "<!doctype html><html><head><title>Home</title></head><body><p>No feeds here.</p></body></html>");
        try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                .schema(schema.name()).catalog(IngestAdapters.parseCatalog("maps.yaml", catalog))
                .http(http.withAllowedNetworks(TestNewsSite.HOST + "/32").withPerHostMinInterval(Duration.ZERO))
                .ingestSettings(IngestSettings.DEFAULTS).build()) {
            news.migrate();
            return news.ingest(List.of(), 10, IngestListener.NONE);
        }
    }

    private List<FetchEvent> robotsEvents() {
        return events(FetchTarget.ROBOTS);
    }

    private List<FetchEvent> events(FetchTarget target) {
        try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                .schema(schema.name()).build()) {
            return news.unitOfWork().readOnly(repos -> repos.fetchEvents().find(Query.of(FetchEvent.class)
                    .where(FetchEventField.TARGET.eq(target))));
        }
    }
}
