package io.newsaggregator.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the frontier must do alike, run against the in-memory fake and against the
 * JPA adapter on PostgreSQL: one entry per canonical URL, leases that expire, attempts counted,
 * given up after the last attempt.
 */
public abstract class FrontierContract {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int MAX_ATTEMPTS = 3;

    private UnitOfWork store;
    private PortalId portal;
    private IngestRunId run;
    private IngestRunId otherRun;

    /** A store with nothing in it; called before each test. */
    protected abstract UnitOfWork emptyStore();

    @BeforeEach
    void openStore() {
        store = emptyStore();
        portal = store.execute(r -> r.portals().save(Portal.create("herald", "Herald", "https://herald.example/", "en")).id());
        run = store.execute(r -> r.ingestRuns().save(IngestRun.start(T0)).id());
        otherRun = store.execute(r -> r.ingestRuns().save(IngestRun.start(T0)).id());
    }

    private FrontierEntry link(String slug, Instant published) {
        String url = "https://herald.example/news/" + slug;
        return FrontierEntry.pending(portal, null, url, new DiscoveredLink(url, "Title " + slug, published, List.of()),
                List.of("world"), T0);
    }

    private void enqueue(FrontierEntry... entries) {
        store.run(r -> r.frontier().enqueue(List.of(entries)));
    }

    private List<FrontierEntry> claim(IngestRunId by, Instant at, int limit) {
        return store.execute(r -> r.frontier().claim(portal, by, at, LEASE, limit, MAX_ATTEMPTS));
    }

    private FrontierEntry stored(String slug) {
        return store.readOnly(r -> r.frontier().find(Query.of(FrontierEntry.class)
                .where(FrontierEntryField.CANONICAL_URL.eq("https://herald.example/news/" + slug)))).get(0);
    }

    @Test
    void keepsOneEntryPerCanonicalUrl() {
        enqueue(link("a", T0), link("b", null));
        enqueue(link("a", T0.plusSeconds(5)));

        long entries = store.readOnly(r -> r.frontier().count(Query.of(FrontierEntry.class)));
        assertThat(entries).isEqualTo(2);
        FrontierEntry a = stored("a");
        assertThat(a.status()).isEqualTo(FrontierStatus.PENDING);
        assertThat(a.categories()).containsExactly("world");
        assertThat(a.title()).isEqualTo("Title a");
    }

    @Test
    void claimLeasesNewestFirstCountsAttemptsAndSkipsWhatIsLeased() {
        enqueue(link("old", T0.minusSeconds(3600)), link("new", T0), link("undated", null));

        List<FrontierEntry> first = claim(run, T0, 2);
        assertThat(first).extracting(FrontierEntry::canonicalUrl)
                .containsExactly("https://herald.example/news/new", "https://herald.example/news/old");
        assertThat(first).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(FrontierStatus.LEASED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.leasedBy()).isEqualTo(run);
            assertThat(e.leaseUntil()).isEqualTo(T0.plus(LEASE));
        });
        assertThat(claim(otherRun, T0.plusSeconds(1), 10)).extracting(FrontierEntry::canonicalUrl)
                .containsExactly("https://herald.example/news/undated");
        assertThat(claim(otherRun, T0.plusSeconds(2), 10)).isEmpty();
    }

    @Test
    void anEndedLeaseIsClaimedAgainAndGivenUpAfterTheLastAttempt() {
        enqueue(link("a", T0));
        Instant at = T0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            List<FrontierEntry> claimed = claim(run, at, 10);
            assertThat(claimed).singleElement().extracting(FrontierEntry::attempts).isEqualTo(attempt);
            at = at.plus(LEASE);
        }
        assertThat(claim(run, at, 10)).isEmpty();
        FrontierEntry a = stored("a");
        assertThat(a.status()).isEqualTo(FrontierStatus.FAILED);
        assertThat(a.lastError()).contains("lease ended 3 times");
    }

    @Test
    void completedEntriesArePendingAgainWhenListedAgainButFailedOnesStayFailed() {
        enqueue(link("done", T0), link("given-up", T0));
        List<FrontierEntry> claimed = claim(run, T0, 10);
        FrontierEntry done = claimed.stream().filter(e -> e.canonicalUrl().endsWith("/done")).findFirst().orElseThrow();
        FrontierEntry givenUp = claimed.stream().filter(e -> e.canonicalUrl().endsWith("/given-up")).findFirst().orElseThrow();
        store.run(r -> r.frontier().complete(List.of(done.id()), T0.plusSeconds(1)));
        store.run(r -> r.frontier().retryLater(givenUp.id(), "timed out", T0.plusSeconds(60), 1, T0.plusSeconds(1)));

        assertThat(stored("done").status()).isEqualTo(FrontierStatus.DONE);
        assertThat(stored("done").leasedBy()).isNull();
        assertThat(stored("given-up").status()).isEqualTo(FrontierStatus.FAILED);
        assertThat(stored("given-up").lastError()).isEqualTo("timed out");

        enqueue(link("done", T0), link("given-up", T0));
        assertThat(stored("done").status()).isEqualTo(FrontierStatus.PENDING);
        assertThat(stored("done").attempts()).isZero();
        assertThat(stored("given-up").status()).isEqualTo(FrontierStatus.FAILED);
    }

    @Test
    void aRetryWaitsUntilItsTime() {
        enqueue(link("flaky", T0));
        FrontierEntry claimed = claim(run, T0, 10).get(0);
        store.run(r -> r.frontier().retryLater(claimed.id(), "server error 503", T0.plusSeconds(900), MAX_ATTEMPTS, T0));

        assertThat(stored("flaky").status()).isEqualTo(FrontierStatus.PENDING);
        assertThat(claim(run, T0.plusSeconds(899), 10)).isEmpty();
        assertThat(claim(run, T0.plusSeconds(900), 10)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
    }

    @Test
    void theLeasesOfAnEndedRunAreGivenBack() {
        enqueue(link("a", T0), link("b", T0.minusSeconds(1)), link("c", T0.minusSeconds(2)));
        claim(run, T0, 2);
        claim(otherRun, T0, 1);

        int released = store.execute(r -> r.frontier().release(run, T0.plusSeconds(5), MAX_ATTEMPTS));

        assertThat(released).isEqualTo(2);
        assertThat(stored("a").status()).isEqualTo(FrontierStatus.PENDING);
        assertThat(stored("a").leasedBy()).isNull();
        assertThat(stored("c").status()).isEqualTo(FrontierStatus.LEASED);
        assertThat(claim(otherRun, T0.plusSeconds(5), 10)).hasSize(2);
    }

    @Test
    void aReleasedEntryThatHadItsLastAttemptIsGivenUp() {
        enqueue(link("poison", T0));
        claim(run, T0, 1);
        store.run(r -> r.frontier().release(run, T0.plusSeconds(1), 1));

        assertThat(stored("poison").status()).isEqualTo(FrontierStatus.FAILED);
        assertThat(stored("poison").lastError()).contains("ended 1 times");
    }
}
