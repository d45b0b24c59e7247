package io.newsaggregator.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A source of article links of a portal: a feed, a section page or a sitemap, with what we know from
 * fetching it (HTTP validators, failures, quarantine).
 *
 * @param id                  null until stored
 * @param categoryCode        the category its articles belong to, or null
 * @param linkSelector        CSS selector for article links on a section page, or null for heuristics
 * @param etag                last ETag seen, or null
 * @param lastModified        last Last-Modified header seen, or null
 * @param contentHash         hash of the last body parsed, or null
 * @param lastFetchedAt       null before the first fetch
 * @param quarantinedUntil    while in the future, the source is skipped; null when not quarantined
 * @param lastError           readable reason of the last failure, or null after a success
 */
public record Feed(
        FeedId id,
        PortalId portalId,
        FeedKind kind,
        String url,
        String categoryCode,
        String linkSelector,
        String etag,
        String lastModified,
        String contentHash,
        Instant lastFetchedAt,
        int consecutiveFailures,
        Instant quarantinedUntil,
        String lastError) {

    public Feed {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }

    public static Feed create(PortalId portalId, FeedKind kind, String url, String categoryCode, String linkSelector) {
        return new Feed(null, portalId, kind, url, categoryCode, linkSelector, null, null, null, null, 0, null, null);
    }

    public Feed withId(FeedId newId) {
        return new Feed(newId, portalId, kind, url, categoryCode, linkSelector, etag, lastModified, contentHash,
                lastFetchedAt, consecutiveFailures, quarantinedUntil, lastError);
    }

    /** Whether the source may be fetched now (not quarantined). */
    public boolean isDue(Instant now) {
        return quarantinedUntil == null || !quarantinedUntil.isAfter(now);
    }

    /** The source answered; validators and hash are kept for the next conditional request. */
    public Feed succeeded(Instant at, String newEtag, String newLastModified, String newContentHash) {
        return new Feed(id, portalId, kind, url, categoryCode, linkSelector, newEtag, newLastModified, newContentHash,
                at, 0, null, null);
    }

    /** The source answered 304 Not Modified: validators stay, failures reset. */
    public Feed notModified(Instant at) {
        return new Feed(id, portalId, kind, url, categoryCode, linkSelector, etag, lastModified, contentHash,
                at, 0, null, null);
    }

    /**
     * The source failed. After {@code quarantineAfter} consecutive failures it is quarantined for
     * {@code baseBackoff} doubled per further failure, capped at {@code maxBackoff}.
     */
    public Feed failed(Instant at, String reason, int quarantineAfter, Duration baseBackoff, Duration maxBackoff) {
        int failures = consecutiveFailures + 1;
        Instant until = null;
        if (failures >= quarantineAfter) {
            int doublings = Math.min(failures - quarantineAfter, 20);
            Duration backoff = baseBackoff.multipliedBy(1L << doublings);
            if (backoff.compareTo(maxBackoff) > 0) {
                backoff = maxBackoff;
            }
            until = at.plus(backoff);
        }
        return new Feed(id, portalId, kind, url, categoryCode, linkSelector, etag, lastModified, contentHash,
                at, failures, until, reason);
    }
}
