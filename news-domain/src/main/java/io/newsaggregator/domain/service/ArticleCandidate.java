package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FrontierEntry;
import java.util.Set;

/**
 * A claimed frontier entry to fetch, with the source that listed it (null when that source is no
 * longer configured).
 */
record ArticleCandidate(FrontierEntry entry, Feed source) {
    String canonicalUrl() {
        return entry.canonicalUrl();
    }

    DiscoveredLink link() {
        return entry.link();
    }

    Set<String> categories() {
        return Set.copyOf(entry.categories());
    }

    FeedId sourceId() {
        return source == null ? null : source.id();
    }

    String sourceCategory() {
        return source == null ? null : source.categoryCode();
    }
}
