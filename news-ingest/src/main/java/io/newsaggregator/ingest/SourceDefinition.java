package io.newsaggregator.ingest;

import java.util.Objects;

/**
 * One source of a portal in the catalog: a feed, a section page or a sitemap.
 *
 * @param category     the category code its articles belong to, or null
 * @param linkSelector CSS selector for article links (section pages only), or null for heuristics
 */
public record SourceDefinition(String url, String category, String linkSelector) {
    public SourceDefinition {
        Objects.requireNonNull(url, "url");
    }
}
