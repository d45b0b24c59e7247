package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code prune} deletes the fetch events from before the time it is given, counted back from the command's clock. */
class PruneCommandIT {
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
    void deletesTheEventsBeforeTheGivenAgeAndSaysHowMany() {
        try (NewsAggregator news = NewsAggregator.builder().dataSource(schema.database().dataSource()).schema(schema.name()).build()) {
            PortalId portal = news.unitOfWork().execute(r -> r.portals().save(Portal.create("p", "P", "https://p.example/", "en")).id());
            news.unitOfWork().run(r -> r.fetchEvents().saveAll(List.of(event(portal, 45), event(portal, 31), event(portal, 2))));

            AppRunner.Result pruned = AppRunner.run(AppRunner.concat(new String[] {"prune", "--fetch-events-before", "30d"},
                    AppRunner.databaseArgs(schema)));

            assertThat(pruned.exitCode()).as(pruned.err()).isZero();
            assertThat(pruned.out()).contains("Deleted 2 fetch events from before 2026-10-22T12:00:00Z.");
            List<FetchEvent> kept = news.unitOfWork().readOnly(r -> r.fetchEvents().find(Query.of(FetchEvent.class)));
            assertThat(kept).extracting(FetchEvent::occurredAt).containsExactly(NOW.minus(Duration.ofDays(2)));
        }
    }

    @Test
    void withoutATimeItIsAUsageError() {
        AppRunner.Result refused = AppRunner.run(AppRunner.concat(new String[] {"prune"}, AppRunner.databaseArgs(schema)));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--fetch-events-before").doesNotContain("\tat ");
    }

    private static FetchEvent event(PortalId portal, int daysAgo) {
        return new FetchEvent(null, null, portal, null, FetchTarget.FEED, "https://p.example/rss.xml", 200, 10, 5,
                FetchOutcome.OK, null, null, NOW.minus(Duration.ofDays(daysAgo)));
    }
}
