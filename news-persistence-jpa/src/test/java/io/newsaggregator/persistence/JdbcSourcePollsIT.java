package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.PollOutcome;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.port.out.SourcePolls;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fleet's poll schedules on the {@code source_poll} table: one row a source, read back soonest first. */
class JdbcSourcePollsIT extends JpaTestSupport {

    @Test
    void keepsOneScheduleASourceAndKnowsTheSoonestPoll() {
        SourcePolls polls = JpaPersistence.sourcePolls(PersistenceSettings.forDataSource(schema.database().dataSource())
                .withSchema(schema.name()));
        assertThat(polls.soonestNextPoll()).isEmpty();

        List<Feed> feeds = uow.execute(r -> {
            PortalId portal = r.portals().save(Fixtures.portal()).id();
            return r.feeds().saveAll(List.of(Feed.create(portal, FeedKind.FEED, "https://polls.example/rss", null, null),
                    Feed.create(portal, FeedKind.SITEMAP, "https://polls.example/sitemap.xml", null, null)));
        });
        Feed rss = feeds.get(0);
        Feed sitemap = feeds.get(1);
        polls.save(SourcePoll.first(rss.id(), Fixtures.T0.plusSeconds(600), Duration.ofMinutes(10)), Fixtures.T0);
        polls.save(SourcePoll.first(sitemap.id(), Fixtures.T0.plusSeconds(300), Duration.ofMinutes(5)), Fixtures.T0);
        assertThat(polls.soonestNextPoll()).contains(Fixtures.T0.plusSeconds(300));

        SourcePoll after = new SourcePoll(sitemap.id(), Fixtures.T0.plusSeconds(1200), Duration.ofMinutes(15),
                Fixtures.T0.plusSeconds(300), PollOutcome.NO_CHANGE, 0);
        polls.save(after, Fixtures.T0.plusSeconds(300));

        assertThat(polls.find(sitemap.id())).contains(after);
        assertThat(polls.all()).extracting(SourcePoll::sourceId).containsExactly(rss.id(), sitemap.id());
        assertThat(polls.soonestNextPoll()).contains(Fixtures.T0.plusSeconds(600));
    }
}
