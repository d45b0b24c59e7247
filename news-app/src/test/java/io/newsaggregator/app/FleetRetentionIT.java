package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A fleet worker keeps the fetch-event log bounded: events older than its retention are deleted, newer ones kept. */
class FleetRetentionIT {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestNewsSite site;
    private TestDatabase.Schema schema;

    @BeforeEach
    void start() {
        site = TestNewsSite.start(1);
        schema = TestDatabase.shared().emptySchema("");
    }

    @AfterEach
    void stop() {
        site.close();
        schema.drop();
    }

    @Test
    void theWorkerDeletesFetchEventsOlderThanItsRetention() throws Exception {
        String catalog = """
                portals:
                  - code: kept
                    name: Kept Gazette
                    homepage: %1$s/
                    language: en
                    feeds: [{url: "%1$s/rss.xml"}]
                """.formatted(site.base());
        try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource()).schema(schema.name())
                .catalog(IngestAdapters.parseCatalog("kept.yaml", catalog)).clock(CLOCK)
                .http(HttpFetchSettings.defaults().withAllowedNetworks(TestNewsSite.HOST + "/32").withPerHostMinInterval(Duration.ZERO))
                .build()) {
            news.migrate();
            PortalId old = news.unitOfWork().execute(r -> r.portals().save(Portal.create("old", "Old Gazette", "https://old.example/", "en")).id());
            news.unitOfWork().run(r -> r.fetchEvents().saveAll(List.of(event(old, NOW.minus(Duration.ofDays(40))),
                    event(old, NOW.minus(Duration.ofDays(31))), event(old, NOW.minus(Duration.ofDays(29))))));
            WorkerSettings defaults = WorkerSettings.defaults("retention");
            assertThat(defaults.keepFetchEvents()).isEqualTo(Duration.ofDays(30));

            try (FleetWorker worker = news.worker(defaults)) {
                worker.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (olderThan(news, NOW.minus(Duration.ofDays(30))) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }

            assertThat(olderThan(news, NOW.minus(Duration.ofDays(30)))).isZero();
            List<FetchEvent> kept = news.unitOfWork().readOnly(r -> r.fetchEvents().find(Query.of(FetchEvent.class)
                    .where(FetchEventField.PORTAL_ID.eq(old))));
            assertThat(kept).extracting(FetchEvent::occurredAt)
                    .containsExactly(NOW.minus(Duration.ofDays(29)));
        }
    }

    private static long olderThan(NewsAggregator news, Instant cutoff) {
        return news.unitOfWork().readOnly(r -> r.fetchEvents().count(Query.of(FetchEvent.class)
                .where(FetchEventField.OCCURRED_AT.lt(cutoff))));
    }

    private static FetchEvent event(PortalId portal, Instant at) {
        return new FetchEvent(null, null, portal, null, FetchTarget.FEED, "https://old.example/rss.xml", 200, 10, 5,
                FetchOutcome.OK, null, null, at);
    }
}
