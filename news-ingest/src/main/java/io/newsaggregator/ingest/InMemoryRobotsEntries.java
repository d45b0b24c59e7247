package io.newsaggregator.ingest;

import io.newsaggregator.domain.model.RobotsEntry;
import io.newsaggregator.domain.port.out.RobotsEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link RobotsEntries} of one process, for a fetcher that shares its robots.txt with no other. */
final class InMemoryRobotsEntries implements RobotsEntries {
    private final Map<String, RobotsEntry> entries = new HashMap<>();
    private final Map<String, Instant> claims = new HashMap<>();

    @Override
    public synchronized Optional<RobotsEntry> find(String origin) {
        return Optional.ofNullable(entries.get(origin));
    }

    @Override
    public synchronized boolean tryClaim(String origin, Instant now, Duration leaseFor) {
        RobotsEntry entry = entries.get(origin);
        Instant claimedUntil = claims.get(origin);
        if (entry != null && entry.isFreshAt(now) || claimedUntil != null && claimedUntil.isAfter(now)) {
            return false;
        }
        claims.put(origin, now.plus(leaseFor));
        return true;
    }

    @Override
    public synchronized void save(RobotsEntry entry) {
        entries.put(entry.origin(), entry);
        claims.remove(entry.origin());
    }

    @Override
    public synchronized void release(String origin) {
        claims.remove(origin);
    }
}
