package io.newsaggregator.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The poll schedule of one source as the worker fleet keeps it.
 *
 * @param sourceId        the feed, section page or sitemap
 * @param nextPollAt      when it is polled next
 * @param interval        the interval the adaptive policy has reached
 * @param lastPollAt      null before the first poll
 * @param lastOutcome     null before the first poll
 * @param lastNewArticles new frontier entries the last poll made
 */
public record SourcePoll(FeedId sourceId, Instant nextPollAt, Duration interval, Instant lastPollAt,
                         PollOutcome lastOutcome, int lastNewArticles) {
    public SourcePoll {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(nextPollAt, "nextPollAt");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || lastNewArticles < 0) {
            throw new IllegalArgumentException("interval must be positive and lastNewArticles >= 0");
        }
    }

    /** A source not polled yet, due at {@code at}. */
    public static SourcePoll first(FeedId sourceId, Instant at, Duration interval) {
        return new SourcePoll(sourceId, at, interval, null, null, 0);
    }
}
