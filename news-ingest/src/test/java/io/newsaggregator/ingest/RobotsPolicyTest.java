package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.error.FetchException;
import io.newsaggregator.domain.error.FetchException.Reason;
import io.newsaggregator.domain.model.RobotsFetch;
import io.newsaggregator.domain.port.out.RobotsEntries;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {

    private final FakeTime time = new FakeTime();
    private final List<URI> loaded = new ArrayList<>();
    private final List<RobotsFetch> reported = java.util.Collections.synchronizedList(new ArrayList<>());

    private final InMemoryRobotsEntries shared = new InMemoryRobotsEntries();

    private RobotsPolicy policy(Function<URI, RobotsPolicy.RobotsFile> answer) {
        return policy(shared, answer);
    }

    /** A policy as one process has it, on {@code entries} shared with others. */
    private RobotsPolicy policy(RobotsEntries entries, Function<URI, RobotsPolicy.RobotsFile> answer) {
        return new RobotsPolicy(url -> {
            synchronized (loaded) {
                loaded.add(url);
            }
            return answer.apply(url);
        }, entries, time, Duration.ofMinutes(1), "news-aggregator", time, Duration.ofHours(1),
                Duration.ofMinutes(10), Duration.ofSeconds(30));
    }

    private static RobotsPolicy.RobotsFile file(URI url, String body) {
        return new RobotsPolicy.RobotsFile(url.toString(), 200, body.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void matchesTheGroupOfOurProductToken() {
        RobotsPolicy robots = policy(url -> file(url, """
                User-agent: *
                Disallow: /

                User-agent: news-aggregator
                Disallow: /private/
                """));
        assertThat(robots.check(URI.create("https://news.example/world/1"), reported::add).allowed()).isTrue();
        assertThat(robots.check(URI.create("https://news.example/private/x"), reported::add).allowed()).isFalse();
        assertThat(robots.check(URI.create("https://news.example/private/x"), reported::add).why())
                .isEqualTo("disallowed by robots.txt of https://news.example");
    }

    @Test
    void fetchesRobotsOncePerOriginWhileFresh() {
        RobotsPolicy robots = policy(url -> file(url, "User-agent: *\nAllow: /\n"));
        robots.check(URI.create("https://news.example/a"), reported::add);
        robots.check(URI.create("https://news.example/b"), reported::add);
        robots.check(URI.create("http://news.example/c"), reported::add);
        robots.check(URI.create("https://news.example:8443/d"), reported::add);
        assertThat(loaded).containsExactly(URI.create("https://news.example/robots.txt"),
                URI.create("http://news.example/robots.txt"), URI.create("https://news.example:8443/robots.txt"));
        assertThat(reported).as("each request reported once, to the check that made it")
                .extracting(RobotsFetch::url, RobotsFetch::status, RobotsFetch::failure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://news.example/robots.txt", 200, null),
                        org.assertj.core.groups.Tuple.tuple("http://news.example/robots.txt", 200, null),
                        org.assertj.core.groups.Tuple.tuple("https://news.example:8443/robots.txt", 200, null));
        assertThat(reported.get(0).bytes()).isEqualTo("User-agent: *\nAllow: /\n".length());
    }

    @Test
    void refetchesAfterTheTtl() {
        RobotsPolicy robots = policy(url -> file(url, "User-agent: *\nAllow: /\n"));
        robots.check(URI.create("https://news.example/a"), reported::add);
        time.advance(Duration.ofMinutes(61));
        robots.check(URI.create("https://news.example/a"), reported::add);
        assertThat(loaded).hasSize(2);
    }

    @Test
    void aSecondProcessObeysTheSharedCopyWithoutFetchingItUntilItExpires() {
        RobotsPolicy first = policy(url -> file(url, "User-agent: *\nDisallow: /private/\n"));
        RobotsPolicy second = policy(url -> file(url, "User-agent: *\nAllow: /\n"));
        List<RobotsFetch> secondReported = new ArrayList<>();

        assertThat(first.check(URI.create("https://news.example/private/a"), reported::add).allowed()).isFalse();
        time.advance(Duration.ofMinutes(59));
        assertThat(second.check(URI.create("https://news.example/private/a"), secondReported::add).allowed())
                .as("the copy the first process fetched").isFalse();
        assertThat(loaded).hasSize(1);
        assertThat(secondReported).as("no request, none reported").isEmpty();

        time.advance(Duration.ofMinutes(2));
        assertThat(second.check(URI.create("https://news.example/private/a"), secondReported::add).allowed())
                .as("after the TTL, its own fetch").isTrue();
        assertThat(first.check(URI.create("https://news.example/private/a"), reported::add).allowed())
                .as("the first process's copy expired as well, so it reads the new one").isTrue();
        assertThat(loaded).hasSize(2);
        assertThat(secondReported).hasSize(1);
        assertThat(reported).hasSize(1);
    }

    @Test
    void anHttpFreshnessShorterThanTheTtlShortensIt() {
        RobotsPolicy robots = policy(url -> new RobotsPolicy.RobotsFile(url.toString(), 200,
                "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8), "text/plain", Duration.ofMinutes(10)));
        robots.check(URI.create("https://news.example/a"), reported::add);
        time.advance(Duration.ofMinutes(9));
        robots.check(URI.create("https://news.example/a"), reported::add);
        assertThat(loaded).hasSize(1);
        time.advance(Duration.ofMinutes(2));
        robots.check(URI.create("https://news.example/a"), reported::add);
        assertThat(loaded).hasSize(2);
    }

    @Test
    void anHttpFreshnessBeyondTheTtlOrNearZeroIsBounded() {
        RobotsPolicy longLived = policy(url -> new RobotsPolicy.RobotsFile(url.toString(), 200, new byte[0], "text/plain",
                Duration.ofDays(7)));
        longLived.check(URI.create("https://long.example/a"), reported::add);
        time.advance(Duration.ofMinutes(61));
        longLived.check(URI.create("https://long.example/a"), reported::add);
        assertThat(loaded).as("no longer than the TTL").hasSize(2);

        RobotsPolicy uncached = policy(url -> new RobotsPolicy.RobotsFile(url.toString(), 200, new byte[0], "text/plain",
                Duration.ZERO));
        uncached.check(URI.create("https://zero.example/a"), reported::add);
        time.advance(RobotsPolicy.MIN_LIFETIME.minusSeconds(1));
        uncached.check(URI.create("https://zero.example/a"), reported::add);
        assertThat(loaded).as("not before every page").hasSize(3);
        time.advance(Duration.ofSeconds(2));
        uncached.check(URI.create("https://zero.example/a"), reported::add);
        assertThat(loaded).hasSize(4);
    }

    @Test
    void whileAnotherProcessHoldsTheFetchItWaitsAndFetchesItselfOnlyOnceThatClaimEnds() {
        java.time.Instant start = time.instant();
        assertThat(shared.tryClaim("https://news.example", start, Duration.ofSeconds(20))).isTrue();
        RobotsPolicy robots = policy(url -> file(url, "User-agent: *\nAllow: /\n"));

        assertThat(robots.check(URI.create("https://news.example/a"), reported::add).allowed()).isTrue();
        assertThat(loaded).hasSize(1);
        assertThat(time.sleeps()).as("waited in short steps").isNotEmpty().allMatch(d -> d.toMillis() <= 50);
        assertThat(time.instant()).as("until the other's claim ended").isAfterOrEqualTo(start.plusSeconds(20));
    }

    @Test
    void aFetchThatBreaksGivesItsClaimBackAtOnce() {
        RobotsPolicy broken = policy(url -> {
            throw new IllegalStateException("broken loader");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.check(URI.create("https://news.example/a"), reported::add))
                .hasMessage("broken loader");
        RobotsPolicy other = policy(url -> file(url, "User-agent: *\nAllow: /\n"));
        assertThat(other.check(URI.create("https://news.example/a"), reported::add).allowed()).isTrue();
        assertThat(time.sleeps()).as("no wait for a claim nobody holds").isEmpty();
    }

    @Test
    void missingRobotsAllowsEverything() {
        RobotsPolicy robots = policy(url -> {
            throw new FetchException(url.toString(), Reason.HTTP_STATUS, 404, "404 Not Found from " + url, null);
        });
        RobotsPolicy.Verdict verdict = robots.check(URI.create("https://news.example/anything"), reported::add);
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.failure()).isNull();
    }

    @Test
    void serverErrorDisallowsEverythingUntilTheFailureTtlEnds() {
        AtomicInteger calls = new AtomicInteger();
        RobotsPolicy robots = policy(url -> {
            if (calls.incrementAndGet() == 1) {
                throw new FetchException(url.toString(), Reason.SERVER_ERROR, 503, "503 from " + url, null);
            }
            return file(url, "User-agent: *\nAllow: /\n");
        });
        RobotsPolicy.Verdict first = robots.check(URI.create("https://news.example/a"), reported::add);
        assertThat(first.allowed()).isFalse();
        assertThat(first.why()).contains("robots.txt of https://news.example answered 503 Service Unavailable");
        assertThat(first.failure()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(first.status()).isEqualTo(503);
        time.advance(Duration.ofMinutes(5));
        assertThat(robots.check(URI.create("https://news.example/a"), reported::add).allowed()).isFalse();
        time.advance(Duration.ofMinutes(6));
        assertThat(robots.check(URI.create("https://news.example/a"), reported::add).allowed()).isTrue();
        assertThat(calls).hasValue(2);
        assertThat(reported).extracting(RobotsFetch::status).containsExactly(503, 200);
        assertThat(reported.get(0).failure().reason()).isEqualTo(Reason.SERVER_ERROR);
    }

    @Test
    void unreachableRobotsDisallowsEverything() {
        RobotsPolicy robots = policy(url -> {
            throw new FetchException(url.toString(), Reason.TIMEOUT, "no response");
        });
        RobotsPolicy.Verdict verdict = robots.check(URI.create("https://news.example/a"), reported::add);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.why()).contains("unreachable (no response)");
        assertThat(verdict.failure()).isEqualTo(Reason.TIMEOUT);
    }

    @Test
    void crawlDelayIsReportedAndCapped() {
        RobotsPolicy robots = policy(url -> file(url, url.getHost().startsWith("slow")
                ? "User-agent: *\nCrawl-delay: 3600\n" : "User-agent: *\nCrawl-delay: 2\n"));
        assertThat(robots.check(URI.create("https://news.example/"), reported::add).crawlDelay()).isEqualTo(Duration.ofSeconds(2));
        RobotsPolicy.Verdict slow = robots.check(URI.create("https://slow.example/"), reported::add);
        assertThat(slow.allowed()).isTrue();
        assertThat(slow.crawlDelay()).isEqualTo(Duration.ofSeconds(30));
    }

    /**
     * Forces the race: the load is held until all four checks are parked inside the policy, so
     * each of them asked for the origin while its robots.txt was being fetched.
     */
    @Test
    void concurrentChecksOfOneOriginLoadRobotsOnce() throws Exception {
        int checks = 4;
        CountDownLatch release = new CountDownLatch(1);
        RobotsPolicy robots = policy(url -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return file(url, "User-agent: *\nDisallow: /x\n");
        });
        List<Thread> checking = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(checks);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                results.add(pool.submit(() -> {
                    checking.add(Thread.currentThread());
                    return robots.check(URI.create("https://news.example/a"), reported::add).allowed();
                }));
            }
            try {
                assertThat(awaitParkedInCheck(checking, checks)).as("all checks wait inside the policy at once").isTrue();
                synchronized (loaded) {
                    assertThat(loaded).as("loads while %d checks are in flight", checks).hasSize(1);
                }
            } finally {
                release.countDown();
            }
            for (var result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loaded).hasSize(1);
        assertThat(reported).as("one robots.txt request reported").hasSize(1);
    }

    /** Whether, within 30 s, {@code count} threads wait (not run, not block on a monitor) inside {@link RobotsPolicy#check}. */
    private static boolean awaitParkedInCheck(List<Thread> threads, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 3_000; attempt++) {
            List<Thread> seen;
            synchronized (threads) {
                seen = List.copyOf(threads);
            }
            if (seen.size() == count && seen.stream().allMatch(RobotsPolicyTest::parkedInCheck)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static boolean parkedInCheck(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && java.util.Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                        frame.getClassName().equals(RobotsPolicy.class.getName()) && frame.getMethodName().equals("check"));
    }
}
