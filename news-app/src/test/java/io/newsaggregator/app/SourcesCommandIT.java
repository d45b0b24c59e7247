package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code sources} and {@code db-info} show each source's poll schedule as the fleet keeps it. */
class SourcesCommandIT {
    private static final Instant NOW = AppRunner.CLOCK.instant();
    private TestDatabase.Schema schema;

    @BeforeEach
    void migrate() {
        schema = AppRunner.migratedSchema();
    }

    @AfterEach
    void drop() {
        schema.drop();
    }

    @Test
    void listsEverySourceWithItsNextPollAndInterval() throws Exception {
        Feed rss;
        try (NewsAggregator news = NewsAggregator.builder().dataSource(schema.database().dataSource()).schema(schema.name()).build()) {
            List<Feed> feeds = news.unitOfWork().execute(r -> {
                PortalId portal = r.portals().save(Portal.create("harbour", "Harbour", "https://harbour.example/", "en")).id();
                return r.feeds().saveAll(List.of(Feed.create(portal, FeedKind.FEED, "https://harbour.example/rss.xml", null, null),
                        Feed.create(portal, FeedKind.SITEMAP, "https://harbour.example/sitemap.xml", null, null)));
            });
            rss = feeds.get(0);
        }
        JpaPersistence.sourcePolls(PersistenceSettings.forDataSource(schema.database().dataSource()).withSchema(schema.name()))
                .save(new SourcePoll(rss.id(), NOW.plus(Duration.ofMinutes(10)), Duration.ofMinutes(10), NOW.minus(Duration.ofMinutes(5)),
                        PollOutcome.NEW_ARTICLES, 3), NOW);

        AppRunner.Result json = AppRunner.run(AppRunner.concat(new String[] {"sources", "--format", "json"}, AppRunner.databaseArgs(schema)));
        AppRunner.Result text = AppRunner.run(AppRunner.concat(new String[] {"sources"}, AppRunner.databaseArgs(schema)));
        AppRunner.Result other = AppRunner.run(AppRunner.concat(new String[] {"sources", "--portal", "coast"}, AppRunner.databaseArgs(schema)));
        AppRunner.Result info = AppRunner.run(AppRunner.concat(new String[] {"db-info", "--format", "json"}, AppRunner.databaseArgs(schema)));

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode sources = new ObjectMapper().readTree(json.out()).path("sources");
        assertThat(sources).hasSize(2);
        JsonNode polled = sources.get(0).path("url").asText().endsWith("rss.xml") ? sources.get(0) : sources.get(1);
        JsonNode unscheduled = polled == sources.get(0) ? sources.get(1) : sources.get(0);
        assertThat(polled.path("portal").asText()).isEqualTo("harbour");
        assertThat(polled.path("nextPollAt").asText()).isEqualTo("2026-11-21T12:10:00Z");
        assertThat(polled.path("pollIntervalSeconds").asDouble()).isEqualTo(600.0);
        assertThat(polled.path("lastOutcome").asText()).isEqualTo("NEW_ARTICLES");
        assertThat(polled.path("lastNewArticles").asInt()).isEqualTo(3);
        assertThat(unscheduled.path("nextPollAt").isNull()).isTrue();

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("(?m)^harbour\\s+FEED\\s+new\\s+-\\s+-\\s+2026-11-21T12:10:00Z\\s+10m\\s+https://harbour.example/rss.xml$")
                .containsPattern("(?m)^harbour\\s+SITEMAP\\s+new\\s+-\\s+-\\s+not scheduled\\s+-\\s+https://harbour.example/sitemap.xml$");
        assertThat(other.exitCode()).isZero();
        assertThat(other.out()).contains("No stored sources of portal coast.");

        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode polls = new ObjectMapper().readTree(info.out()).path("polls");
        assertThat(polls.path("scheduled").asInt()).isEqualTo(1);
        assertThat(polls.path("nextPollAt").asText()).isEqualTo("2026-11-21T12:10:00Z");
    }
}
