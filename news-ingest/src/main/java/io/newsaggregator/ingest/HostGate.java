package io.newsaggregator.ingest;

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
 * slots} politeness holds across every process on the store: a request takes the host's slot
 * there before it is sent and gives it back when it is done, and the next request to the host
 * starts an interval after that, whichever process sends it.
 */
final class HostGate {
    private static final Duration MIN_RETRY = Duration.ofMillis(10);

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
    private final Duration sharedLease;

    /**
     * @param shared      slots shared with other processes, or null when this process alone spaces its requests
     * @param sharedLease how long a shared slot is held at most (longer than any one request takes)
     */
    HostGate(int concurrency, Clock clock, Sleeper sleeper, HostSlots shared, Duration sharedLease) {
        this.concurrency = concurrency;
        this.clock = clock;
        this.sleeper = sleeper;
        this.shared = shared;
        this.sharedLease = sharedLease;
    }

    HostGate(int concurrency, Clock clock, Sleeper sleeper) {
        this(concurrency, clock, sleeper, null, null);
    }

    /**
     * Waits for a free slot for the host and for its turn after the previous request's start.
     *
     * @param interval minimum spacing to the next request to this host
     */
    Permit enter(String host, Duration interval) throws InterruptedException {
        HostState state = hosts.computeIfAbsent(host, h -> new HostState(concurrency));
        state.inFlight.acquire();
        if (shared != null && !interval.isZero()) {
            try {
                takeShared(host);
            } catch (InterruptedException | RuntimeException e) {
                state.inFlight.release();
                throw e;
            }
            return () -> {
                try {
                    shared.giveBack(host, clock.instant(), interval);
                } finally {
                    state.inFlight.release();
                }
            };
        }
        try {
            Duration wait = state.reserve(clock.instant(), interval);
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
        } catch (InterruptedException | RuntimeException e) {
            state.inFlight.release();
            throw e;
        }
        return state.inFlight::release;
    }

    /** Waits until the fleet-wide slot of the host is free and due, and takes it. */
    private void takeShared(String host) throws InterruptedException {
        while (true) {
            Instant now = clock.instant();
            Instant retry = shared.tryTake(host, now, sharedLease);
            if (retry == null) {
                return;
            }
            Duration wait = Duration.between(now, retry);
            sleeper.sleep(wait.compareTo(MIN_RETRY) < 0 ? MIN_RETRY : wait);
        }
    }
}
