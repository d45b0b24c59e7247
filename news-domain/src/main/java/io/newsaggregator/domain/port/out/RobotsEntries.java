package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.RobotsEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * robots.txt of each origin, shared by every process on the store, so that a fleet fetches a
 * host's robots.txt once per expiry and all its workers obey the same copy. A process that finds
 * no fresh entry claims the fetch before it makes it; while another holds the claim it waits
 * for that one's entry. A claim that its holder never completes ends with its lease.
 */
public interface RobotsEntries {
    /** The origin's entry as last stored, fresh or not. */
    Optional<RobotsEntry> find(String origin);

    /**
     * Claims the fetch of the origin's robots.txt when its entry is missing or expired at
     * {@code now} and no other process holds an unexpired claim.
     *
     * @param leaseFor how long the claim holds if this process never stores an entry
     * @return whether this process now is to fetch it
     */
    boolean tryClaim(String origin, Instant now, Duration leaseFor);

    /** Stores the entry, replacing the origin's earlier one, and ends any claim on it. */
    void save(RobotsEntry entry);

    /** Ends this process's claim on the origin without an entry, so that another may fetch it at once. */
    void release(String origin);
}
