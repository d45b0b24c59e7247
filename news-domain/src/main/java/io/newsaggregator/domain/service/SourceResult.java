package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FetchEvent;
import java.time.Duration;
import java.util.List;

/**
 * What fetching one source gave: its new state, the fetch events, the article links found, and
 * what the server said about when to ask again.
 *
 * @param freshFor   freshness lifetime of the response ({@code Cache-Control: max-age}, {@code Expires}), or null
 * @param retryAfter the wait a failed answer asked for ({@code Retry-After}), or null
 */
record SourceResult(Feed source, Status status, List<FetchEvent> events, List<DiscoveredLink> links,
                    Duration freshFor, Duration retryAfter) {
    enum Status { OK, NOT_MODIFIED, FAILED }

    SourceResult {
        events = List.copyOf(events);
        links = List.copyOf(links);
    }
}
