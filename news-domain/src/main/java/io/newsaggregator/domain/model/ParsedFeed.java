package io.newsaggregator.domain.model;

import java.util.List;

/**
 * The article links a feed or sitemap lists.
 *
 * @param title          the feed's title, or null
 * @param nestedSitemaps for a sitemap index, the sitemaps it points to; otherwise empty
 */
public record ParsedFeed(String title, List<DiscoveredLink> links, List<String> nestedSitemaps) {
    public ParsedFeed {
        links = List.copyOf(links);
        nestedSitemaps = nestedSitemaps == null ? List.of() : List.copyOf(nestedSitemaps);
    }
}
