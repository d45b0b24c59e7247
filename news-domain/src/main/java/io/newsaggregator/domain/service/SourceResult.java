package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FetchEvent;
import java.util.List;

/** What fetching one source gave: its new state, the fetch events, and the article links found. */
record SourceResult(Feed source, Status status, List<FetchEvent> events, List<DiscoveredLink> links) {
    enum Status { OK, NOT_MODIFIED, FAILED }

    SourceResult {
        events = List.copyOf(events);
        links = List.copyOf(links);
    }
}
