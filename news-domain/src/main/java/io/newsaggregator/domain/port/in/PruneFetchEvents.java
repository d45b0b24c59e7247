package io.newsaggregator.domain.port.in;

import java.time.Instant;

/**
 * Keeps the fetch-event log bounded: a fleet polling thousands of sources writes a row for every
 * request, so events older than a retention period are deleted. Articles, sources, runs and the
 * frontier are not touched; a run's failures and a portal's rule misses older than the cut-off
 * stop being listed.
 */
public interface PruneFetchEvents {
    /**
     * Deletes the fetch events that occurred before {@code cutoff}, a portal at a time (one short
     * transaction each).
     *
     * @return how many events were deleted
     */
    long before(Instant cutoff);
}
