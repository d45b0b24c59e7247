package io.newsaggregator.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article link discovery found, kept as durable work until the article (or its failure) is
 * stored: the frontier. One entry per portal and canonical URL.
 *
 * @param id          null until stored
 * @param sourceId    the source that listed it, or null when that source is gone
 * @param title       the title the source gave, or null
 * @param publishedAt the date the source gave, or null
 * @param categories  category codes the sources gave
 * @param attempts    claims so far; a lease that ends without completion still counts
 * @param availableAt not claimed before this instant (a retry waits)
 * @param leasedBy    the run holding the lease, or null
 * @param leaseUntil  end of the lease, set exactly when {@code status} is {@code LEASED}
 * @param lastError   why the last attempt failed, or null
 */
public record FrontierEntry(FrontierEntryId id, PortalId portalId, FeedId sourceId, String canonicalUrl, String url,
                            String title, Instant publishedAt, List<String> categories, FrontierStatus status,
                            int attempts, Instant availableAt, IngestRunId leasedBy, Instant leaseUntil,
                            Instant discoveredAt, Instant updatedAt, String lastError) {
    public FrontierEntry {
        Objects.requireNonNull(portalId, "portalId");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(availableAt, "availableAt");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
        }
        if ((status == FrontierStatus.LEASED) != (leaseUntil != null)) {
            throw new IllegalArgumentException("leaseUntil must be set exactly when the entry is LEASED");
        }
    }

    /** A newly discovered link, pending from {@code now}. */
    public static FrontierEntry pending(PortalId portalId, FeedId sourceId, String canonicalUrl, DiscoveredLink link,
                                        List<String> categories, Instant now) {
        return new FrontierEntry(null, portalId, sourceId, canonicalUrl, link.url(), link.title(), link.publishedAt(),
                categories, FrontierStatus.PENDING, 0, now, null, null, now, now, null);
    }

    public FrontierEntry withId(FrontierEntryId newId) {
        return new FrontierEntry(newId, portalId, sourceId, canonicalUrl, url, title, publishedAt, categories, status,
                attempts, availableAt, leasedBy, leaseUntil, discoveredAt, updatedAt, lastError);
    }

    /** This entry in another state of its life. */
    public FrontierEntry withState(FrontierStatus newStatus, int newAttempts, Instant newAvailableAt, IngestRunId newLeasedBy,
                                   Instant newLeaseUntil, Instant at, String error) {
        return new FrontierEntry(id, portalId, sourceId, canonicalUrl, url, title, publishedAt, categories, newStatus,
                newAttempts, newAvailableAt, newLeasedBy, newLeaseUntil, discoveredAt, at, error);
    }

    /** The link as discovery gave it. */
    public DiscoveredLink link() {
        return new DiscoveredLink(url, title, publishedAt, List.of());
    }
}
