package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SlowStatementLogIT extends JpaTestSupport {

    @Test
    void aStatementSlowerThanTheThresholdIsLoggedAndConcurrentFindOrCreateMakesOneCategory() throws Exception {
        Logger slowLog = (Logger) LoggerFactory.getLogger(SlowStatementLog.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        slowLog.addAppender(captured);
        try (JpaPersistence slowAware = JpaPersistence.start(schema.settings().withSlowQueryThreshold(Duration.ofMillis(100)))) {
            UnitOfWork slowUow = slowAware.unitOfWork();
            PortalId portal = slowUow.execute(r -> r.portals().save(Fixtures.portal()).id());
            CountDownLatch created = new CountDownLatch(1);

            CompletableFuture<Category> holder = CompletableFuture.supplyAsync(() -> slowUow.execute(r -> {
                Category category = r.categories().findOrCreate(portal, "slow", "Slow");
                created.countDown();
                sleep(600);
                return category;
            }));
            assertThat(created.await(30, TimeUnit.SECONDS)).isTrue();
            // this insert waits for the holder's uncommitted row: a slow statement
            Category waiter = slowUow.execute(r -> r.categories().findOrCreate(portal, "slow", "Other"));

            assertThat(waiter).isEqualTo(holder.get(30, TimeUnit.SECONDS));
            assertThat(captured.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                    .startsWith("Slow statement took").contains("threshold 100 ms").contains("category"));
        } finally {
            slowLog.detachAppender(captured);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
