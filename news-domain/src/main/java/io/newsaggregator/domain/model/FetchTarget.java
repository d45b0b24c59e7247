package io.newsaggregator.domain.model;

/** What kind of resource a fetch was for. */
public enum FetchTarget {
    FEED, SECTION, SITEMAP, ROBOTS, HOMEPAGE, ARTICLE
}
