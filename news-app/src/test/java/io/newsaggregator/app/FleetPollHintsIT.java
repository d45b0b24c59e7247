package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.app.site.TestNewsSite;
import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.domain.service.PollPolicy;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a source's server says about when to ask again reaches the fleet's poll schedule: a feed
 * fresh for ten minutes by its {@code Cache-Control} and one that answers 503 with a
 * {@code Retry-After} are not polled before then, although the poll policy alone would poll them
 * again within a second.
 */
class FleetPollHintsIT {
    private static final PollPolicy QUICK = new PollPolicy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofSeconds(1), 0.5, 1.5);

    private TestNewsSite site;
    private TestDatabase.Schema schema;

    @BeforeEach
    void start() {
        site = TestNewsSite.start(2);
        schema = TestDatabase.shared().emptySchema("");
    }

    @AfterEach
    void stop() {
        site.close();
        schema.drop();
    }

    @Test
    void cacheControlMaxAgeAndRetryAfterPutTheNextPollOff() throws Exception {
        site.feed("/cached.xml", List.of(TestNewsSite.articlePath(1)), "Cache-Control", "max-age=600");
        site.route("/down.xml", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        String catalog = """
                portals:
                  - code: cached
                    name: Cached Gazette
                    homepage: %1$s/
                    language: en
                    feeds: [{url: "%1$s/cached.xml"}]
                  - code: down
                    name: Down Gazette
                    homepage: %1$s/
                    language: en
                    feeds: [{url: "%1$s/down.xml"}]
                """.formatted(site.base());
        WorkerSettings defaults = WorkerSettings.defaults("hints");
        WorkerSettings settings = new WorkerSettings("hints", List.of(), 2, defaults.drainBatch(), 1, defaults.idleDrainRecheck(),
                Duration.ofMillis(200), defaults.heartbeat(), defaults.sweepEvery(), false, defaults.analyseDelay(), QUICK,
                defaults.keepFetchEvents());
        try (NewsAggregator news = NewsAggregator.builder().dataSource(TestDatabase.shared().dataSource())
                .schema(schema.name()).catalog(IngestAdapters.parseCatalog("hints.yaml", catalog))
                .http(HttpFetchSettings.defaults().withAllowedNetworks(TestNewsSite.HOST + "/32")
                        .withPerHostMinInterval(Duration.ZERO).withMaxRetryAfter(Duration.ofSeconds(10)))
                .ingestSettings(IngestSettings.DEFAULTS).build()) {
            news.migrate();
            try (FleetWorker worker = news.worker(settings)) {
                worker.start();
                SourcePoll cached = awaitPolled(news, site.url("/cached.xml"), worker);
                SourcePoll down = awaitPolled(news, site.url("/down.xml"), worker);

                assertThat(cached.lastOutcome()).isEqualTo(PollOutcome.NEW_ARTICLES);
                assertThat(Duration.between(cached.lastPollAt(), cached.nextPollAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(600));
                assertThat(cached.interval()).as("the adaptive interval itself is the policy's").isLessThan(Duration.ofSeconds(2));
                assertThat(down.lastOutcome()).isEqualTo(PollOutcome.FAILED);
                assertThat(Duration.between(down.lastPollAt(), down.nextPollAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
                assertThat(site.hits("/cached.xml")).as("polled once, not again while fresh").isEqualTo(1);
            }
        }
    }

    private SourcePoll awaitPolled(NewsAggregator news, String url, FleetWorker worker) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Optional<SourcePoll> polled = news.sourcePolls().stream()
                    .filter(poll -> poll.lastPollAt() != null && url.equals(sourceUrl(news, poll)))
                    .findFirst();
            if (polled.isPresent()) {
                return polled.get();
            }
            assertThat(System.nanoTime()).as("a poll of %s within 60 s", url).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String sourceUrl(NewsAggregator news, SourcePoll poll) {
        return news.unitOfWork().readOnly(repos -> repos.feeds().findById(poll.sourceId())).map(feed -> feed.url()).orElse(null);
    }
}
