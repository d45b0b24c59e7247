package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.query.Query;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Workers registering the same portal and sources at once: each finds the same rows, and nothing is logged. */
class ConcurrentRegistrationIT extends JpaTestSupport {

    private record Registered(Portal portal, Feed feed) {
    }

    /**
     * The race is forced: the second registration starts while the first holds its new, uncommitted
     * portal and source, and the first commits only once the second is seen waiting on them.
     */
    @Test
    void theSecondOfTwoConcurrentRegistrationsFindsTheFirstsRowsQuietly() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            Portal configured = Portal.create("race", "Race", "https://race.example/", "en");
            CountDownLatch firstCreated = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            CompletableFuture<Registered> first = CompletableFuture.supplyAsync(() -> uow.execute(r -> {
                Registered registered = register(r, configured);
                firstCreated.countDown();
                LockWaits.await(releaseFirst);
                return registered;
            }));
            CompletableFuture<Registered> second;
            try {
                assertThat(firstCreated.await(30, TimeUnit.SECONDS)).isTrue();
                second = CompletableFuture.supplyAsync(() -> uow.execute(r -> register(r, configured)));
                assertThat(LockWaits.awaitInsertWaitingOnALock(schema, "portal")).as("the second registration waits on the first one's portal").isTrue();
            } finally {
                releaseFirst.countDown();
            }

            Registered one = first.get(30, TimeUnit.SECONDS);
            Registered other = second.get(30, TimeUnit.SECONDS);
            assertThat(other).isEqualTo(one);
            assertThat(uow.<Long>readOnly(r -> r.portals().count(Query.of(Portal.class)))).isEqualTo(1L);
            assertThat(uow.<Long>readOnly(r -> r.feeds().count(Query.of(Feed.class)))).isEqualTo(1L);
            assertThat(captured.list).as("warnings and errors logged").filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            root.detachAppender(captured);
        }
    }

    private static Registered register(io.newsaggregator.domain.port.out.Repositories r, Portal configured) {
        Portal portal = r.portals().findOrCreate(configured);
        Feed feed = r.feeds().findOrCreate(Feed.create(portal.id(), FeedKind.FEED, "https://race.example/rss.xml", "world", null));
        return new Registered(portal, feed);
    }
}
