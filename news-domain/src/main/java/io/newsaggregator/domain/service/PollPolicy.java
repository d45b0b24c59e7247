package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.PollOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a source is polled next. The interval adapts to the source, as feed readers and crawlers do:
 * a poll that found new articles shortens it by {@code speedUp}, one that found nothing (or
 * failed) lengthens it by {@code slowDown}, always within {@code [min, max]}. The next poll time
 * then honours what the server and our own failure handling asked for: no poll while the response
 * is fresh by its {@code Cache-Control: max-age} or {@code Expires} (up to {@code max}), none before
 * a {@code Retry-After}, none while the source is quarantined.
 *
 * @param min      shortest interval
 * @param max      longest interval, also the cap on how long a freshness lifetime defers a poll
 * @param initial  interval of a source never polled
 * @param speedUp  factor in (0, 1] applied after a poll with new articles
 * @param slowDown factor >= 1 applied after a poll without
 */
public record PollPolicy(Duration min, Duration max, Duration initial, double speedUp, double slowDown) {
    public static final PollPolicy DEFAULTS =
            new PollPolicy(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofMinutes(30), 0.5, 1.5);

    public PollPolicy {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(initial, "initial");
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("min must be positive and max >= min, got min " + min + ", max " + max);
        }
        if (initial.compareTo(min) < 0 || initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("initial " + initial + " must lie within [" + min + ", " + max + "]");
        }
        if (!(speedUp > 0 && speedUp <= 1) || !(slowDown >= 1) || Double.isInfinite(slowDown)) {
            throw new IllegalArgumentException("speedUp must be in (0, 1] and slowDown a finite number >= 1");
        }
    }

    /**
     * What a poll saw besides its outcome.
     *
     * @param newArticles      new frontier entries the poll made
     * @param freshFor         freshness lifetime the response gave (max-age, or Expires minus Date), or null
     * @param retryAfter       wait the server asked for, or null
     * @param quarantinedUntil end of the source's quarantine, or null
     */
    public record Observation(PollOutcome outcome, int newArticles, Duration freshFor, Duration retryAfter,
                              Instant quarantinedUntil) {
        public Observation {
            Objects.requireNonNull(outcome, "outcome");
        }

        public static Observation of(PollOutcome outcome, int newArticles) {
            return new Observation(outcome, newArticles, null, null, null);
        }
    }

    /** The interval reached and the time of the next poll. */
    public record Next(Duration interval, Instant at) {
    }

    /**
     * @param now     when the poll ended
     * @param current the interval before this poll (null: never polled, {@link #initial} is used)
     */
    public Next next(Instant now, Duration current, Observation seen) {
        Duration base = current == null ? initial : clamp(current);
        Duration interval = switch (seen.outcome()) {
            case NEW_ARTICLES -> clamp(scale(base, speedUp));
            case NO_CHANGE, NOT_MODIFIED, FAILED -> clamp(scale(base, slowDown));
            case QUARANTINED -> base;
        };
        Instant at = now.plus(interval);
        if (seen.freshFor() != null && !seen.freshFor().isNegative()) {
            at = later(at, now.plus(seen.freshFor().compareTo(max) > 0 ? max : seen.freshFor()));
        }
        if (seen.retryAfter() != null && !seen.retryAfter().isNegative()) {
            at = later(at, now.plus(seen.retryAfter()));
        }
        if (seen.quarantinedUntil() != null) {
            at = later(at, seen.quarantinedUntil());
        }
        return new Next(interval, at);
    }

    private Duration clamp(Duration value) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }

    private static Duration scale(Duration value, double factor) {
        double millis = value.toMillis() * factor;
        return Duration.ofMillis(millis >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(millis));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
