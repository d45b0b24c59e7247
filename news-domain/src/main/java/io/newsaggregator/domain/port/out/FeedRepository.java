package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Feeds, section pages and sitemaps of portals. */
public interface FeedRepository extends CrudRepository<Feed, FeedId> {
    List<Feed> findByPortal(PortalId portalId);

    Optional<Feed> findByUrl(PortalId portalId, String url);

    /**
     * The stored source with the portal and URL of {@code source}, stored from it (without an id,
     * as a source not fetched yet) when missing. When another process stores the same source at the same time, this finds that
     * one's row rather than failing.
     */
    Feed findOrCreate(Feed source);

    /**
     * Sources of the portal that are not quarantined at {@code now}, locked for this transaction so
     * that a concurrent ingest process skips them instead of fetching them twice.
     */
    List<Feed> claimDue(PortalId portalId, Instant now);
}
