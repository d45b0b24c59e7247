package io.newsaggregator.domain.model;

import java.util.List;

/**
 * The article links a feed or sitemap lists.
 *
 * @param title          the feed's title, or null
 * @param nestedSitemaps for a sitemap index, the sitemaps it points to; otherwise empty
 * @param itemsDropped   items the source listed beyond the reader's per-source cap, not read
 */
public record ParsedFeed(String title, List<DiscoveredLink> links, List<String> nestedSitemaps, int itemsDropped) {
    public ParsedFeed {
        links = List.copyOf(links);
        nestedSitemaps = nestedSitemaps == null ? List.of() : List.copyOf(nestedSitemaps);
        if (itemsDropped < 0) {
            throw new IllegalArgumentException("itemsDropped must be >= 0, was " + itemsDropped);
        }
    }

    /** Everything the source listed was read. */
    public ParsedFeed(String title, List<DiscoveredLink> links, List<String> nestedSitemaps) {
        this(title, links, nestedSitemaps, 0);
    }
}
