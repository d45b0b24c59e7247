package io.newsaggregator.ingest;

import java.time.Duration;

/**
 * Waits for a while. The fetcher sleeps only through this, so tests can replace waiting by
 * advancing a fake clock.
 */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
