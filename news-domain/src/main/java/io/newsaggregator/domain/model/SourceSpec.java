package io.newsaggregator.domain.model;

import java.util.Objects;

/**
 * A source as configured: what kind, where, which category its articles belong to and, for a
 * section page, which links lead to articles.
 *
 * @param categoryCode may be null
 * @param linkSelector CSS selector for a section page's article links, or null for heuristics
 */
public record SourceSpec(FeedKind kind, String url, String categoryCode, String linkSelector) {
    public SourceSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }
}
