package io.newsaggregator.ingest;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based) wait a uniformly random
 * time in {@code [0, min(max, base * 2^(n-1)))}. Jitter spreads retries of many workers that
 * failed together.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration max) {
        this(base, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random yields values in {@code [0, 1)} */
    Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The ceiling of the wait before retry {@code retry} (1 for the first retry). */
    Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be at least 1, was " + retry);
        }
        long baseMillis = base.toMillis();
        long maxMillis = max.toMillis();
        int shift = Math.min(retry - 1, 62);
        long ceiling = baseMillis > (maxMillis >> shift) ? maxMillis : baseMillis << shift;
        return Duration.ofMillis(Math.min(ceiling, maxMillis));
    }

    /** A jittered wait before retry {@code retry}. */
    Duration delay(int retry) {
        long ceiling = ceiling(retry).toMillis();
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
    }
}
