package io.newsaggregator.ingest.http;

import io.newsaggregator.domain.port.out.HostSlots;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most N requests in flight to a host, and request starts to one host
 * spaced at least an interval apart. State is kept per host for the life of the fetcher, which
 * is small for the portal lists we crawl (one entry per host name). With {@link HostSlots shared
 * slots} the spacing holds across every process on the store: each request reserves its start there.
 */
final class HostGate {

    /** Held while a request to the host is in flight. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class HostState {
        final Semaphore inFlight;
        Instant nextStart = Instant.MIN;

        HostState(int concurrency) {
            this.inFlight = new Semaphore(concurrency, true);
        }

        synchronized Duration reserve(Instant now, Duration interval) {
            Instant start = now.isAfter(nextStart) ? now : nextStart;
            nextStart = start.plus(interval);
            return Duration.between(now, start);
        }
    }

    private final ConcurrentMap<String, HostState> hosts = new ConcurrentHashMap<>();
    private final int concurrency;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HostSlots shared;

    /** @param shared slots shared with other processes, or null when this process alone spaces its requests */
    HostGate(int concurrency, Clock clock, Sleeper sleeper, HostSlots shared) {
        this.concurrency = concurrency;
        this.clock = clock;
        this.sleeper = sleeper;
        this.shared = shared;
    }

    /**
     * Waits for a free slot for the host and for its turn after the previous request's start.
     *
     * @param interval minimum spacing to the next request to this host
     */
    Permit enter(String host, Duration interval) throws InterruptedException {
        HostState state = hosts.computeIfAbsent(host, h -> new HostState(concurrency));
        state.inFlight.acquire();
        try {
            Duration wait = shared == null || interval.isZero() ? state.reserve(clock.instant(), interval)
                    : sharedWait(host, interval);
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            state.inFlight.release();
            throw e;
        }
        return state.inFlight::release;
    }

    private Duration sharedWait(String host, Duration interval) {
        Instant now = clock.instant();
        Instant start = shared.reserve(host, interval, now);
        return start.isAfter(now) ? Duration.between(now, start) : Duration.ZERO;
    }
}
