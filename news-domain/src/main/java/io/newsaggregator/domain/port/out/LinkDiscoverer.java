package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import java.util.Collection;
import java.util.List;

/** Finds article links on HTML pages, and feeds a home page advertises. */
public interface LinkDiscoverer {
    /**
     * Links to probable articles of the same site on a section page.
     *
     * @param linkSelector the portal's CSS selector for article links, or null for heuristics
     * @param knownArticleUrls URLs known to be articles of the portal (listed by its feeds and
     *        sitemaps, or stored); without a selector, links shaped like them are taken too
     */
    List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector, Collection<String> knownArticleUrls);

    /** {@link #articleLinks(FetchedPage, String, Collection)} knowing no article of the portal. */
    default List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector) {
        return articleLinks(page, linkSelector, List.of());
    }

    /** Feed URLs from {@code <link rel="alternate">} of RSS, Atom or JSON Feed type. */
    List<String> feedLinks(FetchedPage page);
}
