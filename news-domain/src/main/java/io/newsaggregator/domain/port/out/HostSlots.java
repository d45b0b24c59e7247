package io.newsaggregator.domain.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-host politeness shared by every process on the store: one request at a time to a host
 * across the fleet, each starting no sooner than an interval after the one before it ended. A
 * process takes the host's slot with a lease before it sends and gives it back when the response
 * is read; a process that dies holding it blocks the host only until the lease ends.
 */
public interface HostSlots {
    /**
     * Takes the host's slot if it is free and its interval has passed.
     *
     * @param leaseFor how long the slot stays this process's if it never gives it back
     * @return null when the slot is now this process's; otherwise when to try again
     */
    Instant tryTake(String host, Instant now, Duration leaseFor);

    /** Gives the slot back; the next request to the host may start {@code interval} after {@code now}. */
    void giveBack(String host, Instant now, Duration interval);
}
