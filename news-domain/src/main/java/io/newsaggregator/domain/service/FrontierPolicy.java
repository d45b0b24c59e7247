package io.newsaggregator.domain.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How ingest works off the frontier and closes runs that died.
 *
 * @param lease          how long a claimed entry is held before another process may claim it
 * @param maxAttempts    attempts after which an entry is given up as {@code FAILED}
 * @param retryAfter     wait before an entry whose fetch failed transiently is tried again (times
 *                       the attempts so far)
 * @param runStaleAfter  a running run without a lease key (stored before leases existed) is taken
 *                       for dead when it gave no sign of life for this long
 */
public record FrontierPolicy(Duration lease, int maxAttempts, Duration retryAfter, Duration runStaleAfter) {
    public static final FrontierPolicy DEFAULTS =
            new FrontierPolicy(Duration.ofMinutes(10), 3, Duration.ofMinutes(15), Duration.ofHours(1));

    public FrontierPolicy {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(runStaleAfter, "runStaleAfter");
        if (lease.isNegative() || lease.isZero() || maxAttempts < 1 || retryAfter.isNegative() || runStaleAfter.isNegative()) {
            throw new IllegalArgumentException("lease must be positive, maxAttempts >= 1, retryAfter and runStaleAfter >= 0");
        }
    }
}
