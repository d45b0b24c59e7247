package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.ExtractionRules;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.Portal;
import java.util.List;
import java.util.Map;

/** A portal of the catalog with the stored identities of itself, its sources and categories. */
record RegisteredPortal(Portal portal, List<Feed> sources, Map<String, CategoryId> categories, ExtractionRules rules) {
    RegisteredPortal {
        sources = List.copyOf(sources);
        categories = Map.copyOf(categories);
    }
}
