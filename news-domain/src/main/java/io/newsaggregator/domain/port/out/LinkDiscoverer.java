package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import java.util.List;

/** Finds article links on HTML pages, and feeds a home page advertises. */
public interface LinkDiscoverer {
    /**
     * Links to probable articles of the same site on a section page.
     *
     * @param linkSelector the portal's CSS selector for article links, or null for heuristics
     */
    List<DiscoveredLink> articleLinks(FetchedPage page, String linkSelector);

    /** Feed URLs from {@code <link rel="alternate">} of RSS, Atom or JSON Feed type. */
    List<String> feedLinks(FetchedPage page);
}
