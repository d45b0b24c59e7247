package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.model.RobotsEntry;
import io.newsaggregator.domain.port.out.RobotsEntries;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet's shared robots.txt on a migrated schema with a table prefix, two workers seen as two holders. */
class JdbcRobotsEntriesIT {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ORIGIN = "https://news.example";

    private TestDatabase.Schema schema;
    private RobotsEntries first;
    private RobotsEntries second;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.shared().freshSchema("na_");
        first = entriesOf("w1");
        second = entriesOf("w2");
    }

    @AfterEach
    void drop() {
        schema.drop();
    }

    private RobotsEntries entriesOf(String holder) {
        return JpaPersistence.robotsEntries(PersistenceSettings.forDataSource(schema.database().dataSource())
                .withSchema(schema.name()).withTablePrefix(schema.tablePrefix()), holder);
    }

    private static RobotsEntry rules(Instant fetchedAt, Duration ttl) {
        return new RobotsEntry(ORIGIN, RobotsEntry.Kind.RULES, 200, "User-agent: *\nDisallow: /x\n".getBytes(StandardCharsets.UTF_8),
                "text/plain", ORIGIN + "/robots.txt", null, null, fetchedAt, fetchedAt.plus(ttl));
    }

    @Test
    void oneWorkerClaimsTheFetchAndTheOtherReadsWhatItStored() {
        assertThat(first.find(ORIGIN)).isEmpty();
        assertThat(first.tryClaim(ORIGIN, T0, Duration.ofSeconds(30))).isTrue();
        assertThat(second.tryClaim(ORIGIN, T0.plusSeconds(1), Duration.ofSeconds(30))).as("claimed by the first").isFalse();
        assertThat(second.find(ORIGIN)).as("a claim is no entry").isEmpty();

        first.save(rules(T0.plusSeconds(2), Duration.ofHours(24)));

        RobotsEntry read = second.find(ORIGIN).orElseThrow();
        assertThat(read.kind()).isEqualTo(RobotsEntry.Kind.RULES);
        assertThat(read.status()).isEqualTo(200);
        assertThat(new String(read.body(), StandardCharsets.UTF_8)).isEqualTo("User-agent: *\nDisallow: /x\n");
        assertThat(read.contentType()).isEqualTo("text/plain");
        assertThat(read.finalUrl()).isEqualTo(ORIGIN + "/robots.txt");
        assertThat(read.failure()).isNull();
        assertThat(read.fetchedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(read.expiresAt()).isEqualTo(T0.plusSeconds(2).plus(Duration.ofHours(24)));
        assertThat(second.tryClaim(ORIGIN, T0.plusSeconds(3), Duration.ofSeconds(30))).as("fresh").isFalse();
        assertThat(first.tryClaim(ORIGIN, T0.plusSeconds(3), Duration.ofSeconds(30))).as("fresh").isFalse();
    }

    @Test
    void anExpiredEntryIsClaimedByOneWorkerAndStaysReadableMeanwhile() {
        first.save(rules(T0, Duration.ofHours(1)));
        Instant later = T0.plus(Duration.ofHours(1));
        assertThat(second.tryClaim(ORIGIN, later, Duration.ofSeconds(30))).isTrue();
        assertThat(first.tryClaim(ORIGIN, later, Duration.ofSeconds(30))).isFalse();
        assertThat(first.find(ORIGIN)).as("the old copy while the new one is fetched").isPresent();
    }

    @Test
    void aClaimEndsWhenItsHolderReleasesItOrItsLeaseRunsOut() {
        assertThat(first.tryClaim(ORIGIN, T0, Duration.ofSeconds(30))).isTrue();
        second.release(ORIGIN);
        assertThat(second.tryClaim(ORIGIN, T0, Duration.ofSeconds(30))).as("only its holder releases a claim").isFalse();
        first.release(ORIGIN);
        assertThat(second.tryClaim(ORIGIN, T0, Duration.ofSeconds(30))).as("released").isTrue();
        assertThat(first.tryClaim(ORIGIN, T0.plusSeconds(29), Duration.ofSeconds(30))).isFalse();
        assertThat(first.tryClaim(ORIGIN, T0.plusSeconds(30), Duration.ofSeconds(30))).as("the dead holder's lease is over").isTrue();
    }

    @Test
    void anUnavailableRobotsTxtKeepsItsFailure() {
        first.save(new RobotsEntry(ORIGIN, RobotsEntry.Kind.UNAVAILABLE, null, new byte[0], null, null,
                FetchException.Reason.TIMEOUT, "unreachable (no response)", T0, T0.plus(Duration.ofMinutes(10))));
        first.save(new RobotsEntry("http://other.example:8080", RobotsEntry.Kind.ALLOW_ALL, 404, new byte[0], null, null,
                null, null, T0, T0.plus(Duration.ofHours(24))));

        RobotsEntry unavailable = second.find(ORIGIN).orElseThrow();
        assertThat(unavailable.kind()).isEqualTo(RobotsEntry.Kind.UNAVAILABLE);
        assertThat(unavailable.status()).isNull();
        assertThat(unavailable.failure()).isEqualTo(FetchException.Reason.TIMEOUT);
        assertThat(unavailable.failureText()).isEqualTo("unreachable (no response)");
        RobotsEntry allowAll = second.find("http://other.example:8080").orElseThrow();
        assertThat(allowAll.kind()).isEqualTo(RobotsEntry.Kind.ALLOW_ALL);
        assertThat(allowAll.status()).isEqualTo(404);
    }

    @Test
    void ofWorkersClaimingAtOnceExactlyOneGetsTheFetch() throws Exception {
        int workers = 6;
        List<RobotsEntries> fleet = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            fleet.add(entriesOf("w" + i));
        }
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (RobotsEntries entries : fleet) {
                claims.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return entries.tryClaim(ORIGIN, T0, Duration.ofSeconds(30));
                }));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
