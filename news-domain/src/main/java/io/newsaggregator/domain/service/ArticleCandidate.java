package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import java.util.Set;

/**
 * An article link to fetch: where it was found first, under which canonical URL, and the
 * categories every source that listed it gave.
 */
record ArticleCandidate(String canonicalUrl, DiscoveredLink link, Feed source, Set<String> categories) {
    ArticleCandidate {
        categories = Set.copyOf(categories);
    }
}
