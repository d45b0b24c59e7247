package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.fake.FrontierContract;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA frontier keeps the contract the in-memory fake keeps, and shares its work between transactions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaFrontierContractIT extends FrontierContract {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @RegisterExtension
    static final TestPersistence db = new TestPersistence("");

    @Override
    protected UnitOfWork emptyStore() {
        try (Connection c = db.schema().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate " + db.schema().name() + ".frontier, " + db.schema().name() + ".ingest_run, " + db.schema().name() + ".portal cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + db.schema().name(), e);
        }
        return db.persistence().unitOfWork();
    }

    @Test
    void concurrentClaimsTakeDifferentEntries() throws Exception {
        UnitOfWork uow = emptyStore();
        PortalId portal = uow.execute(r -> r.portals().save(Portal.create("fleet", "Fleet", "https://fleet.example/", "en")).id());
        IngestRunId first = uow.execute(r -> r.ingestRuns().save(IngestRun.start(T0)).id());
        IngestRunId second = uow.execute(r -> r.ingestRuns().save(IngestRun.start(T0)).id());
        List<FrontierEntry> links = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String url = "https://fleet.example/news/" + i;
            links.add(FrontierEntry.pending(portal, null, url, DiscoveredLink.of(url), List.of(), T0));
        }
        uow.run(r -> r.frontier().enqueue(links));

        CountDownLatch claimedByFirst = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<FrontierEntry>> held = CompletableFuture.supplyAsync(() -> uow.execute(r -> {
            List<FrontierEntry> mine = r.frontier().claim(portal, first, T0, Duration.ofMinutes(10), 4, 3);
            claimedByFirst.countDown();
            try {
                // keep the transaction and its row locks open while the other one claims
                secondDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return mine;
        }));
        assertThat(claimedByFirst.await(10, TimeUnit.SECONDS)).isTrue();
        List<FrontierEntry> other = uow.execute(r -> r.frontier().claim(portal, second, T0, Duration.ofMinutes(10), 10, 3));
        secondDone.countDown();
        List<FrontierEntry> mine = held.get(10, TimeUnit.SECONDS);

        assertThat(mine).hasSize(4);
        assertThat(other).hasSize(6);
        Set<String> all = new HashSet<>();
        mine.forEach(e -> all.add(e.canonicalUrl()));
        other.forEach(e -> all.add(e.canonicalUrl()));
        assertThat(all).hasSize(10);
    }

    @Test
    void aLeaseIsHeldUntilClosedAndSeenFromOtherConnections() {
        RunLeases leases = db.persistence().runLeases();
        RunLeases.Lease lease = leases.hold();
        int key = lease.key();
        assertThat(leases.isHeld(key)).isTrue();
        lease.close();
        assertThat(leases.isHeld(key)).isFalse();
    }
}
