package io.newsaggregator.domain.model;

/** How a {@link Feed} lists articles. */
public enum FeedKind {
    /** RSS 0.9x/1.0/2.0, Atom or JSON Feed. */
    FEED,
    /** An HTML section (category) page whose links lead to articles. */
    SECTION,
    /** An XML sitemap or Google News sitemap. */
    SITEMAP
}
