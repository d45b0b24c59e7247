package io.newsaggregator.domain.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-host politeness shared by every process on the store: request starts to one host spaced at
 * least an interval apart across the fleet, not just within one process.
 */
public interface HostSlots {
    /**
     * Reserves the next free slot of the host: the later of {@code now} and the end of the slot
     * reserved before, held for {@code interval}.
     *
     * @return when the reserved slot starts; the caller waits until then before it sends
     */
    Instant reserve(String host, Duration interval, Instant now);
}
