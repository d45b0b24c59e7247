package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.Portal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored portal with its sources (feeds, section pages, sitemaps) and their health.
 *
 * @param lastPolledAt when one of its sources was last fetched, or null before the first fetch
 * @param articles     how many articles of the portal are stored
 * @param ruleMisses   how many article pages were stored with the generic text because the portal's
 *                     body rule matched nothing or much less (see {@link io.newsaggregator.domain.model.RuleMisses})
 */
public record PortalSources(Portal portal, List<Feed> sources, Instant lastPolledAt, long articles, long ruleMisses) {
    public PortalSources {
        Objects.requireNonNull(portal, "portal");
        sources = List.copyOf(sources);
    }

    /** Sources quarantined at {@code now}, skipped by ingest until their quarantine ends. */
    public long quarantined(Instant now) {
        return sources.stream().filter(s -> !s.isDue(now)).count();
    }

    /** Sources whose last fetch failed. */
    public long failing() {
        return sources.stream().filter(s -> s.consecutiveFailures() > 0).count();
    }
}
