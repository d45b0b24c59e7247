package io.newsaggregator.persistence;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis lock: one unit of work at a time per installation, released when the unit ends. */
class AnalysisLockIT extends JpaTestSupport {
    private ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSecondUnitWaitsForTheLockUntilTheFirstCommits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = holdLockUntil(release);

        Future<String> second = threads.submit(() -> uow.execute(r -> {
            r.analyses().lockAnalysis();
            return "locked";
        }));
        awaitOneWaitingForAnAdvisoryLock();
        assertThat(second).as("waits while the first unit holds the lock").isNotDone();

        release.countDown();
        first.get(10, SECONDS);
        assertThat(second.get(10, SECONDS)).isEqualTo("locked");
    }

    @Test
    void aUnitThatFailsReleasesTheLock() throws Exception {
        assertThatThrownBy(() -> uow.run(r -> {
            r.analyses().lockAnalysis();
            throw new IllegalStateException("analysis failed");
        })).isInstanceOf(IllegalStateException.class);

        Future<String> next = threads.submit(() -> uow.execute(r -> {
            r.analyses().lockAnalysis();
            return "locked";
        }));
        assertThat(next.get(10, SECONDS)).isEqualTo("locked");
    }

    @Test
    void anInstallationInAnotherSchemaDoesNotWait() throws Exception {
        TestDatabase.Schema other = TestDatabase.shared().freshSchema("");
        try (JpaPersistence otherPersistence = JpaPersistence.start(other.settings())) {
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = holdLockUntil(release);

            Future<String> elsewhere = threads.submit(() -> otherPersistence.unitOfWork().execute(r -> {
                r.analyses().lockAnalysis();
                return "locked";
            }));

            assertThat(elsewhere.get(10, SECONDS)).isEqualTo("locked");
            release.countDown();
            first.get(10, SECONDS);
        } finally {
            other.drop();
        }
    }

    /** Takes the lock in a unit of work on another thread and keeps it until {@code release}. */
    private Future<?> holdLockUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> uow.run(r -> {
            r.analyses().lockAnalysis();
            held.countDown();
            awaitQuietly(release);
        }));
        assertThat(held.await(10, SECONDS)).as("the lock was taken").isTrue();
        return holder;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, SECONDS)) {
                throw new IllegalStateException("the test never released the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding the lock", e);
        }
    }

    /** Polls the server until a session is blocked on an advisory lock, so the test does not guess a delay. */
    private static void awaitOneWaitingForAnAdvisoryLock() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String query = "select count(*) from pg_locks where locktype = 'advisory' and not granted";
        try (Connection c = TestDatabase.shared().dataSource().getConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() - deadline < 0) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    if (rs.getLong(1) == 1) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no session started waiting for the analysis lock within 10 s");
    }
}
